package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownParserTests {

    private final MarkdownParser parser = new MarkdownParser();

    @Test
    void keepsTheMarkdownSourceAsTextAndTakesTheFirstH1AsTitle() {
        String source = "Intro line\n\n## Not this\n\n# Vector Search Basics #\n\nUse **HNSW** for `ANN`.\n";

        ParsedDocument parsed = parser.parse(source.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.text()).isEqualTo(source);
        assertThat(parsed.title()).isEqualTo("Vector Search Basics");
    }

    @Test
    void hasNoTitleWithoutAnH1() {
        ParsedDocument parsed = parser.parse("## Section\n#hashtag\n".getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.title()).isNull();
    }

    @Test
    void recordsEachHeadingsSectionWithItsPathAndSkipsFencedCode() {
        String source = "Preface.\n# Guide\nIntro.\n## Install\nRun it.\n```\n# not a heading\n```\n"
                + "### Linux\napt.\n## Use\nCall it.\n# Appendix\nEnd.";

        ParsedDocument parsed = parser.parse(source.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.sections())
                .extracting(DocumentSection::path)
                .containsExactly(
                        "# Guide",
                        "# Guide > ## Install",
                        "# Guide > ## Install > ### Linux",
                        "# Guide > ## Use",
                        "# Appendix");
        DocumentSection install = parsed.sections().get(1);
        assertThat(source.substring(install.startOffset(), install.endOffset()))
                .isEqualTo("## Install\nRun it.\n```\n# not a heading\n```\n");
        assertThat(parsed.sections().getLast().endOffset()).isEqualTo(source.length());
        assertThat(parsed.sections().getFirst().startOffset()).isEqualTo("Preface.\n".length());
    }

    @Test
    void recognisesSetextHeadingsWithTheirPathsAndTitle() {
        String source =
                "Vector Search\n=============\n\nIntro.\n\nInstalling the\nindex\n---\nRun it.\n\n### Linux\napt.\n"
                        + "\nUsage\n-----\nCall it.\n";

        ParsedDocument parsed = parser.parse(source.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.title()).isEqualTo("Vector Search");
        assertThat(parsed.sections())
                .extracting(DocumentSection::path)
                .containsExactly(
                        "# Vector Search",
                        "# Vector Search > ## Installing the index",
                        "# Vector Search > ## Installing the index > ### Linux",
                        "# Vector Search > ## Usage");
        DocumentSection install = parsed.sections().get(1);
        assertThat(source.substring(install.startOffset(), install.endOffset()))
                .isEqualTo("Installing the\nindex\n---\nRun it.\n\n");
        DocumentSection usage = parsed.sections().get(3);
        assertThat(source.substring(usage.startOffset(), usage.endOffset())).isEqualTo("Usage\n-----\nCall it.\n");
    }

    @Test
    void treatsDashesAfterABlankLineAListItemOrAHeadingAsAThematicBreak() {
        String source = "# Guide\n---\nText.\n\n---\n\n- item\n---\n    code\n---\n> quote\n---\n* * *\nEnd.\n";

        ParsedDocument parsed = parser.parse(source.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.sections()).extracting(DocumentSection::path).containsExactly("# Guide");
        assertThat(parsed.sections().getFirst().endOffset()).isEqualTo(source.length());
    }

    @Test
    void ignoresSetextUnderlinesInsideFencedCode() {
        String source = "# Doc\n```\nnot a heading\n===\n```\nBody\n";

        ParsedDocument parsed = parser.parse(source.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.sections()).extracting(DocumentSection::path).containsExactly("# Doc");
    }
}
