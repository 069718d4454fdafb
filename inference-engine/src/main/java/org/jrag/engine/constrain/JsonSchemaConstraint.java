package org.jrag.engine.constrain;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.jrag.engine.tokenizer.Tokenizer;

/**
 * Constrains decoding to JSON texts that validate against a JSON Schema (OpenAI's {@code response_format} {@code
 * json_schema}), or to any JSON object ({@code json_object}). The schema is compiled to a byte-level pushdown
 * recognizer ({@link JsonMatcher}); the mask runs every vocabulary token's bytes through it, walking a byte trie of
 * the vocabulary ({@link TokenTrie}) so shared prefixes are stepped once and dead prefixes skipped whole.
 *
 * <p>Guarantees: every token the mask allows keeps the text a prefix of some valid JSON text, and every such
 * prefix can still be completed, so as long as the vocabulary holds single-byte tokens (byte fallback, byte-level
 * BPE) the mask never leaves zero tokens. End tokens are allowed exactly when the text is complete. Whitespace and
 * number lengths are bounded ({@link JsonMatcher}), and objects are written with their declared properties in
 * declared order and no others, which satisfies any {@code additionalProperties}.
 *
 * <p>Supported schema subset: {@code type} (one or an array, e.g. {@code ["string","null"]}, and OpenAPI {@code
 * nullable}); object {@code properties}, {@code required}, {@code additionalProperties} (a schema only without
 * {@code properties}); array {@code items}, {@code minItems}, {@code maxItems}; string {@code minLength}, {@code
 * maxLength}; integer {@code minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum}; number
 * {@code minimum}, {@code maximum} when integral; {@code enum} and {@code const} of scalars; {@code anyOf}; {@code
 * oneOf} of provably disjoint alternatives (different kinds, disjoint literals, or a required {@code const}/{@code
 * enum} discriminator); {@code allOf} of one schema; non-recursive {@code $ref} to {@code #/$defs/...} or {@code
 * #/definitions/...}; annotations ({@code title}, {@code description}, ...) are ignored. Anything else is refused.
 *
 * <p>Not thread-safe; {@link #copy} is cheap (the state is immutable and shared).
 */
public final class JsonSchemaConstraint implements TokenConstraint {
    /** Vocabulary tries by tokenizer, so compiling a schema per request does not re-walk the vocabulary. */
    private static final Map<Tokenizer, TokenIndex> INDEXES = Collections.synchronizedMap(new WeakHashMap<>());

    private final TokenIndex index;
    private JsonMatcher.State state;
    private boolean ended;

    /**
     * The vocabulary's trie, and per token whether it is white space only ({@code blanks}) and whether its first byte
     * other than white space is an opening brace ({@code braces}), for {@link TriggeredJsonConstraint}: computed once
     * per tokenizer, not per request.
     */
    private record TokenIndex(TokenTrie trie, Set<Integer> endTokens, boolean[] blanks, boolean[] braces) {

        static TokenIndex of(TokenTrie trie, Set<Integer> endTokens) {
            boolean[] blanks = new boolean[trie.vocabSize()];
            boolean[] braces = new boolean[trie.vocabSize()];
            for (int t = 0; t < blanks.length; t++) {
                byte[] piece = trie.pieces[t];
                int i = TriggeredJsonConstraint.firstNonSpace(piece);
                boolean end = endTokens.contains(t);
                blanks[t] = !end && piece.length > 0 && i == piece.length;
                braces[t] = !end && i < piece.length && piece[i] == '{';
            }
            return new TokenIndex(trie, endTokens, blanks, braces);
        }
    }

    private JsonSchemaConstraint(TokenIndex index, JsonMatcher.State state, boolean ended) {
        this.index = index;
        this.state = state;
        this.ended = ended;
    }

    /**
     * @param endTokens tokens that end generation (e.g. EOS, end of turn); allowed only once the JSON is complete
     * @throws IllegalArgumentException for malformed or invalid schemas and for keywords it cannot enforce (named)
     */
    public static JsonSchemaConstraint compile(String jsonSchema, Tokenizer tokenizer, Set<Integer> endTokens) {
        JsonGrammar grammar = SchemaCompiler.compile(jsonSchema);
        return new JsonSchemaConstraint(index(tokenizer, endTokens), JsonMatcher.start(grammar), false);
    }

    /** Any JSON object, with any property names and values (the {@code json_object} response format). */
    public static JsonSchemaConstraint anyObject(Tokenizer tokenizer, Set<Integer> endTokens) {
        return new JsonSchemaConstraint(index(tokenizer, endTokens), JsonMatcher.start(JsonGrammar.anyObject()), false);
    }

    private static TokenIndex index(Tokenizer tokenizer, Set<Integer> endTokens) {
        if (endTokens.isEmpty()) {
            throw new IllegalArgumentException("endTokens must not be empty: generation could never stop");
        }
        int size = tokenizer.vocabulary().size();
        for (int t : endTokens) {
            if (t < 0 || t >= size) {
                throw new IllegalArgumentException("end token must be in [0, " + size + "), got: " + t);
            }
        }
        Set<Integer> ends = Set.copyOf(endTokens);
        return INDEXES.compute(
                tokenizer,
                (k, v) ->
                        v != null && v.endTokens.equals(ends) ? v : TokenIndex.of(TokenTrie.of(tokenizer, ends), ends));
    }

    /**
     * Sets every logit whose token would break the JSON to negative infinity (also ids past the vocabulary).
     *
     * @throws IllegalStateException when no token of this vocabulary can continue the text (a vocabulary without
     *     the single-byte tokens the grammar needs)
     */
    @Override
    public void mask(float[] logits) {
        boolean[] allowed = allowed();
        boolean any = false;
        for (int i = 0; i < logits.length; i++) {
            if (i >= allowed.length || !allowed[i]) {
                logits[i] = Float.NEGATIVE_INFINITY;
            } else {
                any = true;
            }
        }
        if (!any) {
            throw new IllegalStateException("no token of the vocabulary can continue the JSON text here");
        }
    }

