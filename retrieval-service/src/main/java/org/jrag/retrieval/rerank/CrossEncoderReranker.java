package org.jrag.retrieval.rerank;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a Hugging Face cross-encoder exported to ONNX (e.g. {@code cross-encoder/ms-marco-MiniLM-L-6-v2}): each
 * (query, passage) pair is tokenized as {@code [CLS] query [SEP] passage [SEP]} by the model's own
 * {@code tokenizer.json}, padded per batch, and the model's first output ({@code logits}) is the score. A one-column
 * output is the relevance logit; with two columns (a binary classifier) the second, "relevant", is used. Feeds only
 * the inputs the model declares ({@code token_type_ids} is absent from RoBERTa-style exports).
 */
public final class CrossEncoderReranker implements Reranker, AutoCloseable {

    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String TOKEN_TYPE_IDS = "token_type_ids";

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final Set<String> inputs;
    private final int batchSize;

    public CrossEncoderReranker(Path model, Path tokenizerJson, int batchSize, int maxLength) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got: " + batchSize);
        }
        this.batchSize = batchSize;
        this.env = OrtEnvironment.getEnvironment();
        try {
            this.tokenizer = HuggingFaceTokenizer.newInstance(
                    tokenizerJson,
                    Map.of(
                            "truncation",
                            "longest_first",
                            "maxLength",
                            Integer.toString(maxLength),
                            "padding",
                            "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the cross-encoder tokenizer " + tokenizerJson, e);
        }
        try {
            var options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Runtime.getRuntime().availableProcessors());
            this.session = env.createSession(model.toString(), options);
            this.inputs = session.getInputNames();
        } catch (OrtException e) {
            tokenizer.close();
            throw new IllegalStateException(
                    "Cannot load the cross-encoder ONNX model " + model + ": " + e.getMessage(), e);
        }
        if (!inputs.contains(INPUT_IDS)) {
            throw new IllegalArgumentException(
                    "cross-encoder " + model + " must take an input named input_ids, it takes: " + inputs);
        }
    }

    @Override
    public String name() {
        return "cross-encoder";
    }

    @Override
    public double[] score(String query, List<String> passages) {
        double[] scores = new double[passages.size()];
        for (int from = 0; from < passages.size(); from += batchSize) {
            int to = Math.min(passages.size(), from + batchSize);
            Encoding[] pairs = new Encoding[to - from];
            for (int i = from; i < to; i++) {
                pairs[i - from] = tokenizer.encode(query, passages.get(i));
            }
            float[] logits = run(pairs);
            for (int i = from; i < to; i++) {
                scores[i] = logits[i - from];
            }
        }
        return scores;
    }

    /** One forward pass over a padded batch: [batch][seq] int64 inputs to one score per pair. */
    private float[] run(Encoding[] pairs) {
        int seq = 0;
        for (Encoding pair : pairs) {
            seq = Math.max(seq, pair.getIds().length);
        }
        long[][] ids = new long[pairs.length][seq];
        long[][] mask = new long[pairs.length][seq];
        long[][] types = new long[pairs.length][seq];
        for (int b = 0; b < pairs.length; b++) {
            // right padding with id 0 and mask 0: the pad positions are invisible to attention
            long[] pairIds = pairs[b].getIds();
            System.arraycopy(pairIds, 0, ids[b], 0, pairIds.length);
            System.arraycopy(pairs[b].getAttentionMask(), 0, mask[b], 0, pairIds.length);
            System.arraycopy(pairs[b].getTypeIds(), 0, types[b], 0, pairIds.length);
        }
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            feed.put(INPUT_IDS, OnnxTensor.createTensor(env, ids));
            if (inputs.contains(ATTENTION_MASK)) {
                feed.put(ATTENTION_MASK, OnnxTensor.createTensor(env, mask));
            }
            if (inputs.contains(TOKEN_TYPE_IDS)) {
                feed.put(TOKEN_TYPE_IDS, OnnxTensor.createTensor(env, types));
            }
            try (OrtSession.Result result = session.run(feed)) {
                return logits(result.get(0), pairs.length);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cross-encoder inference failed: " + e.getMessage(), e);
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] logits(OnnxValue output, int batch) throws OrtException {
        Object value = output.getValue();
        float[] scores = new float[batch];
        if (value instanceof float[][] matrix) {
            for (int b = 0; b < batch; b++) {
                scores[b] = matrix[b][matrix[b].length - 1];
            }
        } else if (value instanceof float[] vector) {
            System.arraycopy(vector, 0, scores, 0, batch);
        } else {
            throw new IllegalStateException(
                    "cross-encoder output must be float [batch] or [batch][labels], got: " + output.getInfo());
        }
        return scores;
    }

    @Override
    public void close() throws OrtException {
        session.close();
        tokenizer.close();
    }
}
