package org.jrag.ingest.document;

import java.util.Map;

/**
 * Body of a document upload's response (and one entry of a batch's).
 *
 * @param mediaType the format the document was parsed as, detected from its content
 * @param changeSeq the change-log sequence number of the document's UPSERT, which retrieval's index waits for
 * @param duplicate true when identical bytes were already in the collection and nothing was stored
 * @param replaced true when the upload had a stored document's {@code source} and new bytes: that document (same id)
 *     now has the new content, hash and chunks, swapped in one transaction
 * @param declaredMediaType what the client declared (Content-Type, part type or file extension), or null
 * @param formatMismatch why the content overruled the declaration, or null when they agreed
 * @param chunker the chunking strategy the document was cut with (for a duplicate: the stored one's)
 * @param language the language told for the document ({@code german}), or null when it could not be told
 * @param ocrPages how many of its pages OCR read (scans, images of text); 0 for none
 * @param redacted how many findings of each kind of personal data its collection redacts were replaced; empty for none
 */
public record IngestResult(
        long documentId,
        String collection,
        String title,
        String source,
        String mediaType,
        String contentHash,
        int chunkCount,
        String status,
        long changeSeq,
        boolean duplicate,
        boolean replaced,
        String declaredMediaType,
        String formatMismatch,
        String chunker,
        String language,
        int ocrPages,
        Map<String, Integer> redacted) {

    public IngestResult {
        redacted = redacted == null ? Map.of() : Map.copyOf(redacted);
    }
}
