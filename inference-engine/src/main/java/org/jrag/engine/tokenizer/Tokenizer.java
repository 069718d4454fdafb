package org.jrag.engine.tokenizer;

/** Turns text into model token ids and ids back into bytes. */
public interface Tokenizer {
    /** Token ids of {@code text}; special-token texts (e.g. {@code <s>}) in the text become their ids. */
    int[] encode(String text, boolean addBos);

    /** The bytes a token stands for (UTF-8 fragments; byte tokens are single bytes); control tokens are empty unless {@code special}. */
    byte[] pieceBytes(int token, boolean special);

    Vocabulary vocabulary();
}
