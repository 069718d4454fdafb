/**
 * Constrained decoding: a {@link org.jrag.engine.constrain.TokenConstraint} masks the logits so that only tokens
 * that keep the output inside a grammar can be sampled. {@link org.jrag.engine.constrain.JsonSchemaConstraint}
 * compiles a JSON Schema (RFC 8259 JSON, JSON Schema 2020-12 subset) into a byte-level pushdown recognizer and
 * masks by walking a byte trie of the vocabulary, the approach of llama.cpp's grammar sampler and of Willard and
 * Louf 2023 (Outlines), without precomputing per-state token sets.
 */
package org.jrag.engine.constrain;
