package org.jrag.engine.serving;

/**
 * Adaptive draft length of one sequence, weighing the chance that drafts are accepted against what verifying them
 * costs. Drafted token j (1-based) is accepted only if the j - 1 before it were, with probability about q^j for a
 * per-token acceptance q; verifying it adds {@code cost} to the step, where {@code cost} is the share of a step's
 * time that one more token adds, in units of the tokens the step produces without drafts (the scheduler measures
 * it: near 1 where a step's time is all per-token work, near 0 where fixed costs dominate). So token j is worth
 * drafting while q^j > cost, and the length is the largest such j (at most the maximum). q is the acceptance of the
 * sequence's recent drafts (accepted over tried tokens, older verifications weighing less), so runs of repeated
 * text draft long and drafts stop where they are wrong. Where not even one token pays, drafting pauses for 2, 4, ...
 * up to {@value #MAX_PAUSE} steps (doubling while it does not pay), then probes with a shadow draft: one token
 * drafted and compared with the token the step produces, not verified, so a probe costs the step nothing (a draft
 * model's forward at most) and an always-wrong drafter costs no verified tokens once paused (prompt lookup, whose
 * drafts cost nothing to make, probes on every paused step; an accepted probe ends the pause). A new sequence starts
 * where the engine's recent sequences left off (their acceptance and how many pauses in a row they had), so that
 * where drafts have been wrong, each new request does not pay again for the short pauses before the long ones.
 */
final class DraftLength {
    static final int MAX_PAUSE = 64;

    /** What {@link #next} answers for a probe: draft one token, compare it with the step's token, do not verify it. */
    static final int SHADOW = -1;

    /** Weight of the previous history at each verification. */
    static final double DECAY = 0.7;

    /** Pseudo-tokens of the starting estimate. */
    private static final double PRIOR_TOKENS = 2;

    private final int max;
    private double accepted;
    private double tried;
    private int pause;
    private int misses;
    private boolean probe;
    /** Most tokens the next draft may have: doubles with each fully accepted draft, else the accepted count + 1. */
    private int limit = 1;

    DraftLength(int max) {
        this.max = max;
        startFrom(1, 0);
    }

    /**
     * Starts the acceptance estimate at the engine's recent rate, and the pauses after {@code recentMisses} pauses in
     * a row, so that new requests do not each pay for full-length wrong drafts and short pauses where drafts have
     * been wrong.
     */
    void startFrom(double recentAcceptance, int recentMisses) {
        accepted = PRIOR_TOKENS * Math.clamp(recentAcceptance, 0, 1);
        tried = PRIOR_TOKENS;
        misses = Math.clamp(recentMisses, 0, 6);
    }

    /** Pauses in a row since a draft token was last accepted. */
    int misses() {
        return misses;
    }

    /** The estimated per-token acceptance. */
    double acceptance() {
        return accepted / tried;
    }

    /**
     * Tokens to draft this step, given the relative cost of one more verified token; 0 while paused (each call
     * counts one step of the pause), {@link #SHADOW} for the probe at the end of a pause (its outcome is fed back
     * with {@link #record} as one drafted token).
     */
    int next(double cost) {
        if (pause > 0) {
            pause--;
            if (pause == 0) {
                probe = true;
            }
            return 0;
        }
        if (probe) {
            probe = false;
            return SHADOW;
        }
        int length = worthDrafting(acceptance(), cost, limit);
        if (length == 0) {
            misses++;
            pause = Math.min(MAX_PAUSE, 1 << Math.min(misses, 6)) - 1; // this step is the first of the pause
        }
        return length;
    }

    /** The largest j <= max with q^j > cost (0 when q <= cost). */
    static int worthDrafting(double q, double cost, int max) {
        int j = 0;
        double p = q;
        while (j < max && p > cost) {
            j++;
            p *= q;
        }
        return j;
    }

    /**
     * Feeds back one verification or shadow probe. An accepted token ends a pause (a drafter whose probes are free
     * may probe during one).
     */
    void record(int drafted, int accepted) {
        if (drafted == 0) {
            return;
        }
        this.accepted = DECAY * this.accepted + accepted;
        tried = DECAY * tried + accepted + (accepted < drafted ? 1 : 0);
        limit = accepted == drafted ? Math.min(max, 2 * drafted) : accepted + 1;
        if (accepted > 0) {
            misses = 0;
            pause = 0;
            probe = false;
        }
    }
}
