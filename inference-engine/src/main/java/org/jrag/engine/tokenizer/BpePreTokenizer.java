package org.jrag.engine.tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pre-tokenizers of byte-level BPE vocabularies, chosen by {@code tokenizer.ggml.pre}: the regex that cuts
 * text into words before merging (merges never cross a word boundary), plus the per-family switches llama.cpp
 * keeps beside it. The regexes are the ones in the models' own {@code tokenizer.json}; {@code \s} is Unicode
 * white space, as in the Rust {@code tokenizers} library.
 */
public enum BpePreTokenizer {
    /** Llama 3: digits in groups of up to three; a word found whole in the vocabulary skips merging. */
    LLAMA3(
            "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*"
                    + "|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
            true,
            true,
            false,
            "llama-bpe",
            "llama3"),
    /** Qwen2 / Qwen2.5 / Qwen3: as Llama 3 but one digit per word, and merges always run. */
    QWEN2(
            "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*"
                    + "|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
            false,
            false,
            false,
            "qwen2"),
    /** GPT-2's original split. */
    GPT2(
            "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+",
            false,
            false,
            false,
            "gpt2",
            "default"),
    /** SmolLM / SmolLM2: every digit is a word of its own first, then GPT-2's split on the rest. */
    SMOLLM(
            "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+",
            false,
            false,
            true,
            "smollm");

    private final Pattern pattern;
    private final boolean ignoreMerges;
    private final boolean addBosByDefault;
    private final boolean digitsFirst;
    private final List<String> names;

    BpePreTokenizer(String regex, boolean ignoreMerges, boolean addBosByDefault, boolean digitsFirst, String... names) {
        this.pattern = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
        this.ignoreMerges = ignoreMerges;
        this.addBosByDefault = addBosByDefault;
        this.digitsFirst = digitsFirst;
        this.names = List.of(names);
    }

    /** The pre-tokenizer that a {@code tokenizer.ggml.pre} value names. */
    public static BpePreTokenizer named(String pre) {
        for (BpePreTokenizer p : values()) {
            if (p.names.contains(pre)) {
                return p;
            }
        }
        List<String> known = new ArrayList<>();
        for (BpePreTokenizer p : values()) {
            known.addAll(p.names);
        }
        throw new UnsupportedTokenizerException(
                "unsupported BPE pre-tokenizer '" + pre + "' (supported: " + String.join(", ", known) + ")");
    }

    /** The words of {@code text}, in order; their concatenation is {@code text}. */
    public List<String> split(String text) {
        List<String> words = new ArrayList<>();
        if (!digitsFirst) {
            splitByRegex(text, words);
            return words;
        }
        // each numeric code point (\p{N}, Rust's char::is_numeric) alone, the runs between through the regex
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isNumeric(cp)) {
                if (i > start) {
                    splitByRegex(text.substring(start, i), words);
                }
                words.add(text.substring(i, next));
                start = next;
            }
            i = next;
        }
        if (start < text.length()) {
            splitByRegex(text.substring(start), words);
        }
        return words;
    }

    private static boolean isNumeric(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private void splitByRegex(String text, List<String> words) {
        Matcher m = pattern.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                words.add(text.substring(last, m.start())); // unmatched gap (cannot happen: \s+ and . cover all)
            }
            if (m.end() > m.start()) {
                words.add(m.group());
            }
            last = m.end();
        }
        if (last < text.length()) {
            words.add(text.substring(last));
        }
    }

    /** Whether a word that is itself a token is emitted as is, without merging (Llama 3's {@code ignore_merges}). */
    public boolean ignoreMerges() {
        return ignoreMerges;
    }

    /** llama.cpp's BOS default for this family when {@code tokenizer.ggml.add_bos_token} is absent. */
    public boolean addBosByDefault() {
        return addBosByDefault;
    }
}
