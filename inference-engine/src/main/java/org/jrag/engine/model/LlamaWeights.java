package org.jrag.engine.model;

import java.lang.foreign.Arena;
import java.util.Arrays;
import java.util.function.Function;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.gguf.GgufTensorInfo;
import org.jrag.engine.tensor.F32Tensor;
import org.jrag.engine.tensor.F32x8Tensor;
import org.jrag.engine.tensor.IQ4_NLTensor;
import org.jrag.engine.tensor.IQ4_XSTensor;
import org.jrag.engine.tensor.IQ4_XSx8Tensor;
import org.jrag.engine.tensor.MinsTensor;
import org.jrag.engine.tensor.Q2KTensor;
import org.jrag.engine.tensor.Q3KTensor;
import org.jrag.engine.tensor.Q4KTensor;
import org.jrag.engine.tensor.Q4Kx8Tensor;
import org.jrag.engine.tensor.Q4_0Tensor;
import org.jrag.engine.tensor.Q4_0x8Tensor;
import org.jrag.engine.tensor.Q4_1Tensor;
import org.jrag.engine.tensor.Q5KTensor;
import org.jrag.engine.tensor.Q5Kx8Tensor;
import org.jrag.engine.tensor.Q5_0Tensor;
import org.jrag.engine.tensor.Q5_1Tensor;
import org.jrag.engine.tensor.Q6KTensor;
import org.jrag.engine.tensor.Q6Kx8Tensor;
import org.jrag.engine.tensor.Q8_0Tensor;
import org.jrag.engine.tensor.Q8_0x8RunsTensor;
import org.jrag.engine.tensor.Q8_0x8Tensor;
import org.jrag.engine.tensor.Tensor;

/**
 * The model's tensors. Norm weights and biases (O(dim) vectors) are copied to float arrays; the token embedding
 * stays a view over the mapped file (only looked up by row). Q8_0, Q4_0 and K-quant (Q4_K, Q5_K, Q6_K) matrices are
 * repacked once, off the heap, into 8-row interleaved groups ({@link Q8_0x8Tensor}, or {@link Q8_0x8RunsTensor}
 * where the integer passes run; {@link Q4_0x8Tensor}, {@link Q4Kx8Tensor}, {@link Q5Kx8Tensor}, {@link
 * Q6Kx8Tensor}) whose matrix-vector kernels need no horizontal sums, as
 * llama.cpp repacks Q4_0 for AVX2 at load time; a tied output matrix gets its own repacked copy. F32 matrices are
 * copied into 8-row panels on the heap ({@link F32x8Tensor}). The mapped pages of a copied matrix are released after
 * the copy (the process holds each matrix once). Q5_0 matrices (llama.cpp's fallback in a {@code *-Q4_K_M.gguf} for
 * rows that K-quants cannot hold) are served as the exact Q8_0 blocks they are, Q5_1 and Q4_1 ones as Q8_0 blocks of
 * their codes plus their block minimums ({@link MinsTensor}), IQ4_NL ones as the exact Q8_0 blocks they are, Q3_K
 * ones as the exact Q6_K blocks they are, Q2_K ones as Q6_K blocks plus minimums. IQ4_XS matrices are repacked into
 * {@link IQ4_XSx8Tensor} where the integer passes run, else stay in the mapping. {@code -Djrag.engine.repack=false}
 * keeps every matrix in the mapping (to compare kernels). F16 and BF16 ones stay in the mapping.
 */
public record LlamaWeights(Tensor tokenEmbedding, Layer[] layers, float[] outputNorm, Tensor output) {

    /** One transformer block; biases are null when the architecture has none. */
    public record Layer(
            float[] attnNorm,
            Tensor wq,
            Tensor wk,
            Tensor wv,
            Tensor wo,
            float[] bq,
            float[] bk,
            float[] bv,
            float[] ffnNorm,
            Tensor wGate,
            Tensor wUp,
            Tensor wDown) {}

    public static LlamaWeights load(GgufFile file, LlamaConfig c) {
        return load(file, c, !"false".equals(System.getProperty("jrag.engine.repack")));
    }

