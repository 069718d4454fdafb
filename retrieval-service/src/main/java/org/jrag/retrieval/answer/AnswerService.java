package org.jrag.retrieval.answer;

import java.util.List;
import org.jrag.retrieval.search.HybridSearch;
import org.jrag.retrieval.search.SearchMode;
import org.jrag.retrieval.search.SearchRequest;
import org.jrag.retrieval.search.SearchResponse;
import org.springframework.stereotype.Service;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The ask pipeline: hybrid search for the question, then generation-service answers from those passages only. Every
 * word of the answer comes from generation-service; when it cannot answer, the caller gets a problem, not filler.
 */
@Service
public class AnswerService {

    /** generation-service's status for "no passages to answer from". */
    private static final int UNPROCESSABLE = 422;

    private final HybridSearch search;
    private final GenerationClient generation;
    private final GenerationProperties properties;

    AnswerService(HybridSearch search, GenerationClient generation, GenerationProperties properties) {
        this.search = search;
        this.generation = generation;
        this.properties = properties;
    }

    public AskResponse ask(AskRequest request) {
        // 1. retrieve the passages
        SearchResponse found = search.search(
                new SearchRequest(request.question(), request.collection(), SearchMode.HYBRID, request.topK()));
        List<Passage> passages = found.results().stream()
                .map(r -> new Passage(r.documentId(), r.chunkId(), r.title(), r.text()))
                .toList();

        // 2. answer from them
        GeneratedAnswer answer;
        try {
            answer = generation.answer(new AnswerRequest(request.question(), passages));
        } catch (ResourceAccessException e) {
            throw new GenerationUnavailableException(
                    "generation-service at " + properties.baseUrl() + " is unreachable: " + e.getMessage(), e);
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().value() == UNPROCESSABLE) {
                throw new NoRelevantPassagesException(noPassagesMessage(request, passages.size()));
            }
            throw new GenerationFailedException(
                    "generation-service at " + properties.baseUrl() + " answered "
                            + e.getStatusCode().value() + ": " + e.getResponseBodyAsString(),
                    e);
        }
        if (answer == null) {
            throw new GenerationFailedException(
                    "generation-service at " + properties.baseUrl() + " answered without a body", null);
        }
        return new AskResponse(answer.answer(), answer.mode(), answer.citations());
    }

    private static String noPassagesMessage(AskRequest request, int passages) {
        String scope = request.collection() == null ? "any collection" : "collection '" + request.collection() + "'";
        if (passages == 0) {
            return "No indexed passage in " + scope + " matches the question '" + request.question()
                    + "', so there is nothing to answer from";
        }
        return "generation-service found none of the " + passages + " passages retrieved from " + scope
                + " usable to answer the question '" + request.question() + "'";
    }
}
