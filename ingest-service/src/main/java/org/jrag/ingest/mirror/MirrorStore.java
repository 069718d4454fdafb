package org.jrag.ingest.mirror;

import java.io.IOException;
import java.util.List;

/** Where a mirror's files live: a directory, a bucket, a mailbox, a repository. */
public interface MirrorStore {

    /**
     * Every file under the store's root, hidden ones and those of unsupported formats included (the sync leaves them
     * out).
     *
     * @throws IOException when the store cannot be listed at all (nothing is synced or deleted then)
     */
    List<MirrorFile> list() throws IOException;

    /** The file's bytes as they are now, at most {@code limit + 1} of them (more: over the limit, read no further). */
    byte[] read(MirrorFile file, long limit) throws IOException;

    /** The revision the last listing showed (a repository's commit), or null where the store has none. */
    default String revision() {
        return null;
    }
}
