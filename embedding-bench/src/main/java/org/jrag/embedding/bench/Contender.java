package org.jrag.embedding.bench;

import java.util.List;

/** One embedder under test: embeds all chunks in one call, as an ingest job would. */
interface Contender extends AutoCloseable {

    String name();

    List<float[]> embedAll(List<String> chunks);

    @Override
    void close();
}
