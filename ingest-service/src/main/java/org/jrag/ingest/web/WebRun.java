package org.jrag.ingest.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * What one crawl of a site did.
 *
 * @param pages the pages and documents fetched (a 304 counts: the server said it is unchanged)
 * @param stored new documents
 * @param replaced documents whose page changed
 * @param unchanged pages whose bytes are the stored document's (a 304, or the same bytes again)
 * @param duplicates pages whose bytes another document of the collection already holds
 * @param deleted documents whose page is gone (a 404 or 410, or no longer linked after a complete crawl)
 * @param skipped URLs left alone: disallowed by robots.txt, marked noindex, or of a format that is not ingested
 * @param failed pages that could not be fetched or stored, with why (at most {@value #MAX_FAILURES} listed)
 * @param failures how many failed in all
 * @param incomplete why the crawl did not reach every page (a failure, max-pages), so that no document was deleted
 *     for not being linked; null when it was complete
 * @param error why the site could not be crawled at all, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebRun(
        Instant startedAt,
        Instant finishedAt,
        int pages,
        int stored,
        int replaced,
        int unchanged,
        int duplicates,
        int deleted,
        int skipped,
        int failures,
        List<Failure> failed,
        String incomplete,
        String error) {

    static final int MAX_FAILURES = 50;

    /** A URL that could not be fetched or stored, and why. */
    public record Failure(String url, String detail) {}
}
