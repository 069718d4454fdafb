/**
 * HyDE, hypothetical document embeddings (Gao, Ma, Lin and Callan, "Precise Zero-Shot Dense Retrieval without
 * Relevance Labels", 2022): a language model drafts a passage that would answer the query, and the dense search runs
 * on that passage's embedding (here optionally averaged with the query's), since a fake answer lies closer to real
 * answers than a question does.
 */
package org.jrag.retrieval.hyde;
