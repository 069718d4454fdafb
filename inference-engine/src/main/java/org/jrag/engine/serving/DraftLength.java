package org.jrag.engine.serving;

/**
 * Adaptive draft length of one sequence, so speculation backs off where drafts are wrong: a fully accepted draft
 * doubles the length (up to the maximum), a partly accepted one sets it to the accepted count plus one, and a draft
 * with nothing accepted halves it; at length 1 repeated misses pause drafting for 2, 4, ... up to {@value
 * #MAX_PAUSE} steps, so an always-wrong drafter costs about one extra token every {@value #MAX_PAUSE} steps.
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
        } else if (limit > 1) {
            limit /= 2;
        } else {
            misses++;
            pause = Math.min(MAX_PAUSE, 1 << Math.min(misses, 6));
        }
    }
}
