package org.jrag.retrieval.answer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jrag.retrieval.answerlog.AnswerLog;
import org.jrag.retrieval.answerlog.NewAnswer;
import org.jrag.retrieval.answerlog.PassageRef;
import org.jrag.retrieval.collection.CollectionRepository;
import org.jrag.retrieval.collection.Visibility;
import org.jrag.retrieval.context.ContextAssembler;
import org.jrag.retrieval.context.ContextChunk;
import org.jrag.retrieval.conversation.QuestionRewrite;
import org.jrag.retrieval.conversation.QuestionRewriter;
import org.jrag.retrieval.search.ChunkDetailsRepository;
import org.jrag.retrieval.search.ChunkOrigin;
import org.jrag.retrieval.search.HybridSearch;
import org.jrag.retrieval.search.SearchResponse;
import org.jrag.retrieval.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Service;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ask pipeline: search for the question (a follow-up as its standalone question; hybrid unless the request picks a
 * mode, with its filters, HyDE and re-ranking options), context assembly (parent and window expansion, de-duplication,
 * token budget, lost-in-the-middle order), then generation-service answers from those passages only. Every
 * word of the answer comes from generation-service; when it cannot answer, the caller gets a problem, not filler.
 */
@Service
public class AnswerService {

    private static final Logger log = LoggerFactory.getLogger(AnswerService.class);

    /** generation-service's status for "no passages to answer from". */
    private static final int UNPROCESSABLE = 422;

    /** generation-service's status for "no model loaded" (a generative answer asked for) or "queue full". */
    private static final int UNAVAILABLE = 503;

    private final HybridSearch search;
    private final GenerationClient generation;
    private final GenerationProperties properties;
    private final ContextAssembler context;
    private final AnswerStreams streams;
    private final QuestionRewriter rewriter;
    private final MeterRegistry registry;
    private final AnswerLog answerLog;
    private final ChunkDetailsRepository chunks;
    private final AnswerCache cache;
    private final CollectionRepository collections;
    private final JsonMapper json;

    AnswerService(
            HybridSearch search,
            GenerationClient generation,
            GenerationProperties properties,
            ContextAssembler context,
            AnswerStreams streams,
            QuestionRewriter rewriter,
            MeterRegistry registry,
            AnswerLog answerLog,
            ChunkDetailsRepository chunks,
            AnswerCache cache,
            CollectionRepository collections,
            JsonMapper json) {
        this.search = search;
        this.context = context;
        this.generation = generation;
        this.properties = properties;
        this.streams = streams;
        this.rewriter = rewriter;
        this.registry = registry;
        this.answerLog = answerLog;
        this.chunks = chunks;
        this.cache = cache;
        this.collections = collections;
        this.json = json;
    }

    /** Answers the question from the collections it names that {@code visible} holds (every one it holds if none). */
    public AskResponse ask(AskRequest request, Visibility visible) {
        Retrieved retrieved = retrieve(request, visible);
        AnswerRequest asked = request.answer(retrieved.passages(), retrieved.instructions());
        Optional<GeneratedAnswer> kept = cache.get(asked);
        if (kept.isPresent()) {
            return finished(request, visible, retrieved, kept.get(), false, true);
        }
        GeneratedAnswer answer;
        try {
            answer = generation.answer(asked);
        } catch (RuntimeException e) {
            throw failure(e, request, retrieved.passages().size());
        }
        if (answer == null) {
            throw new GenerationFailedException(
                    "generation-service at " + properties.baseUrl() + " answered without a body", null);
        }
        cache.put(asked, answer);
        return finished(request, visible, retrieved, answer, false, false);
    }

