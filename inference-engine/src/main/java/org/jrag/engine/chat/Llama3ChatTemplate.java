package org.jrag.engine.chat;

import java.util.List;

/** Llama 3: {@code <|start_header_id|>role<|end_header_id|>\n\ncontent<|eot_id|>}, content trimmed. */
public record Llama3ChatTemplate() implements ChatTemplate {
    @Override
    public String render(List<ChatMessage> messages, boolean addAssistantPrompt) {
        StringBuilder sb = new StringBuilder();
        for (ChatMessage m : messages) {
            sb.append("<|start_header_id|>")
                    .append(m.role())
                    .append("<|end_header_id|>\n\n")
                    .append(m.content().strip())
                    .append("<|eot_id|>");
        }
        if (addAssistantPrompt) {
            sb.append("<|start_header_id|>assistant<|end_header_id|>\n\n");
        }
        return sb.toString();
    }

    @Override
    public List<String> endOfTurn() {
        return List.of("<|eot_id|>", "<|end_of_text|>");
    }
}
