package org.jrag.generation.openai.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jrag.engine.chat.ChatMessage;
import org.jrag.engine.constrain.TokenConstraint;
import org.jrag.engine.constrain.TriggeredJsonConstraint;
import org.jrag.engine.tokenizer.Tokenizer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Llama 3.1+ JSON tool calling, as Meta's chat template writes it: {@code Environment: ipython} in the system turn,
 * the function definitions and the answer format at the start of the first user turn, a call as the whole
 * assistant turn, {@code {"name": ..., "parameters": {...}}}, and each result in an {@code ipython} turn.
 */
record Llama3ToolFormat() implements ToolFormat {

    static final String ENVIRONMENT = "Environment: ipython";

    static final String INSTRUCTIONS = "Given the following functions, please respond with a JSON for a function call"
            + " with its proper arguments that best answers the given prompt.\n\n"
            + "Respond in the format {\"name\": function name, \"parameters\": dictionary of argument name and its"
            + " value}. Do not use variables.\n\n";

    /** The token a Llama 3.1 call may start with (meant for built-in tools, seen before JSON calls too). */
    private static final String PYTHON_TAG = "<|python_tag|>";

    @Override
    public List<ChatMessage> render(List<Turn> turns, List<ToolDefinition> tools) {
        List<ChatMessage> out = new ArrayList<>();
        for (Turn turn : turns) {
            out.add(
                    switch (turn) {
                        case Turn.Message(ChatMessage m) -> m;
                        case Turn.Calls(String content, List<ToolCall> calls) ->
                            ChatMessage.assistant(String.join(
                                    "\n",
                                    calls.stream()
                                            .map(c -> "{\"name\": \"" + c.name() + "\", \"parameters\": "
                                                    + c.arguments() + "}")
                                            .toList()));
                        case Turn.Result(String id, String content) -> new ChatMessage("ipython", content);
                    });
        }
        if (tools.isEmpty()) {
            return out;
        }
        // the environment line opens the system turn, the definitions the first user turn
        if (!out.isEmpty() && out.getFirst().role().equals("system")) {
            out.set(0, ChatMessage.system(ENVIRONMENT + "\n\n" + out.getFirst().content()));
        } else {
            out.addFirst(ChatMessage.system(ENVIRONMENT));
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).role().equals("user")) {
                out.set(i, ChatMessage.user(definitions(tools) + out.get(i).content()));
                return out;
            }
        }
        out.add(ChatMessage.user(definitions(tools).strip()));
        return out;
    }

    private static String definitions(List<ToolDefinition> tools) {
        StringBuilder text = new StringBuilder(INSTRUCTIONS);
        for (ToolDefinition tool : tools) {
            text.append(JsonMapper.shared().writer().withDefaultPrettyPrinter().writeValueAsString(tool.asTool()))
                    .append("\n\n");
        }
        return text.toString();
    }

    @Override
    public String argumentsKey() {
        return "parameters";
    }

    @Override
    public TokenConstraint lazyConstraint(String callSchema, Tokenizer tokenizer, Set<Integer> endTokens) {
        return TriggeredJsonConstraint.atOpeningBrace(callSchema, tokenizer, endTokens);
    }

    @Override
    public String forcedPrefix() {
        return "";
    }

    /** Calls only when the whole reply is calls: JSON objects one after another (white space or {@code ;} between). */
    @Override
    public ToolReply parse(String text, List<ToolDefinition> tools) {
        String body = text.strip();
        if (body.startsWith(PYTHON_TAG)) {
            body = body.substring(PYTHON_TAG.length()).strip();
        }
        if (!body.startsWith("{")) {
            return ToolReply.content(text);
        }
        List<ToolCall> calls = new ArrayList<>();
        try (MappingIterator<JsonNode> values =
                JsonMapper.shared().readerFor(JsonNode.class).readValues(body.replace("};", "}\n"))) {
            while (values.hasNextValue()) {
                var call = CallJson.call(values.nextValue(), argumentsKey(), tools);
                if (call.isEmpty()) {
                    return ToolReply.content(text);
                }
                calls.add(call.get());
            }
        } catch (JacksonException e) {
            return ToolReply.content(text);
        }
        return calls.isEmpty() ? ToolReply.content(text) : new ToolReply(null, calls);
    }

    /** All of it once it starts with anything but a call's opening ({@code {} or the python tag); else nothing. */
    @Override
    public int sendable(String text) {
        String body = text.stripLeading();
        if (body.isEmpty() || body.startsWith("{") || PYTHON_TAG.startsWith(body) || body.startsWith(PYTHON_TAG)) {
            return 0;
        }
        return text.length();
    }
}
