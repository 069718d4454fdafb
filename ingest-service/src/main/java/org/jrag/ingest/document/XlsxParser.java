package org.jrag.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.xml.sax.InputSource;

/**
 * Extracts an Excel (XLSX) workbook's cells as text, streaming each sheet's XML (POI's event API) so a large sheet is
 * never held as objects. Every sheet is a section named after it, opened by its name on a line of its own; each row is
 * a line. When a sheet's first row has at least two cells and none of them is a number, it is taken as the header and
 * every later row reads {@code Header: value; Header: value}, so a row stays understandable wherever a chunk boundary
 * falls (a cell under a blank header is named by its column letter); otherwise a row's cells are joined with
 * {@code " | "}. Cells read as Excel shows them (number formats applied, a formula's last computed value). The title is
 * the core properties' title.
 */
final class XlsxParser implements DocumentParser {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Pattern NUMBER = Pattern.compile("[-+(]?[$€£¥]?\\s*[\\d.,]+\\s*%?\\)?");

    @Override
    public ParsedDocument parse(byte[] content) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            String main = mainPartType(pkg);
            if (!main.contains("spreadsheetml") && !main.contains("ms-excel")) {
                throw new CorruptDocumentException(MEDIA_TYPE, "its main part is " + main + ", not a workbook");
            }
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var styles = reader.getStylesTable();
            var formatter = new DataFormatter(Locale.ROOT);
            var text = new StringBuilder();
            var sections = new ArrayList<DocumentSection>();
            var sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                var rows = new SheetRows();
                try (InputStream sheet = sheets.next()) {
                    var xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, formatter, false));
                    xml.parse(new InputSource(sheet));
                }
                List<String> lines = rows.lines();
                if (lines.isEmpty()) {
                    continue;
                }
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                String name = sheets.getSheetName().strip();
                int start = text.length();
                text.append(name).append("\n\n").append(String.join("\n", lines));
                sections.add(new DocumentSection(
                        "# " + (name.isEmpty() ? "Sheet " + (sections.size() + 1) : name), start, text.length()));
            }
            String title = new POIXMLProperties(pkg).getCoreProperties().getTitle();
            return new ParsedDocument(text.toString().replace('\u0000', ' '), title, sections, List.of());
        } catch (CorruptDocumentException e) {
            throw e;
        } catch (Exception e) { // POI signals a broken package with many exception types, checked and not
            throw new CorruptDocumentException(MEDIA_TYPE, e.getMessage());
        }
    }

    private static String mainPartType(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            return "missing";
        }
        PackagePart part = pkg.getPart(main.getRelationship(0));
        return part == null ? "missing" : part.getContentType();
    }

    /** One sheet's rows as lines, the first row kept back until it is known whether it is a header. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<String> lines = new ArrayList<>();
        private TreeMap<Integer, String> row = new TreeMap<>();
        private List<String> header;
        private boolean first = true;

        @Override
        public void startRow(int rowNum) {
            row = new TreeMap<>();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            String value = formattedValue == null ? "" : formattedValue.strip().replaceAll("\\s+", " ");
            if (!value.isEmpty()) {
                row.put((int) new CellReference(reference).getCol(), value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (row.isEmpty()) {
                return;
            }
            if (first) {
                first = false;
                if (row.size() >= 2
                        && row.values().stream()
                                .noneMatch(v -> NUMBER.matcher(v).matches())) {
                    header = new ArrayList<>();
                    for (int col = 0; col <= row.lastKey(); col++) {
                        header.add(row.getOrDefault(col, CellReference.convertNumToColString(col)));
                    }
                    lines.add(String.join(" | ", row.values()));
                    return;
                }
            }
            if (header == null) {
                lines.add(String.join(" | ", row.values()));
                return;
            }
            var cells = new ArrayList<String>(row.size());
            row.forEach((col, value) -> cells.add(
                    (col < header.size() ? header.get(col) : CellReference.convertNumToColString(col)) + ": " + value));
            lines.add(String.join("; ", cells));
        }

        List<String> lines() {
            return lines;
        }
    }
}
