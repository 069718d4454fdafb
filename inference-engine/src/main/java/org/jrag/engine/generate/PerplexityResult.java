package org.jrag.engine.generate;

/** Perplexity over scored tokens, with the running estimate after each chunk (as llama-perplexity prints it). */
public record PerplexityResult(double perplexity, int chunks, int scoredTokens, double[] runningPerplexity) {}
