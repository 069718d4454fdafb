package org.jrag.retrieval.rerank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LateInteractionRerankerTests {

    @Test
    void maxSimAveragesEachQueryTokensBestMatch() {
        // given unit vectors: query tokens x and y; passage tokens x and (x+y)/sqrt 2
        float s = (float) Math.sqrt(0.5);
        float[][] query = {{1, 0}, {0, 1}};
        float[][] passage = {{1, 0}, {s, s}};

        // then x matches x (1.0), y matches (x+y)/sqrt 2 (0.7071): mean 0.8536
        assertThat(LateInteractionReranker.maxSim(query, passage)).isCloseTo((1 + s) / 2, within(1e-6));
        assertThat(LateInteractionReranker.maxSim(query, new float[0][])).isZero();
    }

    @Test
    void ranksTheAnsweringPassageAboveUnrelatedOnesWithTheBundledModel() throws Exception {
        try (var reranker = new LateInteractionReranker(2, 512)) {
            double[] scores = reranker.score(
                    "how do you bake sourdough bread",
                    List.of(
                            "Quarterly revenue grew by eight percent.",
                            "Feed the sourdough starter, knead the dough, let it rise and bake the loaf.",
                            "Jupiter is the largest planet in the solar system."));

            assertThat(scores[1]).isGreaterThan(scores[0]).isGreaterThan(0);
            assertThat(scores[1]).isGreaterThan(scores[2]);
        }
    }
}
