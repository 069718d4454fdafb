/**
 * RAG as an OpenAI-compatible chat model at {@code /v1/rag}: {@code GET /v1/rag/models} lists {@code rag} and
 * {@code rag/<collection>}, and {@code POST /v1/rag/chat/completions} answers a chat with {@code /v1/ask}'s pipeline.
 */
package org.jrag.retrieval.openai;
