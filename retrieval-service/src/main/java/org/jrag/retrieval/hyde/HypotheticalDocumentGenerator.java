package org.jrag.retrieval.hyde;

/** Drafts a passage that would answer the query, for HyDE. Thread-safe. */
@FunctionalInterface
public interface HypotheticalDocumentGenerator {

    Hypothesis draft(String query);
}
