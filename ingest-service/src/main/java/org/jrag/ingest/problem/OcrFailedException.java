package org.jrag.ingest.problem;

/** The OCR engine failed on a scanned page (it crashed, or ran past rag.ingest.ocr.page-timeout). */
public final class OcrFailedException extends IngestException {

    public OcrFailedException(String message) {
        super("OCR failed on a scanned page: " + message);
    }
}
