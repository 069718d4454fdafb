package org.jrag.retrieval.answerlog;

/** The answer log's table cannot be read or written now (the database is down, or not yet migrated to hold it). */
public class AnswerLogUnavailableException extends RuntimeException {

    public AnswerLogUnavailableException(Throwable cause) {
        super("the answer log cannot be read now: " + cause.getMessage(), cause);
    }
}
