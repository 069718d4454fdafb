package org.jrag.ingest.problem;

/** A crawl of the site is asked for while this instance is crawling it. */
public final class SiteSyncRunningException extends IngestException {

    public SiteSyncRunningException(String name) {
        super("site '" + name + "' is being crawled now; GET /v1/sites shows its run when it ends");
    }
}
