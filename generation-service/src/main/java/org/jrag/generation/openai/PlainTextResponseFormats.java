package org.jrag.generation.openai;

import org.jrag.engine.constrain.TokenConstraint;
import org.jrag.generation.model.ServedModel;

/**
 * The response formats this build can enforce without a grammar: plain text only. JSON formats are refused with
 * 400 rather than answered with unconstrained text that might not parse.
 */
final class PlainTextResponseFormats implements ResponseFormatCompiler {

    @Override
    public TokenConstraint compile(ResponseFormat format, ServedModel model) {
        if (format == null || format.isText()) {
            return null;
        }
        throw new InvalidParameterException(
                "response_format",
                "response_format " + format.type() + " needs constrained decoding, which this build does not have");
    }
}
