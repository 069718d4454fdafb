package org.jrag.retrieval.hyde;

/** What a {@link HypotheticalDocumentGenerator} came back with: a drafted passage, or why there is none. */
public sealed interface Hypothesis permits Hypothesis.Drafted, Hypothesis.Unavailable {

    /** A hypothetical passage answering the query. */
    record Drafted(String passage) implements Hypothesis {
        public Drafted {
            if (passage == null || passage.isBlank()) {
                throw new IllegalArgumentException("passage must not be blank, got: '" + passage + "'");
            }
        }
    }

    /** No passage could be drafted; {@code reason} says why, in words a caller can act on. */
    record Unavailable(String reason) implements Hypothesis {}
}
