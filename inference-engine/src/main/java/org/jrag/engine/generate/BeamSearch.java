package org.jrag.engine.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Beam search: keeps the {@code width} most probable partial sequences, extends each by its {@code width} best
 * tokens, and keeps the best {@code width} of those; a sequence that picks an end token is finished. Finished
 * and, at the budget, still-open sequences are ranked by log-probability divided by length^lengthPenalty (1:
 * mean log-probability per token, 0: raw sum, which favours short answers). Deterministic; width 1 is greedy.
 */
public final class BeamSearch {
    private final int width;
    private final double lengthPenalty;

    public BeamSearch(int width, double lengthPenalty) {
        if (width < 1) {
            throw new IllegalArgumentException("beam width must be >= 1, got: " + width);
        }
        if (!(lengthPenalty >= 0)) {
            throw new IllegalArgumentException("lengthPenalty must be >= 0, got: " + lengthPenalty);
        }
        this.width = width;
        this.lengthPenalty = lengthPenalty;
    }

    private record Beam<S>(S state, int[] tokens, double logProb) {}

    private record Candidate(int beam, int token, double logProb) {}

    /** The best hypothesis for {@code prompt} within {@code maxTokens} generated tokens (end token included). */
    public <S> BeamHypothesis search(SequenceDecoder<S> decoder, int[] prompt, int maxTokens, Set<Integer> endTokens) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1, got: " + maxTokens);
        }
        List<Beam<S>> beams = List.of(new Beam<>(decoder.start(prompt), new int[0], 0));
        List<BeamHypothesis> finished = new ArrayList<>();
        for (int step = 0; step < maxTokens && !beams.isEmpty(); step++) {
            // 1. every beam's best `width` continuations, scored by total log-probability
            List<Candidate> candidates = new ArrayList<>();
            for (int b = 0; b < beams.size(); b++) {
                double[] logProbs = logSoftmax(decoder.logits(beams.get(b).state()));
                for (int token : topIndices(logProbs, width)) {
                    candidates.add(new Candidate(b, token, beams.get(b).logProb() + logProbs[token]));
                }
            }
            candidates.sort(Comparator.comparingDouble(Candidate::logProb)
                    .reversed()
                    .thenComparingInt(Candidate::beam)
                    .thenComparingInt(Candidate::token));
            // 2. the best `width` candidates: end tokens finish a hypothesis, the rest live on
            List<Candidate> kept = new ArrayList<>();
            for (int rank = 0; rank < candidates.size() && kept.size() < width; rank++) {
                Candidate c = candidates.get(rank);
                int[] tokens = append(beams.get(c.beam()).tokens(), c.token());
                if (endTokens.contains(c.token())) {
                    if (rank < width) {
                        finished.add(hypothesis(tokens, c.logProb(), true));
                    }
                } else {
                    kept.add(c);
                }
            }
            // 3. extend: the first child of a beam takes over its state, further children fork it first
            Map<S, Boolean> taken = new IdentityHashMap<>();
            List<Beam<S>> next = new ArrayList<>();
            for (Candidate c : kept) {
                S parent = beams.get(c.beam()).state();
                S state = taken.putIfAbsent(parent, true) == null ? parent : decoder.fork(parent);
                next.add(new Beam<>(state, append(beams.get(c.beam()).tokens(), c.token()), c.logProb()));
            }
            // forks are taken before any parent state moves on, so append only after all states are assigned
            List<Beam<S>> alive = new ArrayList<>();
            for (Beam<S> b : next) {
                if (step + 1 < maxTokens && decoder.hasRoom(b.state())) {
                    decoder.append(b.state(), b.tokens()[b.tokens().length - 1]);
                    alive.add(b);
                } else {
                    finished.add(hypothesis(b.tokens(), b.logProb(), false));
                }
            }
            beams = alive;
            // 4. stop early once `width` hypotheses are finished and no open beam scores better than the worst
            if (finished.size() >= width && !beams.isEmpty()) {
                double worst = finished.stream()
                        .mapToDouble(BeamHypothesis::score)
                        .sorted()
                        .skip(Math.max(0, finished.size() - width))
                        .findFirst()
                        .orElseThrow();
                double bestOpen = beams.stream()
                        .mapToDouble(b -> score(b.logProb(), b.tokens().length))
                        .max()
                        .orElseThrow();
                if (bestOpen <= worst) {
                    beams = List.of();
                }
            }
        }
        for (Beam<S> b : beams) {
            finished.add(hypothesis(b.tokens(), b.logProb(), false));
        }
        return finished.stream()
                .max(Comparator.comparingDouble(BeamHypothesis::score))
                .orElseThrow();
    }

    private BeamHypothesis hypothesis(int[] tokens, double logProb, boolean ended) {
        return new BeamHypothesis(tokens, logProb, score(logProb, tokens.length), ended);
    }

    private double score(double logProb, int length) {
        return logProb / Math.pow(Math.max(1, length), lengthPenalty);
    }

    private static int[] append(int[] tokens, int token) {
        int[] out = Arrays.copyOf(tokens, tokens.length + 1);
        out[tokens.length] = token;
        return out;
    }

    /** log softmax in double, max subtracted. */
    static double[] logSoftmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (float l : logits) {
            sum += Math.exp(l - max);
        }
        double logZ = max + Math.log(sum);
        double[] out = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            out[i] = logits[i] - logZ;
        }
        return out;
    }

    /** Indices of the k largest values, largest first (lower index first on ties). */
    private static int[] topIndices(double[] values, int k) {
        int n = Math.min(k, values.length);
        int[] top = new int[n];
        Arrays.fill(top, -1);
        for (int i = 0; i < values.length; i++) {
            int pos = n;
            while (pos > 0 && (top[pos - 1] < 0 || values[i] > values[top[pos - 1]])) {
                pos--;
            }
            if (pos < n) {
                System.arraycopy(top, pos, top, pos + 1, n - pos - 1);
                top[pos] = i;
            }
        }
        return top;
    }
}
