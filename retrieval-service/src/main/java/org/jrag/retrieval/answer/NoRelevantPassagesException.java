package org.jrag.retrieval.answer;

/** Search found nothing to answer from, and generation-service refused to answer without passages. */
public class NoRelevantPassagesException extends RuntimeException {

    public NoRelevantPassagesException(String message) {
        super(message);
    }
}
