package org.jrag.ingest.document;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.poi.hslf.usermodel.HSLFSlide;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

/**
 * Office 97-2003 files for tests: XLS and PPT written by POI, and a DOC that LibreOffice 7.4 wrote (POI does not write
 * Word files) from {@code documents/runbook.html} beside it: {@code soffice --headless --convert-to 'doc:MS Word 97'
 * runbook.html}.
 */
public final class LegacyOfficeFixtures {

    private LegacyOfficeFixtures() {}

    /** The runbook: headings Restart, Ports (level 2) and Rollback, a table of services and ports. */
    public static byte[] doc() {
        try (InputStream in = LegacyOfficeFixtures.class.getResourceAsStream("/documents/runbook.doc")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook of one sheet, rows of cells ({@code =} starts a formula); the title in its summary information. */
    public static byte[] xls(String title, String sheetName, Object[]... rows) {
        try (var workbook = new HSSFWorkbook()) {
            HSSFSheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                HSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof String text && text.startsWith("=")) {
                        row.createCell(c).setCellFormula(text.substring(1));
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.createInformationProperties();
            workbook.getSummaryInformation().setTitle(title);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A presentation: each slide a title and a text box; the last slide hidden when {@code hideLast}. */
    public static byte[] ppt(boolean hideLast, String[]... slides) {
        try (var show = new HSLFSlideShow()) {
            for (int i = 0; i < slides.length; i++) {
                HSLFSlide slide = show.createSlide();
                slide.addTitle().setText(slides[i][0]);
                HSLFTextBox box = slide.createTextBox();
                box.setText(slides[i][1]);
                box.setAnchor(new Rectangle(50, 150, 500, 100));
                if (hideLast && i == slides.length - 1) {
                    slide.setHidden(true);
                }
            }
            var out = new ByteArrayOutputStream();
            show.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
