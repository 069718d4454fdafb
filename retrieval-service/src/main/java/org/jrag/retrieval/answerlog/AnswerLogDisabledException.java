package org.jrag.retrieval.answerlog;

/** The answer log's endpoints were called while it is off. */
public class AnswerLogDisabledException extends RuntimeException {

    public AnswerLogDisabledException() {
        super("the answer log is off (rag.retrieval.answer-log.enabled=false): no answer is kept, so there is none to"
                + " read or rate");
    }
}
