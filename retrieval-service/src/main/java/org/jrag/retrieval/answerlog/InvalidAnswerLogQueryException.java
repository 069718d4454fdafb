package org.jrag.retrieval.answerlog;

/** A query parameter of the answer log's endpoints that cannot be read. */
public class InvalidAnswerLogQueryException extends RuntimeException {

    public InvalidAnswerLogQueryException(String message) {
        super(message);
    }
}
