package org.jrag.ingest.ocr;

import java.awt.image.BufferedImage;

/** Reads the text of a page that holds it only as an image (a scanned page). */
public interface Ocr {

    /** Whether pages can be read here; when not, {@link #unavailableBecause()} says why. */
    boolean available();

    /** Why pages cannot be read (OCR off, the engine or its language data missing); null when they can. */
    String unavailableBecause();

    /**
     * The page's text, lines as the engine found them; blank when it holds none.
     *
     * @throws org.jrag.ingest.problem.OcrFailedException when the engine fails on the page or takes too long
     */
    String read(BufferedImage page);

    /**
     * The OCR for a collection of documents in {@code language} (a collection's, {@code german}; null or {@code auto}:
     * none in particular): one that reads that language too where its data is installed, else this one.
     */
    default Ocr in(String language) {
        return this;
    }
}
