package org.jrag.engine.quantize;

import java.util.List;

/** Per-tensor errors and the totals of one quantize run; overall figures cover the quantized tensors only. */
public record QuantizationReport(
        List<TensorError> tensors, long fileBytesBefore, long fileBytesAfter, double rmse, double maxAbs) {
    public QuantizationReport {
        tensors = List.copyOf(tensors);
    }

    public long quantizedTensors() {
        return tensors.stream().filter(t -> t.kept() == null).count();
    }
}
