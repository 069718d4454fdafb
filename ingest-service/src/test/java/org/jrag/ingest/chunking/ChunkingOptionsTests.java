package org.jrag.ingest.chunking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jrag.ingest.problem.InvalidParameterException;
import org.junit.jupiter.api.Test;

class ChunkingOptionsTests {

    private final ChunkingProperties defaults = new ChunkingProperties("fixed", 256, 32, 3, 1024, 95);

    private ChunkingStrategy resolve(Map<String, String> options) {
        return new ChunkingOptions(options).resolve(defaults, 510, "");
    }

    @Test
    void fillsWhatIsLeftOutFromTheDefaults() {
        assertThat(resolve(Map.of())).isEqualTo(new ChunkingStrategy.Fixed(256, 32));
        assertThat(resolve(Map.of("chunker", "recursive", "chunkTokens", "128")))
                .isEqualTo(new ChunkingStrategy.Recursive(128));
        assertThat(resolve(Map.of("chunker", "sentence-window", "windowSentences", "1")))
                .isEqualTo(new ChunkingStrategy.SentenceWindow(1, 256));
        assertThat(resolve(Map.of("chunker", "parent-child", "chunkTokens", "100")))
                .isEqualTo(new ChunkingStrategy.ParentChild(1024, 100));
        assertThat(resolve(Map.of("chunker", "semantic", "breakpointPercentile", "90.5")))
                .isEqualTo(new ChunkingStrategy.Semantic(256, 90.5));
        assertThat(resolve(Map.of("chunker", "fixed", "chunkTokens", "16")))
                .as("the default overlap keeps its share (32 of 256) of a chosen size")
                .isEqualTo(new ChunkingStrategy.Fixed(16, 2));
    }

    @Test
    void aRequestOverridesTheCollectionAndStartsAfreshForAnotherStrategy() {
        var collection = new ChunkingOptions(Map.of("chunker", "parent-child", "parentTokens", "2048"));

        assertThat(collection
                        .overriddenBy(new ChunkingOptions(Map.of("chunkTokens", "64")))
                        .resolve(defaults, 510, ""))
                .isEqualTo(new ChunkingStrategy.ParentChild(2048, 64));
        assertThat(collection
                        .overriddenBy(new ChunkingOptions(Map.of("chunker", "sentence")))
                        .resolve(defaults, 510, ""))
                .isEqualTo(new ChunkingStrategy.Sentence(256));
    }

    @Test
    void namesTheParameterAndTheRuleItBreaks() {
        assertProblem(
                Map.of("chunker", "magic"),
                "chunker",
                "chunker must be one of fixed, recursive, sentence, semantic, sentence-window, parent-child,"
                        + " got: 'magic'");
        assertProblem(Map.of("chunkTokens", "600"), "chunkTokens", "chunkTokens must be between 1 and 510, got: 600");
        assertProblem(Map.of("chunkTokens", "ten"), "chunkTokens", "chunkTokens must be an integer, got: 'ten'");
        assertProblem(
                Map.of("chunkTokens", "64", "overlapTokens", "64"),
                "overlapTokens",
                "overlapTokens must be between 0 and 63, got: 64");
        assertProblem(
                Map.of("chunker", "recursive", "overlapTokens", "8"),
                "overlapTokens",
                "overlapTokens does not apply to chunker=recursive");
        assertProblem(
                Map.of("chunker", "parent-child", "chunkTokens", "300", "parentTokens", "200"),
                "parentTokens",
                "parentTokens must be between 301 and 8192, got: 200");
        assertProblem(
                Map.of("chunker", "semantic", "breakpointPercentile", "100"),
                "breakpointPercentile",
                "breakpointPercentile must be between 1 and 99, got: 100");
        assertProblem(
                Map.of("size", "3"),
                "size",
                "size is not a chunking option; known: chunker, chunkTokens, overlapTokens, windowSentences,"
                        + " parentTokens, breakpointPercentile");
    }

    private void assertProblem(Map<String, String> options, String parameter, String message) {
        assertThatThrownBy(() -> resolve(options))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage(message)
                .extracting(e -> ((InvalidParameterException) e).parameter())
                .isEqualTo(parameter);
    }
}
