package org.jrag.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.reference.Json;
import org.jrag.engine.reference.SharedFolder;
import org.jrag.engine.sampling.GreedySampler;
import org.jrag.engine.tokenizer.SentencePieceTokenizer;
import org.jrag.engine.tokenizer.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The random-weight 2-layer llama in Q4_K/Q5_K/Q6_K mixes (shared/reference/kquants). The engine multiplies
 * float activations by dequantized weights, so it is compared with the float64 numpy pass with exact
 * activations (README: agrees to ~1e-6, 1e-4 is safe), not with llama.cpp's Q8_K-activation logits.
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
                LlamaModel model = LlamaModel.load(file);
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
}
