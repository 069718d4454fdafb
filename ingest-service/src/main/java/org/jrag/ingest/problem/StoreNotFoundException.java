package org.jrag.ingest.problem;

/**
 * No synced store (folder, bucket, container, mailbox, drive, gdrive, repository, space, project, guide, kb) of that
 * name is configured.
 */
public final class StoreNotFoundException extends IngestException {

    private final String noun;

    /** @param property the configuration property that lists the stores of its kind */
    public StoreNotFoundException(String noun, String name, String property) {
        super("no " + noun + " '" + name + "' is configured (" + property + ")");
        this.noun = noun;
    }

    /** The kind of store, as its problem type names it ({@code folder}: {@code folder-not-found}). */
    public String noun() {
        return noun;
    }
}
