package org.jrag.ingest.problem;

/** A sync of the store is asked for while this instance is syncing it. */
public final class StoreSyncRunningException extends IngestException {

    private final String noun;

    /** @param plural the API path its kind's stores are listed under ({@code folders}) */
    public StoreSyncRunningException(String noun, String name, String plural) {
        super(noun + " '" + name + "' is being synced now; GET /v1/" + plural + " shows its run when it ends");
        this.noun = noun;
    }

    /** The kind of store, as its problem type names it ({@code folder}: {@code folder-sync-running}). */
    public String noun() {
        return noun;
    }
}
