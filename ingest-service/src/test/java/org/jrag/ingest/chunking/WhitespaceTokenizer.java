package org.jrag.ingest.chunking;

import java.util.ArrayList;
import java.util.List;
import org.jrag.embedding.TextTokenizer;
import org.jrag.embedding.TokenSpan;

/** A tokenizer whose tokens are whitespace-separated words, so tests can count tokens by eye. */
record WhitespaceTokenizer(int maxTokens) implements TextTokenizer {

    @Override
    public List<TokenSpan> tokenize(String text) {
        var tokens = new ArrayList<TokenSpan>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                tokens.add(new TokenSpan(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    @Override
    public int specialTokens() {
        return 2;
    }
}
