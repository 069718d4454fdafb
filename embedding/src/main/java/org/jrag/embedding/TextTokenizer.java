package org.jrag.embedding;

import java.util.List;

/** The embedding model's tokenizer, without special tokens, reporting where each token sits in the text. */
public interface TextTokenizer {

    /** The tokens of {@code text} in order, as character offsets into it. */
    List<TokenSpan> tokenize(String text);

    default int countTokens(String text) {
        return tokenize(text).size();
    }

    /** The most tokens the model reads at once, special tokens included. */
    int maxTokens();

    /** How many of {@link #maxTokens()} the model's own special tokens take ([CLS] and [SEP] for BERT). */
    int specialTokens();
}
