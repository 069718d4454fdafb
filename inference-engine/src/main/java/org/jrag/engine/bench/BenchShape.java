package org.jrag.engine.bench;

import java.util.List;

/**
 * A llama-family model shape from shared/reference/llamacpp-bench.md, so the engine is timed on the same
 * tensors llama.cpp was: tied embeddings (no {@code output.weight}), head_dim 64, no rope scaling.
 */
public record BenchShape(
        String name,
        int layers,
        int dim,
        int heads,
        int kvHeads,
        int hiddenDim,
        int vocabSize,
        float ropeBase,
        int contextLength,
        String preTokenizer,
        int firstSpecial,
        int specialCount,
        int bos,
        int eos) {

    public static final BenchShape SMOLLM2_135M =
            new BenchShape("smollm2-135m", 30, 576, 9, 3, 1536, 49152, 100000f, 8192, "smollm", 0, 17, 1, 2);
    public static final BenchShape LLAMA32_1B = new BenchShape(
            "llama3.2-1b", 16, 2048, 32, 8, 8192, 128256, 500000f, 131072, "llama-bpe", 128000, 256, 128000, 128001);

    public static final List<BenchShape> ALL = List.of(SMOLLM2_135M, LLAMA32_1B);

    public BenchShape {
        if (dim % heads != 0 || heads % kvHeads != 0) {
            throw new IllegalArgumentException(
                    "dim must divide into heads and heads into kvHeads, got: " + dim + "/" + heads + "/" + kvHeads);
        }
        if (bos < firstSpecial || bos >= firstSpecial + specialCount || firstSpecial + specialCount > vocabSize) {
            throw new IllegalArgumentException("bos must be a special token id inside the vocabulary, got: " + bos);
        }
    }

    public int headDim() {
        return dim / heads;
    }

    public int kvDim() {
        return kvHeads * headDim();
    }

    /** Parameter count of the tied-embedding model (matrices + norm vectors), as llama-bench reports it. */
    public long parameters() {
        long perLayer = 2L * dim + (long) dim * dim * 2 + 2L * dim * kvDim() + 3L * dim * hiddenDim;
        return (long) vocabSize * dim + layers * perLayer + dim;
    }

    public static BenchShape byName(String name) {
        return ALL.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("shape must be one of "
                        + ALL.stream().map(BenchShape::name).toList() + ", got: " + name));
    }
}
