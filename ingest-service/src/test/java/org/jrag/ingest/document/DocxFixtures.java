package org.jrag.ingest.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Word documents built with POI for tests. */
public final class DocxFixtures {

    private DocxFixtures() {}

    /**
     * Paragraphs in order; one written {@code "#2 Text"} becomes a paragraph of style Heading2, {@code "|a|b"} a
     * one-row table of cells a and b.
     */
    public static byte[] docx(String title, String... paragraphs) {
        try (var docx = new XWPFDocument()) {
            for (String paragraph : paragraphs) {
                if (paragraph.startsWith("|")) {
                    var table = docx.createTable(1, 2);
                    String[] cells = paragraph.substring(1).split("\\|");
                    table.getRow(0).getCell(0).setText(cells[0]);
                    table.getRow(0).getCell(1).setText(cells[1]);
                    continue;
                }
                var p = docx.createParagraph();
                String text = paragraph;
                if (paragraph.startsWith("#")) {
                    p.setStyle("Heading" + paragraph.charAt(1));
                    text = paragraph.substring(3);
                }
                p.createRun().setText(text);
            }
            if (title != null) {
                docx.getProperties().getCoreProperties().setTitle(title);
            }
            var out = new ByteArrayOutputStream();
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
