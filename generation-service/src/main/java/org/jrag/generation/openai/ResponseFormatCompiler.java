package org.jrag.generation.openai;

import java.util.Set;
import org.jrag.engine.constrain.TokenConstraint;
import org.jrag.generation.model.ServedModel;

/** Turns a request's {@code response_format} into the engine's token constraint (structured output). */
@FunctionalInterface
public interface ResponseFormatCompiler {

    /**
     * @param endTokens the tokens that end this request's choices (allowed only once the output is complete)
     * @return the constraint for the first choice (others get {@link TokenConstraint#copy()}), or null for text
     * @throws InvalidParameterException when the format cannot be enforced
     */
    TokenConstraint compile(ResponseFormat format, ServedModel model, Set<Integer> endTokens);
}
