package org.jrag.ingest.collection;

import java.util.regex.Pattern;
import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.ingest.problem.InvalidCollectionNameException;

/**
 * A collection about to be created, with a name the catalog accepts (the same pattern as its CHECK constraint, so a
 * bad name is a 400 with a reason rather than a constraint violation) and its chunking options, already checked.
 */
public record NewCollection(String name, String description, ChunkingOptions chunking) {

    public static final String NAME_PATTERN = "^[a-z0-9][a-z0-9_-]{0,62}$";

    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);

    public NewCollection {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidCollectionNameException(name, NAME_PATTERN);
        }
        if (description != null && description.isBlank()) {
            description = null;
        }
        if (chunking == null) {
            chunking = ChunkingOptions.none();
        }
    }

    public NewCollection(String name, String description) {
        this(name, description, ChunkingOptions.none());
    }
}
