package org.jrag.generation.generative;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jrag.engine.tokenizer.Tokenizer;
import org.jrag.generation.extractive.AnswerRequest;
import org.jrag.generation.extractive.Citation;
import org.jrag.generation.extractive.ConversationTurn;
import org.jrag.generation.extractive.NoPassagesException;
import org.jrag.generation.extractive.NoSupportedAnswerException;
import org.jrag.generation.extractive.Passage;
import org.jrag.generation.guard.Action;
import org.jrag.generation.guard.GroundingReport;
import org.jrag.generation.guard.GuardResult;
import org.jrag.generation.guard.GuardrailBlockedException;
import org.jrag.generation.guard.GuardrailOptions;
import org.jrag.generation.guard.GuardrailReport;
import org.jrag.generation.guard.Guardrails;
import org.jrag.generation.guard.Intervention;
import org.jrag.generation.model.ServedModel;
import org.jrag.generation.openai.PromptCompleter;

/**
 * The generative answer behind the guardrails: input rails on the question, a grounded prompt, one completion on the
 * served model's engine, citations from its {@code [n]} markers, the grounding check, and the output rails on the
 * answer and the cited texts. A BLOCK anywhere ends in {@link GuardrailBlockedException}; every other intervention
 * is reported in the answer's {@code guardrails} field.
 */
public final class GenerativeAnswerService {

    /** The plain format's answer ends where the model starts another question. */
    private static final List<String> PLAIN_STOP = List.of("\nQuestion:");

    private final PromptCompleter completer;
    private final Guardrails guardrails;
    private final AnswersProperties properties;

    public GenerativeAnswerService(PromptCompleter completer, Guardrails guardrails, AnswersProperties properties) {
        this.completer = completer;
        this.guardrails = guardrails;
        this.properties = properties;
    }

    /**
     * A request checked and ready for the engine: its grounded prompt and what finishing its answer needs.
     *
     * @param inputInterventions what the input and passage-injection rails found
     */
    public record Prepared(
            ServedModel model,
            GuardrailOptions options,
            List<Intervention> inputInterventions,
            GroundedPrompt prompt,
            int maxTokens,
            float temperature) {

        public Prepared {
            inputInterventions = List.copyOf(inputInterventions);
        }

        /** How many passages the prompt numbered (markers name them from 1). */
        public int passages() {
            return prompt.passages().size();
        }
    }

    /** The whole answer: prepared, generated and finished. */
    public GenerativeAnswer answer(AnswerRequest request, ServedModel model) throws InterruptedException {
        Prepared prepared = prepare(request, model);
        PromptCompleter.Completed completed = start(prepared).await();
        return finish(prepared, completed, text -> guardrails.checkOutput(text, prepared.options()));
    }

    /**
     * The input rails on the question, the user's earlier turns and the request's instructions, the passage-injection
     * rail on every passage and the grounded prompt (the request's instructions after the configured instruction in
     * its system message), its passages (and earlier turns) trimmed to leave the answer budget.
     *
     * @throws GuardrailBlockedException when an input rail blocks
     * @throws NoPassagesException when there are no passages, or the passage-injection rail left out all of them
     */
    public Prepared prepare(AnswerRequest request, ServedModel model) {
        GuardrailOptions options = guardrails.options(request.guardrails());
        // 1. input rails on the question and the earlier user turns; a redacting rail hands on the text as redacted
        var interventions = new ArrayList<Intervention>();
        String question = guardrails.checkInput(request.question(), options, "", interventions);
        List<ConversationTurn> history =
                ConversationTurn.checked(request.history(), guardrails, options, interventions);
        String instructions = request.instructions() == null
                ? null
                : guardrails.checkInstructions(request.instructions(), options, interventions);
        if (request.passages().isEmpty()) {
            throw new NoPassagesException(
                    "passages must not be empty: the generative mode answers only from the given passages");
        }
        // 2. the passage-injection rail on every passage: a stored document must not instruct the model
        List<Passage> passages = screened(request.passages(), options, interventions);
        // 3. the grounded prompt, its passages trimmed to leave the answer budget
        int maxTokens = request.maxTokens() != null
                ? request.maxTokens()
                : Math.min(properties.maxTokens(), model.contextLength() / 2);
        Tokenizer tokenizer = model.tokenizer();
        boolean addBos = tokenizer.vocabulary().addBos();
        GroundedPrompt prompt = new GroundedPromptBuilder(
                        instructions == null
                                ? properties.instruction()
                                : properties.instruction() + "\n\n" + instructions,
                        model.chatTemplate(),
                        text -> tokenizer.encode(text, addBos),
                        model.contextLength())
                .build(question, history, passages, maxTokens);
        float temperature = (float) (request.temperature() != null ? request.temperature() : properties.temperature());
        return new Prepared(model, options, interventions, prompt, maxTokens, temperature);
    }

