package org.jrag.engine.tokenizer;

/** llama.cpp's token types ({@code tokenizer.ggml.token_type}). */
public enum TokenType {
    UNDEFINED,
    NORMAL,
    UNKNOWN,
    CONTROL,
    USER_DEFINED,
    UNUSED,
    BYTE;

    static TokenType fromId(int id) {
        TokenType[] all = values();
        return id >= 0 && id < all.length ? all[id] : UNDEFINED;
    }
}
