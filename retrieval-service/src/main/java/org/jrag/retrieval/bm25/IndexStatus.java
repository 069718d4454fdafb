package org.jrag.retrieval.bm25;

/**
 * Body of {@code GET /v1/index/status}: the last change-log seq the BM25 index has applied and how many documents and
 * chunks it holds. Tests and scripts wait on {@code lastSeq}.
 */
public record IndexStatus(long lastSeq, long documents, long chunks) {}
