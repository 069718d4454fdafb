package org.jrag.generation.openai;

/** A request parameter out of range or of the wrong shape; answered with 400 naming the parameter. */
public final class InvalidParameterException extends IllegalArgumentException {

    private final String param;

    public InvalidParameterException(String param, String message) {
        super(message);
        this.param = param;
    }

    /** The OpenAI name of the offending parameter, e.g. {@code top_p} or {@code messages[1].role}. */
    public String param() {
        return param;
    }
}
