package org.jrag.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Embeds text with a BERT-style ONNX model through ONNX Runtime directly: the session, its inputs and the pooling are
 * in plain sight.
 *
 * <p>Throughput design (measured on 2 cores with the int8 bge, see the embedding-bench module): a call's texts are
 * tokenised in one native call, sorted longest first and cut into length-bucketed batches (never padding a 20-token
 * chunk to 512; {@link EmbeddingModelSpec#maxBatch()} texts at most), and the batches are run by a bounded pool of
 * {@link EmbedderOptions#workers()} threads, each forward pass on a single ONNX Runtime thread with spinning off.
 * Several single-threaded passes at once beat one pass over several threads for matrices this small, and without
 * spinning an idle worker gives its core back to the rest of the service. A call whose texts fit one batch (a query)
 * runs on the caller's thread, so it never waits behind another caller's queued batches.
 */
public final class OnnxTextEmbedder implements TextEmbedder {

    private static final System.Logger LOG = System.getLogger(OnnxTextEmbedder.class.getName());

    /** Most padded tokens in one forward pass (bounds the activation memory). */
    private static final int MAX_BATCH_TOKENS = 16_384;

    private final EmbeddingModelSpec spec;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final OrtProvider provider;
    private final HuggingFaceTokenizer modelTokenizer;
    private final HuggingFaceTokenizer spanTokenizer;
    private final boolean wantsTokenTypes;
    private final int dimension;
    private final TextTokenizer tokenizer;
    private final ExecutorService workers;

    private OnnxTextEmbedder(EmbeddingModelSpec spec, EmbedderOptions options) {
        this.spec = spec;
        try {
            byte[] tokenizerJson = EmbeddingModelSpec.read(spec.tokenizer());
            modelTokenizer = HuggingFaceTokenizer.newInstance(
                    new ByteArrayInputStream(tokenizerJson),
                    Map.of(
                            "addSpecialTokens", "true",
                            "truncation", "true",
                            "maxLength", Integer.toString(spec.maxTokens()),
                            "padding", "false"));
            spanTokenizer = HuggingFaceTokenizer.newInstance(
                    new ByteArrayInputStream(tokenizerJson),
                    Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
            env = OrtEnvironment.getEnvironment();
            byte[] model = EmbeddingModelSpec.read(spec.onnxModel());
            OrtProvider wanted =
                    ExecutionProviderSelection.choose(options.device(), OrtEnvironment.getAvailableProviders());
            OrtSession created = null;
            OrtProvider used = OrtProvider.CPU;
            String why =
                    "CUDA not offered by this ONNX Runtime (providers: " + OrtEnvironment.getAvailableProviders() + ")";
            if (wanted == OrtProvider.CUDA) {
                try (var cuda = sessionOptions()) {
                    cuda.addCUDA(0);
                    created = env.createSession(model, cuda);
                    used = OrtProvider.CUDA;
                } catch (OrtException e) {
                    if (options.device() == ExecutionDevice.CUDA) {
                        throw e;
                    }
                    why = "CUDA provider present but failed to start: " + e.getMessage();
                }
            } else if (options.device() == ExecutionDevice.CPU) {
                why = "device CPU was configured";
            }
            if (created == null) {
                try (var cpu = sessionOptions()) {
                    created = env.createSession(model, cpu);
                }
            }
            session = created;
            provider = used;
            wantsTokenTypes = session.getInputNames().contains("token_type_ids");
            dimension = readDimension();
            LOG.log(
                    System.Logger.Level.INFO,
                    "embedding model {0} ({1} dims) runs on the {2} execution provider with {3} worker(s){4}",
                    spec.name(),
                    dimension,
                    used,
                    options.workers(),
                    used == OrtProvider.CUDA ? " on GPU 0" : ": " + why);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load tokenizer of " + spec.name(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load ONNX model of " + spec.name() + ": " + e.getMessage(), e);
        }
        tokenizer = new SpanTokenizer(spanTokenizer, spec.maxTokens());
        workers = options.workers() == 1 ? null : Executors.newFixedThreadPool(options.workers(), daemonThreads(spec));
    }

    /**
     * One ONNX Runtime thread per forward pass, no spinning: parallelism comes from running passes side by side on the
     * embedder's workers (ONNX Runtime sessions are safe to run from several threads).
     */
    private static OrtSession.SessionOptions sessionOptions() throws OrtException {
        var options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        options.addConfigEntry("session.inter_op.allow_spinning", "0");
        return options;
    }

    private static ThreadFactory daemonThreads(EmbeddingModelSpec spec) {
        AtomicInteger next = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "jrag-embedding-" + spec.name() + "-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Loads a model with one worker per available processor, on CUDA when the runtime offers it. */
    public static OnnxTextEmbedder load(EmbeddingModelSpec spec) {
        return load(spec, EmbedderOptions.defaults());
    }

    /** Loads a model with a bounded number of workers (texts embedded at once, one ONNX Runtime thread each). */
    public static OnnxTextEmbedder load(EmbeddingModelSpec spec, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got: " + threads);
        }
        return load(spec, new EmbedderOptions(threads, ExecutionDevice.AUTO));
    }

    /** Loads a model as the options say. */
    public static OnnxTextEmbedder load(EmbeddingModelSpec spec, EmbedderOptions options) {
        return new OnnxTextEmbedder(spec, options);
    }

    /** The default model: int8 bge-small-en-v1.5 from the classpath. */
    public static OnnxTextEmbedder bgeSmallEnV15() {
        return load(EmbeddingModelSpec.bgeSmallEnV15());
    }

    /** The second built-in model: int8 all-MiniLM-L6-v2 from the classpath (mean pooling). */
    public static OnnxTextEmbedder allMiniLmL6V2() {
        return load(EmbeddingModelSpec.allMiniLmL6V2());
    }

    @Override
    public String modelName() {
        return spec.name();
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public TextTokenizer tokenizer() {
        return tokenizer;
    }

    /** The model this embedder runs, with its pooling and limits. */
    public EmbeddingModelSpec spec() {
        return spec;
    }

    /** The execution provider the session runs on: CPU, or CUDA where the GPU runtime found a device. */
    public OrtProvider provider() {
        return provider;
    }

    @Override
    public float[] embedQuery(String query) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("query must not be blank");
        }
        return embedTexts(List.of(queryText(query))).getFirst();
    }

    @Override
    public List<float[]> embedQueries(List<String> queries) {
        for (String query : queries) {
            if (query == null || query.isBlank()) {
                throw new IllegalArgumentException("query must not be blank");
            }
        }
        return embedTexts(queries.stream().map(this::queryText).toList());
    }

    @Override
    public String queryText(String query) {
        return spec.queryInstruction() + query;
    }

    @Override
    public String passageText(String passage) {
        return spec.passageInstruction() + passage;
    }

    /** Embeds passages, each after the model's passage instruction (none for most models). */
    @Override
    public List<float[]> embedPassages(List<String> passages) {
        return embedTexts(
                spec.passageInstruction().isEmpty()
                        ? passages
                        : passages.stream().map(this::passageText).toList());
    }

    private List<float[]> embedTexts(List<String> passages) {
        int n = passages.size();
        if (n == 0) {
            return List.of();
        }
        // 1. tokenise every text in one native call
        Encoding[] encodings = modelTokenizer.batchEncode(passages);
        // 2. longest first, so that the last batches to finish are the short ones and the workers end together
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(
                order,
                Comparator.comparingInt((Integer i) -> encodings[i].getIds().length)
                        .reversed());
        // 3. length buckets: neighbours in that order share a batch, padded to the first (longest) of them
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < n; ) {
            int longest = encodings[order[from]].getIds().length;
            int to = from + 1;
            while (to < n && to - from < spec.maxBatch() && (long) (to - from + 1) * longest <= MAX_BATCH_TOKENS) {
                to++;
            }
            int[] batch = new int[to - from];
            for (int j = from; j < to; j++) {
                batch[j - from] = order[j];
            }
            batches.add(batch);
            from = to;
        }
        // 4. run the batches, on the caller's thread when there is only one
        float[][] out = new float[n][];
        if (workers == null || batches.size() == 1) {
            for (int[] batch : batches) {
                store(batch, run(encodings, batch), out);
            }
            return List.of(out);
        }
        List<Future<?>> running = new ArrayList<>(batches.size());
        try {
            for (int[] batch : batches) {
                running.add(workers.submit(() -> store(batch, run(encodings, batch), out)));
            }
            for (Future<?> batch : running) {
                batch.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding " + n + " passages", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("embedding failed in " + spec.name() + ": " + e.getCause(), e.getCause());
        } finally {
            running.forEach(batch -> batch.cancel(false));
        }
        // each slot of out was written by one worker before its future completed: Future.get orders those writes
        return List.of(out);
    }

    private static void store(int[] batch, float[][] vectors, float[][] out) {
        for (int j = 0; j < batch.length; j++) {
            out[batch[j]] = vectors[j];
        }
    }

    /** One forward pass over texts padded to the longest of them; returns pooled, L2-normalised vectors. */
    private float[][] run(Encoding[] encodings, int[] batch) {
        int b = batch.length;
        int seq = 0;
        for (int i : batch) {
            seq = Math.max(seq, encodings[i].getIds().length);
        }
        long[] ids = new long[b * seq];
        long[] mask = new long[b * seq];
        long[] types = new long[b * seq];
        for (int j = 0; j < b; j++) {
            Encoding e = encodings[batch[j]];
            long[] eIds = e.getIds();
            System.arraycopy(eIds, 0, ids, j * seq, eIds.length);
            System.arraycopy(e.getAttentionMask(), 0, mask, j * seq, eIds.length);
            System.arraycopy(e.getTypeIds(), 0, types, j * seq, eIds.length);
        }
        long[] shape = {b, seq};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            if (wantsTokenTypes) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                // last_hidden_state: [b][seq][dimension], row-major
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[][] vectors = new float[b][];
                for (int j = 0; j < b; j++) {
                    vectors[j] = VectorMath.normalize(spec.pooling().pool(hidden, mask, j, seq, dimension));
                }
                return vectors;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed in " + spec.name() + ": " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /**
     * The vector length, from the output's declared shape, or, where the export left the last axis symbolic, from the
     * output of a one-token forward pass.
     */
    private int readDimension() throws OrtException {
        NodeInfo output = session.getOutputInfo().values().iterator().next();
        if (!(output.getInfo() instanceof TensorInfo info) || info.getShape().length != 3) {
            throw new IllegalStateException(
                    "embedding model output must be [batch][tokens][dimension], got: " + output);
        }
        if (info.getShape()[2] > 0) {
            return (int) info.getShape()[2];
        }
        long[] shape = {1, 1};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {0}), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {1}), shape));
            if (wantsTokenTypes) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {0}), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                long[] produced = ((TensorInfo) result.get(0).getInfo()).getShape();
                return (int) produced[2];
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close ONNX session: " + e.getMessage(), e);
        } finally {
            modelTokenizer.close();
            spanTokenizer.close();
        }
    }

    /** Token spans from the Hugging Face tokenizer, converted to Java string offsets. */
    private record SpanTokenizer(HuggingFaceTokenizer hf, int maxTokens) implements TextTokenizer {

        @Override
        public List<TokenSpan> tokenize(String text) {
            if (text.isEmpty()) {
                return List.of();
            }
            CharSpan[] spans = hf.encode(text).getCharTokenSpans();
            int[] javaIndex = codePointToCharIndex(text);
            List<TokenSpan> tokens = new ArrayList<>(spans.length);
            for (CharSpan span : spans) {
                if (span == null) {
                    continue;
                }
                tokens.add(new TokenSpan(javaIndex[span.getStart()], javaIndex[span.getEnd()]));
            }
            return tokens;
        }

        @Override
        public int specialTokens() {
            return 2;
        }

        /**
         * The tokenizer counts offsets in Unicode code points; Java strings index UTF-16 units. Maps one to the other
         * (identity for text without characters outside the Basic Multilingual Plane).
         */
        private static int[] codePointToCharIndex(String text) {
            int[] index = new int[text.codePointCount(0, text.length()) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                index[cp++] = i;
            }
            index[cp] = text.length();
            return index;
        }
    }
}
