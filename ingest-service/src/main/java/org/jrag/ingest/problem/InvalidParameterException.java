package org.jrag.ingest.problem;

/** A request parameter (chunking option, document metadata) that breaks its rule; the problem names both. */
public final class InvalidParameterException extends IngestException {

    private final String parameter;

    public InvalidParameterException(String parameter, String rule) {
        super(parameter + " " + rule);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
