package org.jrag.ingest.problem;

/** A collection import whose vectors come from another embedding model than this service's. */
public final class ImportModelMismatchException extends IngestException {

    public ImportModelMismatchException(String theirs, String ours) {
        super("the export's vectors come from " + theirs + ", this service embeds with " + ours + ": vectors of two"
                + " models are not comparable; import it where that model runs, or upload the documents here");
    }
}
