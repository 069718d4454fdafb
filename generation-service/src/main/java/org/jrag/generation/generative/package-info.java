/**
 * The generative RAG answer of {@code POST /v1/answers}: a grounded prompt (the model's chat template, an instruction
 * to answer only from the numbered passages and cite them as {@code [n]}, the passages trimmed to the context),
 * generated on the served model's engine like any OpenAI request, its {@code [n]} markers turned into citations, and
 * the guardrails' grounding check against the cited passages. {@link org.jrag.generation.generative.AnswerRouter}
 * picks this mode or the extractive one per request.
 */
package org.jrag.generation.generative;
