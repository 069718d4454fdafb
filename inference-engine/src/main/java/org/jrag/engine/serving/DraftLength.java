package org.jrag.engine.serving;

/**
 * Adaptive draft length of one sequence, so speculation backs off where drafts are wrong: a fully accepted draft
 * doubles the length (up to the maximum), a partly accepted one sets it to the accepted count plus one, and a draft
 * with nothing accepted drops it to 1 and pauses drafting for 2, 4, ... up to {@value #MAX_PAUSE} steps (doubling
 * with each miss in a row), so an always-wrong drafter costs about one extra token every {@value #MAX_PAUSE} steps.
 */
final class DraftLength {
    static final int MAX_PAUSE = 64;

    private final int max;
    private int limit;
    private int pause;
    private int misses;

    DraftLength(int max) {
        this.max = max;
        this.limit = max;
    }

    /**
     * Sets the first draft length from the engine's recent acceptance rate, so that new requests do not each pay
     * for full-length wrong drafts where drafts have been wrong: the maximum at a rate of 0.5 or more (or with no
     * history), proportionally less below, at least 1.
     */
    void startFrom(double recentAcceptance) {
        limit = Math.clamp(Math.round(max * Math.min(1, 2 * recentAcceptance)), 1, max);
    }

    /** Tokens to draft this step; 0 while paused (each call counts one step of the pause). */
    int next() {
        if (pause > 0) {
            pause--;
            return 0;
        }
        return limit;
    }

    /** Feeds back one verification. */
    void record(int drafted, int accepted) {
        if (drafted == 0) {
            return;
        }
        if (accepted == drafted) {
            limit = Math.min(max, limit * 2);
            misses = 0;
        } else if (accepted > 0) {
            limit = Math.min(max, accepted + 1);
            misses = 0;
        } else {
            limit = 1;
            misses++;
            pause = Math.min(MAX_PAUSE, 1 << Math.min(misses, 6));
        }
    }
}
