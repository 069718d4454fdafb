package org.jrag.ingest.batch;

import java.util.List;

/**
 * One document of a JSON batch: its text and what the client tells about it.
 *
 * @param content the document's text (a JSON string, so already Unicode)
 * @param mediaType text/plain (default), text/markdown or text/html
 * @param publishedAt an ISO-8601 date or date-time with offset
 * @param readers who may read the document (group or role names, {@code user:<name>}); null: everyone, or for a
 *     document replaced by its source, the readers it had
 */
record BatchEntry(
        String title,
        String source,
        String url,
        List<String> tags,
        String publishedAt,
        List<String> readers,
        String content,
        String mediaType) {}
