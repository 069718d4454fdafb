package org.jrag.engine.tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits text into plain fragments and special-token ids before any pre-tokenization, longest special token
 * first (llama.cpp's {@code tokenizer_st_partition}): control, user-defined and unknown tokens written in the text
 * become their ids, so {@code <|im_start|>} in a rendered chat prompt is one token, never split by a regex.
 */
final class SpecialTokenSplitter {
    /** A run of ordinary text or one special token. */
    sealed interface Fragment permits Text, Special {}

    record Text(String text) implements Fragment {}

    record Special(int id) implements Fragment {}

    private final Vocabulary vocab;
    private final int[] specialIds;

    SpecialTokenSplitter(Vocabulary vocab) {
        this.vocab = vocab;
        List<Integer> specials = new ArrayList<>();
        for (int i = 0; i < vocab.size(); i++) {
            TokenType t = vocab.type(i);
            if ((t == TokenType.CONTROL || t == TokenType.USER_DEFINED || t == TokenType.UNKNOWN)
                    && !vocab.token(i).isEmpty()) {
                specials.add(i);
            }
        }
        specials.sort(Comparator.comparingInt((Integer i) -> -vocab.token(i).length()));
        this.specialIds = specials.stream().mapToInt(Integer::intValue).toArray();
    }

    List<Fragment> split(String text) {
        List<Fragment> fragments = new ArrayList<>();
        if (text.isEmpty()) {
            return fragments;
        }
        fragments.add(new Text(text));
        for (int id : specialIds) {
            String special = vocab.token(id);
            if (!text.contains(special)) {
                continue; // cheap pre-check: most vocabularies hold hundreds of specials that never occur
            }
            List<Fragment> next = new ArrayList<>();
            for (Fragment f : fragments) {
                if (!(f instanceof Text(String s))) {
                    next.add(f);
                    continue;
                }
                int from = 0;
                int at;
                while ((at = s.indexOf(special, from)) >= 0) {
                    if (at > from) {
                        next.add(new Text(s.substring(from, at)));
                    }
                    next.add(new Special(id));
                    from = at + special.length();
                }
                if (from < s.length()) {
                    next.add(new Text(s.substring(from)));
                }
            }
            fragments = next;
        }
        return fragments;
    }
}
