package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.junit.jupiter.api.Test;

class XlsxParserTests {

    private final XlsxParser parser = new XlsxParser();

    @Test
    void readsEachRowUnderItsHeaderAndEachSheetAsASection() {
        // given
        var sheets = new LinkedHashMap<String, String[][]>();
        sheets.put("Prices", new String[][] {
            {"Product", "Unit price", "", "Stock"},
            {"Widget", "3.5", "spare", "12"},
            {},
            {"Gadget", "", "", "=B2*2"}
        });
        sheets.put("Empty", new String[][] {});
        sheets.put("Log", new String[][] {{"2024", "moved to HNSW"}, {"2025", "added BM25"}});

        // when
        ParsedDocument parsed = parser.parse(XlsxFixtures.xlsx("Inventory", sheets));

        // then
        assertThat(parsed.text())
                .isEqualTo("Prices\n\n"
                        + "Product | Unit price | Stock\n"
                        + "Product: Widget; Unit price: 3.5; C: spare; Stock: 12\n"
                        + "Product: Gadget; Stock: 7\n\n"
                        + "Log\n\n"
                        + "2024 | moved to HNSW\n"
                        + "2025 | added BM25");
        assertThat(parsed.title()).isEqualTo("Inventory");
        assertThat(parsed.sections()).extracting(DocumentSection::path).containsExactly("# Prices", "# Log");
        DocumentSection log = parsed.sections().get(1);
        assertThat(parsed.text().substring(log.startOffset(), log.endOffset()))
                .isEqualTo("Log\n\n2024 | moved to HNSW\n2025 | added BM25");
        assertThat(parsed.pages()).isEmpty();
    }

    @Test
    void aFirstRowWithANumberIsData() {
        ParsedDocument parsed =
                parser.parse(XlsxFixtures.xlsx(null, Map.of("Sheet1", new String[][] {{"1", "one"}, {"2", "two"}})));

        assertThat(parsed.text()).isEqualTo("Sheet1\n\n1 | one\n2 | two");
        assertThat(parsed.title()).isNull();
    }

    @Test
    void isDetectedFromItsContentAndRefusedWhenBroken() {
        byte[] xlsx = XlsxFixtures.xlsx(null, Map.of("Sheet1", new String[][] {{"a", "b"}}));
        assertThat(FormatDetector.detect(xlsx, null, null, "upload.bin").format())
                .isEqualTo(DocumentFormat.XLSX);
        assertThat(FormatDetector.detect(xlsx, DocumentFormat.DOCX, DocxParser.MEDIA_TYPE, null)
                        .mismatch())
                .contains("the content is " + XlsxParser.MEDIA_TYPE);

        byte[] truncated = Arrays.copyOf(xlsx, xlsx.length / 2);
        assertThatThrownBy(() -> parser.parse(truncated))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessageStartingWith("document is not a readable " + XlsxParser.MEDIA_TYPE + ": ");
        assertThatThrownBy(() -> parser.parse(DocxFixtures.docx(null, "Not a workbook.")))
                .isInstanceOf(CorruptDocumentException.class);
    }
}
