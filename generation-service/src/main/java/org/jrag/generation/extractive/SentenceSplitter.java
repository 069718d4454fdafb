package org.jrag.generation.extractive;

import java.util.List;

/** Cuts passages into the sentences an extractive answer may quote. */
@FunctionalInterface
public interface SentenceSplitter {

    /** Returns the sentences of all passages, in passage order, then position order. */
    List<Sentence> split(List<Passage> passages);
}
