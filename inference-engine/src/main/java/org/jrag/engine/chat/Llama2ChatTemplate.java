package org.jrag.engine.chat;

import java.util.List;

/**
 * The {@code [INST]} family (Llama 2 chat, Mistral Instruct), with llama.cpp's variant switches read from the
 * Jinja text: a {@code <<SYS>>} block for the system message (else it is prepended to the first user turn),
 * spaces around replies ({@code ' ' + eos_token}), BOS before each later {@code [INST]}, stripped contents.
 * The prompt starts after the leading BOS, which the tokenizer adds.
 */
public record Llama2ChatTemplate(
        boolean systemBlock,
        boolean spaceAroundResponse,
        boolean bosInsideHistory,
        boolean strip,
        String bos,
        String eos)
        implements ChatTemplate {

    @Override
    public String render(List<ChatMessage> messages, boolean addAssistantPrompt) {
        StringBuilder sb = new StringBuilder("[INST] ");
        boolean insideTurn = true;
        for (ChatMessage m : messages) {
            String content = strip ? m.content().strip() : m.content();
            if (!insideTurn) {
                insideTurn = true;
                sb.append(bosInsideHistory ? bos + "[INST] " : "[INST] ");
            }
            switch (m.role()) {
                case "system" -> {
                    if (systemBlock) {
                        sb.append("<<SYS>>\n").append(content).append("\n<</SYS>>\n\n");
                    } else {
                        sb.append(content).append('\n');
                    }
                }
                case "user" -> sb.append(content).append(" [/INST]");
                default -> {
                    String space = spaceAroundResponse ? " " : "";
                    sb.append(space).append(content).append(space).append(eos);
                    insideTurn = false;
                }
            }
        }
        // the reply follows "[/INST]" directly: there is no separate assistant header to add
        return sb.toString();
    }

    @Override
    public List<String> endOfTurn() {
        return List.of(eos);
    }
}
