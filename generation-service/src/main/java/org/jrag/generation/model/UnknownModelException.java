package org.jrag.generation.model;

/** A request named a model this service does not serve. */
public final class UnknownModelException extends RuntimeException {

    public UnknownModelException(String requested, String served) {
        super("model '" + requested + "' does not exist; this service serves '" + served + "'");
    }
}
