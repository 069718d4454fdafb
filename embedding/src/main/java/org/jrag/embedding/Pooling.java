package org.jrag.embedding;

/** How a BERT-style model's per-token vectors become one text vector. */
public enum Pooling {
    /** The first ([CLS]) token's vector: bge. */
    CLS,
    /** The mean of the non-padding tokens' vectors: sentence-transformers such as all-MiniLM-L6-v2. */
    MEAN
}
