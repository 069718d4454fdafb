package org.jrag.generation.model;

/** A chat completion asked of a model that has no chat template (completions still work). */
public final class NoChatTemplateException extends RuntimeException {

    public NoChatTemplateException(String model, String reason) {
        super("model '" + model + "' cannot answer chat completions: " + reason
                + "; use /v1/completions with a plain prompt");
    }
}
