package org.jrag.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.reference.Json;
import org.jrag.engine.reference.SharedFolder;
import org.jrag.engine.sampling.GreedySampler;
import org.jrag.engine.tensor.Q4Kx8Tensor;
import org.jrag.engine.tokenizer.SentencePieceTokenizer;
import org.jrag.engine.tokenizer.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The random-weight 2-layer llama in Q4_K/Q5_K/Q6_K mixes (shared/reference/kquants). With its matrices kept in the
 * mapping the engine multiplies float activations by dequantized weights, so it is compared with the float64 numpy
 * pass with exact activations (README: agrees to ~1e-6, 1e-4 is safe), not with llama.cpp's Q8_K-activation logits.
 * Loaded as served, its Q4_K matrices are repacked ({@link Q4Kx8Tensor}) and multiply activations rounded to 8-bit
 * blocks of 32, as llama.cpp rounds them to blocks of 256: compared with llama.cpp's logits (README: ~3e-2).
 */
class KQuantModelTests {
    @Test
    void lastPositionLogitsMatchTheExactActivationReferenceForEveryQuantization() {
        List<Object> cases =
                Json.list(Json.object(SharedFolder.json("kquants/logits.json")).get("cases"));
        assertThat(cases).hasSize(18);
        double worst = 0;
        for (Object o : cases) {
            Map<String, Object> c = Json.object(o);
            String name = (String) c.get("model");
            try (GgufFile file = GgufFile.open(SharedFolder.reference("kquants/" + name))) {
                LlamaConfig config = LlamaConfig.from(file.metadata());
                LlamaModel model = new LlamaModel(config, LlamaWeights.load(file, config, false));
                SentencePieceTokenizer tokenizer = new SentencePieceTokenizer(Vocabulary.from(file.metadata()));
                int[] ids = tokenizer.encode((String) c.get("prompt"), true);
                assertThat(ids).containsExactly(Json.ints(c.get("prompt_ids")));
                float[] logits = model.forward(ids, 0, model.newKvCache(32), false);
                Map<String, Object> exact = Json.object(c.get("numpy_f64_exact_activations"));
                double diff = LlamaModelTests.maxAbsDiff(logits, Json.floats(exact.get("logits")));
                worst = Math.max(worst, diff);
                assertThat(diff).as("%s / %s", name, c.get("prompt")).isLessThan(1e-4);
                assertThat(GreedySampler.argmax(logits)).isEqualTo(((Double) exact.get("argmax")).intValue());
                if (name.endsWith("F32.gguf")) {
                    assertThat(LlamaModelTests.maxAbsDiff(logits, Json.floats(c.get("logits_kv_f32"))))
                            .isLessThan(1e-4);
                }
            }
        }
        System.out.printf("k-quant logits: max |diff| vs float64 exact-activation reference = %.3g%n", worst);
    }

    @Test
    void repackedQ4KMatricesRoundActivationsAsLlamaCppAndStayNearItsLogits() {
        List<Object> cases =
                Json.list(Json.object(SharedFolder.json("kquants/logits.json")).get("cases"));
        double worstLlama = 0;
        double worstExact = 0;
        int repacked = 0;
        for (Object o : cases) {
            Map<String, Object> c = Json.object(o);
            String name = (String) c.get("model");
            if (!name.contains("Q4_K")) {
                continue;
            }
            try (GgufFile file = GgufFile.open(SharedFolder.reference("kquants/" + name))) {
                // given the model loaded as served: its Q4_K matrices repacked into 8-row groups
                LlamaConfig config = LlamaConfig.from(file.metadata());
                LlamaWeights weights = LlamaWeights.load(file, config);
                assertThat(weights.layers()[0].wGate()).isInstanceOf(Q4Kx8Tensor.class);
                LlamaModel model = new LlamaModel(config, weights);
                repacked++;
                SentencePieceTokenizer tokenizer = new SentencePieceTokenizer(Vocabulary.from(file.metadata()));
                int[] ids = tokenizer.encode((String) c.get("prompt"), true);
                // when it runs the prompt
                float[] logits = model.forward(ids, 0, model.newKvCache(32), false);
                // then its logits are as near llama.cpp's (activations rounded to blocks of 256) as the README
                // allows, and near the exact-activation pass
                double llama = LlamaModelTests.maxAbsDiff(logits, Json.floats(c.get("logits_kv_f32")));
                double exact = LlamaModelTests.maxAbsDiff(
                        logits,
                        Json.floats(Json.object(c.get("numpy_f64_exact_activations"))
                                .get("logits")));
                worstLlama = Math.max(worstLlama, llama);
                worstExact = Math.max(worstExact, exact);
                assertThat(llama)
                        .as("%s / %s vs llama.cpp", name, c.get("prompt"))
                        .isLessThan(3e-2);
                assertThat(exact).as("%s / %s vs exact", name, c.get("prompt")).isLessThan(3e-2);
            }
        }
        assertThat(repacked).isEqualTo(6);
        System.out.printf(
                "repacked Q4_K logits: max |diff| vs llama.cpp %.3g, vs exact activations %.3g%n",
                worstLlama, worstExact);
    }
}