    /**
     * generation-service's answer events, opened (see {@link AskEventRelay}): its text as it is generated, then its
     * answer, which {@link OpenStream#answers()} makes the answer {@link #ask} returns. Retrieval, and what
     * generation-service refuses before its first event, still fail as exceptions (problem responses).
     */
    public OpenStream askStreamed(AskRequest request, Visibility visible) {
        Retrieved retrieved = retrieve(request, visible);
        AnswerRequest asked = request.answer(retrieved.passages(), retrieved.instructions());
        Optional<GeneratedAnswer> kept = cache.get(asked);
        if (kept.isPresent()) {
            return new OpenStream(
                    new ReplayedAnswer(kept.get(), json),
                    generated -> finished(request, visible, retrieved, generated, true, true),
                    "the answer cache");
        }
        try {
            return new OpenStream(
                    streams.open(asked.streamed()),
                    generated -> {
                        cache.put(asked, generated);
                        return finished(request, visible, retrieved, generated, true, false);
                    },
                    "generation-service at " + properties.baseUrl());
        } catch (RuntimeException e) {
            throw failure(e, request, retrieved.passages().size());
        }
    }

    /**
     * An answer stream to relay.
     *
     * @param response generation-service's open response, its body the events; the relay closes it
     * @param answers this service's answer from generation-service's
     * @param source generation-service's address, for problems
     */
    public record OpenStream(
            ClientHttpResponse response, Function<GeneratedAnswer, AskResponse> answers, String source) {}

    /** The passages of a request and what its search reports. */
    private record Retrieved(
            List<Passage> passages, SearchResponse found, QuestionRewrite rewrite, String instructions) {

        AskResponse response(GeneratedAnswer answer, boolean cached) {
            return new AskResponse(
                    answer.answer(),
                    answer.mode(),
                    answer.citations(),
                    answer.guardrails(),
                    answer.generation(),
                    answer.reason(),
                    found.hyde(),
                    found.rerank(),
                    rewrite,
                    null,
                    cached ? Boolean.TRUE : null);
        }
    }

    private Retrieved retrieve(AskRequest request, Visibility visible) {
        // 1. retrieve the passages, for a follow-up with the standalone question
        QuestionRewrite rewrite =
                request.history().isEmpty() ? null : rewriter.rewrite(request.question(), request.history());
        if (rewrite != null) {
            Counter.builder("rag.retrieval.question.rewrites")
                    .description("Follow-up questions made standalone for the search, by method")
                    .tag("method", rewrite.method())
                    .register(registry)
                    .increment();
        }
        SearchResponse found =
                search.search(rewrite == null ? request.search() : request.search(rewrite.query()), visible);

        // 2. assemble the context: parents, windows, merged overlaps, token budget, best at both ends
        List<ContextChunk> context = this.context.assemble(
                found.results().stream()
                        .map(r -> new ContextChunk(
                                r.chunkId(),
                                r.documentId(),
                                r.title(),
                                r.text(),
                                r.startOffset(),
                                r.endOffset(),
                                r.score(),
                                r.text().length() == r.endOffset() - r.startOffset()))
                        .toList(),
                request.contextTokens());
        List<Passage> passages = context.stream()
                .map(c -> new Passage(c.documentId(), c.chunkId(), c.title(), c.text()))
                .toList();
        return new Retrieved(passages, found, rewrite, instructions(passages, found));
    }

