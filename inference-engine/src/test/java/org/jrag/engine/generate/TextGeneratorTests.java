package org.jrag.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.model.LlamaModel;
import org.jrag.engine.reference.SharedFolder;
import org.jrag.engine.sampling.GreedySampler;
import org.jrag.engine.tokenizer.Tokenizer;
import org.junit.jupiter.api.Test;

class TextGeneratorTests {
    @Test
    void stopsAtAStopStringThatSpansTokensAndTrimsIt() {
        try (GgufFile file = GgufFile.open(SharedFolder.stories260K())) {
            LlamaModel model = LlamaModel.load(file);
            Tokenizer tokenizer = Tokenizer.from(file.metadata());
            int[] prompt = tokenizer.encode("Once upon a time", true);
            StringBuilder streamed = new StringBuilder();
            // greedy continuation: ", there was a little girl named Lily." ("ittle gi" spans " little" and " girl")
            TextGeneration g = new TextGenerator(model, tokenizer)
                    .generate(
                            prompt,
                            40,
                            model.newKvCache(64),
                            new GreedySampler(),
                            Set.of(2),
                            List.of("ittle gi"),
                            streamed::append);
            assertThat(g.text()).isEqualTo(", there was a l");
            assertThat(streamed.toString()).isEqualTo(g.text());
            assertThat(g.generation().stopReason()).isEqualTo(StopReason.STOP_STRING);
            assertThat(tokenizer.decode(g.generation().tokens())).startsWith(", there was a little gi");
        }
    }
}
