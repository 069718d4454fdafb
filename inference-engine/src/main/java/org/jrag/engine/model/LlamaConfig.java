package org.jrag.engine.model;

import org.jrag.engine.gguf.GgufMetadata;

/** Hyper-parameters of a llama-family decoder, read from GGUF metadata under the {@code <arch>.} prefix. */
public record LlamaConfig(
        String architecture,
        int dim,
        int hiddenDim,
        int layers,
        int heads,
        int kvHeads,
        int headDim,
        int ropeDim,
        float ropeTheta,
        RopeStyle ropeStyle,
        float rmsEps,
        int vocabSize,
        int contextLength) {

    public LlamaConfig {
        if (dim <= 0 || hiddenDim <= 0 || layers <= 0 || heads <= 0 || kvHeads <= 0 || headDim <= 0) {
            throw new IllegalArgumentException("dims must be > 0, got: dim=" + dim + " hiddenDim=" + hiddenDim
                    + " layers=" + layers + " heads=" + heads + " kvHeads=" + kvHeads + " headDim=" + headDim);
        }
        if (heads % kvHeads != 0) {
            throw new IllegalArgumentException(
                    "heads must be a multiple of kvHeads, got: heads=" + heads + " kvHeads=" + kvHeads);
        }
        if (ropeDim <= 0 || ropeDim > headDim || ropeDim % 2 != 0) {
            throw new IllegalArgumentException("ropeDim must be even and in 1..headDim, got: " + ropeDim);
        }
        if (vocabSize <= 0) {
            throw new IllegalArgumentException("vocabSize must be > 0, got: " + vocabSize);
        }
    }

    public int queryDim() {
        return heads * headDim;
    }

    public int kvDim() {
        return kvHeads * headDim;
    }

    /** Reads the config; supports the {@code llama} (and {@code mistral}) and {@code qwen2} architectures. */
    public static LlamaConfig from(GgufMetadata md) {
        String arch = md.getString("general.architecture");
        RopeStyle rope = switch (arch) {
            case "llama", "mistral" -> RopeStyle.NORMAL;
            case "qwen2" -> RopeStyle.NEOX;
            default ->
                throw new UnsupportedModelException(
                        "unsupported architecture '" + arch + "' (supported: llama, mistral, qwen2)");
        };
        int dim = md.getInt(arch + ".embedding_length");
        int heads = md.getInt(arch + ".attention.head_count");
        int kvHeads = md.findLong(arch + ".attention.head_count_kv")
                .map(Math::toIntExact)
                .orElse(heads);
        int headDim = md.findLong(arch + ".attention.key_length")
                .map(Math::toIntExact)
                .orElse(dim / heads);
        int vocab = md.findLong(arch + ".vocab_size")
                .map(Math::toIntExact)
                .orElseGet(() -> md.getArray("tokenizer.ggml.tokens").length());
        return new LlamaConfig(
                arch,
                dim,
                md.getInt(arch + ".feed_forward_length"),
                md.getInt(arch + ".block_count"),
                heads,
                kvHeads,
                headDim,
                md.findLong(arch + ".rope.dimension_count")
                        .map(Math::toIntExact)
                        .orElse(headDim),
                md.findFloat(arch + ".rope.freq_base").orElse(10000f),
                rope,
                md.findFloat(arch + ".attention.layer_norm_rms_epsilon").orElse(1e-5f),
                vocab,
                md.findLong(arch + ".context_length").map(Math::toIntExact).orElse(2048));
    }
}