    /** Starts the completion of a prepared answer on the engine, greedy unless the request asked otherwise. */
    public PromptCompleter.Generation start(Prepared prepared) {
        ServedModel model = prepared.model();
        boolean chat = model.chatTemplate() != null;
        return completer.start(
                model,
                prepared.prompt().tokens(),
                chat ? model.endOfTurn() : model.endOfText(),
                chat ? List.of() : PLAIN_STOP,
                prepared.maxTokens(),
                prepared.temperature(),
                prepared.options());
    }

    /**
     * The answer from a completion: citations from its {@code [n]} markers, the grounding check, and the output rails
     * on the answer ({@code outputRails}, given the answer with its markers renumbered; a stream passes what its
     * word-by-word check made of it) and on each cited text.
     *
     * @throws NoSupportedAnswerException when the model wrote no answer text
     * @throws GuardrailBlockedException when the grounding or an output rail blocks
     */
    public GenerativeAnswer finish(
            Prepared prepared, PromptCompleter.Completed completed, Function<String, GuardResult> outputRails) {
        ServedModel model = prepared.model();
        GroundedPrompt prompt = prepared.prompt();
        GuardrailOptions options = prepared.options();
        var interventions = new ArrayList<>(prepared.inputInterventions());
        // 5. the [n] markers into citations
        CitationMarkers.Marked marked =
                CitationMarkers.parse(completed.text(), prompt.passages().size());
        if (marked.plain().isBlank()) {
            throw new NoSupportedAnswerException("the model '" + model.id() + "' wrote no answer text (finish reason "
                    + completed.finishReason() + ", " + completed.usage().completionTokens() + " tokens)");
        }
        List<Passage> cited =
                marked.cited().stream().map(n -> prompt.passages().get(n - 1)).toList();
        // 6. grounding of the answer's statements in the cited passages, or in all of them when it cites none
        List<Passage> support = cited.isEmpty() ? prompt.passages() : cited;
        GroundingReport grounding = guardrails.checkGrounding(
                marked.plain(), support.stream().map(Passage::text).toList(), options);
        if (grounding.blocked()) {
            interventions.addAll(grounding.interventions());
            throw GuardrailBlockedException.output(interventions);
        }
        // 7. output rails on the answer and on each cited text
        GuardResult output = outputRails.apply(marked.text());
        interventions.addAll(output.interventions());
        if (output.blocked()) {
            throw GuardrailBlockedException.output(interventions);
        }
        var citations = new ArrayList<Citation>(cited.size());
        for (Passage passage : cited) {
            GuardResult quote = guardrails.checkOutput(passage.text(), options);
            quote.interventions().stream()
                    .map(i -> i.at(" (in the citation of chunk " + passage.chunkId() + ")"))
                    .forEach(interventions::add);
            if (quote.blocked()) {
                throw GuardrailBlockedException.output(interventions);
            }
            citations.add(new Citation(passage.documentId(), passage.chunkId(), passage.title(), quote.text()));
        }
        return new GenerativeAnswer(
                output.text(),
                GenerativeAnswer.GENERATIVE,
                citations,
                GuardrailReport.of(interventions, grounding),
                new GenerationReport(
                        model.id(),
                        prompt.format(),
                        prompt.passages().size(),
                        prompt.dropped(),
                        prompt.truncated(),
                        prompt.historyTurns(),
                        prompt.historyDropped(),
                        marked.unresolved(),
                        completed.finishReason(),
                        completed.usage()));
    }

    /**
     * The passages the prompt may hold: those in which the passage-injection rail found nothing, or whose findings it
     * only flags. Its findings join {@code interventions}, naming the chunk; a BLOCK refuses the answer, and when
     * every passage is left out there is nothing to answer from.
     */
    private List<Passage> screened(List<Passage> passages, GuardrailOptions options, List<Intervention> interventions) {
        var kept = new ArrayList<Passage>(passages.size());
        for (Passage passage : passages) {
            GuardResult found = guardrails.checkPassage(passage.text(), options);
            found.interventions().stream()
                    .map(i -> i.at(" (in the passage of chunk " + passage.chunkId()
                            + (i.action() == Action.REDACT ? ", left out of the prompt)" : ")")))
                    .forEach(interventions::add);
            if (found.blocked()) {
                throw GuardrailBlockedException.input(interventions);
            }
            if (found.action() != Action.REDACT) {
                kept.add(passage);
            }
        }
        if (kept.isEmpty()) {
            throw new NoPassagesException("the passage-injection guardrail left out all " + passages.size()
                    + " passages: each holds prompt-injection phrases (see the guardrail findings)");
        }
        return kept;
    }
}
