package org.jrag.retrieval.answerlog;

/** No logged answer has that id (none ever did, it was purged, or it is outside the caller's collections). */
public class AnswerNotFoundException extends RuntimeException {

    public AnswerNotFoundException(String message) {
        super(message);
    }
}
