package org.jrag.generation.openai;

import org.jrag.engine.tokenizer.Tokenizer;
import org.jrag.engine.tokenizer.Utf8StreamDecoder;

/**
 * A prompt as {@code echo} returns it: the text its tokens decode to (what the model read; a BOS shows nothing) and
 * where each token starts in it.
 *
 * @param ids the prompt's token ids
 * @param text the decoded text
 * @param offsets per token, its first character in {@code text}
 */
record PromptText(int[] ids, String text, int[] offsets) {

    static PromptText of(int[] ids, Tokenizer tokenizer) {
        Utf8StreamDecoder decoder = new Utf8StreamDecoder();
        StringBuilder text = new StringBuilder();
        int[] offsets = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            offsets[i] = text.length();
            text.append(decoder.accept(tokenizer.pieceBytes(ids[i], false)));
        }
        text.append(decoder.flush());
        return new PromptText(ids.clone(), text.toString(), offsets);
    }

    int offset(int position) {
        return offsets[position];
    }
}
