package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jrag.ingest.ocr.Ocr;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.jrag.ingest.problem.EmptyDocumentException;
import org.junit.jupiter.api.Test;

class ImageParserTests {

    /** Reads each image as its width, and keeps the sizes it was given; unavailable when built so. */
    private static final class StandInOcr implements Ocr {
        private final boolean on;
        private final List<String> read = java.util.Collections.synchronizedList(new ArrayList<>());

        StandInOcr(boolean on) {
            this.on = on;
        }

        @Override
        public boolean available() {
            return on;
        }

        @Override
        public String unavailableBecause() {
            return on ? null : "Tesseract ('tesseract') could not be run";
        }

        @Override
        public String read(BufferedImage page) {
            read.add(page.getWidth() + "x" + page.getHeight());
            return "page " + page.getWidth() + "\n";
        }
    }

    private final StandInOcr ocr = new StandInOcr(true);

    @Test
    void readsAnImageAsOneUnpagedText() throws IOException {
        ParsedDocument parsed = new ImageParser(ocr, "image/png", 10, 1).parse(encoded("png", image(300, 200)));

        assertThat(parsed.text()).isEqualTo("page 300");
        assertThat(parsed.pages()).isEmpty();
        assertThat(parsed.ocrPages()).isEqualTo(1);
    }

    @Test
    void readsEachImageOfATiffAsAPageUpToTheLimit() throws IOException {
        byte[] tiff = multiPageTiff(image(100, 50), image(200, 50), image(300, 50));

        ParsedDocument parsed = new ImageParser(ocr, "image/tiff", 2, 2).parse(tiff);

        assertThat(ocr.read).containsExactlyInAnyOrder("100x50", "200x50"); // read two at once
        assertThat(parsed.text()).isEqualTo("page 100\n\npage 200");
        assertThat(parsed.pages()).extracting(DocumentPage::number).containsExactly(1, 2);
        assertThat(parsed.ocrPages()).isEqualTo(2);
    }

    @Test
    void refusesWhatItCannotReadSayingWhy() throws IOException {
        assertThatThrownBy(() ->
                        new ImageParser(new StandInOcr(false), "image/png", 10, 1).parse(encoded("png", image(10, 10))))
                .isInstanceOf(EmptyDocumentException.class)
                .hasMessage("document has no text: an image's text is read by OCR, which cannot run: Tesseract"
                        + " ('tesseract') could not be run");
        assertThatThrownBy(
                        () -> new ImageParser(ocr, "image/png", 10, 1).parse(new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessageStartingWith("document is not a readable image/png: ");
        assertThat(ocr.read).isEmpty();
    }

    @Test
    void refusesAnImageThatClaimsTooManyPixelsBeforeDecodingIt() throws IOException {
        byte[] png = encoded("png", image(10, 10));
        // the IHDR chunk's width and height, right after the signature and the chunk's length and type
        writeInt(png, 16, 20_000);
        writeInt(png, 20, 20_000);

        assertThatThrownBy(() -> new ImageParser(ocr, "image/png", 10, 1).parse(png))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessage("document is not a readable image/png: image 1 is 20000 x 20000 pixels, more than the"
                        + " 100000000 read");
        assertThat(ocr.read).isEmpty();
    }

    private static BufferedImage image(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    }

    private static byte[] encoded(String format, BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] multiPageTiff(BufferedImage... pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        var out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static void writeInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }
}
