package org.jrag.retrieval.answer;

/** A retrieved chunk handed to generation-service as evidence. */
public record Passage(long documentId, long chunkId, String title, String text) {}
