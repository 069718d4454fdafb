package org.jrag.retrieval.answer;

/** The passage an answer sentence came from; {@code text} is the cited sentence. */
public record Citation(long documentId, long chunkId, String title, String text) {}
