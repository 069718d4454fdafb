package org.jrag.generation.model;

/**
 * Whether the service serves a model: the engine endpoints answer with it, or with 503 and the reason; the
 * extractive mode works either way.
 */
public sealed interface ModelStatus extends AutoCloseable {

    /** A model is loaded and its engine runs. */
    record Serving(ServedModel model) implements ModelStatus {}

    /**
     * No model is served.
     *
     * @param reason one line: none configured, file not found, or why loading failed
     */
    record Unavailable(String reason) implements ModelStatus {}

    /** The served model, or a {@link ModelUnavailableException} with the reason. */
    default ServedModel require() {
        return switch (this) {
            case Serving(ServedModel model) -> model;
            case Unavailable(String reason) -> throw new ModelUnavailableException(reason);
        };
    }

    /** The served model when {@code requested} names it (blank names it too); else 404 or 503. */
    default ServedModel require(String requested) {
        ServedModel model = require();
        if (requested != null && !requested.isBlank() && !requested.equals(model.id())) {
            throw new UnknownModelException(requested, model.id());
        }
        return model;
    }

    /** One line for health details and logs. */
    default String describe() {
        return switch (this) {
            case Serving(ServedModel model) -> model.path() + " (loaded as '" + model.id() + "')";
            case Unavailable(String reason) -> reason;
        };
    }

    @Override
    default void close() throws Exception {
        if (this instanceof Serving(ServedModel model)) {
            model.close();
        }
    }
}
