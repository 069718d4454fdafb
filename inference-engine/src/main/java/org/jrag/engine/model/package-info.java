/**
 * The llama-family transformer (Touvron et al. 2023; RoPE: Su et al. 2021; GQA: Ainslie et al. 2023; SwiGLU:
 * Shazeer 2020) over GGUF weights, as llama.cpp's {@code llama} and {@code qwen2} graphs compute it. Keys and
 * values live in a paged cache (PagedAttention: Kwon et al. 2023) so one batched forward serves many sequences.
 */
package org.jrag.engine.model;