    /**
     * The instructions of the collections the passages come from, in the order of their best passage, each text once
     * (two collections may share theirs); null when none has any.
     */
    private String instructions(List<Passage> passages, SearchResponse found) {
        Map<Long, String> collectionOf = new HashMap<>();
        found.results().forEach(r -> collectionOf.put(r.documentId(), r.collection()));
        List<String> names = passages.stream()
                .map(p -> collectionOf.get(p.documentId()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, String> instructions = collections.instructions(names);
        String joined = names.stream()
                .map(instructions::get)
                .filter(Objects::nonNull)
                .distinct()
                .collect(Collectors.joining("\n\n"));
        return joined.isEmpty() ? null : joined;
    }

    /** The answer to return: counted by its mode and whether it was streamed, and kept in the answer log. */
    private AskResponse finished(
            AskRequest request,
            Visibility visible,
            Retrieved retrieved,
            GeneratedAnswer generated,
            boolean streamed,
            boolean cached) {
        AskResponse answer = withOrigins(retrieved.response(generated, cached), retrieved.found());
        String mode = answer.mode() == null ? "unknown" : answer.mode();
        Counter.builder("rag.retrieval.answers")
                .description("Answers returned by /v1/ask and /v1/rag, by mode and whether they were streamed")
                .tag("mode", mode)
                .tag("stream", Boolean.toString(streamed))
                .register(registry)
                .increment();
        List<String> named = request.search().collectionNames();
        List<String> collections =
                !named.isEmpty() ? named : visible.allCollections() ? null : List.copyOf(visible.collections());
        return answerLog
                .record(new NewAnswer(
                        request.question(),
                        retrieved.rewrite() == null ? null : retrieved.rewrite().query(),
                        collections,
                        answer.answer(),
                        mode,
                        answer.citations(),
                        retrieved.passages().stream()
                                .map(p -> new PassageRef(p.documentId(), p.chunkId(), p.title()))
                                .toList(),
                        streamed,
                        request.instructionsAfter(retrieved.instructions())))
                .map(answer::withAnswerId)
                .orElse(answer);
    }

    /**
     * The answer with each citation's origin (source, url, section, pages), as far as it is known: from the search's
     * results, and for the chunks the context put in their place (a parent chunk) from the database.
     */
    private AskResponse withOrigins(AskResponse answer, SearchResponse found) {
        if (answer.citations().isEmpty()) {
            return answer;
        }
        Map<Long, ChunkOrigin> origins = new HashMap<>();
        Set<Long> searched = new HashSet<>();
        for (SearchResult result : found.results()) {
            searched.add(result.chunkId());
            if (result.origin() != null) {
                origins.put(result.chunkId(), result.origin());
            }
        }
        Set<Long> others = answer.citations().stream()
                .map(Citation::chunkId)
                .filter(id -> !searched.contains(id))
                .collect(Collectors.toSet());
        try {
            origins.putAll(chunks.origins(others));
        } catch (DataAccessException e) {
            log.warn("citations given without the origins of chunks {}: {}", others, e.getMessage());
        }
        return answer.withCitations(answer.citations().stream()
                .map(c -> c.origin() == null ? c.withOrigin(origins.get(c.chunkId())) : c)
                .toList());
    }

    /** What a failed call to generation-service means for the caller. */
    private RuntimeException failure(RuntimeException e, AskRequest request, int passages) {
        if (e instanceof ResourceAccessException) {
            return new GenerationUnavailableException(
                    "generation-service at " + properties.baseUrl() + " is unreachable: " + e.getMessage(), e);
        }
        if (!(e instanceof RestClientResponseException response)) {
            return e;
        }
        if (response.getStatusCode().value() == UNPROCESSABLE) {
            return new NoRelevantPassagesException(noPassagesMessage(request, passages));
        }
        if (response.getStatusCode().value() == UNAVAILABLE) {
            // e.g. answerMode generative while no model is loaded: the caller may retry later or pick auto
            return new GenerationUnavailableException(
                    "generation-service at " + properties.baseUrl() + " cannot answer now: "
                            + response.getResponseBodyAsString(),
                    e);
        }
        return new GenerationFailedException(
                "generation-service at " + properties.baseUrl() + " answered "
                        + response.getStatusCode().value() + ": " + response.getResponseBodyAsString(),
                e);
    }

    private static String noPassagesMessage(AskRequest request, int passages) {
        List<String> named = request.search().collectionNames();
        String scope = named.isEmpty()
                ? "any collection"
                : (named.size() == 1 ? "collection '" : "collections '") + String.join("', '", named) + "'";
        if (passages == 0) {
            return "No indexed passage in " + scope + " matches the question '" + request.question()
                    + "', so there is nothing to answer from";
        }
        return "generation-service found none of the " + passages + " passages retrieved from " + scope
                + " usable to answer the question '" + request.question() + "'";
    }
}
