package org.jrag.engine.generate;

/**
 * A finished beam: generated ids (an end token included when {@code ended}), their summed log-probability and
 * the length-normalised score beams are ranked by: {@code logProb / length^lengthPenalty}.
 */
public record BeamHypothesis(int[] tokens, double logProb, double score, boolean ended) {}
