package org.jrag.engine.chat;

import java.util.List;

/** ChatML (Qwen, many fine-tunes): {@code <|im_start|>role\ncontent<|im_end|>\n}. */
public record ChatMlTemplate() implements ChatTemplate {
    @Override
    public String render(List<ChatMessage> messages, boolean addAssistantPrompt) {
        StringBuilder sb = new StringBuilder();
        for (ChatMessage m : messages) {
            sb.append("<|im_start|>")
                    .append(m.role())
                    .append('\n')
                    .append(m.content())
                    .append("<|im_end|>\n");
        }
        if (addAssistantPrompt) {
            sb.append("<|im_start|>assistant\n");
        }
        return sb.toString();
    }

    @Override
    public List<String> endOfTurn() {
        return List.of("<|im_end|>", "<|endoftext|>");
    }
}
