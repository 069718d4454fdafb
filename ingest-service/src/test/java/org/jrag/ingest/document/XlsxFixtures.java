package org.jrag.ingest.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel workbooks built with POI for tests. */
public final class XlsxFixtures {

    private XlsxFixtures() {}

    /**
     * One sheet per entry, in order; each row's cells are strings, except that a cell written {@code "=A2*2"} becomes
     * that formula (evaluated, so the file caches its value, as Excel saves it), one that parses as a number a number,
     * and an empty one is left out.
     */
    public static byte[] xlsx(String title, Map<String, String[][]> sheets) {
        try (var workbook = new XSSFWorkbook()) {
            sheets.forEach((name, rows) -> {
                var sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.length; r++) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        String value = rows[r][c];
                        if (value.isEmpty()) {
                            continue;
                        }
                        var cell = row.createCell(c);
                        if (value.startsWith("=")) {
                            cell.setCellFormula(value.substring(1));
                        } else if (value.matches("-?\\d+(\\.\\d+)?")) {
                            cell.setCellValue(Double.parseDouble(value));
                        } else {
                            cell.setCellValue(value);
                        }
                    }
                }
            });
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            if (title != null) {
                workbook.getProperties().getCoreProperties().setTitle(title);
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