    /** As {@link #load(GgufFile, LlamaConfig)}, repacking Q8_0 / Q4_0 / K-quant matrices only when {@code repack}. */
    public static LlamaWeights load(GgufFile file, LlamaConfig c, boolean repack) {
        Arena arena = repack ? Arena.ofAuto() : null;
        Layer[] layers = new Layer[c.layers()];
        for (int i = 0; i < c.layers(); i++) {
            String p = "blk." + i + ".";
            layers[i] = new Layer(
                    vector(file, p + "attn_norm.weight", c.dim()),
                    matrix(file, p + "attn_q.weight", c.queryDim(), c.dim(), arena),
                    matrix(file, p + "attn_k.weight", c.kvDim(), c.dim(), arena),
                    matrix(file, p + "attn_v.weight", c.kvDim(), c.dim(), arena),
                    matrix(file, p + "attn_output.weight", c.dim(), c.queryDim(), arena),
                    optionalVector(file, p + "attn_q.bias", c.queryDim()),
                    optionalVector(file, p + "attn_k.bias", c.kvDim()),
                    optionalVector(file, p + "attn_v.bias", c.kvDim()),
                    vector(file, p + "ffn_norm.weight", c.dim()),
                    matrix(file, p + "ffn_gate.weight", c.hiddenDim(), c.dim(), arena),
                    matrix(file, p + "ffn_up.weight", c.hiddenDim(), c.dim(), arena),
                    matrix(file, p + "ffn_down.weight", c.dim(), c.hiddenDim(), arena));
        }
        Tensor embedding = matrix(file, "token_embd.weight", c.vocabSize(), c.dim());
        Tensor output = file.tensors().containsKey("output.weight")
                ? matrix(file, "output.weight", c.vocabSize(), c.dim(), arena)
                : interleaved(embedding, c.vocabSize(), c.dim(), arena); // tied: the embedding stays mapped for lookups
        return new LlamaWeights(embedding, layers, vector(file, "output_norm.weight", c.dim()), output);
    }

    /**
     * The 8-row interleaved copy (in {@code arena}) of a Q8_0 / Q4_0 / Q4_K / Q5_K / Q6_K matrix (IQ4_XS where the
     * integer passes run) whose rows come in whole groups of 8 and whose block scales are finite, the panel copy of an
     * F32 matrix; otherwise, or with no arena, t itself.
     */
    static Tensor interleaved(Tensor t, int rows, int cols, Arena arena) {
        if (arena != null
                && (t instanceof Q5_0Tensor
                        || t instanceof IQ4_NLTensor
                        || t instanceof Q5_1Tensor
                        || t instanceof Q4_1Tensor
                        || t instanceof Q2KTensor
                        || t instanceof Q3KTensor)) {
            return transcoded(t, rows, cols, arena);
        }
        if (arena == null || rows % 8 != 0 && !(t instanceof F32Tensor)) {
            return t;
        }
        Tensor copy = switch (t) {
            case Q8_0Tensor q ->
                Q8_0x8RunsTensor.repackForKernels(q, cols, arena).orElse(t);
            case Q4_0Tensor q ->
                Q4_0x8Tensor.repack(q, cols, arena).<Tensor>map(r -> r).orElse(t);
            case Q4KTensor q ->
                Q4Kx8Tensor.repack(q, cols, arena).<Tensor>map(r -> r).orElse(t);
            case Q5KTensor q ->
                Q5Kx8Tensor.repack(q, cols, arena).<Tensor>map(r -> r).orElse(t);
            case Q6KTensor q ->
                Q6Kx8Tensor.repack(q, cols, arena).<Tensor>map(r -> r).orElse(t);
            case IQ4_XSTensor q ->
                IQ4_XSx8Tensor.repackForKernels(q, cols, arena)
                        .<Tensor>map(r -> r)
                        .orElse(t);
            case F32Tensor f -> F32x8Tensor.repack(f, cols).<Tensor>map(r -> r).orElse(t);
            default -> t;
        };
        if (copy != t && t.data().isMapped()) {
            // the kernels read the copy: let the process drop the file's pages it touched while copying, so that a
            // model does not count twice in its resident memory (pages read again later, e.g. embedding rows of a
            // tied output matrix, come back from the page cache on demand)
            t.data().unload();
        }
        return copy;
    }

