/**
 * This service's retrieval stages in Spring AI's RAG vocabulary ({@code org.springframework.ai.rag}): the BM25 and
 * dense retrievers as {@code DocumentRetriever}s, reciprocal rank fusion as a {@code DocumentJoiner}, HyDE as a
 * {@code QueryTransformer}, re-ranking and lost-in-the-middle ordering as {@code DocumentPostProcessor}s, so a Spring
 * AI application (for example through {@code RetrievalAugmentationAdvisor}) can use them as they are. Values that
 * Spring AI's types have no slot for travel in {@code Query.context()} and {@code Document.getMetadata()} under the
 * keys of {@link org.jrag.retrieval.springai.RagKeys}.
 */
package org.jrag.retrieval.springai;
