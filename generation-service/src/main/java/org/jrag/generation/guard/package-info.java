/**
 * Guardrails: small rails that check a request's input, the service's output, and the grounding of RAG answers in
 * their cited chunks. Each rail is one class behind {@link org.jrag.generation.guard.InputRail} or
 * {@link org.jrag.generation.guard.OutputRail}; {@link org.jrag.generation.guard.Guardrails} runs them in order,
 * counts every intervention and hands back what to report. The prompt-injection patterns follow the techniques
 * catalogued in the OWASP Top 10 for LLM Applications (LLM01, prompt injection); checksums follow ISO/IEC 7812
 * (Luhn) and ISO 13616 (IBAN), in the personal-data module.
 */
package org.jrag.generation.guard;
