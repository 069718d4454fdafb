/**
 * OpenAI-compatible chat and text completions over the continuous-batching inference engine, following OpenAI's
 * API reference for {@code /v1/chat/completions} and {@code /v1/completions} (request and response bodies,
 * server-sent events ending with {@code data: [DONE]}, {@code stream_options.include_usage}), with vLLM's names for
 * the extra sampling parameters ({@code top_k}, {@code min_p}, {@code repetition_penalty}).
 *
 * <p>A request flows: {@link org.jrag.generation.openai.GenerationParameters} (checked parameters) →
 * {@link org.jrag.generation.openai.GenerationRunner} (prompts, context check, one engine sequence per choice) →
 * {@link org.jrag.generation.openai.ChoiceStream} on the engine's thread (decoding, stop strings, logprobs) →
 * {@link org.jrag.generation.openai.GenerationRun} (the request's queue, timeout, cancellation) → a JSON answer or
 * {@link org.jrag.generation.openai.EventStreamWriter}.
 */
package org.jrag.generation.openai;
