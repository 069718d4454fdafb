package org.jrag.retrieval.context;

import java.util.ArrayList;
import java.util.List;

/**
 * Language models use what sits at the start and the end of a long context better than what sits in the middle (Liu
 * et al., "Lost in the Middle: How Language Models Use Long Contexts", TACL 2024). Given passages best first, puts
 * ranks 1, 3, 5, ... at the start and ..., 6, 4, 2 at the end, so the weakest land in the middle.
 */
public final class LostInTheMiddleOrdering implements ContextPostProcessor {

    @Override
    public List<ContextChunk> process(List<ContextChunk> chunks) {
        return reorder(chunks);
    }

    /** The ordering itself, for any list given best first. */
    public static <T> List<T> reorder(List<T> bestFirst) {
        List<T> ordered = new ArrayList<>(bestFirst.size());
        for (int i = 0; i < bestFirst.size(); i += 2) {
            ordered.add(bestFirst.get(i));
        }
        int lastOdd = bestFirst.size() % 2 == 0 ? bestFirst.size() - 1 : bestFirst.size() - 2;
        for (int i = lastOdd; i >= 1; i -= 2) {
            ordered.add(bestFirst.get(i));
        }
        return ordered;
    }
}