    /** Nodes of the vocabulary trie the mask walks at most (a measure of its cost). */
    int trieNodes() {
        return index.trie.size();
    }

    /** allowed[id]: whether token id may come next. */
    boolean[] allowed() {
        TokenTrie trie = index.trie;
        boolean[] allowed = new boolean[trie.vocabSize()];
        boolean complete = isComplete();
        for (int t : index.endTokens) {
            allowed[t] = complete;
        }
        if (ended) {
            return allowed;
        }
        // preorder walk: the state after the d bytes of the current node's prefix is states[d], or, inside a
        // string, strings[d] at positions[d] (allocation-free steps through string content)
        int depth = trie.maxDepth + 1;
        JsonMatcher.State[] states = new JsonMatcher.State[depth];
        JsonMatcher.State[] strings = new JsonMatcher.State[depth];
        long[] positions = new long[depth];
        enter(state, 0, states, strings, positions);
        // inside plain string text, whole subtrees of string content fit when the string has room for them
        JsonMatcher.TextFrame text = state.inString();
        long room = text != null && (text.position() & 0xFFFFFFFFL) == 0
                ? text.text().maxLength - (text.position() >>> 32)
                : -1;
        int n = trie.size();
        int i = 1;
        while (i < n) {
            int plain = trie.plainChars[i];
            if (plain >= 0 && plain <= room) {
                for (int k = trie.tokenStart[i]; k < trie.tokenStart[trie.skip[i]]; k++) {
                    allowed[trie.tokens[k]] = true;
                }
                i = trie.skip[i];
                continue;
            }
            int d = trie.depth[i];
            int b = trie.label[i] & 0xFF;
            JsonMatcher.State s;
            JsonMatcher.State string = strings[d - 1];
            if (string != null) {
                long next = JsonMatcher.TextFrame.next(string.inString().text(), positions[d - 1], b);
                if (next >= 0) {
                    strings[d] = string;
                    positions[d] = next;
                    allow(trie, i, allowed);
                    i++;
                    continue;
                }
                s = next == JsonMatcher.TextFrame.REJECT
                        ? null
                        : string.inString(positions[d - 1]).step(b);
            } else {
                s = states[d - 1].step(b);
            }
            if (s == null) {
                i = trie.skip[i];
                continue;
            }
            allow(trie, i, allowed);
            enter(s, d, states, strings, positions);
            i++;
        }
        return allowed;
    }

    /** Whether {@code token} may come next, checked on its own by stepping its bytes (the mask's reference). */
    boolean allows(int token) {
        if (index.endTokens.contains(token)) {
            return isComplete();
        }
        if (ended || token < 0 || token >= index.trie.vocabSize()) {
            return false;
        }
        byte[] bytes = index.trie.pieces[token];
        return bytes.length > 0 && state.step(bytes) != null;
    }

    private static void enter(
            JsonMatcher.State s, int d, JsonMatcher.State[] states, JsonMatcher.State[] strings, long[] positions) {
        JsonMatcher.TextFrame text = s.inString();
        states[d] = s;
        strings[d] = text == null ? null : s;
        positions[d] = text == null ? 0 : text.position();
    }

    private static void allow(TokenTrie trie, int node, boolean[] allowed) {
        for (int k = trie.tokenStart[node]; k < trie.tokenStart[node + 1]; k++) {
            allowed[trie.tokens[k]] = true;
        }
    }

    /**
     * @throws IllegalArgumentException when the token is not allowed here (its bytes break the JSON, an end token
     *     before the JSON is complete, anything after an end token)
     */
    @Override
    public void accept(int token) {
        if (ended) {
            throw new IllegalArgumentException("token " + token + " after the end token");
        }
        if (index.endTokens.contains(token)) {
            if (!state.isComplete()) {
                throw new IllegalArgumentException("end token " + token + " before the JSON text is complete");
            }
            ended = true;
            return;
        }
        byte[] bytes = token >= 0 && token < index.trie.vocabSize() ? index.trie.pieces[token] : null;
        JsonMatcher.State next = bytes == null || bytes.length == 0 ? null : state.step(bytes);
        if (next == null) {
            throw new IllegalArgumentException("token " + token + " "
                    + (bytes == null
                            ? "is outside the vocabulary"
                            : "\"" + new String(bytes, StandardCharsets.UTF_8) + "\" breaks the JSON"));
        }
        state = next;
    }

    /** The bytes of {@code token}, or null for ids outside the vocabulary. */
    byte[] piece(int token) {
        return token >= 0 && token < index.trie.vocabSize() ? index.trie.pieces[token] : null;
    }

    /** Per token, whether it is white space only (shared: do not write). */
    boolean[] blankTokens() {
        return index.blanks;
    }

    /** Per token, whether its first byte other than white space is an opening brace (shared: do not write). */
    boolean[] braceTokens() {
        return index.braces;
    }

    boolean isEnd(int token) {
        return index.endTokens.contains(token);
    }

    int vocabSize() {
        return index.trie.vocabSize();
    }

    /** Advances past {@code bytes} when they keep the JSON valid; else returns false and stays as it was. */
    boolean acceptBytes(byte[] bytes) {
        JsonMatcher.State next = ended ? null : state.step(bytes);
        if (next == null) {
            return false;
        }
        state = next;
        return true;
    }

    @Override
    public boolean isComplete() {
        return ended || state.isComplete();
    }

    @Override
    public JsonSchemaConstraint copy() {
        return new JsonSchemaConstraint(index, state, ended);
    }
}
