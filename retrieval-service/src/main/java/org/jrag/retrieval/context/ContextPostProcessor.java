package org.jrag.retrieval.context;

import java.util.List;

/**
 * One step of context assembly: takes the passages best first (or, for the last step, in reading order) and returns
 * them transformed. The same shape as Spring AI's {@code DocumentPostProcessor}, over this service's passages.
 */
@FunctionalInterface
public interface ContextPostProcessor {

    List<ContextChunk> process(List<ContextChunk> chunks);
}
