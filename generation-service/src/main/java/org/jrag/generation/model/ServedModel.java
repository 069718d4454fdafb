package org.jrag.generation.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jrag.engine.chat.ChatTemplate;
import org.jrag.engine.serving.InferenceEngine;
import org.jrag.engine.tokenizer.Tokenizer;

/**
 * A loaded model and the engine that serves it: what the OpenAI endpoints need to turn a request into token
 * sequences and back. Owns the engine and the memory-mapped files; {@link #close()} releases them.
 *
 * @param id the name clients pass as {@code model}
 * @param path the GGUF file
 * @param created Unix seconds when it was loaded
 * @param tokenizer the model's tokenizer
 * @param chatTemplate the model's chat template, or null when it has none
 * @param noChatReason why chat completions are refused when {@code chatTemplate} is null, else null
 * @param contextLength positions per sequence (prompt + completion)
 * @param endOfText token ids that end any generation (EOS, EOT)
 * @param endOfTurn token ids that end an assistant turn in a chat (the template's, plus {@code endOfText})
 * @param engine the continuous-batching engine
 * @param warmup what the warm-up at startup ran ("off" when it ran none)
 * @param resources files to close after the engine
 */
public record ServedModel(
        String id,
        Path path,
        long created,
        Tokenizer tokenizer,
        ChatTemplate chatTemplate,
        String noChatReason,
        int contextLength,
        Set<Integer> endOfText,
        Set<Integer> endOfTurn,
        InferenceEngine engine,
        String warmup,
        List<AutoCloseable> resources)
        implements AutoCloseable {

    public ServedModel {
        if (contextLength < 2) {
            throw new IllegalArgumentException("contextLength must be >= 2, got: " + contextLength);
        }
        if ((chatTemplate == null) == (noChatReason == null)) {
            throw new IllegalArgumentException("exactly one of chatTemplate and noChatReason must be set");
        }
        endOfText = Set.copyOf(endOfText);
        endOfTurn = Set.copyOf(endOfTurn);
        resources = List.copyOf(resources);
    }

    /** The chat template, or a {@link NoChatTemplateException} saying why this model cannot chat. */
    public ChatTemplate requireChatTemplate() {
        if (chatTemplate == null) {
            throw new NoChatTemplateException(id, noChatReason);
        }
        return chatTemplate;
    }

    @Override
    public void close() throws Exception {
        engine.close();
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }
}
