package org.jrag.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jrag.ingest.ocr.Ocr;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.jrag.ingest.problem.EmptyDocumentException;
import org.jrag.ingest.problem.OcrFailedException;

/**
 * Reads the text of an image (PNG, JPEG, TIFF: a scanned or photographed page) by OCR; each image of a multi-page TIFF
 * is a page, up to {@code maxPages}, {@code threads} read at once. An image is measured before it is decoded, so one
 * that claims more than {@value #MAX_PIXELS} pixels (a decompression bomb, or a poster) is refused instead of filling
 * the heap. Where OCR is unavailable an image is refused as having no text, saying why.
 */
final class ImageParser implements DocumentParser {

    static final long MAX_PIXELS = 100_000_000L;

    private final Ocr ocr;
    private final String mediaType;
    private final int maxPages;
    private final int threads;

    ImageParser(Ocr ocr, String mediaType, int maxPages, int threads) {
        this.ocr = ocr;
        this.mediaType = mediaType;
        this.maxPages = maxPages;
        this.threads = threads;
    }

    @Override
    public ParsedDocument parse(byte[] content) {
        if (!ocr.available()) {
            throw new EmptyDocumentException("document has no text: an image's text is read by OCR, which cannot run: "
                    + ocr.unavailableBecause());
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new CorruptDocumentException(mediaType, "no image reader recognises its bytes");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int count = Math.min(reader.getNumImages(true), maxPages);
                List<String> texts;
                // images are decoded one after another (an image reader is not thread-safe), read threads at once
                try (var reading = new OcrPages(ocr, threads)) {
                    for (int i = 0; i < count; i++) {
                        long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                        if (pixels > MAX_PIXELS) {
                            throw new CorruptDocumentException(
                                    mediaType,
                                    "image " + (i + 1) + " is " + reader.getWidth(i) + " x " + reader.getHeight(i)
                                            + " pixels, more than the " + MAX_PIXELS + " read");
                        }
                        int index = i;
                        reading.read(() -> reader.read(index));
                    }
                    texts = reading.texts();
                }
                ParsedDocument paged =
                        ParsedDocument.paged(texts.stream().map(String::strip).toList(), null, count);
                // a single image is not paged; the images of a TIFF are
                return count > 1 ? paged : new ParsedDocument(paged.text(), null, List.of(), List.of(), count);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CorruptDocumentException
                    || e instanceof EmptyDocumentException
                    || e instanceof OcrFailedException) {
                throw (RuntimeException) e;
            }
            throw new CorruptDocumentException(mediaType, e.getMessage());
        }
    }
}
