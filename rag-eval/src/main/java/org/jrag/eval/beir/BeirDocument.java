package org.jrag.eval.beir;

/** One corpus line of a BEIR dataset: {@code {"_id", "title", "text"}}. A missing title is the empty string. */
public record BeirDocument(String id, String title, String text) {

    public BeirDocument {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("document _id must not be empty, got: '" + id + "'");
        }
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }
}
