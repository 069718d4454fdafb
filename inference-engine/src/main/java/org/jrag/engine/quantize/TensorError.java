package org.jrag.engine.quantize;

import org.jrag.engine.gguf.GgmlType;

/**
 * What quantizing one tensor did: its types before and after, bytes, and the error of the dequantized values
 * against the originals (RMSE, largest absolute difference, RMSE relative to the weights' RMS). Tensors kept as
 * they were report {@code kept} with the reason and zero error.
 */
public record TensorError(
        String name,
        GgmlType from,
        GgmlType to,
        long elements,
        long bytesBefore,
        long bytesAfter,
        double rmse,
        double maxAbs,
        double relativeRmse,
        String kept) {}
