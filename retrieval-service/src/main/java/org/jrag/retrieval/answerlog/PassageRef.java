package org.jrag.retrieval.answerlog;

/** A passage an answer was given to write from, as the answer log keeps it: which chunk of which document. */
public record PassageRef(long documentId, long chunkId, String title) {}
