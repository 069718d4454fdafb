package org.jrag.generation.openai;

/** One prompt of a text completion: text to tokenize, or token ids as given. */
public sealed interface PromptInput {

    record Text(String text) implements PromptInput {}

    record Tokens(int[] ids) implements PromptInput {}
}
