package org.jrag.engine.sampling;

/** One stage of the sampling chain (llama.cpp's order: penalties, top-k, top-p, min-p, temperature). */
public sealed interface CandidateFilter {
    void apply(Candidates c, int[] history, int length);

    /** Repetition (divide positive / multiply negative logits), frequency (per count) and presence penalties. */
    record Penalties(float repeat, float frequency, float presence, int lastN) implements CandidateFilter {
        @Override
        public void apply(Candidates c, int[] history, int length) {
            java.util.HashMap<Integer, Integer> counts = new java.util.HashMap<>();
            for (int i = Math.max(0, length - lastN); i < length; i++) {
                counts.merge(history[i], 1, Integer::sum);
            }
            for (int i = 0; i < c.size; i++) {
                Integer count = counts.get(c.ids[i]);
                if (count == null) {
                    continue;
                }
                float l = c.logits[i];
                l = l <= 0 ? l * repeat : l / repeat;
                c.logits[i] = l - count * frequency - presence;
            }
            c.sorted = false;
        }
    }

    /** Keeps the k highest logits. */
    record TopK(int k) implements CandidateFilter {
        @Override
        public void apply(Candidates c, int[] history, int length) {
            if (k <= 0 || k >= c.size) {
                return;
            }
            c.sortDescending();
            c.size = k;
        }
    }

    /** Keeps the smallest best-first prefix whose probability mass reaches p (at least one token). */
    record TopP(float p) implements CandidateFilter {
        @Override
        public void apply(Candidates c, int[] history, int length) {
            if (p >= 1f) {
                return;
            }
            c.sortDescending();
            double[] prob = c.probabilities();
            double cum = 0;
            for (int i = 0; i < c.size; i++) {
                cum += prob[i];
                if (cum >= p) {
                    c.size = i + 1;
                    return;
                }
            }
        }
    }

    /** Keeps tokens whose probability is at least minP times the best one's. */
    record MinP(float minP) implements CandidateFilter {
        @Override
        public void apply(Candidates c, int[] history, int length) {
            if (minP <= 0f) {
                return;
            }
            c.sortDescending();
            // p_i >= minP * p_max  <=>  logit_i >= logit_max + ln(minP)
            float threshold = c.logits[0] + (float) Math.log(minP);
            int keep = 1;
            while (keep < c.size && c.logits[keep] >= threshold) {
                keep++;
            }
            c.size = keep;
        }
    }

    /** Divides logits by the temperature. */
    record Temperature(float t) implements CandidateFilter {
        @Override
        public void apply(Candidates c, int[] history, int length) {
            for (int i = 0; i < c.size; i++) {
                c.logits[i] /= t;
            }
        }
    }
}
