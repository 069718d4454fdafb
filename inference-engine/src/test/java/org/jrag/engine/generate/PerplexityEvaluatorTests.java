package org.jrag.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.model.LlamaModel;
import org.jrag.engine.reference.Json;
import org.jrag.engine.reference.SharedFolder;
import org.jrag.engine.tokenizer.SentencePieceTokenizer;
import org.jrag.engine.tokenizer.Vocabulary;
import org.junit.jupiter.api.Test;

class PerplexityEvaluatorTests {
    @Test
    void matchesLlamaPerplexityOnTinyStoriesAtContext128() throws IOException {
        // given llama-perplexity's F32-KV run: tinystories_excerpt.txt, n_ctx 128
        Map<String, Object> run = referenceRun("tinystories_excerpt.txt", 128);
        String text = Files.readString(SharedFolder.reference("stories260K/tinystories_excerpt.txt"));
        try (GgufFile file = GgufFile.open(SharedFolder.stories260K())) {
            LlamaModel model = LlamaModel.load(file);
            SentencePieceTokenizer tokenizer = new SentencePieceTokenizer(Vocabulary.from(file.metadata()));
            int[] tokens = tokenizer.encode(text, true);
            assertThat(tokens).hasSize(9782);
            // when
            PerplexityResult r = new PerplexityEvaluator(model).evaluate(tokens, 128, 1);
            // then: same chunking, PPL within 1% (llama.cpp prints 4 decimals)
            assertThat(r.chunks()).isEqualTo(((Double) run.get("n_chunks")).intValue());
            assertThat(r.scoredTokens()).isEqualTo(((Double) run.get("scored_tokens")).intValue());
            double expected = (Double) run.get("ppl");
            System.out.printf(
                    "stories260K PPL (tinystories, n_ctx 128): %.4f vs llama.cpp %.4f%n", r.perplexity(), expected);
            assertThat(r.perplexity()).isCloseTo(expected, within(expected * 0.01));
            float[] running = Json.floats(run.get("running_ppl_per_chunk"));
            assertThat(r.runningPerplexity()[0]).isCloseTo(running[0], within(running[0] * 0.01));
        }
    }

    private static Map<String, Object> referenceRun(String textFile, int nCtx) {
        List<Object> runs = Json.list(
                Json.object(SharedFolder.json("stories260K/perplexity.json")).get("runs"));
        for (Object o : runs) {
            Map<String, Object> r = Json.object(o);
            if (textFile.equals(r.get("text_file"))
                    && ((Double) r.get("n_ctx")).intValue() == nCtx
                    && "f32".equals(r.get("kv_cache_type"))) {
                return r;
            }
        }
        throw new IllegalStateException("no reference run for " + textFile + " n_ctx " + nCtx);
    }
}
