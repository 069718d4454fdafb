package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.junit.jupiter.api.Test;

class RtfParserTests {

    private final RtfParser parser = new RtfParser();

    @Test
    void readsWhatLibreOfficeWritesWithItsHeadingsTableAndTitle() throws IOException {
        // documents/runbook.rtf: LibreOffice 7.4 saved runbook.doc as RTF
        byte[] rtf;
        try (InputStream in = getClass().getResourceAsStream("/documents/runbook.rtf")) {
            rtf = in.readAllBytes();
        }

        ParsedDocument parsed = parser.parse(rtf);

        assertThat(parsed.title()).isEqualTo("Gateway Runbook");
        assertThat(parsed.text())
                .isEqualTo("Restart\n\nDrain the node first, then restart the gateway.\n\nPorts\n\n"
                        + "The gateway listens on port 8080; the ingest service on 8081.\n\n"
                        + "Service Port\n\ngateway 8080\n\ningest 8081\n\n"
                        + "Rollback\n\nRestore the previous configuration map. Grüße an das Team.");
        assertThat(parsed.sections())
                .extracting(DocumentSection::path)
                .containsExactly("# Restart", "# Restart > ## Ports", "# Rollback");
    }

    @Test
    void readsUnicodeAndCodePageEscapesInTheBodyAndTheTitle() {
        byte[] rtf = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}"
                        + "{\\info{\\title Preise f\\'fcr M\\u252?nchen}}"
                        + "\\f0 Der Eintritt kostet 5 \\u8364?.\\par Gr\\'fc\\'dfe!\\par}")
                .getBytes(StandardCharsets.US_ASCII);

        ParsedDocument parsed = parser.parse(rtf);

        assertThat(parsed.title()).isEqualTo("Preise für München");
        assertThat(parsed.text()).isEqualTo("Der Eintritt kostet 5 €.\n\nGrüße!");
    }

    @Test
    void refusesWhatDoesNotStartAsRtf() {
        assertThatThrownBy(() -> parser.parse("plain text".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessage("document is not a readable application/rtf: it does not start with {\\rtf");
    }
}
