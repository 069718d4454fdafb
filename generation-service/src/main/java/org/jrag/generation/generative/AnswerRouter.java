package org.jrag.generation.generative;

import org.jrag.generation.extractive.Answer;
import org.jrag.generation.extractive.AnswerRequest;
import org.jrag.generation.extractive.GuardedAnswerService;
import org.jrag.generation.model.ModelStatus;
import org.jrag.generation.model.ServedModel;

/**
 * Picks the answer mode of a request. {@code extractive} quotes the passages, model or not. {@code generative} needs
 * a served model (503 without one) and uses its chat template, or the plain completion format when it has none.
 * {@code auto}, the default, is generative when a model with a chat template is served and otherwise extractive,
 * saying why in the answer's {@code reason}: a model without a chat template was not trained to follow an
 * instruction, so quoting is the better answer there.
 */
public final class AnswerRouter {

    private final GuardedAnswerService extractive;
    private final GenerativeAnswerService generative;
    private final ModelStatus status;

    public AnswerRouter(GuardedAnswerService extractive, GenerativeAnswerService generative, ModelStatus status) {
        this.extractive = extractive;
        this.generative = generative;
        this.status = status;
    }

    /** Where a request's answer comes from. */
    public sealed interface Route {

        /** Quoted from the passages; {@code reason} says why when the mode was auto, else null. */
        record Extractive(String reason) implements Route {}

        /** Written by the served model. */
        record Generative(ServedModel model) implements Route {}
    }

    /** An {@link Answer} or a {@link GenerativeAnswer}, as the mode decides. */
    public Object answer(AnswerRequest request) throws InterruptedException {
        return switch (route(request)) {
            case Route.Extractive(String reason) -> extractive(request, reason);
            case Route.Generative(ServedModel model) -> generative.answer(request, model);
        };
    }

    /**
     * The route of the request's mode.
     *
     * @throws org.jrag.generation.model.ModelUnavailableException when a generative answer is asked for and no model
     *     is loaded
     */
    public Route route(AnswerRequest request) {
        return switch (request.answerMode()) {
            case EXTRACTIVE -> new Route.Extractive(null);
            case GENERATIVE -> new Route.Generative(status.require());
            case AUTO -> {
                if (status instanceof ModelStatus.Serving(ServedModel model) && model.chatTemplate() != null) {
                    yield new Route.Generative(model);
                }
                yield new Route.Extractive(autoReason());
            }
        };
    }

    /** The extractive answer, with the reason auto chose it (null: it was asked for). */
    public Answer extractive(AnswerRequest request, String reason) {
        Answer answer = extractive.answer(request);
        return reason == null ? answer : answer.because(reason);
    }

    private String autoReason() {
        return switch (status) {
            case ModelStatus.Unavailable(String reason) ->
                "mode auto answered extractively: no model is loaded (" + reason + ")";
            case ModelStatus.Serving(ServedModel model) ->
                "mode auto answered extractively: the model '" + model.id()
                        + "' has no chat template (" + model.noChatReason()
                        + "); mode generative uses a plain completion prompt instead";
        };
    }
}
