package org.jrag.retrieval.dense;

/** Another instance (or request) is rebuilding the HNSW index now; try again once it has finished. */
public class HnswRebuildRunningException extends RuntimeException {

    public HnswRebuildRunningException(String index) {
        super("the HNSW index " + index
                + " is being rebuilt by another request or instance; try again when it is done");
    }
}
