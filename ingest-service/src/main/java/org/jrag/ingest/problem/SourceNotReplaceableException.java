package org.jrag.ingest.problem;

/**
 * An upload names a source under which a document the caller may not read is stored: storing it would replace that
 * document unseen.
 */
public final class SourceNotReplaceableException extends IngestException {

    public SourceNotReplaceableException(String collection, String source) {
        super("source '" + source + "' in collection '" + collection + "' holds a document this caller may not read,"
                + " which an upload under it would replace; upload under another source");
    }
}
