package org.jrag.engine.constrain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.jrag.engine.tokenizer.Tokenizer;

/**
 * Free text until the reply starts a JSON value of a schema, then that schema until the value is complete, then free
 * text again: a lazy grammar, as llama.cpp's server applies to function calls, so a call a model chooses to make
 * always parses and validates while its other replies stay unconstrained. A value starts after a trigger text
 * anywhere in the reply (Hermes' {@code <tool_call>}; bytes of the triggering token past the trigger count as the
 * value's first; white space between the trigger and the value is free, up to {@value #MAX_SPACES} tokens of it), or
 * where the reply's first character other than white space is an opening brace (Llama 3's bare JSON calls; the mask
 * then lets only those tokens start with a brace that the schema allows).
 *
 * <p>Not thread-safe; {@link #copy} is cheap.
 */
public final class TriggeredJsonConstraint implements TokenConstraint {

    /** White-space tokens allowed between a trigger and its value. */
    static final int MAX_SPACES = 4;

    private final JsonSchemaConstraint value;
    /** The trigger text (as ISO-8859-1 bytes), or null for the opening brace at the start. */
    private final String trigger;
    /** Tokens whose first byte other than white space is an opening brace (brace mode), shared by copies. */
    private final boolean[] braces;
    /** Tokens of white space only (trigger mode), shared by copies. */
    private final boolean[] blanks;

    private JsonSchemaConstraint active;
    /** A trigger was seen and its value has not started (white space so far); {@code spaces} tokens of it. */
    private boolean pending;

    private int spaces;
    /** The last bytes since the last value (fewer than the trigger), as ISO-8859-1 text. */
    private String tail;
    /** Brace mode: nothing but white space so far. */
    private boolean atStart;

    private TriggeredJsonConstraint(
            JsonSchemaConstraint value,
            String trigger,
            boolean[] braces,
            boolean[] blanks,
            JsonSchemaConstraint active,
            boolean pending,
            int spaces,
            String tail,
            boolean atStart) {
        this.value = value;
        this.trigger = trigger;
        this.braces = braces;
        this.blanks = blanks;
        this.active = active;
        this.pending = pending;
        this.spaces = spaces;
        this.tail = tail;
        this.atStart = atStart;
    }

    /**
     * Values of {@code jsonSchema} after each occurrence of {@code trigger} in the reply.
     *
     * @throws IllegalArgumentException for an empty trigger, and as {@link JsonSchemaConstraint#compile}
     */
    public static TriggeredJsonConstraint afterText(
            String trigger, String jsonSchema, Tokenizer tokenizer, Set<Integer> endTokens) {
        if (trigger.isEmpty()) {
            throw new IllegalArgumentException("trigger must not be empty");
        }
        String bytes = new String(trigger.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        JsonSchemaConstraint value = JsonSchemaConstraint.compile(jsonSchema, tokenizer, endTokens);
        return new TriggeredJsonConstraint(value, bytes, null, value.blankTokens(), null, false, 0, "", false);
    }

    /**
     * A value of {@code jsonSchema} when the reply starts with an opening brace (after white space).
     *
     * @throws IllegalArgumentException as {@link JsonSchemaConstraint#compile}
     */
    public static TriggeredJsonConstraint atOpeningBrace(
            String jsonSchema, Tokenizer tokenizer, Set<Integer> endTokens) {
        JsonSchemaConstraint value = JsonSchemaConstraint.compile(jsonSchema, tokenizer, endTokens);
        return new TriggeredJsonConstraint(value, null, value.braceTokens(), null, null, false, 0, "", true);
    }

    /** Where the first byte other than ASCII white space is ({@code piece.length} when there is none). */
    static int firstNonSpace(byte[] piece) {
        int i = 0;
        while (i < piece.length && (piece[i] == ' ' || piece[i] == '\n' || piece[i] == '\t' || piece[i] == '\r')) {
            i++;
        }
        return i;
    }

    /** Whether a value is under way or due (its schema constrains the next token). */
    public boolean inValue() {
        return active != null || pending;
    }

    @Override
    public void mask(float[] logits) {
        if (active != null) {
            active.mask(logits);
            return;
        }
        if (pending) {
            boolean[] allowed = value.allowed();
            for (int t = 0; t < logits.length; t++) {
                if (t >= allowed.length || !(allowed[t] || (blanks[t] && spaces < MAX_SPACES))) {
                    logits[t] = Float.NEGATIVE_INFINITY;
                }
            }
            return;
        }
        if (trigger == null && atStart) {
            boolean[] allowed = value.allowed();
            for (int t = 0; t < braces.length && t < logits.length; t++) {
                if (braces[t] && !allowed[t]) {
                    logits[t] = Float.NEGATIVE_INFINITY;
                }
            }
        }
    }

    @Override
    public void accept(int token) {
        if (active != null) {
            active.accept(token);
            if (active.isComplete()) {
                active = null;
            }
            return;
        }
        byte[] piece = value.piece(token);
        if (piece == null || value.isEnd(token)) {
            return;
        }
        if (pending) {
            if (firstNonSpace(piece) == piece.length) {
                spaces++;
            } else {
                start(piece);
            }
            return;
        }
        if (trigger == null) {
            if (atStart && firstNonSpace(piece) < piece.length) {
                atStart = false;
                if (piece[firstNonSpace(piece)] == '{') {
                    start(piece);
                }
            }
            return;
        }
        String text = tail + new String(piece, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(trigger);
        if (at >= 0) {
            tail = "";
            pending = true;
            spaces = 0;
            byte[] rest = Arrays.copyOfRange(
                    text.getBytes(StandardCharsets.ISO_8859_1), at + trigger.length(), text.length());
            if (firstNonSpace(rest) < rest.length) {
                start(rest);
            }
            return;
        }
        tail = text.substring(Math.max(0, text.length() - (trigger.length() - 1)));
    }

    /**
     * A value begins with {@code bytes} (white space before it dropped); bytes that break it (a token past the
     * trigger) leave it free text.
     */
    private void start(byte[] bytes) {
        pending = false;
        active = value.copy();
        if (!active.acceptBytes(Arrays.copyOfRange(bytes, firstNonSpace(bytes), bytes.length)) || active.isComplete()) {
            active = null;
        }
    }

    /** Whether no value is under way or due: the reply may end here. */
    @Override
    public boolean isComplete() {
        return active == null && !pending;
    }

    @Override
    public TriggeredJsonConstraint copy() {
        return new TriggeredJsonConstraint(
                value, trigger, braces, blanks, active == null ? null : active.copy(), pending, spaces, tail, atStart);
    }
}
