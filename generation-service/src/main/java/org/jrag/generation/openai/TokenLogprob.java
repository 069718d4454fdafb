package org.jrag.generation.openai;

import java.util.List;

/**
 * One generated token's log-probability and its most likely alternatives, in the shape both OpenAI endpoints
 * derive theirs from.
 *
 * @param token the token's text (a partial UTF-8 character shows as U+FFFD)
 * @param logprob natural log of its probability (-9999 stands for zero, as OpenAI writes it)
 * @param bytes the token's UTF-8 bytes
 * @param textOffset where the token starts in the choice's decoded text
 * @param top the alternatives, most likely first
 */
public record TokenLogprob(String token, double logprob, List<Integer> bytes, int textOffset, List<Alternative> top) {

    /** What OpenAI reports for a probability of zero (JSON has no -Infinity). */
    public static final double ZERO_PROBABILITY = -9999.0;

    public TokenLogprob {
        bytes = List.copyOf(bytes);
        top = List.copyOf(top);
    }

    /** Finite, for JSON. */
    static double finite(float logprob) {
        return Float.isFinite(logprob) ? logprob : ZERO_PROBABILITY;
    }

    /** One alternative token. */
    public record Alternative(String token, double logprob, List<Integer> bytes) {

        public Alternative {
            bytes = List.copyOf(bytes);
        }
    }
}
