package org.jrag.ingest.document;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jrag.ingest.problem.CorruptDocumentException;

/**
 * Extracts an Excel 97-2003 (XLS) workbook's cells as text with POI's HSSF, as an XLSX's are read ({@link SheetText}:
 * every sheet a section named after it; each row a line under the sheet's header when its first row is one, {@link
 * TableRows}). Cells read as Excel shows them (number formats applied, a formula's last computed value, never
 * recomputed). The title is the summary information's.
 */
final class XlsParser implements DocumentParser {

    static final String MEDIA_TYPE = "application/vnd.ms-excel";

    @Override
    public ParsedDocument parse(byte[] content) {
        try (var xls = new HSSFWorkbook(new ByteArrayInputStream(content))) {
            var formatter = new DataFormatter(Locale.ROOT);
            formatter.setUseCachedValuesForFormulaCells(true);
            var text = new SheetText();
            for (Sheet sheet : xls) {
                var rows = new TableRows();
                for (Row row : sheet) {
                    var cells = new TreeMap<Integer, String>();
                    for (Cell cell : row) {
                        String value = formatter.formatCellValue(cell).strip().replaceAll("\\s+", " ");
                        if (!value.isEmpty()) {
                            cells.put(cell.getColumnIndex(), value);
                        }
                    }
                    rows.add(cells);
                }
                text.add(sheet.getSheetName(), rows.lines());
            }
            return text.parsed(
                    xls.getSummaryInformation() == null
                            ? null
                            : xls.getSummaryInformation().getTitle());
        } catch (Exception e) { // POI signals a broken file with many exception types, checked and not
            throw new CorruptDocumentException(MEDIA_TYPE, e.getMessage());
        }
    }
}
