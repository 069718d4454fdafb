/**
 * Rank fusion: merges the ranked lists of several retrievers into one. Reciprocal rank fusion follows Cormack, Clarke
 * and Buettcher, "Reciprocal Rank Fusion outperforms Condorcet and individual Rank Learning Methods", SIGIR 2009:
 * {@code score(d) = sum over lists of 1 / (k + rank(d))}, with k = 60.
 */
package org.jrag.retrieval.fusion;
