package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.jrag.ingest.problem.ZipBombException;
import org.junit.jupiter.api.Test;

class OdfParserTests {

    @Test
    void readsATextDocumentsHeadingsParagraphsListsAndTablesButNotItsDeletionsOrComments() {
        // given
        byte[] odt = OdfFixtures.odf(OdfParser.TEXT, "Operations guide", """
                <office:text>
                  <text:tracked-changes><text:changed-region><text:deletion><text:p>removed words</text:p>\
                </text:deletion></text:changed-region></text:tracked-changes>
                  <text:h text:outline-level="1">Install</text:h>
                  <text:p>Run the<text:s text:c="3"/>installer.<office:annotation><text:p>a comment</text:p>\
                </office:annotation></text:p>
                  <text:list><text:list-item><text:p>Step one</text:p></text:list-item></text:list>
                  <text:h text:outline-level="2">Ports</text:h>
                  <table:table><table:table-row><table:table-cell><text:p>gateway</text:p></table:table-cell>\
                <table:table-cell><text:p>8080</text:p></table:table-cell></table:table-row></table:table>
                  <text:p>Done<text:note><text:note-body><text:p>a footnote</text:p></text:note-body></text:note>.</text:p>
                </office:text>""");

        // when
        ParsedDocument parsed = OdfParser.text().parse(odt);

        // then
        assertThat(parsed.text())
                .isEqualTo("Install\n\nRun the installer.\n\nStep one\n\nPorts\n\ngateway 8080\n\nDone.");
        assertThat(parsed.title()).isEqualTo("Operations guide");
        assertThat(parsed.sections())
                .extracting(DocumentSection::path)
                .containsExactly("# Install", "# Install > ## Ports");
        assertThat(FormatDetector.detect(odt, null, null, "upload.bin").format())
                .isEqualTo(DocumentFormat.ODT);
    }

    @Test
    void readsASpreadsheetsSheetsRowsUnderTheirHeaderWithRepeatedCells() {
        byte[] ods = OdfFixtures.odf(OdfParser.SPREADSHEET, null, """
                <office:spreadsheet><table:table table:name="Ports">
                  <table:table-column table:number-columns-repeated="3"/>
                  <table:table-row><table:table-cell><text:p>Service</text:p></table:table-cell>\
                <table:table-cell><text:p>Port</text:p></table:table-cell></table:table-row>
                  <table:table-row><table:table-cell table:number-columns-repeated="2"/>\
                <table:table-cell><text:p>spare</text:p></table:table-cell></table:table-row>
                  <table:table-row table:number-rows-repeated="2"><table:table-cell><text:p>ingest</text:p>\
                </table:table-cell><table:table-cell office:value-type="float" office:value="8081"><text:p>8081</text:p>\
                </table:table-cell></table:table-row>
                  <table:table-row table:number-rows-repeated="1048570"><table:table-cell \
                table:number-columns-repeated="16384"/></table:table-row>
                </table:table><table:table table:name="Empty"/></office:spreadsheet>""");

        ParsedDocument parsed = OdfParser.spreadsheet().parse(ods);

        assertThat(parsed.text())
                .isEqualTo(
                        "Ports\n\nService | Port\nC: spare\nService: ingest; Port: 8081\nService: ingest; Port: 8081");
        assertThat(parsed.sections()).extracting(DocumentSection::path).containsExactly("# Ports");
        assertThat(FormatDetector.detect(ods, null, null, null).format()).isEqualTo(DocumentFormat.ODS);
    }

    @Test
    void readsAPresentationsSlidesAsPagesWithTitlesAndNotes() {
        byte[] odp = OdfFixtures.odf(OdfParser.PRESENTATION, null, """
                <office:presentation>
                  <draw:page draw:name="page1">
                    <draw:frame presentation:class="title"><draw:text-box><text:p>Fusion</text:p></draw:text-box>\
                </draw:frame>
                    <draw:frame presentation:class="outline"><draw:text-box><text:list><text:list-item>\
                <text:p>RRF adds reciprocal ranks.</text:p></text:list-item></text:list></draw:text-box></draw:frame>
                    <draw:frame presentation:class="page-number"><draw:text-box><text:p>1</text:p></draw:text-box>\
                </draw:frame>
                    <presentation:notes><draw:frame presentation:class="page"/><draw:frame presentation:class="notes">\
                <draw:text-box><text:p>Mention k = 60.</text:p></draw:text-box></draw:frame></presentation:notes>
                  </draw:page>
                  <draw:page draw:name="page2"/>
                  <draw:page draw:name="page3"><draw:frame><draw:text-box><text:p>No title here.</text:p>\
                </draw:text-box></draw:frame></draw:page>
                </office:presentation>""");

        ParsedDocument parsed = OdfParser.presentation().parse(odp);

        assertThat(parsed.text())
                .isEqualTo("Fusion\n\nRRF adds reciprocal ranks.\n\nNotes: Mention k = 60.\n\nNo title here.");
        assertThat(parsed.title()).isEqualTo("Fusion");
        assertThat(parsed.pages()).extracting(DocumentPage::number).containsExactly(1, 3);
        assertThat(parsed.sections()).extracting(DocumentSection::path).containsExactly("# Fusion", "# Slide 3");
        assertThat(FormatDetector.detect(odp, null, null, null).format()).isEqualTo(DocumentFormat.ODP);
    }

    @Test
    void refusesBrokenPackagesTheWrongKindAndPartsThatExpandTooFar() {
        byte[] odt = OdfFixtures.odf(OdfParser.TEXT, null, "<office:text><text:p>Words.</text:p></office:text>");
        assertThatThrownBy(() -> OdfParser.spreadsheet().parse(odt))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessage("document is not a readable " + OdfParser.SPREADSHEET + ": its mimetype entry says "
                        + OdfParser.TEXT);
        assertThatThrownBy(() -> OdfParser.text().parse(Arrays.copyOf(odt, odt.length / 2)))
                .isInstanceOf(CorruptDocumentException.class);
        String filler = "<text:p>" + "a".repeat(2_000_000) + "</text:p>";
        assertThatThrownBy(() -> OdfParser.text()
                        .parse(OdfFixtures.odf(OdfParser.TEXT, null, "<office:text>" + filler + "</office:text>")))
                .isInstanceOf(ZipBombException.class)
                .hasMessageContaining("expands more than 100 times, at part 'content.xml'");
    }
}
