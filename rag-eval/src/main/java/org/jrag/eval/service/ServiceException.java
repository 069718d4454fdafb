package org.jrag.eval.service;

/** A jrag service answered with an unexpected status or could not be reached. */
public class ServiceException extends RuntimeException {

    public ServiceException(String message) {
        super(message);
    }

    public ServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
