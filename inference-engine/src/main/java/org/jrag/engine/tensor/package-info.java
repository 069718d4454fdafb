/**
 * Weight tensors over mapped GGUF bytes: the sealed {@link org.jrag.engine.tensor.Tensor} hierarchy (one record
 * per ggml type; block layouts from ggml-quants.c), scalar reference and Vector API dot-product kernels, and
 * the row-parallel matrix-vector product. Q8_0 and Q4_0 matrices may be repacked at load into 8-row interleaved
 * groups (as llama.cpp's {@code block_q4_0x8}), whose kernels need no horizontal sums. Batched products run
 * register-blocked: 16 decoded weight rows against packed 4-token tiles ({@code PanelMatmul}).
 */
package org.jrag.engine.tensor;
