package org.jrag.ingest.collection;

import java.util.EnumSet;
import java.util.Set;
import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.personaldata.PiiKind;

/**
 * What ingestion needs of the collection it writes to: its id, which keys documents and chunks, its chunking and the
 * personal data it redacts.
 *
 * @param chunking the collection's stored options, empty when it uses the service default
 * @param redact the kinds of personal data replaced in its documents before they are stored; empty for none
 * @param language the language of its documents ({@code german}, {@code auto}), or null for the service default
 */
public record CollectionTarget(long id, String name, ChunkingOptions chunking, Set<PiiKind> redact, String language) {

    public CollectionTarget {
        redact = redact.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(redact));
    }
}
