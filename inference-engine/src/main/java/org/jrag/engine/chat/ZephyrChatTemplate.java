package org.jrag.engine.chat;

import java.util.List;

/** Zephyr: {@code <|role|>\ncontent</s>\n}, the reply opened by {@code <|assistant|>\n}. */
public record ZephyrChatTemplate(String eos) implements ChatTemplate {
    @Override
    public String render(List<ChatMessage> messages, boolean addAssistantPrompt) {
        StringBuilder sb = new StringBuilder();
        for (ChatMessage m : messages) {
            sb.append("<|")
                    .append(m.role())
                    .append("|>\n")
                    .append(m.content())
                    .append(eos)
                    .append('\n');
        }
        if (addAssistantPrompt) {
            sb.append("<|assistant|>\n");
        }
        return sb.toString();
    }

    @Override
    public List<String> endOfTurn() {
        return List.of(eos);
    }
}
