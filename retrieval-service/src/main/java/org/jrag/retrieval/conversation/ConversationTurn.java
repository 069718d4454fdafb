package org.jrag.retrieval.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * One earlier turn of the conversation a question follows up on.
 *
 * @param role {@code user} or {@code assistant}
 * @param content what was said
 */
public record ConversationTurn(
        @Pattern(regexp = "user|assistant", message = "history roles must be user or assistant")
        String role,

        @NotBlank(message = "history turns must not be blank")
        String content) {

    public static final String USER = "user";
}
