/**
 * Re-ranking: a second, slower scorer applied to the first candidates of a search. A cross-encoder (Nogueira and Cho,
 * "Passage Re-ranking with BERT", 2019) reads query and passage as one sequence; late interaction (Khattab and
 * Zaharia, "ColBERT", SIGIR 2020) scores the sum over query tokens of the best-matching passage token. The depth
 * re-ranked adapts to a latency budget from the measured cost per candidate.
 */
package org.jrag.retrieval.rerank;
