package org.jrag.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
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

/**
 * Embeds text with a BERT-style ONNX model through ONNX Runtime directly: the session, its inputs and the pooling are
 * in plain sight. Passages are sorted by length and batched so that a 20-token chunk is never padded to 512.
 */
public final class OnnxTextEmbedder implements TextEmbedder {

    /** Most padded tokens in one forward pass (bounds the activation memory). */
    private static final int MAX_BATCH_TOKENS = 16_384;

    private final EmbeddingModelSpec spec;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer modelTokenizer;
    private final HuggingFaceTokenizer spanTokenizer;
    private final boolean wantsTokenTypes;
    private final int dimension;
    private final TextTokenizer tokenizer;

    private OnnxTextEmbedder(EmbeddingModelSpec spec, int threads) {
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
            var options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(threads);
            session = env.createSession(EmbeddingModelSpec.read(spec.onnxModel()), options);
            wantsTokenTypes = session.getInputNames().contains("token_type_ids");
            dimension = readDimension(session);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load tokenizer of " + spec.name(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load ONNX model of " + spec.name() + ": " + e.getMessage(), e);
        }
        tokenizer = new SpanTokenizer(spanTokenizer, spec.maxTokens());
    }

    /** Loads a model on all available cores. */
    public static OnnxTextEmbedder load(EmbeddingModelSpec spec) {
        return new OnnxTextEmbedder(spec, Runtime.getRuntime().availableProcessors());
    }

    /** Loads a model with a bounded number of ONNX Runtime intra-op threads. */
    public static OnnxTextEmbedder load(EmbeddingModelSpec spec, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got: " + threads);
        }
        return new OnnxTextEmbedder(spec, threads);
    }

    /** The default model: int8 bge-small-en-v1.5 from the classpath. */
    public static OnnxTextEmbedder bgeSmallEnV15() {
        return load(EmbeddingModelSpec.bgeSmallEnV15());
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

    @Override
    public float[] embedQuery(String query) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("query must not be blank");
        }
        return embedPassages(List.of(spec.queryInstruction() + query)).getFirst();
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
        int n = passages.size();
        Encoding[] encodings = new Encoding[n];
        for (int i = 0; i < n; i++) {
            encodings[i] = modelTokenizer.encode(passages.get(i));
        }
        // Length bucketing: texts sorted by token length share a batch, so padding stays small.
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
        float[][] out = new float[n][];
        int from = 0;
        while (from < n) {
            int to = from + 1;
            while (to < n
                    && to - from < spec.maxBatch()
                    && (long) (to - from + 1) * encodings[order[to]].getIds().length <= MAX_BATCH_TOKENS) {
                to++;
            }
            Encoding[] batch = new Encoding[to - from];
            for (int j = from; j < to; j++) {
                batch[j - from] = encodings[order[j]];
            }
            float[][] vectors = run(batch);
            for (int j = from; j < to; j++) {
                out[order[j]] = vectors[j - from];
            }
            from = to;
        }
        return List.of(out);
    }

    /** One forward pass over texts padded to the longest of them; returns pooled, L2-normalised vectors. */
    private float[][] run(Encoding[] batch) {
        int b = batch.length;
        int seq = 0;
        for (Encoding e : batch) {
            seq = Math.max(seq, e.getIds().length);
        }
        long[] ids = new long[b * seq];
        long[] mask = new long[b * seq];
        long[] types = new long[b * seq];
        for (int i = 0; i < b; i++) {
            long[] eIds = batch[i].getIds();
            System.arraycopy(eIds, 0, ids, i * seq, eIds.length);
            System.arraycopy(batch[i].getAttentionMask(), 0, mask, i * seq, eIds.length);
            System.arraycopy(batch[i].getTypeIds(), 0, types, i * seq, eIds.length);
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
                return pool(hidden, mask, b, seq);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed in " + spec.name() + ": " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private float[][] pool(FloatBuffer hidden, long[] mask, int b, int seq) {
        float[][] vectors = new float[b][dimension];
        for (int i = 0; i < b; i++) {
            float[] v = vectors[i];
            switch (spec.pooling()) {
                case CLS -> hidden.get((i * seq) * dimension, v);
                case MEAN -> {
                    int count = 0;
                    float[] row = new float[dimension];
                    for (int t = 0; t < seq; t++) {
                        if (mask[i * seq + t] == 0) {
                            continue;
                        }
                        hidden.get((i * seq + t) * dimension, row);
                        for (int d = 0; d < dimension; d++) {
                            v[d] += row[d];
                        }
                        count++;
                    }
                    for (int d = 0; d < dimension; d++) {
                        v[d] /= Math.max(count, 1);
                    }
                }
            }
            VectorMath.normalize(v);
        }
        return vectors;
    }

    private static int readDimension(OrtSession session) throws OrtException {
        NodeInfo output = session.getOutputInfo().values().iterator().next();
        if (output.getInfo() instanceof TensorInfo info && info.getShape().length == 3 && info.getShape()[2] > 0) {
            return (int) info.getShape()[2];
        }
        throw new IllegalStateException("embedding model output must be [batch][tokens][dimension], got: " + output);
    }

    @Override
    public void close() {
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
