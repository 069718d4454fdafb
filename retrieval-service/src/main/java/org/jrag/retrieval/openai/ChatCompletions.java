package org.jrag.retrieval.openai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrag.retrieval.answer.AskEventRelay;
import org.jrag.retrieval.answer.AskResponse;
import org.jrag.retrieval.answer.Citation;
import org.jrag.retrieval.search.ChunkOrigin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A RAG answer in OpenAI's chat completion shapes: whole ({@code chat.completion}) or streamed
 * ({@code chat.completion.chunk} events ending with {@code data: [DONE]}, a problem as a last {@code data: {"error":
 * ...}} event). The answer's text is the message's content; its citations come in a top-level {@code citations} array
 * (as other search-backed chat APIs send them) and the rest of the answer (mode, guardrails, rewrite) in {@code rag}.
 * Usage counts the answer's model tokens (zero for an extractive answer, which no model wrote).
 */
final class ChatCompletions {

    private final String id;
    private final long created;
    private final String model;
    private final JsonMapper json;
    private final boolean sourcesInContent;

    /** @param sourcesInContent whether the cited sources follow the answer in the message's text */
    ChatCompletions(String id, long created, String model, boolean sourcesInContent, JsonMapper json) {
        this.id = id;
        this.created = created;
        this.model = model;
        this.sourcesInContent = sourcesInContent;
        this.json = json;
    }

    /** The whole answer as a {@code chat.completion}. */
    Map<String, Object> whole(AskResponse answer) {
        Map<String, Object> completion = head("chat.completion");
        var message = new LinkedHashMap<String, Object>();
        message.put("role", "assistant");
        message.put("content", answer.answer() + sources(answer));
        var choice = new LinkedHashMap<String, Object>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("finish_reason", finishReason(answer));
        completion.put("choices", List.of(choice));
        completion.put("usage", usage(answer));
        completion.put("citations", answer.citations());
        completion.put("rag", rag(answer));
        return completion;
    }

    /** The streamed answer's chunks. */
    AskEventRelay.Format stream(boolean includeUsage) {
        return new AskEventRelay.Format() {
            @Override
            public String opening() {
                return chunk(Map.of("role", "assistant", "content", ""), null);
            }

            @Override
            public String keepAlive() {
                return ": keep-alive\n\n";
            }

            @Override
            public String delta(String text) {
                return chunk(Map.of("content", text), null);
            }

            @Override
            public String answer(AskResponse answer) {
                String sources = sources(answer);
                String events = sources.isEmpty() ? "" : chunk(Map.of("content", sources), null);
                Map<String, Object> last = head("chat.completion.chunk");
                last.put("choices", List.of(choice(Map.of(), finishReason(answer))));
                last.put("citations", answer.citations());
                last.put("rag", rag(answer));
                events += data(last);
                if (includeUsage) {
                    Map<String, Object> usage = head("chat.completion.chunk");
                    usage.put("choices", List.of());
                    usage.put("usage", usage(answer));
                    events += data(usage);
                }
                return events + "data: [DONE]\n\n";
            }

            @Override
            public String error(JsonNode problem) {
                var error = new LinkedHashMap<String, Object>();
                error.put(
                        "message",
                        problem.path("detail").asString(problem.path("title").asString()));
                String type = problem.path("type").asString();
                error.put("type", type.substring(type.lastIndexOf('/') + 1));
                error.put("code", problem.path("status").asInt());
                return data(Map.of("error", error));
            }
        };
    }

    private String chunk(Map<String, Object> delta, String finishReason) {
        Map<String, Object> chunk = head("chat.completion.chunk");
        chunk.put("choices", List.of(choice(delta, finishReason)));
        return data(chunk);
    }

    private static Map<String, Object> choice(Map<String, Object> delta, String finishReason) {
        var choice = new LinkedHashMap<String, Object>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("finish_reason", finishReason);
        return choice;
    }

    private String data(Object event) {
        return "data: " + json.writeValueAsString(event) + "\n\n";
    }

    private Map<String, Object> head(String object) {
        var head = new LinkedHashMap<String, Object>();
        head.put("id", id);
        head.put("object", object);
        head.put("created", created);
        head.put("model", model);
        return head;
    }

    /**
     * The cited sources as text to follow the answer ({@code [k] title, page p (document d, chunk c) url}, one a line;
     * pages and url where known), when they are asked for and there are any; else empty.
     */
    private String sources(AskResponse answer) {
        if (!sourcesInContent || answer.citations().isEmpty()) {
            return "";
        }
        var text = new StringBuilder("\n\nSources:");
        for (int k = 0; k < answer.citations().size(); k++) {
            Citation citation = answer.citations().get(k);
            String title = citation.title() == null || citation.title().isBlank() ? "untitled" : citation.title();
            ChunkOrigin origin = citation.origin();
            List<Integer> pages = origin == null ? List.of() : origin.pages();
            text.append("\n[").append(k + 1).append("] ").append(title);
            if (pages.size() == 1) {
                text.append(", page ").append(pages.getFirst());
            } else if (!pages.isEmpty()) {
                text.append(", pages ").append(pages.getFirst()).append('-').append(pages.getLast());
            }
            text.append(" (document ")
                    .append(citation.documentId())
                    .append(", chunk ")
                    .append(citation.chunkId())
                    .append(')');
            if (origin != null && origin.url() != null) {
                text.append(' ').append(origin.url());
            }
        }
        return text.toString();
    }

    /** {@code length} when the model's token budget cut the answer, else {@code stop}. */
    private static String finishReason(AskResponse answer) {
        return answer.generation() != null
                        && "length"
                                .equals(answer.generation().path("finishReason").asString())
                ? "length"
                : "stop";
    }

    /** The model's tokens for this answer: none when it came from the answer cache (the model did not run). */
    private static Map<String, Object> usage(AskResponse answer) {
        JsonNode usage = answer.generation() == null || Boolean.TRUE.equals(answer.cached())
                ? null
                : answer.generation().get("usage");
        int prompt = usage == null ? 0 : usage.path("prompt_tokens").asInt();
        int completion = usage == null ? 0 : usage.path("completion_tokens").asInt();
        var counts = new LinkedHashMap<String, Object>();
        counts.put("prompt_tokens", prompt);
        counts.put("completion_tokens", completion);
        counts.put("total_tokens", prompt + completion);
        return counts;
    }

    /** What the answer says besides its text and citations; members it lacks are left out. */
    private static Map<String, Object> rag(AskResponse answer) {
        var rag = new LinkedHashMap<String, Object>();
        rag.put("mode", answer.mode());
        if (answer.reason() != null) {
            rag.put("reason", answer.reason());
        }
        if (answer.rewrite() != null) {
            rag.put("rewrite", answer.rewrite());
        }
        if (answer.guardrails() != null) {
            rag.put("guardrails", answer.guardrails());
        }
        if (answer.generation() != null) {
            rag.put("generation", answer.generation());
        }
        if (answer.answerId() != null) {
            rag.put("answerId", answer.answerId());
        }
        if (answer.cached() != null) {
            rag.put("cached", answer.cached());
        }
        return rag;
    }
}
