/**
 * Weight tensors over mapped GGUF bytes: the sealed {@link org.jrag.engine.tensor.Tensor} hierarchy (one record
 * per ggml type; block layouts from ggml-quants.c), scalar reference and Vector API dot-product kernels, and
 * the row-parallel matrix-vector product.
 */
package org.jrag.engine.tensor;
