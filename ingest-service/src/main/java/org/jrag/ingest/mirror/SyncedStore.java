package org.jrag.ingest.mirror;

import java.util.List;

/**
 * A configured store of any kind (a folder, a bucket, a repository, ...) as the sync and the API see it: the collection
 * it fills and how; where it is and how it signs in are its kind's own.
 */
public interface SyncedStore {

    /** How the store is known; its documents' sources are {@code name/relative/path}. */
    String name();

    String collection();

    /** Glob patterns over the relative path; empty: every file of a supported format. */
    default List<String> include() {
        return List.of();
    }

    /** Whether a document whose file is gone is deleted. */
    Boolean delete();

    List<String> readers();

    String language();

    List<String> redact();

    /** What the sync keeps in step. */
    default Mirror mirror(Mirror.Kind kind) {
        return new Mirror(kind, name(), collection(), include(), delete(), readers(), language(), redact());
    }
}
