package org.jrag.eval.run;

/** The averaged metrics of one mode over the evaluated queries, with the wall time the searches took. */
public record ModeScores(
        String mode, double ndcgAt10, double recallAt100, double mrrAt10, int queries, double seconds) {}
