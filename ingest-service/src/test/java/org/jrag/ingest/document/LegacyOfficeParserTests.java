package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jrag.ingest.problem.CorruptDocumentException;
import org.junit.jupiter.api.Test;

class LegacyOfficeParserTests {

    @Test
    void readsAWord97DocumentWithItsHeadingsTableAndTitle() {
        ParsedDocument parsed = new DocParser().parse(LegacyOfficeFixtures.doc());

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
    void readsAnExcel97WorkbookAsAnXlsxIsRead() {
        byte[] xls = LegacyOfficeFixtures.xls(
                "Ports",
                "Dienste",
                new Object[] {"Service", "Port", "Next"},
                new Object[] {"gateway", 8080, "=B2+1"},
                new Object[] {"ingest", 8081, "=B3+1"});

        ParsedDocument parsed = new XlsParser().parse(xls);

        assertThat(parsed.title()).isEqualTo("Ports");
        assertThat(parsed.text())
                .isEqualTo("Dienste\n\nService | Port | Next\n"
                        + "Service: gateway; Port: 8080; Next: 8081\n"
                        + "Service: ingest; Port: 8081; Next: 8082");
        assertThat(parsed.sections()).extracting(DocumentSection::path).containsExactly("# Dienste");
    }

    @Test
    void readsAPowerPoint97PresentationASlideAPageLeavingHiddenSlidesOut() {
        byte[] ppt = LegacyOfficeFixtures.ppt(
                true,
                new String[] {"Roadmap", "Hybrid search ships in May."},
                new String[] {"Risks", "The index may lag behind ingestion."},
                new String[] {"Draft", "Hidden: not read."});

        ParsedDocument parsed = new PptParser().parse(ppt);

        assertThat(parsed.title()).isEqualTo("Roadmap");
        assertThat(parsed.text())
                .isEqualTo("Roadmap\n\nHybrid search ships in May.\n\nRisks\n\nThe index may lag behind ingestion.");
        assertThat(parsed.pages()).extracting(DocumentPage::number).containsExactly(1, 2);
        assertThat(parsed.sections()).extracting(DocumentSection::path).containsExactly("# Roadmap", "# Risks");
    }

    @Test
    void tellsEachKindOfCompoundFileByItsStreamsAndRefusesBrokenOnes() {
        assertThat(FormatDetector.detect(LegacyOfficeFixtures.doc(), null, null, "runbook.bin")
                        .format())
                .isEqualTo(DocumentFormat.DOC);
        assertThat(FormatDetector.detect(LegacyOfficeFixtures.xls("t", "s", new Object[] {"a"}), null, null, null)
                        .format())
                .isEqualTo(DocumentFormat.XLS);
        assertThat(FormatDetector.detect(
                                LegacyOfficeFixtures.ppt(false, new String[] {"t", "x"}), null, null, "deck.doc")
                        .format())
                .isEqualTo(DocumentFormat.PPT);
        assertThatThrownBy(() -> new DocParser().parse(LegacyOfficeFixtures.xls("t", "s", new Object[] {"a"})))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessageStartingWith("document is not a readable application/msword: ");
    }
}
