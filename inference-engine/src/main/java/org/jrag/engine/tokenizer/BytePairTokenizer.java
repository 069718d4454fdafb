package org.jrag.engine.tokenizer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jrag.engine.gguf.GgufMetadata;

/**
 * Byte-level BPE ({@code tokenizer.ggml.model = gpt2}), as Llama 3, Qwen2, SmolLM and GPT-2 vocabularies use it: special
 * tokens are split out first; each remaining fragment is cut into words by the family's pre-tokenizer regex; each
 * word's UTF-8 bytes are spelled with GPT-2's byte-to-unicode alphabet; then the adjacent pair with the lowest
 * merge rank ({@code tokenizer.ggml.merges}) is merged until no ranked pair is left (ties: leftmost). Every byte is
 * a token, so there is no unknown text and no byte fallback.
 */
public final class BytePairTokenizer implements Tokenizer {
    /** GPT-2's bytes_to_unicode: printable bytes map to themselves, the rest to U+0100 upwards. */
    private static final char[] BYTE_TO_CHAR = new char[256];

    private static final Map<Character, Integer> CHAR_TO_BYTE = new HashMap<>();

    static {
        int n = 0;
        for (int b = 0; b < 256; b++) {
            boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            BYTE_TO_CHAR[b] = printable ? (char) b : (char) (256 + n++);
            CHAR_TO_BYTE.put(BYTE_TO_CHAR[b], b);
        }
    }

    private final Vocabulary vocab;
    private final BpePreTokenizer preTokenizer;
    private final Map<String, Integer> mergeRanks;
    private final SpecialTokenSplitter specials;

    /**
     * @param merges merge rules "left right", best (rank 0) first
     */
    public BytePairTokenizer(Vocabulary vocab, List<String> merges, BpePreTokenizer preTokenizer) {
        if (!"gpt2".equals(vocab.model())) {
            throw new UnsupportedTokenizerException(
                    "byte-level BPE needs tokenizer model 'gpt2', got: '" + vocab.model() + "'");
        }
        this.vocab = vocab;
        this.preTokenizer = preTokenizer;
        this.mergeRanks = new HashMap<>(merges.size() * 2);
        for (int rank = 0; rank < merges.size(); rank++) {
            mergeRanks.putIfAbsent(merges.get(rank), rank);
        }
        this.specials = new SpecialTokenSplitter(vocab);
    }

    /**
     * Reads merges and pre-tokenizer from metadata; BOS is added when {@code tokenizer.ggml.add_bos_token} says
     * so, else by the family's default (Llama 3: yes, Qwen2 and GPT-2: no), as llama.cpp decides.
     */
    static BytePairTokenizer from(Vocabulary vocab, GgufMetadata md) {
        BpePreTokenizer pre =
                BpePreTokenizer.named(md.findString("tokenizer.ggml.pre").orElse("default"));
        if (!md.contains("tokenizer.ggml.merges")) {
            throw new UnsupportedTokenizerException("byte-level BPE vocabulary has no tokenizer.ggml.merges");
        }
        boolean addBos = md.findBool("tokenizer.ggml.add_bos_token").orElse(pre.addBosByDefault());
        Vocabulary v = new Vocabulary(
                vocab.model(),
                vocab.tokens(),
                vocab.scores(),
                vocab.types(),
                vocab.bosId(),
                vocab.eosId(),
                vocab.unknownId(),
                addBos && vocab.bosId() >= 0,
                false,
                vocab.ids());
        return new BytePairTokenizer(v, List.of(md.getStringArray("tokenizer.ggml.merges")), pre);
    }

    public BpePreTokenizer preTokenizer() {
        return preTokenizer;
    }

    @Override
    public Vocabulary vocabulary() {
        return vocab;
    }

    @Override
    public int[] encode(String text, boolean addBos) {
        List<Integer> out = new ArrayList<>();
        if (addBos && vocab.bosId() >= 0) {
            out.add(vocab.bosId());
        }
        for (SpecialTokenSplitter.Fragment fragment : specials.split(text)) {
            switch (fragment) {
                case SpecialTokenSplitter.Special(int id) -> out.add(id);
                case SpecialTokenSplitter.Text(String plain) -> {
                    for (String word : preTokenizer.split(plain)) {
                        encodeWord(byteLevel(word), out);
                    }
                }
            }
        }
        int[] ids = new int[out.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = out.get(i);
        }
        return ids;
    }

    /** The word's UTF-8 bytes, one GPT-2 alphabet char per byte. */
    static String byteLevel(String word) {
        byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = BYTE_TO_CHAR[bytes[i] & 0xFF];
        }
        return new String(chars);
    }

    private void encodeWord(String word, List<Integer> out) {
        if (preTokenizer.ignoreMerges()) {
            int whole = vocab.id(word);
            if (whole >= 0) {
                out.add(whole);
                return;
            }
        }
        // 1. one symbol per byte char; 2. merge the lowest-ranked adjacent pair (leftmost on ties) until none is ranked
        List<String> symbols = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            symbols.add(word.substring(i, i + 1));
        }
        while (symbols.size() > 1) {
            int bestRank = Integer.MAX_VALUE;
            int bestAt = -1;
            for (int i = 0; i + 1 < symbols.size(); i++) {
                Integer rank = mergeRanks.get(symbols.get(i) + " " + symbols.get(i + 1));
                if (rank != null && rank < bestRank) {
                    bestRank = rank;
                    bestAt = i;
                }
            }
            if (bestAt < 0) {
                break;
            }
            symbols.set(bestAt, symbols.get(bestAt) + symbols.remove(bestAt + 1));
        }
        // 3. symbols to ids; a symbol missing from the vocabulary falls back to its single-byte tokens
        for (String s : symbols) {
            int id = vocab.id(s);
            if (id >= 0) {
                out.add(id);
                continue;
            }
            for (int i = 0; i < s.length(); i++) {
                int b = vocab.id(s.substring(i, i + 1));
                out.add(b >= 0 ? b : vocab.unknownId());
            }
        }
    }

    @Override
    public byte[] pieceBytes(int token, boolean special) {
        String text = vocab.token(token);
        return switch (vocab.type(token)) {
            case NORMAL, UNDEFINED, BYTE -> fromByteLevel(text);
            case USER_DEFINED -> text.getBytes(StandardCharsets.UTF_8);
            case CONTROL, UNKNOWN, UNUSED -> special ? text.getBytes(StandardCharsets.UTF_8) : new byte[0];
        };
    }

    /** Inverse of {@link #byteLevel}: chars outside the alphabet (never in a real vocabulary) pass as UTF-8. */
    private static byte[] fromByteLevel(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            Integer b = CHAR_TO_BYTE.get(text.charAt(i));
            if (b != null) {
                out.write(b);
            } else {
                out.writeBytes(String.valueOf(text.charAt(i)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
