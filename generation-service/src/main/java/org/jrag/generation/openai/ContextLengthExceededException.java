package org.jrag.generation.openai;

/** The prompt, or the prompt plus {@code max_tokens}, does not fit the served context; answered with 400. */
public final class ContextLengthExceededException extends RuntimeException {

    private final int promptTokens;
    private final int maxTokens;
    private final int contextLength;

    public ContextLengthExceededException(int promptTokens, int maxTokens, int contextLength) {
        super(
                maxTokens == 0
                        ? "the prompt has " + promptTokens + " tokens, which fills the model's context length of "
                                + contextLength + " tokens with no room for a completion"
                        : "the prompt has " + promptTokens + " tokens and max_tokens is " + maxTokens + ": "
                                + (promptTokens + maxTokens) + " tokens exceed the model's context length of "
                                + contextLength + " tokens");
        this.promptTokens = promptTokens;
        this.maxTokens = maxTokens;
        this.contextLength = contextLength;
    }

    public int promptTokens() {
        return promptTokens;
    }

    /** The requested {@code max_tokens}, or 0 when the prompt alone is too long. */
    public int maxTokens() {
        return maxTokens;
    }

    public int contextLength() {
        return contextLength;
    }
}
