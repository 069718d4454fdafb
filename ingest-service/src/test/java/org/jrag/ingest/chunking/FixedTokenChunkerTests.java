package org.jrag.ingest.chunking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jrag.embedding.OnnxTextEmbedder;
import org.jrag.embedding.TextTokenizer;
import org.jrag.embedding.TokenSpan;
import org.junit.jupiter.api.Test;

class FixedTokenChunkerTests {

    private final TextTokenizer tokenizer = new WhitespaceTokenizer(512);

    /** "w0 w1  w2\nw3 ..." with irregular whitespace, so offsets are not a multiple of anything. */
    private static String words(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "w" + i + (i % 7 == 0 ? "\n\n" : i % 3 == 0 ? "  " : " "))
                .collect(Collectors.joining("", "  ", "\t"));
    }

    @Test
    void chunkTextIsTheSubstringBetweenItsOffsetsFromTokenStartToTokenEnd() {
        // given
        String text = words(50);
        List<TokenSpan> tokens = tokenizer.tokenize(text);
        var chunker = new FixedTokenChunker(tokenizer, 10, 3);

        // when
        List<ChunkSpan> chunks = chunker.chunk(text);

        // then
        assertThat(chunks).isNotEmpty();
        List<Integer> tokenStarts = tokens.stream().map(TokenSpan::start).toList();
        List<Integer> tokenEnds = tokens.stream().map(TokenSpan::end).toList();
        for (ChunkSpan chunk : chunks) {
            assertThat(chunk.text()).isEqualTo(text.substring(chunk.startOffset(), chunk.endOffset()));
            assertThat(tokenStarts).contains(chunk.startOffset());
            assertThat(tokenEnds).contains(chunk.endOffset());
        }
        assertThat(chunks.getFirst().startOffset()).isEqualTo(2);
        assertThat(chunks.getLast().endOffset()).isEqualTo(tokens.getLast().end());
    }

    @Test
    void neighboursShareExactlyOverlapTokens() {
        // given
        String text = words(47);
        List<TokenSpan> tokens = tokenizer.tokenize(text);
        var chunker = new FixedTokenChunker(tokenizer, 10, 3);

        // when
        List<ChunkSpan> chunks = chunker.chunk(text);

        // then: windows start every 7 tokens; the last one, [42, 47), is the first to reach the end
        List<Integer> firstTokens =
                chunks.stream().map(c -> indexOfStart(tokens, c.startOffset())).toList();
        assertThat(firstTokens).containsExactly(0, 7, 14, 21, 28, 35, 42);
        for (int i = 0; i + 1 < chunks.size(); i++) {
            ChunkSpan left = chunks.get(i);
            ChunkSpan right = chunks.get(i + 1);
            long shared = tokens.stream()
                    .filter(t -> t.start() >= right.startOffset() && t.end() <= left.endOffset())
                    .count();
            assertThat(shared).as("tokens shared by chunks %d and %d", i, i + 1).isEqualTo(3);
        }
    }

    @Test
    void everyChunkHoldsAtMostChunkTokensAndCountsThemRight() {
        // given
        String text = words(103);
        var chunker = new FixedTokenChunker(tokenizer, 16, 4);

        // when
        List<ChunkSpan> chunks = chunker.chunk(text);

        // then
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.tokenCount()).isBetween(1, 16);
            assertThat(tokenizer.countTokens(chunk.text())).isEqualTo(chunk.tokenCount());
        });
        assertThat(chunks.subList(0, chunks.size() - 1))
                .allSatisfy(c -> assertThat(c.tokenCount()).isEqualTo(16));
    }

    @Test
    void chunksTogetherCoverEveryTokenOfTheDocument() {
        // given
        String text = words(211);
        List<TokenSpan> tokens = tokenizer.tokenize(text);
        var chunker = new FixedTokenChunker(tokenizer, 20, 0);

        // when
        List<ChunkSpan> chunks = chunker.chunk(text);

        // then
        assertThat(tokens)
                .allSatisfy(token -> assertThat(chunks)
                        .anySatisfy(c -> assertThat(c.startOffset() <= token.start() && token.end() <= c.endOffset())
                                .isTrue()));
        assertThat(chunks.stream().mapToInt(ChunkSpan::tokenCount).sum()).isEqualTo(211);
    }

    @Test
    void endsWithoutAnEmptyOrRepeatedChunkWhenTokensDivideEvenly() {
        // given
        String text = words(20);

        // when
        List<ChunkSpan> noOverlap = new FixedTokenChunker(tokenizer, 10, 0).chunk(text);
        List<ChunkSpan> overlap = new FixedTokenChunker(tokenizer, 10, 2).chunk(text);

        // then
        assertThat(noOverlap).extracting(ChunkSpan::tokenCount).containsExactly(10, 10);
        assertThat(overlap).extracting(ChunkSpan::tokenCount).containsExactly(10, 10, 4);
    }

    @Test
    void shortTextIsOneChunkWithoutSurroundingWhitespace() {
        // given
        String text = "\n  The quick brown fox.  \n";

        // when
        List<ChunkSpan> chunks = new FixedTokenChunker(tokenizer, 10, 2).chunk(text);

        // then
        assertThat(chunks).containsExactly(new ChunkSpan("The quick brown fox.", 3, 23, 4));
    }

    @Test
    void textWithoutTokensGivesNoChunks() {
        var chunker = new FixedTokenChunker(tokenizer, 10, 2);

        assertThat(chunker.chunk("")).isEmpty();
        assertThat(chunker.chunk(" \n\t ")).isEmpty();
    }

    @Test
    void rejectsOverlapNotSmallerThanChunk() {
        assertThatThrownBy(() -> new FixedTokenChunker(tokenizer, 32, 32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chunkTokens must be > overlapTokens, got: chunkTokens=32, overlapTokens=32");
    }

    @Test
    void rejectsNegativeOverlap() {
        assertThatThrownBy(() -> new FixedTokenChunker(tokenizer, 32, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("overlapTokens must be >= 0, got: -1");
    }

    @Test
    void rejectsChunksLargerThanTheModelReads() {
        assertThatThrownBy(() -> new FixedTokenChunker(tokenizer, 511, 32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chunkTokens must be <= 510 (the model's 512 tokens less its 2 special tokens), got: 511");
    }

    @Test
    void chunksLongTextInTheEmbeddingModelsTokensWithoutLosingAny() {
        // given: far more than the model's 512 tokens, with accents and emoji (two UTF-16 units each)
        String text = IntStream.range(0, 300)
                .mapToObj(i -> "Sentence " + i + " déjà vu 😀 costs $3.50, naïvely.")
                .collect(Collectors.joining("\n"));
        try (var embedder = OnnxTextEmbedder.bgeSmallEnV15()) {
            TextTokenizer model = embedder.tokenizer();
            List<TokenSpan> tokens = model.tokenize(text);

            // when
            List<ChunkSpan> chunks = new FixedTokenChunker(model, 256, 32).chunk(text);

            // then
            assertThat(tokens.size()).isGreaterThan(2000);
            assertThat(chunks.getFirst().startOffset()).isZero();
            assertThat(chunks.getLast().endOffset()).isEqualTo(text.length());
            assertThat(chunks).allSatisfy(c -> {
                assertThat(c.text()).isEqualTo(text.substring(c.startOffset(), c.endOffset()));
                assertThat(c.tokenCount()).isLessThanOrEqualTo(256);
            });
            int covered = chunks.stream().mapToInt(ChunkSpan::tokenCount).sum() - 32 * (chunks.size() - 1);
            assertThat(covered).isEqualTo(tokens.size());
        }
    }

    private static int indexOfStart(List<TokenSpan> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == offset) {
                return i;
            }
        }
        throw new AssertionError("no token starts at " + offset);
    }
}
