package org.jrag.ingest.document;

import org.jrag.ingest.problem.InvalidParameterException;

/**
 * Which of a collection's documents a list shows: those stored under one {@code source}, or under sources that start
 * with {@code sourcePrefix} (a folder a sync tool mirrors: what it lists there and no longer has is to be deleted),
 * and those tagged {@code tag}. Null members filter nothing.
 */
record DocumentFilter(String source, String sourcePrefix, String tag) {

    static final DocumentFilter NONE = new DocumentFilter(null, null, null);

    DocumentFilter {
        source = blankToNull(source);
        sourcePrefix = blankToNull(sourcePrefix);
        tag = blankToNull(tag);
        if (source != null && sourcePrefix != null) {
            throw new InvalidParameterException("sourcePrefix", "cannot be given with source, got both");
        }
    }

    /** The prefix as a LIKE pattern that matches it literally ({@code %}, {@code _} and {@code \} escaped). */
    String sourcePattern() {
        return sourcePrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
