package org.jrag.generation.openai;

import org.jrag.engine.constrain.TokenConstraint;
import org.jrag.generation.model.ServedModel;

/** Turns a request's {@code response_format} into the engine's token constraint (structured output). */
@FunctionalInterface
public interface ResponseFormatCompiler {

    /**
     * @return the constraint for the first choice (others get {@link TokenConstraint#copy()}), or null for text
     * @throws InvalidParameterException when the format cannot be enforced
     */
    TokenConstraint compile(ResponseFormat format, ServedModel model);
}
