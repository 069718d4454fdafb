package org.jrag.embedding.bench;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jrag.embedding.EmbeddingModelSpec;
import org.jrag.embedding.OnnxTextEmbedder;
import org.jrag.embedding.VectorMath;

/**
 * Which ONNX Runtime session settings, and which batching, change the cost of one int8 bge forward pass, and whether
 * they keep every vector within cosine 0.999 of the one-text-at-a-time vector. Runs every variant on one thread
 * (jrag's worker setting: one intra-op thread, no spinning) and reports the CPU time of that thread per chunk, a
 * figure that a loaded machine disturbs much less than wall time; variants are interleaved and repeated
 * ({@code --repeat}) so drift shows. Run by hand:
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp "embedding-bench/target/classes:$(cat embedding-bench/target/classpath.txt)" \
 *     org.jrag.embedding.bench.SessionOptionsProbe --chunks 120 --repeat 2 \
 *     --variants base,denormal-as-zero,extended-opt,no-memory-pattern,no-arena,same-length-x4
 * </pre>
 *
 * Variants: {@code base} (jrag's settings), {@code denormal-as-zero}, {@code extended-opt} (EXTENDED instead of ALL
 * graph optimisation), {@code no-memory-pattern}, {@code no-arena}, {@code same-length-xN} (batches of up to N chunks
 * of exactly the same token count, so nothing is padded).
 */
public final class SessionOptionsProbe {

    private static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();

    private SessionOptionsProbe() {}

    public static void main(String[] args) throws IOException, OrtException {
        Map<String, String> opts = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int limit = Integer.parseInt(opts.getOrDefault("chunks", "120"));
        int repeat = Integer.parseInt(opts.getOrDefault("repeat", "2"));
        List<String> variants = List.of(opts.getOrDefault(
                        "variants", "base,denormal-as-zero,extended-opt,no-memory-pattern,no-arena,same-length-x4")
                .split(","));
        Path corpus = Path.of(opts.getOrDefault("corpus", "/work/shared/data/scifact/corpus.jsonl"));

        SciFactChunks chunks;
        try (OnnxTextEmbedder counter = OnnxTextEmbedder.load(EmbeddingModelSpec.bgeSmallEnV15(), 1)) {
            chunks = SciFactChunks.read(corpus, counter.tokenizer(), 256, 32, limit);
        }
        byte[] model;
        Encoding[] encodings;
        try (InputStream onnx = SessionOptionsProbe.class.getResourceAsStream("/bge-small-en-v1.5-q.onnx");
                InputStream json =
                        SessionOptionsProbe.class.getResourceAsStream("/bge-small-en-v1.5-q-tokenizer.json");
                var tokenizer = HuggingFaceTokenizer.newInstance(
                        json, Map.of("truncation", "true", "maxLength", "512", "padding", "false"))) {
            model = onnx.readAllBytes();
            encodings = tokenizer.batchEncode(chunks.texts());
        }
        System.out.printf(
                Locale.ROOT,
                "%d chunks, %.1f tokens/chunk; load %s%n",
                encodings.length,
                meanTokens(encodings),
                load());

        float[][] reference = null;
        for (int round = 1; round <= repeat; round++) {
            for (String variant : variants) {
                try (OrtSession session = ENV.createSession(model, options(variant))) {
                    run(session, encodings, new int[] {0}); // warm-up
                    int batch = variant.startsWith("same-length-x")
                            ? Integer.parseInt(variant.substring("same-length-x".length()))
                            : 1;
                    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                    long cpu = threads.getCurrentThreadCpuTime();
                    long wall = System.nanoTime();
                    float[][] vectors = embed(session, encodings, batch);
                    double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / encodings.length;
                    double wallMs = (System.nanoTime() - wall) / 1e6 / encodings.length;
                    if (reference == null) {
                        reference = vectors;
                    }
                    double minCos = 1;
                    for (int i = 0; i < vectors.length; i++) {
                        minCos = Math.min(minCos, VectorMath.cosine(reference[i], vectors[i]));
                    }
                    System.out.printf(
                            Locale.ROOT,
                            "round %d %-20s %6.2f ms CPU/chunk %6.2f ms wall/chunk  min cosine vs %s %.6f  load %s%n",
                            round,
                            variant,
                            cpuMs,
                            wallMs,
                            variants.getFirst(),
                            minCos,
                            load());
                }
            }
        }
    }

    private static OrtSession.SessionOptions options(String variant) throws OrtException {
        var options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setOptimizationLevel(
                variant.equals("extended-opt")
                        ? OrtSession.SessionOptions.OptLevel.EXTENDED_OPT
                        : OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        options.addConfigEntry("session.inter_op.allow_spinning", "0");
        switch (variant) {
            case "denormal-as-zero" -> options.addConfigEntry("session.set_denormal_as_zero", "1");
            case "no-memory-pattern" -> options.setMemoryPatternOptimization(false);
            case "no-arena" -> options.setCPUArenaAllocator(false);
            default -> {}
        }
        return options;
    }

    /** Every chunk, in batches of up to {@code batch} chunks that have exactly the same number of tokens. */
    private static float[][] embed(OrtSession session, Encoding[] encodings, int batch) throws OrtException {
        Map<Integer, List<Integer>> byLength = new TreeMap<>();
        for (int i = 0; i < encodings.length; i++) {
            byLength.computeIfAbsent(encodings[i].getIds().length, k -> new ArrayList<>())
                    .add(i);
        }
        float[][] out = new float[encodings.length][];
        for (List<Integer> same : byLength.values()) {
            for (int from = 0; from < same.size(); from += batch) {
                int[] texts = same.subList(from, Math.min(same.size(), from + batch)).stream()
                        .mapToInt(Integer::intValue)
                        .toArray();
                float[][] vectors = run(session, encodings, texts);
                for (int j = 0; j < texts.length; j++) {
                    out[texts[j]] = vectors[j];
                }
            }
        }
        return out;
    }

    /** One forward pass over texts of equal length; CLS vectors, L2-normalised. */
    private static float[][] run(OrtSession session, Encoding[] encodings, int[] texts) throws OrtException {
        int b = texts.length;
        int seq = encodings[texts[0]].getIds().length;
        long[] ids = new long[b * seq];
        long[] mask = new long[b * seq];
        long[] types = new long[b * seq];
        for (int j = 0; j < b; j++) {
            System.arraycopy(encodings[texts[j]].getIds(), 0, ids, j * seq, seq);
            System.arraycopy(encodings[texts[j]].getAttentionMask(), 0, mask, j * seq, seq);
        }
        long[] shape = {b, seq};
        try (var idTensor = OnnxTensor.createTensor(ENV, LongBuffer.wrap(ids), shape);
                var maskTensor = OnnxTensor.createTensor(ENV, LongBuffer.wrap(mask), shape);
                var typeTensor = OnnxTensor.createTensor(ENV, LongBuffer.wrap(types), shape);
                var result = session.run(
                        Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor))) {
            FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
            int dimension = hidden.capacity() / (b * seq);
            float[][] vectors = new float[b][dimension];
            for (int j = 0; j < b; j++) {
                hidden.get(j * seq * dimension, vectors[j]);
                vectors[j] = VectorMath.normalize(vectors[j]);
            }
            return vectors;
        }
    }

    private static double meanTokens(Encoding[] encodings) {
        long sum = 0;
        for (Encoding e : encodings) {
            sum += e.getIds().length;
        }
        return (double) sum / encodings.length;
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