    /**
     * A Q5_0 or IQ4_NL matrix as the exact Q8_0 blocks it holds ({@link Q5_0Tensor#toQ8_0}); a Q5_1 or Q4_1 one as Q8_0 blocks of
     * its codes plus its block minimums ({@link MinsTensor}); a Q3_K one as the exact Q6_K blocks it holds ({@link
     * Q3KTensor#toQ6K}); a Q2_K one as Q6_K blocks of its scaled codes plus its minimums. The Q8_0 and Q6_K kernels
     * serve them.
     */
    private static Tensor transcoded(Tensor t, int rows, int cols, Arena arena) {
        Tensor served = switch (t) {
            case Q5_0Tensor q -> copy(q::toQ8_0, rows, cols, arena);
            case IQ4_NLTensor q -> copy(q::toQ8_0, rows, cols, arena);
            case Q3KTensor q -> copy(q::toQ6K, rows, cols, arena);
            case Q2KTensor q -> new MinsTensor(t.type(), copy(q::toQ6K, rows, cols, arena), q.mins(), cols, 16);
            case Q5_1Tensor q -> new MinsTensor(t.type(), copy(q::codesAsQ8_0, rows, cols, arena), q.mins(), cols, 32);
            case Q4_1Tensor q -> new MinsTensor(t.type(), copy(q::codesAsQ8_0, rows, cols, arena), q.mins(), cols, 32);
            default -> throw new IllegalArgumentException("no transcoding for " + t.type());
        };
        if (t.data().isMapped()) {
            t.data().unload();
        }
        return served;
    }

    /**
     * The blocks {@code transcode} writes, repacked into 8-row groups in {@code arena} when they apply (transcoded into
     * a scratch arena on the way, freed at once), else transcoded into {@code arena} as they are.
     */
    private static Tensor copy(Function<Arena, Tensor> transcode, int rows, int cols, Arena arena) {
        try (Arena scratch = Arena.ofShared()) {
            Tensor transcoded = transcode.apply(scratch);
            Tensor repacked = interleaved(transcoded, rows, cols, arena);
            if (repacked != transcoded) {
                return repacked;
            }
        }
        return transcode.apply(arena);
    }

    /** As {@link #matrix(GgufFile, String, int, int)}, repacked by {@link #interleaved} when it applies. */
    static Tensor matrix(GgufFile file, String name, int rows, int cols, Arena arena) {
        return interleaved(matrix(file, name, rows, cols), rows, cols, arena);
    }

    /** A rows x cols matrix: GGUF ne = [cols, rows]. */
    static Tensor matrix(GgufFile file, String name, int rows, int cols) {
        GgufTensorInfo info = info(file, name);
        long[] ne = info.dims();
        if (ne.length != 2 || ne[0] != cols || ne[1] != rows) {
            throw new UnsupportedModelException(
                    "tensor '" + name + "' has ne " + Arrays.toString(ne) + ", expected [" + cols + ", " + rows + "]");
        }
        return Tensor.of(info.type(), file.tensorData(info), info.elementCount());
    }

    static float[] vector(GgufFile file, String name, int n) {
        GgufTensorInfo info = info(file, name);
        if (info.elementCount() != n) {
            throw new UnsupportedModelException(
                    "tensor '" + name + "' has " + info.elementCount() + " elements, expected " + n);
        }
        float[] v = new float[n];
        Tensor.of(info.type(), file.tensorData(info), n).dequantize(0, v, 0, n);
        return v;
    }

    static float[] optionalVector(GgufFile file, String name, int n) {
        return file.tensors().containsKey(name) ? vector(file, name, n) : null;
    }

    private static GgufTensorInfo info(GgufFile file, String name) {
        GgufTensorInfo info = file.tensors().get(name);
        if (info == null) {
            throw new UnsupportedModelException(file.path() + ": missing tensor '" + name + "'");
        }
        return info;
    }
}
