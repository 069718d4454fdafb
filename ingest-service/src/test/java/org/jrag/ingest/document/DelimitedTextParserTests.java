package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.junit.jupiter.api.Test;

class DelimitedTextParserTests {

    private static String csv(String text) {
        return DelimitedTextParser.csv()
                .parse(text.getBytes(StandardCharsets.UTF_8))
                .text();
    }

    @Test
    void readsEachRecordUnderTheHeaderWithQuotedDelimitersQuotesAndLineBreaks() {
        String text = "\uFEFFname,port,notes\r\n"
                + "gateway,8080,\"the one entry point, for clients\"\r\n"
                + "\r\n"
                + "ingest,8081,\"says \"\"hello\"\"\nover two lines\"\r\n"
                + "retrieval,,\n";

        assertThat(csv(text))
                .isEqualTo("name | port | notes\n"
                        + "name: gateway; port: 8080; notes: the one entry point, for clients\n"
                        + "name: ingest; port: 8081; notes: says \"hello\" over two lines\n"
                        + "name: retrieval");
    }

    @Test
    void detectsSemicolonsAndTabsAndReadsRowsWithoutAHeaderAsTheyAre() {
        assertThat(csv("Stadt;Einwohner\nBerlin;3,7 Mio.\n"))
                .isEqualTo("Stadt | Einwohner\nStadt: Berlin; Einwohner: 3,7 Mio.");
        assertThat(csv("1\t2\t3\n4\t5\t6")).isEqualTo("1 | 2 | 3\n4 | 5 | 6");
        assertThat(DelimitedTextParser.detectDelimiter("\"a;b\",c,d\n")).isEqualTo(',');
        assertThat(DelimitedTextParser.tsv()
                        .parse("city\tnote\nOslo\tcold, dark".getBytes(StandardCharsets.UTF_8))
                        .text())
                .isEqualTo("city | note\ncity: Oslo; note: cold, dark");
    }

    @Test
    void refusesAQuotedFieldNeverClosedNamingItsLine() {
        assertThatThrownBy(() -> csv("a,b\nc,\"d\ne,f\n"))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessage("document is not a readable text/csv: the quoted field opened on line 2 is never closed");
        assertThat(DocumentFormat.ofFilename("export.CSV")).contains(DocumentFormat.CSV);
        assertThat(FormatDetector.detect("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), null, null, "export.csv")
                        .format())
                .isEqualTo(DocumentFormat.CSV);
    }
}
