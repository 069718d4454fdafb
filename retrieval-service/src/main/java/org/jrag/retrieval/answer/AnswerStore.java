package org.jrag.retrieval.answer;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the answer cache keeps its answers, by the request they answered: this replica's memory
 * ({@link MemoryAnswerStore}) or the database every replica shares ({@link DatabaseAnswerStore}).
 */
interface AnswerStore {

    /** The answer kept for {@code request}, unless it expired by {@code now}. */
    Optional<GeneratedAnswer> find(AnswerRequest request, Instant now);

    /** Keeps {@code answer} for {@code request} until {@code expires}, replacing one kept before. */
    void keep(AnswerRequest request, GeneratedAnswer answer, Instant expires);

    /** Forgets every kept answer. */
    void clear();
}
