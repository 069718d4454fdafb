/**
 * The serving core: an iteration-level scheduler that runs every active sequence's next token, plus chunks of new
 * prompts, in one batched forward per step (Orca: Yu et al., OSDI 2022), over a paged KV cache whose fixed-size
 * blocks are shared between sequences by prefix hash with reference counts (vLLM's PagedAttention: Kwon et al., SOSP
 * 2023), preemption by recompute when blocks run out, and speculative decoding verified in the batched step
 * (Leviathan et al., ICML 2023), drafted by prompt lookup (Saxena 2023) or by a smaller draft model.
 */
package org.jrag.engine.serving;
