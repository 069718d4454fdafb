package org.jrag.ingest.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded documents ({@code rag.ingest.*}, as the API contract names them). The default lives in
 * application.yml, which also feeds it to the multipart limits.
 *
 * @param maxDocumentBytes the largest document accepted, raw body or multipart file
 */
@ConfigurationProperties("rag.ingest")
public record DocumentProperties(DataSize maxDocumentBytes) {

    /** Leaves room below the largest Java array, which holds the body while it is decoded. */
    static final long HARD_LIMIT = Integer.MAX_VALUE - 16;

    public DocumentProperties {
        if (maxDocumentBytes == null || maxDocumentBytes.toBytes() <= 0 || maxDocumentBytes.toBytes() > HARD_LIMIT) {
            throw new IllegalArgumentException(
                    "rag.ingest.max-document-bytes must be > 0 and <= " + HARD_LIMIT + ", got: " + maxDocumentBytes);
        }
    }
}
