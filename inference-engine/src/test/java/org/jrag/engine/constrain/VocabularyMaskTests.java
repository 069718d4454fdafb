package org.jrag.engine.constrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jrag.engine.tokenizer.HfTokenizerJson;
import org.jrag.engine.tokenizer.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mask over a real large vocabulary (Llama 3: 128,256 tokens): it agrees with checking every token alone, in
 * states where few and where almost all tokens fit, and it reports its time per mask.
 */
class VocabularyMaskTests {
    @TempDir
    static Path dir;

    @Test
    void llama3MaskAgreesWithTokenByTokenCheck() {
        Tokenizer llama3 =
                Tokenizer.from(HfTokenizerJson.unpack("llama3", dir).toGguf("llama-bpe", 128000, 128001, null));
        check("llama3", llama3, Set.of(128001, 128009));
    }

    private static void check(String name, Tokenizer tokenizer, Set<Integer> ends) {
        long t0 = System.nanoTime();
        JsonSchemaConstraint start = JsonSchemaConstraint.compile(JsonSchemaConstraintTests.STORY, tokenizer, ends);
        double compileMs = (System.nanoTime() - t0) / 1e6;
        Map<String, JsonSchemaConstraint> states = new LinkedHashMap<>();
        states.put("start", start);
        states.put("string", after(start, tokenizer, "{\"name\": \"Li"));
        states.put("integer", after(start, tokenizer, "{\"name\": \"Lily\", \"age\": 1"));
        states.put("key", after(start, tokenizer, "{\"name\": \"Lily\", \"age\": 12,"));
        JsonSchemaConstraint any = JsonSchemaConstraint.anyObject(tokenizer, ends);
        states.put("free value", after(any, tokenizer, "{\"a\": [1, {\"b\": "));
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, JsonSchemaConstraint> e : states.entrySet()) {
            JsonSchemaConstraint c = e.getValue();
            boolean[] allowed = c.allowed();
            // then the trie walk equals stepping every token's bytes from the state on its own
            assertThat(allowed).as(e.getKey()).containsExactly(naive(c, tokenizer));
            int count = 0;
            for (boolean a : allowed) {
                count += a ? 1 : 0;
            }
            assertThat(count).as(e.getKey()).isPositive();
            double[] ms = maskMillis(c, allowed.length);
            report.append("%s %.2f ms median / %.2f ms min (%d allowed), ".formatted(e.getKey(), ms[0], ms[1], count));
        }
        System.out.printf(
                "mask time per step, %s (%d tokens, %d trie nodes): %sfirst compile with trie %.0f ms%n",
                name, tokenizer.vocabulary().size(), start.trieNodes(), report, compileMs);
    }

    private static JsonSchemaConstraint after(JsonSchemaConstraint c, Tokenizer tokenizer, String text) {
        JsonSchemaConstraint copy = c.copy();
        for (int t : tokenizer.encode(text, false)) {
            copy.accept(t);
        }
        return copy;
    }

    private static boolean[] naive(JsonSchemaConstraint c, Tokenizer tokenizer) {
        boolean[] allowed = new boolean[tokenizer.vocabulary().size()];
        for (int id = 0; id < allowed.length; id++) {
            allowed[id] = c.allows(id);
        }
        return allowed;
    }

    /** Median and minimum of masks after warm-up; informational (the machine is shared), not asserted. */
    private static double[] maskMillis(JsonSchemaConstraint c, int vocab) {
        float[] logits = new float[vocab];
        double[] times = new double[21];
        for (int i = -10; i < times.length; i++) {
            long t0 = System.nanoTime();
            c.mask(logits);
            if (i >= 0) {
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(times);
        return new double[] {times[times.length / 2], times[0]};
    }
}
