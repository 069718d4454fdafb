package org.jrag.engine.model;

import java.util.Arrays;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.gguf.GgufTensorInfo;
import org.jrag.engine.tensor.Tensor;

/**
 * The model's tensors as views over the mapped file. Only O(dim) vectors (norm weights, biases) are copied to
 * float arrays; every matrix stays in the mapping.
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
        Layer[] layers = new Layer[c.layers()];
        for (int i = 0; i < c.layers(); i++) {
            String p = "blk." + i + ".";
            layers[i] = new Layer(
                    vector(file, p + "attn_norm.weight", c.dim()),
                    matrix(file, p + "attn_q.weight", c.queryDim(), c.dim()),
                    matrix(file, p + "attn_k.weight", c.kvDim(), c.dim()),
                    matrix(file, p + "attn_v.weight", c.kvDim(), c.dim()),
                    matrix(file, p + "attn_output.weight", c.dim(), c.queryDim()),
                    optionalVector(file, p + "attn_q.bias", c.queryDim()),
                    optionalVector(file, p + "attn_k.bias", c.kvDim()),
                    optionalVector(file, p + "attn_v.bias", c.kvDim()),
                    vector(file, p + "ffn_norm.weight", c.dim()),
                    matrix(file, p + "ffn_gate.weight", c.hiddenDim(), c.dim()),
                    matrix(file, p + "ffn_up.weight", c.hiddenDim(), c.dim()),
                    matrix(file, p + "ffn_down.weight", c.dim(), c.hiddenDim()));
        }
        Tensor embedding = matrix(file, "token_embd.weight", c.vocabSize(), c.dim());
        Tensor output = file.tensors().containsKey("output.weight")
                ? matrix(file, "output.weight", c.vocabSize(), c.dim())
                : embedding; // tied embeddings
        return new LlamaWeights(embedding, layers, vector(file, "output_norm.weight", c.dim()), output);
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
