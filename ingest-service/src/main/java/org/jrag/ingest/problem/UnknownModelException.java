package org.jrag.ingest.problem;

/** A request named a model this service does not serve. */
public final class UnknownModelException extends IngestException {

    public UnknownModelException(String model, String served) {
        super("model '" + model + "' is not served here; this service embeds with '" + served + "'");
    }
}
