package org.jrag.retrieval.rerank;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Late interaction (ColBERT's MaxSim) over the embedding model's own token vectors: every query token finds its most
 * similar passage token, and the passage score is the mean of those best cosines. It needs the per-token states
 * ({@code last_hidden_state}) that the embedding library pools away, so it runs its own session on the same bge
 * model and tokenizer shipped on the classpath. bge was trained for pooled vectors, not for MaxSim: whether this
 * helps is an empirical question, which is why re-ranking is off by default until the evaluation says otherwise.
 */
public final class LateInteractionReranker implements Reranker, AutoCloseable {

    static final String MODEL = "/bge-small-en-v1.5-q.onnx";
    static final String TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final int batchSize;

    public LateInteractionReranker(int batchSize, int maxLength) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got: " + batchSize);
        }
        this.batchSize = batchSize;
        this.env = OrtEnvironment.getEnvironment();
        try (InputStream model = resource(MODEL);
                InputStream tokenizerJson = resource(TOKENIZER)) {
            this.tokenizer = HuggingFaceTokenizer.newInstance(
                    tokenizerJson,
                    Map.of("truncation", "true", "maxLength", Integer.toString(maxLength), "padding", "false"));
            var options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Runtime.getRuntime().availableProcessors());
            this.session = env.createSession(model.readAllBytes(), options);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bge model from the classpath", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the bge model for late interaction: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = LateInteractionReranker.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("classpath resource " + name + " is missing (the bge model jar)");
        }
        return in;
    }

    @Override
    public String name() {
        return "late-interaction";
    }

    @Override
    public double[] score(String query, List<String> passages) {
        float[][][] queryTokens = tokenVectors(List.of(query));
        float[][] q = queryTokens[0];
        double[] scores = new double[passages.size()];
        for (int from = 0; from < passages.size(); from += batchSize) {
            int to = Math.min(passages.size(), from + batchSize);
            float[][][] passageTokens = tokenVectors(passages.subList(from, to));
            for (int i = from; i < to; i++) {
                scores[i] = maxSim(q, passageTokens[i - from]);
            }
        }
        return scores;
    }

    /** Mean over query tokens of the best cosine with any passage token (vectors are unit length). */
    static double maxSim(float[][] query, float[][] passage) {
        if (query.length == 0 || passage.length == 0) {
            return 0;
        }
        double sum = 0;
        for (float[] q : query) {
            double best = -1;
            for (float[] p : passage) {
                double dot = 0;
                for (int d = 0; d < q.length; d++) {
                    dot += q[d] * p[d];
                }
                best = Math.max(best, dot);
            }
            sum += best;
        }
        return sum / query.length;
    }

    /** Unit-length token vectors of each text, [CLS], [SEP] and padding dropped: [text][token][dim]. */
    private float[][][] tokenVectors(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int seq = 0;
        for (Encoding e : encodings) {
            seq = Math.max(seq, e.getIds().length);
        }
        long[][] ids = new long[texts.size()][seq];
        long[][] mask = new long[texts.size()][seq];
        long[][] types = new long[texts.size()][seq];
        for (int b = 0; b < encodings.length; b++) {
            long[] textIds = encodings[b].getIds();
            System.arraycopy(textIds, 0, ids[b], 0, textIds.length);
            System.arraycopy(encodings[b].getAttentionMask(), 0, mask[b], 0, textIds.length);
        }
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(env, ids);
                OnnxTensor maskTensor = OnnxTensor.createTensor(env, mask);
                OnnxTensor typesTensor = OnnxTensor.createTensor(env, types);
                OrtSession.Result result = session.run(
                        Map.of("input_ids", idsTensor, "attention_mask", maskTensor, "token_type_ids", typesTensor))) {
            // last_hidden_state: [batch][seq][dim]
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            float[][][] vectors = new float[texts.size()][][];
            for (int b = 0; b < encodings.length; b++) {
                long[] special = encodings[b].getSpecialTokenMask();
                int tokens = 0;
                for (long s : special) {
                    tokens += s == 0 ? 1 : 0;
                }
                vectors[b] = new float[tokens][];
                int t = 0;
                for (int i = 0; i < special.length; i++) {
                    if (special[i] == 0) {
                        vectors[b][t++] = normalized(hidden[b][i]);
                    }
                }
            }
            return vectors;
        } catch (OrtException e) {
            throw new IllegalStateException("late-interaction inference failed: " + e.getMessage(), e);
        }
    }

    private static float[] normalized(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }

    @Override
    public void close() throws OrtException {
        session.close();
        tokenizer.close();
    }
}
