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
}
