package org.jrag.engine.tokenizer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * llama.cpp's SentencePiece-style tokenizer ({@code tokenizer.ggml.model = llama}): special tokens are split
 * out first; each text fragment gets a leading space when it starts the input or follows a special token,
 * spaces become {@code ▁}, then adjacent symbols are merged greedily by the score of the merged token (ties:
 * leftmost first); symbols that are not tokens fall back to {@code <0xNN>} byte tokens.
 */
public final class SentencePieceTokenizer implements Tokenizer {
    private static final String SPACE = "\u2581";

    private final Vocabulary vocab;
    private final SpecialTokenSplitter specials;
    private final int[] byteIds = new int[256];

    public SentencePieceTokenizer(Vocabulary vocab) {
        if (!"llama".equals(vocab.model())) {
            throw new UnsupportedTokenizerException(
                    "unsupported tokenizer model '" + vocab.model() + "' (supported: llama)");
        }
        this.vocab = vocab;
        this.specials = new SpecialTokenSplitter(vocab);
        for (int b = 0; b < 256; b++) {
            byteIds[b] = vocab.id(String.format("<0x%02X>", b));
        }
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
        boolean prevSpecial = true;
        for (SpecialTokenSplitter.Fragment fragment : specials.split(text)) {
            if (fragment instanceof SpecialTokenSplitter.Special(int id)) {
                out.add(id);
                prevSpecial = true;
            } else if (fragment instanceof SpecialTokenSplitter.Text(String plain)) {
                String raw = plain;
                if (vocab.addSpacePrefix() && prevSpecial) {
                    raw = " " + raw;
                }
                encodeFragment(raw.replace(" ", SPACE), out);
                prevSpecial = false;
            }
        }
        int[] ids = new int[out.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = out.get(i);
        }
        return ids;
    }

    /** A merge candidate: symbols left and right form a token with this score. */
    private record Bigram(int left, int right, float score, int length) {}

    private void encodeFragment(String text, List<Integer> out) {
        // 1. one symbol per code point, as a doubly linked list
        int n = text.codePointCount(0, text.length());
        String[] sym = new String[n];
        int[] prev = new int[n];
        int[] next = new int[n];
        for (int i = 0, pos = 0; i < n; i++) {
            int end = text.offsetByCodePoints(pos, 1);
            sym[i] = text.substring(pos, end);
            pos = end;
            prev[i] = i - 1;
            next[i] = i + 1 < n ? i + 1 : -1;
        }
        // 2. merge the best-scoring adjacent pair until none forms a token (ties: leftmost)
        PriorityQueue<Bigram> queue = new PriorityQueue<>((a, b) ->
                a.score() != b.score() ? Float.compare(b.score(), a.score()) : Integer.compare(a.left(), b.left()));
        for (int i = 1; i < n; i++) {
            offer(queue, sym, i - 1, i);
        }
        while (!queue.isEmpty()) {
            Bigram b = queue.poll();
            String l = sym[b.left()];
            String r = sym[b.right()];
            if (l == null || r == null || l.length() + r.length() != b.length()) {
                continue; // stale: one side was merged since
            }
            sym[b.left()] = l + r;
            sym[b.right()] = null;
            next[b.left()] = next[b.right()];
            if (next[b.right()] >= 0) {
                prev[next[b.right()]] = b.left();
            }
            if (prev[b.left()] >= 0) {
                offer(queue, sym, prev[b.left()], b.left());
            }
            if (next[b.left()] >= 0) {
                offer(queue, sym, b.left(), next[b.left()]);
            }
        }
        // 3. emit tokens; unknown symbols as UTF-8 byte tokens
        for (int i = n > 0 ? 0 : -1; i >= 0; i = next[i]) {
            int id = vocab.id(sym[i]);
            if (id >= 0) {
                out.add(id);
            } else {
                for (byte b : sym[i].getBytes(StandardCharsets.UTF_8)) {
                    int bt = byteIds[b & 0xFF];
                    out.add(bt >= 0 ? bt : vocab.unknownId());
                }
            }
        }
    }

    private void offer(PriorityQueue<Bigram> queue, String[] sym, int left, int right) {
        String merged = sym[left] + sym[right];
        int id = vocab.id(merged);
        if (id >= 0) {
            queue.add(new Bigram(left, right, vocab.scores()[id], merged.length()));
        }
    }

    @Override
    public byte[] pieceBytes(int token, boolean special) {
        String text = vocab.token(token);
        return switch (vocab.type(token)) {
            case NORMAL, UNDEFINED, UNUSED -> text.replace(SPACE, " ").getBytes(StandardCharsets.UTF_8);
            case BYTE -> new byte[] {(byte) Integer.parseInt(text.substring(3, 5), 16)};
            case USER_DEFINED -> text.getBytes(StandardCharsets.UTF_8);
            case CONTROL, UNKNOWN -> special ? text.getBytes(StandardCharsets.UTF_8) : new byte[0];
        };
    }
}
