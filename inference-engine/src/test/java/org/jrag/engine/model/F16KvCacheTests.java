package org.jrag.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.reference.Json;
import org.jrag.engine.reference.SharedFolder;
import org.jrag.engine.tokenizer.Tokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An F16 KV cache against llama.cpp's default (F16-cache) logits on stories260K. */
class F16KvCacheTests {
    private static GgufFile file;
    private static LlamaModel model;
    private static Tokenizer tokenizer;

    @BeforeAll
    static void load() {
        file = GgufFile.open(SharedFolder.stories260K());
        model = LlamaModel.load(file);
        tokenizer = Tokenizer.from(file.metadata());
    }

    @AfterAll
    static void close() {
        file.close();
    }

    /**
     * llama.cpp's F16 cache rounds K, V, the query and the attention weights to half precision. Two prompts land
     * within 2e-4 of its logits; on the third one rounding step falls the other way early and the logits end
     * 5.7e-3 apart (RMS 2.3e-3), still nearer its F16 set than its F32 set.
     */
    @Test
    void f16CacheLogitsFollowLlamaCppsF16Set() {
        List<Object> cases = Json.list(
                Json.object(SharedFolder.json("stories260K/logits.json")).get("cases"));
        int tight = 0;
        for (Object o : cases) {
            Map<String, Object> c = Json.object(o);
            int[] ids = tokenizer.encode((String) c.get("prompt"), true);
            // given an F16 cache; when the prompt runs as one batch
            float[] logits = model.forward(ids, 0, model.newKvCache(64, KvCacheType.F16), false);
            float[] refF16 = Json.floats(c.get("logits_kv_f16"));
            float[] refF32 = Json.floats(c.get("logits_kv_f32"));
            double max = LlamaModelTests.maxAbsDiff(logits, refF16);
            System.out.printf(
                    "F16 KV %s: max |diff| vs llama.cpp F16 set %.3g (RMS %.3g), vs its F32 set %.3g (RMS %.3g)%n",
                    c.get("prompt"),
                    max,
                    rms(logits, refF16),
                    LlamaModelTests.maxAbsDiff(logits, refF32),
                    rms(logits, refF32));
            // then the logits sit on the F16 set: well inside the sets' own 1.7e-2 gap, nearer it than the F32 set
            assertThat(max).as("max |diff| for %s", c.get("prompt")).isLessThan(1e-2);
            assertThat(rms(logits, refF16)).isLessThan(rms(logits, refF32));
            assertThat(org.jrag.engine.sampling.GreedySampler.argmax(logits))
                    .isEqualTo(((Double) c.get("argmax")).intValue());
            if (max < 5e-4) {
                tight++;
            }
        }
        // a half-precision rounding can fall either way when the JIT reorders a float sum, so which prompts land
        // tight varies between runs (two of three, usually); at least one always does
        assertThat(tight).as("prompts within 5e-4 of llama.cpp's F16 set").isGreaterThanOrEqualTo(1);
    }

    @Test
    void f32CacheIsTheDefaultAndStaysExact() {
        int[] ids = tokenizer.encode("Once upon a time", true);
        assertThat(model.newKvCache(8).type()).isEqualTo(KvCacheType.F32);
        float[] a = model.forward(ids, 0, model.newKvCache(8), false);
        float[] b = model.forward(ids, 0, model.newKvCache(8, KvCacheType.F32), false);
        assertThat(a).containsExactly(b);
    }

    private static double rms(float[] a, float[] b) {
        double ss = 0;
        for (int i = 0; i < a.length; i++) {
            ss += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(ss / a.length);
    }
}
