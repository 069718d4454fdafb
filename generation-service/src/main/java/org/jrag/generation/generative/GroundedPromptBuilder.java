package org.jrag.generation.generative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jrag.engine.chat.ChatMessage;
import org.jrag.engine.chat.ChatTemplate;
import org.jrag.generation.extractive.ConversationTurn;
import org.jrag.generation.extractive.Passage;
import org.jrag.generation.openai.ContextLengthExceededException;

/**
 * Builds the grounded prompt of a generative answer: the instruction as the system message, the earlier turns of the
 * conversation (if any) as the user and assistant messages they were, then one user message with the numbered passages
 * ({@code [1] title}, its text; best first, as retrieved) and the question, rendered with the model's chat template and
 * the assistant turn opened. A model without a chat template gets a plain completion format instead: the instruction,
 * a blank line, the conversation so far ({@code User:} / {@code Assistant:} lines), the same passages and question,
 * and {@code "Answer:"} to complete.
 *
 * <p>The prompt must leave {@code answerTokens} of the context for the answer, counted with the model's tokenizer
 * on the whole rendered prompt: the oldest turns of the conversation give way first, then the lowest-ranked passages;
 * when even the best passage alone does not fit, only as many of its first words as fit are kept.
 */
public final class GroundedPromptBuilder {

    /** The prompt was rendered with the model's chat template. */
    public static final String CHAT_TEMPLATE = "chat-template";

    /** The prompt is plain text for a model without a chat template. */
    public static final String PLAIN = "plain";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final String instruction;
    private final ChatTemplate template;
    private final Function<String, int[]> encoder;
    private final int contextLength;

    /**
     * @param instruction the system instruction
     * @param template the model's chat template, or null for the plain format
     * @param encoder the model's tokenizer (with BOS where the model wants it)
     * @param contextLength positions per sequence: prompt plus answer
     */
    public GroundedPromptBuilder(
            String instruction, ChatTemplate template, Function<String, int[]> encoder, int contextLength) {
        if (instruction == null || instruction.isBlank()) {
            throw new IllegalArgumentException("instruction must not be blank");
        }
        if (contextLength < 2) {
            throw new IllegalArgumentException("contextLength must be >= 2, got: " + contextLength);
        }
        this.instruction = instruction;
        this.template = template;
        this.encoder = encoder;
        this.contextLength = contextLength;
    }

    /**
     * The prompt with as many of {@code passages} (best first) as fit beside {@code answerTokens}.
     *
     * @throws IllegalArgumentException when there are no passages or {@code answerTokens < 1}
     * @throws ContextLengthExceededException when not even the instruction, the question and one word of the best
     *     passage fit
     */
    public GroundedPrompt build(String question, List<Passage> passages, int answerTokens) {
        return build(question, List.of(), passages, answerTokens);
    }

    /**
     * The prompt with as many of the latest turns of {@code history} (oldest first) and then of {@code passages}
     * (best first) as fit beside {@code answerTokens}.
     *
     * @throws IllegalArgumentException when there are no passages or {@code answerTokens < 1}
     * @throws ContextLengthExceededException when not even the instruction, the question and one word of the best
     *     passage fit
     */
    public GroundedPrompt build(
            String question, List<ConversationTurn> history, List<Passage> passages, int answerTokens) {
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("passages must not be empty");
        }
        if (answerTokens < 1) {
            throw new IllegalArgumentException("answerTokens must be >= 1, got: " + answerTokens);
        }
        int limit = contextLength - answerTokens;
        // 1. every passage with as much of the conversation as fits, from its latest turn back
        for (int from = 0; from < history.size(); from++) {
            List<ConversationTurn> turns = history.subList(from, history.size());
            String text = render(question, turns, passages);
            int[] tokens = encoder.apply(text);
            if (tokens.length <= limit) {
                return new GroundedPrompt(text, tokens, passages, 0, false, format(), turns.size(), from);
            }
        }
        int dropped = history.size();
        // 2. every passage, then one fewer from the bottom until the prompt fits
        for (int k = passages.size(); k >= 1; k--) {
            List<Passage> kept = passages.subList(0, k);
            String text = render(question, List.of(), kept);
            int[] tokens = encoder.apply(text);
            if (tokens.length <= limit) {
                return new GroundedPrompt(text, tokens, kept, passages.size() - k, false, format(), 0, dropped);
            }
        }
        // 3. the best passage alone is too long: keep the most of its first words that fit
        Passage best = passages.getFirst();
        String[] words = WHITESPACE.split(best.text().strip());
        int fitting = 0;
        GroundedPrompt prompt = null;
        int low = 1;
        int high = words.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Passage cut = new Passage(
                    best.documentId(), best.chunkId(), best.title(), String.join(" ", Arrays.copyOf(words, mid)));
            String text = render(question, List.of(), List.of(cut));
            int[] tokens = encoder.apply(text);
            if (tokens.length <= limit) {
                fitting = mid;
                prompt =
                        new GroundedPrompt(text, tokens, List.of(cut), passages.size() - 1, true, format(), 0, dropped);
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (fitting == 0) {
            Passage oneWord = new Passage(best.documentId(), best.chunkId(), best.title(), words[0]);
            int needed = encoder.apply(render(question, List.of(), List.of(oneWord))).length;
            throw new ContextLengthExceededException(needed, answerTokens, contextLength);
        }
        return prompt;
    }

    /** The prompt text for these turns and passages, the passages numbered from 1 in order. */
    String render(String question, List<ConversationTurn> history, List<Passage> passages) {
        String user = "Passages:\n\n" + numbered(passages) + "\n\nQuestion: " + question.strip();
        if (template == null) {
            var conversation = new StringBuilder();
            if (!history.isEmpty()) {
                conversation.append("Conversation so far:\n");
                for (ConversationTurn turn : history) {
                    conversation
                            .append(ConversationTurn.USER.equals(turn.role()) ? "User: " : "Assistant: ")
                            .append(turn.content().strip())
                            .append('\n');
                }
                conversation.append('\n');
            }
            return instruction + "\n\n" + conversation + user + "\nAnswer:";
        }
        var messages = new ArrayList<ChatMessage>(history.size() + 2);
        messages.add(ChatMessage.system(instruction));
        history.forEach(turn -> messages.add(turn.toChatMessage()));
        messages.add(ChatMessage.user(user));
        return template.render(messages, true);
    }

    private String format() {
        return template == null ? PLAIN : CHAT_TEMPLATE;
    }

    private static String numbered(List<Passage> passages) {
        List<String> blocks = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            String title =
                    p.title() == null || p.title().isBlank() ? "" : p.title().strip() + "\n";
            blocks.add("[" + (i + 1) + "] " + title + p.text().strip());
        }
        return String.join("\n\n", blocks);
    }
}
