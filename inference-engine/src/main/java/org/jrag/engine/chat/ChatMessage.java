package org.jrag.engine.chat;

import java.util.Objects;

/** One turn of a conversation: role ({@code system}, {@code user}, {@code assistant}) and its text. */
public record ChatMessage(String role, String content) {
    public ChatMessage {
        Objects.requireNonNull(content, "content");
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("role must not be blank, got: " + role);
        }
    }

    public static ChatMessage system(String content) {
        return new ChatMessage("system", content);
    }

    public static ChatMessage user(String content) {
        return new ChatMessage("user", content);
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage("assistant", content);
    }
}
