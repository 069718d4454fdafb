package org.jrag.engine.chat;

import java.util.List;
import org.jrag.engine.gguf.GgufMetadata;
import org.jrag.engine.tokenizer.Vocabulary;

/**
 * Renders a conversation into the prompt text a chat model was trained on. The text holds special-token
 * markers ({@code <|im_start|>} ...) that the tokenizer turns into their ids; BOS is not included (the tokenizer
 * adds it when the vocabulary asks for it).
 */
public sealed interface ChatTemplate
        permits Llama3ChatTemplate, ChatMlTemplate, Llama2ChatTemplate, ZephyrChatTemplate {

    /**
     * @param addAssistantPrompt end with the opening of an assistant turn, so that generation writes the reply
     */
    String render(List<ChatMessage> messages, boolean addAssistantPrompt);

    /** Token texts that end an assistant turn; generation stops on any of them. */
    List<String> endOfTurn();

    /** The template of a GGUF file's {@code tokenizer.chat_template}, BOS/EOS texts taken from its vocabulary. */
    static ChatTemplate from(GgufMetadata metadata, Vocabulary vocab) {
        String jinja = metadata.findString("tokenizer.chat_template")
                .orElseThrow(() -> new UnsupportedChatTemplateException(
                        "the model has no tokenizer.chat_template; it is not a chat model"));
        String bos = vocab.bosId() >= 0 ? vocab.token(vocab.bosId()) : "<s>";
        String eos = vocab.eosId() >= 0 ? vocab.token(vocab.eosId()) : "</s>";
        return recognise(jinja, bos, eos);
    }

    /**
     * Recognises the family of a Jinja chat template by its markers (llama.cpp's detection order: ChatML, then
     * Llama 3, then the {@code [INST]} family, then Zephyr).
     *
     * @throws UnsupportedChatTemplateException naming the supported families and quoting the template's start
     */
    static ChatTemplate recognise(String jinja, String bos, String eos) {
        if (jinja.contains("<|im_start|>")) {
            return new ChatMlTemplate();
        }
        if (jinja.contains("<|start_header_id|>") && jinja.contains("<|end_header_id|>")) {
            return new Llama3ChatTemplate();
        }
        if (jinja.contains("[INST]")) {
            return new Llama2ChatTemplate(
                    jinja.contains("<<SYS>>"),
                    jinja.contains("' ' + eos_token"),
                    jinja.contains("bos_token + '[INST]"),
                    jinja.contains("content.strip()"),
                    bos,
                    eos);
        }
        if (jinja.contains("<|user|>") && jinja.contains("<|assistant|>") && !jinja.contains("<|end|>")) {
            return new ZephyrChatTemplate(eos);
        }
        String start = jinja.length() > 80 ? jinja.substring(0, 80) + "..." : jinja;
        throw new UnsupportedChatTemplateException("unrecognised chat template (supported: Llama 3 with"
                + " <|start_header_id|>, ChatML with <|im_start|>, Llama 2 / Mistral with [INST], Zephyr with"
                + " <|user|>): " + start.replace("\n", "\\n"));
    }
}
