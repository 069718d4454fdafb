package org.jrag.retrieval.search;

/** The query text cannot be run (for example, too many terms for the lexical index). */
public class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
