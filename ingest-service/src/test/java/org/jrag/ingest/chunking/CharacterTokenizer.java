package org.jrag.ingest.chunking;

import java.util.ArrayList;
import java.util.List;
import org.jrag.embedding.TextTokenizer;
import org.jrag.embedding.TokenSpan;

/** One token per non-whitespace character, so a single word can outgrow a budget. */
record CharacterTokenizer() implements TextTokenizer {

    @Override
    public List<TokenSpan> tokenize(String text) {
        var tokens = new ArrayList<TokenSpan>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                tokens.add(new TokenSpan(i, i + 1));
            }
        }
        return tokens;
    }

    @Override
    public int maxTokens() {
        return 512;
    }

    @Override
    public int specialTokens() {
        return 2;
    }
}
