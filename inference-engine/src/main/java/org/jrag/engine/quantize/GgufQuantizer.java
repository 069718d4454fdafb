package org.jrag.engine.quantize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jrag.engine.gguf.GgmlType;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.gguf.GgufTensorInfo;
import org.jrag.engine.gguf.GgufWriter;
import org.jrag.engine.gguf.MetadataValue;
import org.jrag.engine.tensor.Tensor;

/**
 * llama-quantize for the legacy types: every 2-D float weight matrix (F32, F16, BF16) whose rows split into
 * 32-element blocks becomes Q8_0 or Q4_0 (embeddings and output included, as {@code --pure} does); 1-D tensors
 * (norms, biases) and matrices with other row lengths stay as they are. Metadata is copied, with
 * {@code general.file_type} and {@code general.quantization_version} set as llama.cpp writes them. The output
 * tensors are built on the heap before writing, so the tool needs memory for the quantized model.
 */
public final class GgufQuantizer {
    /** llama.cpp's {@code llama_ftype}: MOSTLY_Q4_0 = 2, MOSTLY_Q8_0 = 7. */
    private static final Map<GgmlType, Integer> FILE_TYPE = Map.of(GgmlType.Q4_0, 2, GgmlType.Q8_0, 7);

    private final BlockQuantizer quantizer;

    public GgufQuantizer(GgmlType target) {
        this.quantizer = BlockQuantizer.of(target);
    }

    public QuantizationReport quantize(Path input, Path output) {
        List<TensorError> errors = new ArrayList<>();
        double sumSq = 0;
        long count = 0;
        double maxAbs = 0;
        long before;
        try (GgufFile in = GgufFile.open(input)) {
            before = in.fileSize();
            GgufWriter writer = new GgufWriter();
            // 1. metadata as it was, with the new file type
            in.metadata().entries().forEach(writer::put);
            writer.put("general.file_type", MetadataValue.ofUint32(FILE_TYPE.get(quantizer.type())));
            writer.put("general.quantization_version", MetadataValue.ofUint32(2));
            // 2. tensors in file order: quantize eligible matrices, copy the rest
            for (GgufTensorInfo info : in.tensorList()) {
                MemorySegment data = in.tensorData(info);
                String keep = keepReason(info);
                if (keep != null) {
                    writer.addTensor(info.name(), info.type(), info.dims(), data);
                    errors.add(new TensorError(
                            info.name(),
                            info.type(),
                            info.type(),
                            info.elementCount(),
                            info.byteSize(),
                            info.byteSize(),
                            0,
                            0,
                            0,
                            keep));
                    continue;
                }
                Quantized q = quantizeTensor(info, data);
                writer.addTensor(info.name(), quantizer.type(), info.dims(), q.data());
                errors.add(q.error());
                sumSq += q.sumSq();
                count += info.elementCount();
                maxAbs = Math.max(maxAbs, q.error().maxAbs());
            }
            writer.write(output);
        }
        try {
            return new QuantizationReport(
                    errors, before, Files.size(output), count == 0 ? 0 : Math.sqrt(sumSq / count), maxAbs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why a tensor is copied unchanged, or null when it is quantized. */
    private static String keepReason(GgufTensorInfo info) {
        if (info.dims().length < 2) {
            return "1-D (norm or bias)";
        }
        if (info.type() != GgmlType.F32 && info.type() != GgmlType.F16 && info.type() != GgmlType.BF16) {
            return "already " + info.type();
        }
        if (info.dims()[0] % BlockQuantizer.BLOCK != 0) {
            return "row length " + info.dims()[0] + " is not a multiple of " + BlockQuantizer.BLOCK;
        }
        return null;
    }

    record Quantized(MemorySegment data, TensorError error, double sumSq) {}

    Quantized quantizeTensor(GgufTensorInfo info, MemorySegment source) {
        Tensor original = Tensor.of(info.type(), source, info.elementCount());
        int rowLength = Math.toIntExact(info.dims()[0]);
        long rows = info.elementCount() / rowLength;
        GgmlType target = quantizer.type();
        long rowBytes = target.bytesFor(rowLength);
        MemorySegment out = MemorySegment.ofArray(new byte[Math.toIntExact(rows * rowBytes)]);
        Tensor quantized = Tensor.of(target, out, info.elementCount());
        float[] row = new float[rowLength];
        float[] back = new float[rowLength];
        double errSq = 0;
        double weightSq = 0;
        double maxAbs = 0;
        for (long r = 0; r < rows; r++) {
            // quantize one row block by block, then decode it with the engine's own decoder to measure the error
            original.dequantize(r * rowLength, row, 0, rowLength);
            for (int b = 0; b < rowLength / BlockQuantizer.BLOCK; b++) {
                quantizer.encodeBlock(
                        row, b * BlockQuantizer.BLOCK, out, r * rowBytes + (long) b * target.blockBytes());
            }
            quantized.dequantize(r * rowLength, back, 0, rowLength);
            for (int i = 0; i < rowLength; i++) {
                double e = back[i] - row[i];
                errSq += e * e;
                weightSq += (double) row[i] * row[i];
                maxAbs = Math.max(maxAbs, Math.abs(e));
            }
        }
        long n = info.elementCount();
        double rmse = Math.sqrt(errSq / n);
        double rms = Math.sqrt(weightSq / n);
        TensorError error = new TensorError(
                info.name(),
                info.type(),
                target,
                n,
                info.byteSize(),
                out.byteSize(),
                rmse,
                maxAbs,
                rms == 0 ? 0 : rmse / rms,
                null);
        return new Quantized(out, error, errSq);
    }
}
