package org.jrag.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.model.KvCacheType;
import org.jrag.engine.model.LlamaModel;
import org.jrag.engine.reference.SharedFolder;
import org.jrag.engine.sampling.GreedySampler;
import org.jrag.engine.tokenizer.Tokenizer;
import org.junit.jupiter.api.Test;

class BeamSearchTests {
    private static final int A = 0, B = 1, C = 2, EOS = 3;

    /**
     * A hand-made model over {A, B, C, EOS}: first A 0.6 / B 0.4; after A the three letters are equally likely;
     * after B, C has 0.99; after two tokens EOS has 0.99. Greedy takes A and ends near 0.6 x 1/3; the B path
     * is worth 0.4 x 0.99.
     */
    private static final class TrapDecoder implements SequenceDecoder<int[][]> {
        @Override
        public int[][] start(int[] prompt) {
            return new int[][] {new int[0]};
        }

        @Override
        public float[] logits(int[][] state) {
            int[] s = state[0];
            double[] p;
            if (s.length == 0) {
                p = new double[] {0.6, 0.4, 1e-6, 1e-6};
            } else if (s.length == 1 && s[0] == A) {
                p = new double[] {0.33, 0.33, 0.33, 0.01};
            } else if (s.length == 1) {
                p = new double[] {0.004, 0.003, 0.99, 0.003};
            } else {
                p = new double[] {0.004, 0.003, 0.003, 0.99};
            }
            float[] logits = new float[4];
            for (int i = 0; i < 4; i++) {
                logits[i] = (float) Math.log(p[i]);
            }
            return logits;
        }

        @Override
        public int[][] fork(int[][] state) {
            return new int[][] {state[0].clone()};
        }

        @Override
        public void append(int[][] state, int token) {
            int[] s = Arrays.copyOf(state[0], state[0].length + 1);
            s[s.length - 1] = token;
            state[0] = s;
        }

        @Override
        public boolean hasRoom(int[][] state) {
            return true;
        }
    }

    @Test
    void widerBeamFindsAMoreProbableSequenceThanGreedy() {
        BeamHypothesis greedy = new BeamSearch(1, 1.0).search(new TrapDecoder(), new int[] {9}, 10, Set.of(EOS));
        BeamHypothesis beam = new BeamSearch(2, 1.0).search(new TrapDecoder(), new int[] {9}, 10, Set.of(EOS));
        assertThat(greedy.tokens()).containsExactly(A, A, EOS);
        assertThat(beam.tokens()).containsExactly(B, C, EOS);
        assertThat(beam.ended()).isTrue();
        assertThat(beam.logProb()).isCloseTo(Math.log(0.4 * 0.99 * 0.99), org.assertj.core.data.Offset.offset(1e-5));
        assertThat(beam.logProb()).isGreaterThan(greedy.logProb());
    }

    @Test
    void stopsAtTheTokenBudgetWithAnOpenHypothesis() {
        BeamHypothesis h = new BeamSearch(2, 1.0).search(new TrapDecoder(), new int[] {9}, 2, Set.of(EOS));
        assertThat(h.tokens()).containsExactly(B, C);
        assertThat(h.ended()).isFalse();
        assertThat(h.score()).isCloseTo(h.logProb() / 2, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void widthOneIsGreedyOnStories260K() {
        try (GgufFile file = GgufFile.open(SharedFolder.stories260K())) {
            LlamaModel model = LlamaModel.load(file);
            int[] prompt = Tokenizer.from(file.metadata()).encode("Lily and Ben went to the park", true);
            Generation greedy = new Generator(model).generate(prompt, 24, 64, new GreedySampler(), Set.of(2), t -> {});
            BeamHypothesis beam = new BeamSearch(1, 1.0)
                    .search(new LlamaSequenceDecoder(model, 64, KvCacheType.F32), prompt, 24, Set.of(2));
            assertThat(beam.tokens()).containsExactly(greedy.tokens());
            // a width-3 beam on the real model scores at least as well as greedy
            BeamHypothesis wide = new BeamSearch(3, 0.0)
                    .search(new LlamaSequenceDecoder(model, 64, KvCacheType.F32), prompt, 24, Set.of(2));
            assertThat(wide.logProb()).isGreaterThanOrEqualTo(beam.logProb() - 1e-9);
        }
    }

    @Test
    void rejectsAWidthBelowOne() {
        assertThatThrownBy(() -> new BeamSearch(0, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("beam width must be >= 1, got: 0");
    }
}
