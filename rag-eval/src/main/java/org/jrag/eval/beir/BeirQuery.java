package org.jrag.eval.beir;

/** One line of a BEIR {@code queries.jsonl}: {@code {"_id", "text"}}. */
public record BeirQuery(String id, String text) {

    public BeirQuery {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("query _id must not be empty, got: '" + id + "'");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("query " + id + " text must not be blank, got: '" + text + "'");
        }
    }
}
