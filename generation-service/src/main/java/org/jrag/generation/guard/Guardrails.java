package org.jrag.generation.guard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The one entry point to the rails: input rails before the model, output rails after it, the grounding rail for RAG
 * answers. Rails run in order, each on the text the one before handed on, and a BLOCK stops the chain. Every
 * intervention is counted in {@value #METRIC} (Prometheus: {@code rag_guardrail_interventions_total}) tagged with
 * its rail and action.
 */
public final class Guardrails {

    static final String METRIC = "rag.guardrail.interventions";

    private final List<InputRail> inputRails;
    private final List<OutputRail> outputRails;
    private final GroundingRail groundingRail;
    private final GuardrailOptions defaults;
    private final MeterRegistry meters;

    public Guardrails(
            List<InputRail> inputRails,
            List<OutputRail> outputRails,
            GroundingRail groundingRail,
            GuardrailOptions defaults,
            MeterRegistry meters) {
        this.inputRails = List.copyOf(inputRails);
        this.outputRails = List.copyOf(outputRails);
        this.groundingRail = groundingRail;
        this.defaults = defaults;
        this.meters = meters;
    }

    /** The configured options, for requests that bring no {@code guardrails} object. */
    public GuardrailOptions defaults() {
        return defaults;
    }

    /** The options for one request: the configured defaults with the request's overrides, if any. */
    public GuardrailOptions options(GuardrailOverrides overrides) {
        return overrides == null ? defaults : overrides.applyTo(defaults);
    }

    /** Runs the input rails on what a user sent. */
    public GuardResult checkInput(String input, GuardrailOptions options) {
        return counted(run(inputRails, input, (rail, text) -> rail.check(text, options)));
    }

    /**
     * Runs the input rails on one part of a request: its findings join {@code found}, each with {@code where} after
     * its detail; returns the text to use (redacted where a rail redacts).
     *
     * @throws GuardrailBlockedException with everything in {@code found} when a rail blocks
     */
    public String checkInput(String input, GuardrailOptions options, String where, List<Intervention> found) {
        GuardResult result = checkInput(input, options);
        result.interventions().forEach(i -> found.add(i.at(where)));
        if (result.blocked()) {
            throw GuardrailBlockedException.input(found);
        }
        return result.text();
    }

    /**
     * Runs the input rails on a request's instructions, which go into the system message: as on user input, but a
     * line that reads as a role header ({@code ## Instructions:}) is none of the spoofing it would be in a user's turn.
     *
     * @throws GuardrailBlockedException with everything in {@code found} when a rail blocks
     */
    public String checkInstructions(String instructions, GuardrailOptions options, List<Intervention> found) {
        GuardResult result = counted(run(inputRails, instructions, (rail, text) -> {
            RailResult checked = rail.check(text, options);
            return new RailResult(
                    checked.text(),
                    checked.interventions().stream()
                            .filter(i -> !PromptInjectionRail.isRoleHeader(i))
                            .toList());
        }));
        result.interventions().forEach(i -> found.add(i.at(" (in the instructions)")));
        if (result.blocked()) {
            throw GuardrailBlockedException.input(found);
        }
        return result.text();
    }

    /**
     * Looks for prompt-injection phrases in a retrieved passage before it goes into a prompt (the
     * {@code passage-injection} rail): the result's text is the passage unchanged; a REDACT intervention means the
     * caller leaves the passage out, a BLOCK that it refuses to answer.
     */
    public GuardResult checkPassage(String passage, GuardrailOptions options) {
        return counted(GuardResult.of(
                passage,
                PromptInjectionRail.find(passage, Rail.PASSAGE_INJECTION, options.mode(Rail.PASSAGE_INJECTION))));
    }

    /** Runs the output rails on what the service is about to return. */
    public GuardResult checkOutput(String output, GuardrailOptions options) {
        return counted(runOutputRails(output, options));
    }

    /** The patterns whose matches the output rails act on under {@code options} (see {@link OutputRail#patterns}). */
    public List<Pattern> outputPatterns(GuardrailOptions options) {
        return outputRails.stream()
                .flatMap(rail -> rail.patterns(options).stream())
                .toList();
    }

    /** Checks that the cited chunks support every sentence of {@code answer}, with the configured options. */
    public GroundingReport checkGrounding(String answer, List<String> citedChunks) {
        return checkGrounding(answer, citedChunks, defaults);
    }

    /**
     * Checks that the cited chunks support every sentence of {@code answer}. The report quotes the answer, so its
     * sentences are shown as the output rails leave them (personal data redacted); that pass is not counted, since
     * the answer itself goes through {@link #checkOutput}.
     */
    public GroundingReport checkGrounding(String answer, List<String> citedChunks, GuardrailOptions options) {
        GroundingReport report = groundingRail.check(answer, citedChunks, options.mode(Rail.GROUNDING));
        count(report.interventions());
        List<SentenceSupport> shown = report.sentences().stream()
                .map(s -> s.withSentence(runOutputRails(s.sentence(), options).text()))
                .toList();
        return new GroundingReport(report.grounded(), shown, report.interventions());
    }

    private GuardResult runOutputRails(String output, GuardrailOptions options) {
        return run(outputRails, output, (rail, text) -> rail.check(text, options));
    }

    /** Runs {@code rails} in order, each on the text the one before left, up to the first that blocks. */
    private static <R> GuardResult run(List<R> rails, String input, BiFunction<R, String, RailResult> check) {
        var interventions = new ArrayList<Intervention>();
        String text = input;
        for (R rail : rails) {
            RailResult result = check.apply(rail, text);
            text = result.text();
            interventions.addAll(result.interventions());
            if (result.blocked()) {
                break;
            }
        }
        return GuardResult.of(text, interventions);
    }

    private GuardResult counted(GuardResult result) {
        count(result.interventions());
        return result;
    }

    private void count(List<Intervention> interventions) {
        for (Intervention i : interventions) {
            Counter.builder(METRIC)
                    .description("Guardrail interventions, by rail and action")
                    .tag("rail", i.rail())
                    .tag("action", i.action().name().toLowerCase(Locale.ROOT))
                    .register(meters)
                    .increment();
        }
    }
}
