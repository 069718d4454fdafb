package org.jrag.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
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
 * never held as objects ({@link SheetText}: every sheet a section named after it); each row is a line, under the
 * sheet's header when its first row is one ({@link TableRows}: {@code Header: value; ...}). Cells read as Excel shows
 * them (number formats applied, a formula's last computed value). The title is the core properties' title.
 */
final class XlsxParser implements DocumentParser {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Override
    public ParsedDocument parse(byte[] content) {
        // streamed, so only the ratio bounds it
        PackageExpansion.read(content, MEDIA_TYPE, Set.of(), Long.MAX_VALUE);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            String main = mainPartType(pkg);
            if (!main.contains("spreadsheetml") && !main.contains("ms-excel")) {
                throw new CorruptDocumentException(MEDIA_TYPE, "its main part is " + main + ", not a workbook");
            }
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var styles = reader.getStylesTable();
            var formatter = new DataFormatter(Locale.ROOT);
            var text = new SheetText();
            var sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                var rows = new SheetRows();
                try (InputStream sheet = sheets.next()) {
                    var xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, formatter, false));
                    xml.parse(new InputSource(sheet));
                }
                text.add(sheets.getSheetName(), rows.lines());
            }
            return text.parsed(new POIXMLProperties(pkg).getCoreProperties().getTitle());
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

    /** One sheet's rows, cell by cell as the sheet's XML is read. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final TableRows rows = new TableRows();
        private TreeMap<Integer, String> row = new TreeMap<>();

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
            rows.add(row);
        }

        List<String> lines() {
            return rows.lines();
        }
    }
}
