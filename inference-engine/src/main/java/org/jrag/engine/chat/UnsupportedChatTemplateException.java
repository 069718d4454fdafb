package org.jrag.engine.chat;

/** The model's chat template belongs to no family this engine can render (or the model has none). */
public final class UnsupportedChatTemplateException extends RuntimeException {
    public UnsupportedChatTemplateException(String message) {
        super(message);
    }
}
