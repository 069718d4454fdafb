package org.jrag.retrieval.answer;

import java.util.List;

/** generation-service's answer: the text, how it was produced (e.g. "extractive") and its citations. */
public record GeneratedAnswer(String answer, String mode, List<Citation> citations) {}
