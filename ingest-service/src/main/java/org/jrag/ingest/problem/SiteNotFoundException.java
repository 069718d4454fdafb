package org.jrag.ingest.problem;

/** No crawled site of that name is configured. */
public final class SiteNotFoundException extends IngestException {

    public SiteNotFoundException(String name) {
        super("no site '" + name + "' is configured (rag.ingest.web-sync.sites)");
    }
}
