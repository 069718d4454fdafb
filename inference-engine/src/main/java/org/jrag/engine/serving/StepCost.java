package org.jrag.engine.serving;

/**
 * The measured cost of a decoding step as a function of the tokens it runs, time = a + b * tokens, fitted by least
 * squares over recent steps (each older step weighing {@value #DECAY} as much as the next one). Speculation uses it
 * to price a drafted token: {@link #perTokenShare} is what one more token adds to a step of n tokens, relative to
 * the time per token that step takes without it. A step whose time is far off the fit (the thread was descheduled)
 * is left out. Where costs rise faster than the tokens and the line through all steps would cross zero, the line is
 * drawn from the smallest recent steps instead. Until the fit has seen steps of different sizes it answers {@link
 * #UNKNOWN}, and again once steps of one size have outweighed those a fit dearer than that came from; a fit dearer
 * than that stands only once {@link #MIN_EVIDENCE} steps of other sizes back it. It never answers less than {@link
 * #FLOOR}: a fit over a few noisy steps can find one more token free (slope 0), and a free token would be worth
 * drafting at any acceptance above zero, so an always-wrong drafter would never back off.
 */
final class StepCost {
    static final double DECAY = 0.97;

    /**
     * The share assumed before steps of different sizes are measured: a drafted token costs 3/4 of a plain one, so
     * an engine drafts only where drafts have been right until it knows better.
     */
    static final double UNKNOWN = 0.75;

    /** The least share a drafted token is priced at. */
    static final double FLOOR = 0.1;

    /** Steps slower than this many times the fit are outliers. */
    private static final double OUTLIER = 4;

    /** Token counts kept apart for the anchor of a convex fit ({@link #record}); larger steps count as this many. */
    private static final int SIZES = 64;

    /** Least decayed weight of the step size a convex fit is anchored at (its last step ~100 steps back at most). */
    private static final double ANCHOR_WEIGHT = 0.05;

    /**
     * Steps of a size other than the commonest one a fit needs before its price may stop drafting: one dear
     * verification step among one-token steps (a worker woken from its park, the thread descheduled for less than an
     * outlier) fits a line with a = 0 that prices a token at a whole step; trusted, it paused drafting until ~75
     * one-token steps had outweighed it (a stories260K ServingBench row at 0.08 drafted tokens a step, 0.95x, where
     * other runs drafted 4 a step for 1.5-2.5x).
     */
    static final int MIN_EVIDENCE = 3;

    /** Per token count (up to {@link #SIZES}): decayed number of steps and sum of their times. */
    private final double[] sizeSteps = new double[SIZES + 1];

    private final double[] sizeNanos = new double[SIZES + 1];

    /**
     * Steps recorded since the last fit was dropped whose size was not the commonest one before them (not decayed), up
     * to {@link #MIN_EVIDENCE}.
     */
    private int otherSizeSteps;

    private double w;
    private double sx;
    private double sxx;
    private double sy;
    private double sxy;
    private double a = Double.NaN;
    private double b = Double.NaN;

    /** Records one step of {@code tokens} tokens that took {@code nanos}. */
    void record(int tokens, long nanos) {
        if (!Double.isNaN(a) && nanos > OUTLIER * (a + b * tokens)) {
            return;
        }
        if (otherSizeSteps < MIN_EVIDENCE && w > 0 && Math.min(tokens, SIZES) != commonestSize()) {
            otherSizeSteps++; // counted up to what perTokenShare asks, so a server running for weeks cannot overflow it
        }
        w = DECAY * w + 1;
        sx = DECAY * sx + tokens;
        sxx = DECAY * sxx + (double) tokens * tokens;
        sy = DECAY * sy + nanos;
        sxy = DECAY * sxy + (double) tokens * nanos;
        for (int i = 0; i <= SIZES; i++) {
            sizeSteps[i] *= DECAY;
            sizeNanos[i] *= DECAY;
        }
        sizeSteps[Math.min(tokens, SIZES)] += 1;
        sizeNanos[Math.min(tokens, SIZES)] += nanos;
        double spread = w * sxx - sx * sx;
        if (spread > 0.05 * w * w) { // token counts vary (standard deviation over 0.22 tokens)
            double slope = (w * sxy - sx * sy) / spread;
            double intercept = (sy - slope * sx) / w;
            if (intercept < 0) {
                // costs rise faster than the tokens (long verification steps dearer per token than short ones), and
                // the line through all steps passes below zero: it would price every drafted token at a whole
                // plain step's share (a = 0) and stop drafting that pays. Draw it from the smallest steps instead,
                // the steps drafting adds to (stories260K in ServingBench: 1-token steps 49 us, 5 tokens 110, 9
                // tokens 266, 16 tokens 468; through all a = 0, from 1 token a = 23, b = 26 us)
                int n0 = 1;
                while (n0 < SIZES && sizeSteps[n0] < ANCHOR_WEIGHT) {
                    n0++;
                }
                double y0 = sizeNanos[n0] / sizeSteps[n0];
                double around = sxx - 2 * n0 * sx + (double) n0 * n0 * w;
                if (sizeSteps[n0] >= ANCHOR_WEIGHT && around > 0) {
                    slope = (sxy - y0 * sx - n0 * sy + n0 * y0 * w) / around;
                    intercept = y0 - slope * n0;
                }
            }
            b = Math.max(0, slope);
            a = Math.max(0, intercept);
        } else if (!Double.isNaN(a) && fittedShare(1) > UNKNOWN) {
            // the recent steps, all of one size, can no longer confirm a fit that prices one more token in a
            // one-token step above the unknown share: drop it. Such a fit stops drafting, and without drafts every
            // step has one size, so a fit made over one noisy stretch would never be refreshed (a full ServingBench
            // run on a Zen 4 VM: 3 drafted tokens and 354 shadow probes, 0.96x, where the next run drafted 331 for
            // 1.65x). Priced at one token, not at the step's: a sequence drafting the same length every step (steps
            // of one size too) keeps a fit that finds drafts cheap there (stories260K: a = 20, b = 15 us)
            a = Double.NaN;
            b = Double.NaN;
            otherSizeSteps = 0;
        }
    }

    /** The token count with the most (decayed) steps. */
    private int commonestSize() {
        int commonest = 0;
        for (int i = 1; i <= SIZES; i++) {
            if (sizeSteps[i] > sizeSteps[commonest]) {
                commonest = i;
            }
        }
        return commonest;
    }

    /**
     * b * n / (a + b * n): what one more token adds to a step of n tokens, per token that step produces (at least
     * {@link #FLOOR}); at most {@link #UNKNOWN} until {@link #MIN_EVIDENCE} steps of other sizes back the fit.
     */
    double perTokenShare(int n) {
        double share = fittedShare(n);
        return share > UNKNOWN && otherSizeSteps < MIN_EVIDENCE ? UNKNOWN : share;
    }

    /** The fit's b * n / (a + b * n), at least {@link #FLOOR}; {@link #UNKNOWN} without a fit. */
    private double fittedShare(int n) {
        if (Double.isNaN(a) || a + b * n <= 0) {
            return UNKNOWN;
        }
        return Math.max(FLOOR, b * n / (a + b * n));
    }
}
