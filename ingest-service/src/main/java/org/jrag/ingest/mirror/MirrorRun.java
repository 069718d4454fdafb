package org.jrag.ingest.mirror;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * What one sync of a store (a folder, a bucket, a repository) did.
 *
 * @param files the files of a supported format that the include patterns let in
 * @param stored new documents
 * @param replaced documents whose file changed (new bytes under the same source)
 * @param unchanged files whose bytes are the stored document's
 * @param duplicates files whose bytes another document of the collection already holds
 * @param deleted documents whose file is gone
 * @param failed files that could not be stored, with why (at most {@value #MAX_FAILURES} listed)
 * @param failures how many files failed in all
 * @param error why the store could not be read at all, or null
 * @param revision the store's revision the run read (a repository's commit), or null where stores have none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MirrorRun(
        Instant startedAt,
        Instant finishedAt,
        int files,
        int stored,
        int replaced,
        int unchanged,
        int duplicates,
        int deleted,
        int failures,
        List<Failure> failed,
        String error,
        String revision) {

    static final int MAX_FAILURES = 50;

    /** A file that could not be stored: its path relative to the store's root, and the problem's detail. */
    public record Failure(String path, String detail) {}
}
