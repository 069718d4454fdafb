package org.jrag.generation.extractive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrag.generation.guard.GroundingReport;
import org.jrag.generation.guard.GuardResult;
import org.jrag.generation.guard.GuardrailBlockedException;
import org.jrag.generation.guard.GuardrailOptions;
import org.jrag.generation.guard.GuardrailReport;
import org.jrag.generation.guard.Guardrails;
import org.jrag.generation.guard.Intervention;

/**
 * The extractive answer behind the guardrails: input rails on the question and the user's earlier turns, then the
 * answer, then its grounding in the cited chunks and the output rails on everything it returns (the answer and the
 * quoted citation texts, which repeat it). A BLOCK anywhere ends in {@link GuardrailBlockedException}; every other
 * intervention is reported in the answer's {@code guardrails} field.
 */
public final class GuardedAnswerService {

    private final ExtractiveAnswerer answerer;
    private final Guardrails guardrails;

    public GuardedAnswerService(ExtractiveAnswerer answerer, Guardrails guardrails) {
        this.answerer = answerer;
        this.guardrails = guardrails;
    }

    public Answer answer(AnswerRequest request) {
        GuardrailOptions options = guardrails.options(request.guardrails());
        // 1. input rails on the question and the earlier user turns; a redacting rail hands on the text as redacted
        var interventions = new ArrayList<Intervention>();
        String question = guardrails.checkInput(request.question(), options, "", interventions);
        List<ConversationTurn> history =
                ConversationTurn.checked(request.history(), guardrails, options, interventions);
        // 2. the extractive answer
        Answer answer = answerer.answer(request.checked(question, history));
        // 3. grounding of the answer as quoted, against the full text of each cited chunk
        GroundingReport grounding = guardrails.checkGrounding(answer.answer(), citedChunks(request, answer), options);
        if (grounding.blocked()) {
            interventions.addAll(grounding.interventions());
            throw GuardrailBlockedException.output(interventions);
        }
        // 4. output rails on the answer and on each citation's quote
        GuardResult output = guardrails.checkOutput(answer.answer(), options);
        interventions.addAll(output.interventions());
        if (output.blocked()) {
            throw GuardrailBlockedException.output(interventions);
        }
        var citations = new ArrayList<Citation>(answer.citations().size());
        for (Citation citation : answer.citations()) {
            GuardResult quote = guardrails.checkOutput(citation.text(), options);
            quote.interventions().stream()
                    .map(i -> i.at(" (in the citation of chunk " + citation.chunkId() + ")"))
                    .forEach(interventions::add);
            if (quote.blocked()) {
                throw GuardrailBlockedException.output(interventions);
            }
            citations.add(new Citation(citation.documentId(), citation.chunkId(), citation.title(), quote.text()));
        }
        return answer.guarded(output.text(), citations, GuardrailReport.of(interventions, grounding));
    }

    /** The full text of every cited chunk, in citation order. */
    private static List<String> citedChunks(AnswerRequest request, Answer answer) {
        Map<Long, String> textOfChunk = new LinkedHashMap<>();
        for (Passage passage : request.passages()) {
            textOfChunk.putIfAbsent(passage.chunkId(), passage.text());
        }
        return answer.citations().stream()
                .map(c -> textOfChunk.get(c.chunkId()))
                .toList();
    }
}
