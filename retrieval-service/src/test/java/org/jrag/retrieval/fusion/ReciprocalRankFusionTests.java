package org.jrag.retrieval.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrag.retrieval.search.ScoredChunk;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTests {

    private final ReciprocalRankFusion rrf = new ReciprocalRankFusion(ReciprocalRankFusion.DEFAULT_K);

    @Test
    void fusesRanksWithK60() {
        // given chunk 1 is first for bm25 and third for dense; chunk 2 second for both
        var rankings =
                rankings(List.of(chunk(1, 9.0), chunk(2, 7.0)), List.of(chunk(3, 0.9), chunk(2, 0.8), chunk(1, 0.7)));

        // when
        List<FusedChunk> fused = rrf.fuse(rankings);

        // then 1/61 + 1/63 = 0.032266 > 2/62 = 0.032258 > 1/61 = 0.016393
        assertThat(fused).extracting(FusedChunk::chunkId).containsExactly(1L, 2L, 3L);
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 61 + 1.0 / 63, within(1e-12));
        assertThat(fused.get(1).score()).isCloseTo(1.0 / 62 + 1.0 / 62, within(1e-12));
        assertThat(fused.get(2).score()).isCloseTo(1.0 / 61, within(1e-12));
        assertThat(fused.get(0).ranks()).containsExactly(Map.entry("bm25", 1), Map.entry("dense", 3));
        assertThat(fused.get(0).scores()).containsExactly(Map.entry("bm25", 9.0), Map.entry("dense", 0.7));
        assertThat(fused.get(2).ranks()).containsExactly(Map.entry("dense", 1));
        assertThat(fused.get(2).scores()).containsExactly(Map.entry("dense", 0.9));
    }

    @Test
    void chunkFoundByBothBeatsChunksFoundByOneAtTheSameRanks() {
        // given chunk 5 is second in both lists; chunks 1 and 2 are first in one list only
        var rankings = rankings(List.of(chunk(1, 3.0), chunk(5, 2.0)), List.of(chunk(2, 0.9), chunk(5, 0.8)));

        // when
        List<FusedChunk> fused = rrf.fuse(rankings);

        // then 2/62 > 1/61
        assertThat(fused).extracting(FusedChunk::chunkId).containsExactly(5L, 1L, 2L);
    }

    @Test
    void weighsEachRetrieverInTheFusedScore() {
        // given chunk 1 is first for bm25 only, chunk 2 first for dense only
        var rankings = rankings(List.of(chunk(1, 9.0)), List.of(chunk(2, 0.9)));

        // when dense weighs twice as much as bm25
        List<FusedChunk> fused = rrf.fuse(rankings, Map.of("bm25", 0.5, "dense", 1.0));

        // then 1.0/61 > 0.5/61, and the explanation keeps each retriever's rank and score
        assertThat(fused).extracting(FusedChunk::chunkId).containsExactly(2L, 1L);
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 61, within(1e-12));
        assertThat(fused.get(1).score()).isCloseTo(0.5 / 61, within(1e-12));
        assertThat(fused.get(1).ranks()).containsExactly(Map.entry("bm25", 1));
        assertThat(fused.get(1).scores()).containsExactly(Map.entry("bm25", 9.0));
    }

    @Test
    void rejectsNegativeWeights() {
        assertThatThrownBy(() -> rrf.fuse(rankings(List.of(), List.of()), Map.of("dense", -1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weight of dense must be a finite number >= 0, got: -1.0");
    }

    @Test
    void breaksTiesByChunkId() {
        // given two chunks each first in one list, so both score 1/61
        var rankings = rankings(List.of(chunk(9, 1.0)), List.of(chunk(4, 1.0)));

        // when
        List<FusedChunk> fused = rrf.fuse(rankings);

        // then
        assertThat(fused).extracting(FusedChunk::chunkId).containsExactly(4L, 9L);
        assertThat(fused.get(0).score()).isEqualTo(fused.get(1).score());
    }

    @Test
    void keepsTheOrderOfASingleRanking() {
        var fused = rrf.fuse(Map.of("bm25", List.of(chunk(7, 3.0), chunk(3, 2.0), chunk(5, 1.0))));

        assertThat(fused).extracting(FusedChunk::chunkId).containsExactly(7L, 3L, 5L);
        assertThat(fused).extracting(c -> c.ranks().get("bm25")).containsExactly(1, 2, 3);
    }

    @Test
    void countsAChunkListedTwiceByOneRetrieverOnceAtItsBestRank() {
        var fused = rrf.fuse(Map.of("bm25", List.of(chunk(7, 3.0), chunk(7, 2.0))));

        assertThat(fused).singleElement().satisfies(c -> {
            assertThat(c.score()).isCloseTo(1.0 / 61, within(1e-12));
            assertThat(c.ranks()).containsExactly(Map.entry("bm25", 1));
        });
    }

    @Test
    void fusesEmptyInputsToNothing() {
        assertThat(rrf.fuse(Map.of())).isEmpty();
        assertThat(rrf.fuse(rankings(List.of(), List.of()))).isEmpty();
        assertThat(rrf.fuse(rankings(List.of(), List.of(chunk(2, 0.5)))))
                .extracting(FusedChunk::chunkId)
                .containsExactly(2L);
    }

    @Test
    void rejectsNonPositiveK() {
        assertThatThrownBy(() -> new ReciprocalRankFusion(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be >= 1, got: 0");
    }

    private static ScoredChunk chunk(long id, double score) {
        return new ScoredChunk(id, score);
    }

    private static Map<String, List<ScoredChunk>> rankings(List<ScoredChunk> bm25, List<ScoredChunk> dense) {
        Map<String, List<ScoredChunk>> rankings = new LinkedHashMap<>();
        rankings.put("bm25", bm25);
        rankings.put("dense", dense);
        return rankings;
    }
}
