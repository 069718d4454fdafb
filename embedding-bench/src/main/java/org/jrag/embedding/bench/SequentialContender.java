package org.jrag.embedding.bench;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jrag.embedding.VectorMath;

/**
 * The design jrag's embedder replaced, kept as a baseline: one text at a time on one session whose ONNX Runtime
 * spreads each forward pass over {@code threads} intra-op threads (spinning on, ONNX Runtime's default).
 */
record SequentialContender(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer)
        implements Contender {

    static SequentialContender load(int threads) {
        try (InputStream model = SequentialContender.class.getResourceAsStream("/bge-small-en-v1.5-q.onnx");
                InputStream json =
                        SequentialContender.class.getResourceAsStream("/bge-small-en-v1.5-q-tokenizer.json")) {
            var env = OrtEnvironment.getEnvironment();
            var options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(threads);
            var tokenizer = HuggingFaceTokenizer.newInstance(
                    json, Map.of("truncation", "true", "maxLength", "512", "padding", "false"));
            return new SequentialContender(env, env.createSession(model.readAllBytes(), options), tokenizer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String name() {
        return "one-at-a-time";
    }

    @Override
    public List<float[]> embedAll(List<String> chunks) {
        List<float[]> out = new ArrayList<>(chunks.size());
        for (String chunk : chunks) {
            Encoding e = tokenizer.encode(chunk);
            long[] shape = {1, e.getIds().length};
            try (var ids = OnnxTensor.createTensor(env, LongBuffer.wrap(e.getIds()), shape);
                    var mask = OnnxTensor.createTensor(env, LongBuffer.wrap(e.getAttentionMask()), shape);
                    var types = OnnxTensor.createTensor(env, LongBuffer.wrap(e.getTypeIds()), shape);
                    var result =
                            session.run(Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types))) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] cls = new float[384];
                hidden.get(0, cls);
                out.add(VectorMath.normalize(cls));
            } catch (OrtException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
    }
}
