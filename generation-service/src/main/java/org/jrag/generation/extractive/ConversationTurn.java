package org.jrag.generation.extractive;

import java.util.ArrayList;
import java.util.List;
import org.jrag.engine.chat.ChatMessage;
import org.jrag.generation.guard.GuardrailBlockedException;
import org.jrag.generation.guard.GuardrailOptions;
import org.jrag.generation.guard.Guardrails;
import org.jrag.generation.guard.Intervention;

/**
 * One earlier turn of the conversation a question follows up on.
 *
 * @param role {@value #USER} or {@value #ASSISTANT}
 * @param content what was said, not blank
 */
public record ConversationTurn(String role, String content) {

    public static final String USER = "user";
    public static final String ASSISTANT = "assistant";

    public ConversationTurn {
        if (!USER.equals(role) && !ASSISTANT.equals(role)) {
            throw new IllegalArgumentException("history roles must be " + USER + " or " + ASSISTANT + ", got: " + role);
        }
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("history turns must not be blank");
        }
    }

    public ChatMessage toChatMessage() {
        return USER.equals(role) ? ChatMessage.user(content) : ChatMessage.assistant(content);
    }

    /**
     * The history as the input rails leave it: every user turn checked as a question is (the client sends the
     * history, so it is input like the question), redactions applied; assistant turns as they are. Findings join
     * {@code interventions}, naming the turn.
     *
     * @throws GuardrailBlockedException when a rail blocks a user turn
     */
    public static List<ConversationTurn> checked(
            List<ConversationTurn> history,
            Guardrails guardrails,
            GuardrailOptions options,
            List<Intervention> interventions) {
        var checked = new ArrayList<ConversationTurn>(history.size());
        for (int i = 0; i < history.size(); i++) {
            ConversationTurn turn = history.get(i);
            checked.add(
                    USER.equals(turn.role())
                            ? new ConversationTurn(
                                    USER,
                                    guardrails.checkInput(
                                            turn.content(), options, " (in history turn " + i + ")", interventions))
                            : turn);
        }
        return checked;
    }

    /**
     * {@code question} read with the user's previous turn, so that a follow-up ("and how tall is it?") can be matched
     * against passages; the question alone when the history holds no user turn.
     */
    public static String inContext(String question, List<ConversationTurn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (USER.equals(history.get(i).role())) {
                return history.get(i).content().strip() + "\n" + question;
            }
        }
        return question;
    }
}
