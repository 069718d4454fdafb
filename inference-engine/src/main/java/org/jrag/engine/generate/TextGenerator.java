package org.jrag.engine.generate;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jrag.engine.model.KvCache;
import org.jrag.engine.model.LlamaModel;
import org.jrag.engine.sampling.TokenSampler;
import org.jrag.engine.tokenizer.Tokenizer;
import org.jrag.engine.tokenizer.Utf8StreamDecoder;

/**
 * Generation as text: streams decoded text (whole UTF-8 characters only) and ends at the first stop string,
 * which is matched on the decoded text across token boundaries and never appears in the output.
 */
public final class TextGenerator {
    private final Generator generator;
    private final Tokenizer tokenizer;

    public TextGenerator(LlamaModel model, Tokenizer tokenizer) {
        this.generator = new Generator(model);
        this.tokenizer = tokenizer;
    }

    /**
     * @param stopStrings texts that end generation (may be empty)
     * @param onText receives each piece of text as soon as it is safe to show
     */
    public TextGeneration generate(
            int[] prompt,
            int maxTokens,
            KvCache cache,
            TokenSampler sampler,
            Set<Integer> stopTokens,
            List<String> stopStrings,
            Consumer<String> onText) {
        Utf8StreamDecoder decoder = new Utf8StreamDecoder();
        StopStringMatcher matcher = new StopStringMatcher(stopStrings);
        StringBuilder text = new StringBuilder();
        Generation g = generator.generate(prompt, maxTokens, cache, sampler, stopTokens, token -> {
            emit(matcher.accept(decoder.accept(tokenizer.pieceBytes(token, false))), text, onText);
            return !matcher.stopped();
        });
        if (!matcher.stopped()) {
            emit(matcher.accept(decoder.flush()), text, onText);
            emit(matcher.flush(), text, onText);
        }
        return new TextGeneration(text.toString(), g);
    }

    private static void emit(String piece, StringBuilder text, Consumer<String> onText) {
        if (!piece.isEmpty()) {
            text.append(piece);
            onText.accept(piece);
        }
    }
}
