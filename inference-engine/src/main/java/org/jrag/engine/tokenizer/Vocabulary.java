package org.jrag.engine.tokenizer;

import java.util.HashMap;
import java.util.Map;
import org.jrag.engine.gguf.GgufMetadata;

/** The vocabulary and special-token settings stored under {@code tokenizer.ggml.*}. */
public record Vocabulary(
        String model,
        String[] tokens,
        float[] scores,
        TokenType[] types,
        int bosId,
        int eosId,
        int unknownId,
        boolean addBos,
        boolean addSpacePrefix,
        Map<String, Integer> ids) {

    public Vocabulary {
        if (tokens.length != scores.length || tokens.length != types.length) {
            throw new IllegalArgumentException("tokens, scores and types must have equal lengths, got: " + tokens.length
                    + ", " + scores.length + ", " + types.length);
        }
    }

    public int size() {
        return tokens.length;
    }

    public String token(int id) {
        return tokens[id];
    }

    public TokenType type(int id) {
        return types[id];
    }

    /** Token id of an exact token text, or -1. */
    public int id(String text) {
        Integer id = ids.get(text);
        return id == null ? -1 : id;
    }

    public static Vocabulary from(GgufMetadata md) {
        String model = md.getString("tokenizer.ggml.model");
        String[] tokens = md.getStringArray("tokenizer.ggml.tokens");
        float[] scores = md.contains("tokenizer.ggml.scores")
                ? md.getFloatArray("tokenizer.ggml.scores")
                : new float[tokens.length];
        TokenType[] types = new TokenType[tokens.length];
        if (md.contains("tokenizer.ggml.token_type")) {
            int[] raw = md.getIntArray("tokenizer.ggml.token_type");
            for (int i = 0; i < tokens.length; i++) {
                types[i] = TokenType.fromId(raw[i]);
            }
        } else {
            java.util.Arrays.fill(types, TokenType.NORMAL);
        }
        Map<String, Integer> ids = new HashMap<>(tokens.length * 2);
        for (int i = 0; i < tokens.length; i++) {
            ids.putIfAbsent(tokens[i], i);
        }
        boolean spm = "llama".equals(model);
        return new Vocabulary(
                model,
                tokens,
                scores,
                types,
                tokenId(md, "tokenizer.ggml.bos_token_id", spm ? 1 : -1, tokens.length),
                tokenId(md, "tokenizer.ggml.eos_token_id", spm ? 2 : -1, tokens.length),
                tokenId(md, "tokenizer.ggml.unknown_token_id", spm ? 0 : -1, tokens.length),
                md.findBool("tokenizer.ggml.add_bos_token").orElse(spm),
                md.findBool("tokenizer.ggml.add_space_prefix").orElse(spm),
                Map.copyOf(ids));
    }

    /** A special token id; out-of-range values (llama.cpp's "bad special token", e.g. 0xFFFFFFFF) become -1. */
    private static int tokenId(GgufMetadata md, String key, int dflt, int vocabSize) {
        long id = md.findLong(key).orElse((long) dflt);
        return id >= 0 && id < vocabSize ? (int) id : -1;
    }
}
