/**
 * Offline quantization of GGUF files (llama-quantize's legacy Q8_0 / Q4_0 types, ggml's reference rounding),
 * with the error each tensor picks up reported so a user can judge the trade.
 */
package org.jrag.engine.quantize;
