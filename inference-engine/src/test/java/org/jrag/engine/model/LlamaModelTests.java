package org.jrag.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrag.engine.generate.Generation;
import org.jrag.engine.generate.Generator;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.reference.Json;
import org.jrag.engine.reference.SharedFolder;
import org.jrag.engine.sampling.GreedySampler;
import org.jrag.engine.tokenizer.SentencePieceTokenizer;
import org.jrag.engine.tokenizer.Vocabulary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** stories260K against llama.cpp's reference outputs (shared/reference/stories260K). */
class LlamaModelTests {
    private static GgufFile file;
    private static LlamaModel model;
    private static SentencePieceTokenizer tokenizer;

    @BeforeAll
    static void load() {
        file = GgufFile.open(SharedFolder.stories260K());
        model = LlamaModel.load(file);
        tokenizer = new SentencePieceTokenizer(Vocabulary.from(file.metadata()));
    }

    @AfterAll
    static void close() {
        file.close();
    }

    @Test
    void readsStories260KConfig() {
        LlamaConfig c = model.config();
        assertThat(c)
                .extracting(
                        LlamaConfig::dim,
                        LlamaConfig::hiddenDim,
                        LlamaConfig::layers,
                        LlamaConfig::heads,
                        LlamaConfig::kvHeads,
                        LlamaConfig::headDim,
                        LlamaConfig::vocabSize,
                        LlamaConfig::ropeStyle)
                .containsExactly(64, 172, 5, 8, 4, 8, 512, RopeStyle.NORMAL);
        assertThat(c.ropeTheta()).isEqualTo(10000f);
    }

    @Test
    void lastPositionLogitsMatchLlamaCppF32KvWithin1e4() {
        List<Object> cases = Json.list(
                Json.object(SharedFolder.json("stories260K/logits.json")).get("cases"));
        assertThat(cases).hasSize(3);
        double worst = 0;
        for (Object o : cases) {
            Map<String, Object> c = Json.object(o);
            // given the prompt tokenized as llama.cpp did
            int[] ids = tokenizer.encode((String) c.get("prompt"), true);
            assertThat(ids).containsExactly(Json.ints(c.get("prompt_ids")));
            // when the whole prompt runs as one batch
            float[] logits = model.forward(ids, 0, model.newKvCache(64), false);
            // then every logit is within 1e-4 of llama.cpp (F32 KV cache)
            float[] expected = Json.floats(c.get("logits_kv_f32"));
            double max = maxAbsDiff(logits, expected);
            worst = Math.max(worst, max);
            assertThat(max).as("max |diff| for %s", c.get("prompt")).isLessThan(1e-4);
            assertThat(GreedySampler.argmax(logits)).isEqualTo(((Double) c.get("argmax")).intValue());
        }
        System.out.printf("stories260K logits: max |diff| vs llama.cpp F32 KV = %.3g%n", worst);
    }

    @Test
    void greedyContinuationsMatchLlamaCppForAllPrompts() {
        List<Object> cases = Json.list(
                Json.object(SharedFolder.json("stories260K/greedy.json")).get("cases"));
        assertThat(cases).hasSize(5);
        Generator generator = new Generator(model);
        for (Object o : cases) {
            Map<String, Object> c = Json.object(o);
            int[] ids = tokenizer.encode((String) c.get("prompt"), true);
            assertThat(ids).containsExactly(Json.ints(c.get("prompt_ids")));
            Generation g = generator.generate(ids, 64, 512, new GreedySampler(), Set.of(), t -> {});
            assertThat(g.tokens()).as("prompt %s", c.get("prompt")).containsExactly(Json.ints(c.get("generated_ids")));
            assertThat(tokenizer.decode(g.tokens())).isEqualTo(c.get("generated_text"));
        }
    }

    @Test
    void decodingTokenByTokenGivesTheSameLogitsAsABatch() {
        int[] ids = tokenizer.encode("Lily and Ben went to the park", true);
        float[] batch = model.forward(ids, 0, model.newKvCache(32), true);
        KvCache cache = model.newKvCache(32);
        int vocab = model.config().vocabSize();
        for (int t = 0; t < ids.length; t++) {
            float[] one = model.forward(new int[] {ids[t]}, t, cache, false);
            float[] row = java.util.Arrays.copyOfRange(batch, t * vocab, (t + 1) * vocab);
            // the batch runs the tiled matrix kernel, one token the dot kernel: the same products summed in another
            // order, through 5 layers, on logits of magnitude ~12 (float ulp ~1e-6); runs measured 4e-6 to 1.01e-5,
            // depending on which kernels the JIT has compiled when, so the bound is 2e-5
            assertThat(maxAbsDiff(one, row)).as("position %d", t).isLessThan(2e-5);
        }
    }

    static double maxAbsDiff(float[] a, float[] b) {
        assertThat(a).hasSameSizeAs(b);
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
