package org.jrag.generation.guard;

import java.util.ArrayList;
import java.util.function.ToIntFunction;

/**
 * Refuses input longer than a limit in characters (Unicode code points) and/or in tokens, so that one request cannot
 * fill the context or tie up the embedder and the model. Tokens are counted by the given function, e.g. a model's
 * tokenizer; the character limit is checked first because it costs nothing.
 */
public final class MaxInputLengthRail implements InputRail {

    private final ToIntFunction<String> tokenCounter;

    /** @param tokenCounter counts the tokens of a text; called only when a token limit is set */
    public MaxInputLengthRail(ToIntFunction<String> tokenCounter) {
        if (tokenCounter == null) {
            throw new IllegalArgumentException("tokenCounter must not be null");
        }
        this.tokenCounter = tokenCounter;
    }

    @Override
    public RailResult check(String input, GuardrailOptions options) {
        Action mode = options.mode(Rail.MAX_INPUT_LENGTH);
        if (mode == Action.ALLOW) {
            return RailResult.allow(input);
        }
        var interventions = new ArrayList<Intervention>(2);
        int chars = input.codePointCount(0, input.length());
        if (options.maxInputChars() > 0 && chars > options.maxInputChars()) {
            interventions.add(new Intervention(
                    Rail.MAX_INPUT_LENGTH,
                    mode,
                    "input has " + chars + " characters, more than the limit of " + options.maxInputChars(),
                    input.offsetByCodePoints(0, options.maxInputChars()),
                    input.length()));
        }
        if (options.maxInputTokens() > 0) {
            int tokens = tokenCounter.applyAsInt(input);
            if (tokens > options.maxInputTokens()) {
                interventions.add(new Intervention(
                        Rail.MAX_INPUT_LENGTH,
                        mode,
                        "input has " + tokens + " tokens, more than the limit of " + options.maxInputTokens(),
                        0,
                        input.length()));
            }
        }
        return new RailResult(input, interventions);
    }
}
