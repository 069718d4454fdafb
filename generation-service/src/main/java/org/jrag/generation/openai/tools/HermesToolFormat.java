package org.jrag.generation.openai.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jrag.engine.chat.ChatMessage;
import org.jrag.engine.constrain.TokenConstraint;
import org.jrag.engine.constrain.TriggeredJsonConstraint;
import org.jrag.engine.tokenizer.Tokenizer;

/**
 * Hermes-style tool calling, as Qwen 2.5's ChatML template writes it: the function definitions in {@code <tools>}
 * tags at the end of the system turn, each call in {@code <tool_call>} tags after the assistant's text, {@code
 * {"name": ..., "arguments": {...}}}, and consecutive results in one user turn, each in {@code <tool_response>}
 * tags.
 */
record HermesToolFormat() implements ToolFormat {

    static final String OPEN = "<tool_call>";
    static final String CLOSE = "</tool_call>";

    static final String INSTRUCTIONS =
            "# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
                    + "You are provided with function signatures within <tools></tools> XML tags:\n<tools>";

    static final String FORMAT = "\n</tools>\n\nFor each function call, return a json object with function name and"
            + " arguments within <tool_call></tool_call> XML tags:\n<tool_call>\n{\"name\": <function-name>,"
            + " \"arguments\": <args-json-object>}\n</tool_call>";

    @Override
    public List<ChatMessage> render(List<Turn> turns, List<ToolDefinition> tools) {
        List<ChatMessage> out = new ArrayList<>();
        List<String> results = new ArrayList<>();
        for (Turn turn : turns) {
            if (turn instanceof Turn.Result(String id, String content)) {
                results.add("<tool_response>\n" + content + "\n</tool_response>");
                continue;
            }
            if (!results.isEmpty()) {
                out.add(ChatMessage.user(String.join("\n", results)));
                results.clear();
            }
            out.add(
                    switch (turn) {
                        case Turn.Message(ChatMessage m) -> m;
                        case Turn.Calls(String content, List<ToolCall> calls) ->
                            ChatMessage.assistant(written(content, calls));
                        case Turn.Result r -> throw new IllegalStateException("results are gathered above");
                    });
        }
        if (!results.isEmpty()) {
            out.add(ChatMessage.user(String.join("\n", results)));
        }
        if (tools.isEmpty()) {
            return out;
        }
        // the definitions close the system turn
        if (!out.isEmpty() && out.getFirst().role().equals("system")) {
            out.set(0, ChatMessage.system(out.getFirst().content() + "\n\n" + definitions(tools)));
        } else {
            out.addFirst(ChatMessage.system(definitions(tools)));
        }
        return out;
    }

    /** An assistant turn's text, then each call in its tags. */
    private static String written(String content, List<ToolCall> calls) {
        StringBuilder text = new StringBuilder(content);
        for (ToolCall call : calls) {
            text.append(text.isEmpty() ? "" : "\n")
                    .append(OPEN)
                    .append("\n{\"name\": \"")
                    .append(call.name())
                    .append("\", \"arguments\": ")
                    .append(call.arguments())
                    .append("}\n")
                    .append(CLOSE);
        }
        return text.toString();
    }

    private static String definitions(List<ToolDefinition> tools) {
        StringBuilder text = new StringBuilder(INSTRUCTIONS);
        for (ToolDefinition tool : tools) {
            text.append('\n').append(tool.asTool().toString());
        }
        return text.append(FORMAT).toString();
    }

    @Override
    public String argumentsKey() {
        return "arguments";
    }

    @Override
    public TokenConstraint lazyConstraint(String callSchema, Tokenizer tokenizer, Set<Integer> endTokens) {
        return TriggeredJsonConstraint.afterText(OPEN, callSchema, tokenizer, endTokens);
    }

    @Override
    public String forcedPrefix() {
        return OPEN + "\n";
    }

    /** The text before the first {@code <tool_call>}, then each tagged call (the last one's closing tag may be cut). */
    @Override
    public ToolReply parse(String text, List<ToolDefinition> tools) {
        int first = text.indexOf(OPEN);
        if (first < 0) {
            return ToolReply.content(text);
        }
        List<ToolCall> calls = new ArrayList<>();
        int at = first;
        while (at >= 0) {
            int start = at + OPEN.length();
            int end = text.indexOf(CLOSE, start);
            var call = CallJson.read(text.substring(start, end < 0 ? text.length() : end), argumentsKey(), tools);
            if (call.isEmpty()) {
                return ToolReply.content(text);
            }
            calls.add(call.get());
            if (end < 0) {
                break;
            }
            int next = text.indexOf(OPEN, end + CLOSE.length());
            if (next < 0 && !text.substring(end + CLOSE.length()).isBlank()) {
                return ToolReply.content(text); // text after the calls: not a reply of calls
            }
            at = next;
        }
        String content = text.substring(0, first).strip();
        return new ToolReply(content.isEmpty() ? null : content, calls);
    }

    /** Up to a {@code <tool_call>} tag, or to a tail that could still become one. */
    @Override
    public int sendable(String text) {
        int open = text.indexOf(OPEN);
        if (open >= 0) {
            return open;
        }
        for (int keep = Math.min(OPEN.length() - 1, text.length()); keep > 0; keep--) {
            if (OPEN.startsWith(text.substring(text.length() - keep))) {
                return text.length() - keep;
            }
        }
        return text.length();
    }
}
