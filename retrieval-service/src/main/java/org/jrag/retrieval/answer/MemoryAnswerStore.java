package org.jrag.retrieval.answer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** This replica's answers in a bounded LRU: the least recently used gives way when it is full. */
final class MemoryAnswerStore implements AnswerStore {

    private record Kept(GeneratedAnswer answer, Instant expires) {}

    private final Map<AnswerRequest, Kept> entries;

    MemoryAnswerStore(int size) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<AnswerRequest, Kept> eldest) {
                return size() > size;
            }
        };
    }

    @Override
    public synchronized Optional<GeneratedAnswer> find(AnswerRequest request, Instant now) {
        Kept entry = entries.get(request);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.expires().isAfter(now)) {
            entries.remove(request);
            return Optional.empty();
        }
        return Optional.of(entry.answer());
    }

    @Override
    public synchronized void keep(AnswerRequest request, GeneratedAnswer answer, Instant expires) {
        entries.put(request, new Kept(answer, expires));
    }

    @Override
    public synchronized void clear() {
        entries.clear();
    }
}
