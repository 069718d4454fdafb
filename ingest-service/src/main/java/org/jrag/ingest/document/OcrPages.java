package org.jrag.ingest.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.jrag.ingest.ocr.Ocr;
import org.jrag.ingest.problem.OcrFailedException;

/**
 * A document's pages in order, some known, some read by OCR: up to {@code threads} pages are read at once, and a page
 * is rendered (its image made) only when a reader is free, so at most that many page images are held. Pages are
 * added one after another by one thread (a PDF or an image reader is not thread-safe); {@link #texts()} waits for all.
 */
final class OcrPages implements AutoCloseable {

    /** Makes a page's image. */
    @FunctionalInterface
    interface PageImage {
        BufferedImage render() throws IOException;
    }

    private final Ocr ocr;
    private final Semaphore slots;
    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Future<String>> texts = new ArrayList<>();

    OcrPages(Ocr ocr, int threads) {
        this.ocr = ocr;
        this.slots = new Semaphore(threads);
    }

    /** Adds a page whose text is known. */
    void known(String text) {
        texts.add(CompletableFuture.completedFuture(text));
    }

    /** Adds a page read by OCR from the image {@code image} makes, once a reader is free. */
    void read(PageImage image) throws IOException {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrFailedException("interrupted");
        }
        BufferedImage page;
        try {
            page = image.render();
        } catch (IOException | RuntimeException e) {
            slots.release();
            throw e;
        }
        texts.add(readers.submit(() -> {
            try {
                return ocr.read(page);
            } finally {
                slots.release();
            }
        }));
    }

    /** The pages' texts in the order added, once all are read; the failure of a page's OCR as thrown. */
    List<String> texts() {
        readers.close();
        var done = new ArrayList<String>(texts.size());
        for (Future<String> text : texts) {
            switch (text.state()) {
                case SUCCESS -> done.add(text.resultNow());
                case FAILED ->
                    throw text.exceptionNow() instanceof RuntimeException failure
                            ? failure
                            : new OcrFailedException(text.exceptionNow().toString());
                default -> throw new OcrFailedException("a page was not read: " + text.state());
            }
        }
        return done;
    }

    @Override
    public void close() {
        readers.close();
    }
}
