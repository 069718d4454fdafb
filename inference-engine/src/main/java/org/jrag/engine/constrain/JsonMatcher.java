package org.jrag.engine.constrain;

import java.util.Arrays;

/**
 * A pushdown recognizer of the bytes of one JSON text of a {@link JsonGrammar}. A state is an immutable set of
 * frame stacks (more than one only while {@code anyOf} alternatives still both fit), so stepping never changes the
 * state it starts from and copies are free.
 *
 * <p>Whitespace is bounded so that decoding cannot wander in it: one optional space before the value, after
 * {@code [ { , :}, and nowhere else. Numbers are bounded too: at most {@value #MAX_DIGITS} integer and fraction
 * digits and {@value #MAX_EXPONENT_DIGITS} exponent digits.
 */
final class JsonMatcher {
    static final int MAX_DIGITS = 15;
    static final int MAX_EXPONENT_DIGITS = 2;

    private JsonMatcher() {}

    /** The state before the first byte of a value of {@code grammar}. */
    static State start(JsonGrammar grammar) {
        return new State(new Stack[] {new Stack(new Root(grammar, Root.LEADING_SPACE), null)});
    }

    /** The set of frame stacks that fit the bytes so far; immutable. */
    static final class State {
        private final Stack[] stacks;

        private State(Stack[] stacks) {
            this.stacks = stacks;
        }

        /** The state after byte {@code b} (0..255), or null when no text of the grammar continues so. */
        State step(int b) {
            Out out = new Out();
            for (Stack s : stacks) {
                JsonMatcher.step(s, b, out);
            }
            return out.size == 0 ? null : new State(out.trimmed());
        }

        /** The state after all of {@code bytes}, or null. */
        State step(byte[] bytes) {
            State s = this;
            for (int i = 0; i < bytes.length && s != null; i++) {
                s = s.step(bytes[i] & 0xFF);
            }
            return s;
        }

        /** Whether the bytes so far are a whole JSON text of the grammar. */
        boolean isComplete() {
            for (Stack s : stacks) {
                if (complete(s)) {
                    return true;
                }
            }
            return false;
        }

        int alternatives() {
            return stacks.length;
        }

        /** The string frame when the state is exactly one stack inside a string, else null (mask fast path). */
        TextFrame inString() {
            return stacks.length == 1 && stacks[0].top() instanceof TextFrame t ? t : null;
        }

        /** The state of this one-stack string state at {@code position} instead of its own. */
        State inString(long position) {
            Stack s = stacks[0];
            return new State(new Stack[] {new Stack(new TextFrame(((TextFrame) s.top()).text(), position), s.rest())});
        }
    }

    /** A persistent stack: the innermost frame on top; {@code rest} is null only below the root. */
    record Stack(Frame top, Stack rest) {}

    /** Where the recognizer is inside one value. Records, so equal states collapse in {@link Out}. */
    sealed interface Frame {
        /** Adds every stack that results from consuming {@code b} with this frame on top of {@code rest}. */
        void step(int b, Stack rest, Out out);

        /** Whether the value may end here (then the byte may also belong to the frame below). */
        default boolean canEnd() {
            return false;
        }
    }

    private static void step(Stack s, int b, Out out) {
        s.top().step(b, s.rest(), out);
        if (s.rest() != null && s.top().canEnd()) {
            step(s.rest(), b, out);
        }
    }

    private static boolean complete(Stack s) {
        for (Stack f = s; f != null; f = f.rest()) {
            if (!f.top().canEnd()) {
                return false;
            }
        }
        return true;
    }

    /** Starts a value of {@code g} with its first byte {@code b}; {@code parent} resumes after the value. */
    private static void start(JsonGrammar g, int b, Stack parent, Out out) {
        switch (g) {
            case JsonGrammar.Literals l -> {
                int j = l.next(0, 0, b);
                if (j >= 0) {
                    literal(l, j, 1, parent, out);
                }
            }
            case JsonGrammar.Text t -> {
                if (b == '"') {
                    out.add(new Stack(new TextFrame(t, 0), parent));
                }
            }
            case JsonGrammar.Numeric n -> new NumberFrame(n, NumberFrame.START, 0, false, 0).step(b, parent, out);
            case JsonGrammar.Properties p -> {
                if (b == '{') {
                    out.add(new Stack(new ObjectFrame(p, 0, ObjectFrame.OPEN_SPACE, 0, 0), parent));
                }
            }
            case JsonGrammar.Dictionary d -> {
                if (b == '{') {
                    out.add(new Stack(new DictionaryFrame(d, DictionaryFrame.OPEN_SPACE), parent));
                }
            }
            case JsonGrammar.Array a -> {
                if (b == '[') {
                    out.add(new Stack(new ArrayFrame(a, 0, ArrayFrame.OPEN_SPACE), parent));
                }
            }
            case JsonGrammar.Union u -> {
                for (JsonGrammar alt : u.alternatives) {
                    start(alt, b, parent, out);
                }
            }
        }
    }

    /** After {@code k} bytes of literal {@code j}: pops at once when nothing can follow inside the literal. */
    private static void literal(JsonGrammar.Literals l, int j, int k, Stack parent, Out out) {
        if (l.continuesAfter(j, k)) {
            out.add(new Stack(new LiteralFrame(l, j, k), parent));
        } else {
            out.add(parent);
        }
    }

    /** The document: one optional leading space, then the value, then nothing. */
    record Root(JsonGrammar value, int phase) implements Frame {
        static final int LEADING_SPACE = 0;
        static final int VALUE = 1;
        static final int DONE = 2;

        @Override
        public void step(int b, Stack rest, Out out) {
            if (phase == LEADING_SPACE && b == ' ') {
                out.add(new Stack(new Root(value, VALUE), null));
            } else if (phase != DONE) {
                start(value, b, new Stack(new Root(value, DONE), null), out);
            }
        }

        @Override
        public boolean canEnd() {
            return phase == DONE;
        }
    }

    /** Inside literal {@code alt} (the first that fits), after {@code k} bytes. */
    record LiteralFrame(JsonGrammar.Literals literals, int alt, int k) implements Frame {
        @Override
        public void step(int b, Stack rest, Out out) {
            int j = literals.next(alt, k, b);
            if (j >= 0) {
                literal(literals, j, k + 1, rest, out);
            }
        }

        @Override
        public boolean canEnd() {
            return literals.endsAt(alt, k);
        }
    }

    /**
     * Inside a string after its opening quote. {@code position} packs the characters so far (high 32 bits) and
     * where inside a character the text is: plain text, after a backslash, in a {@code \}{@code uXXXX} escape with
     * {@code need} hex digits to go, or in a UTF-8 sequence with {@code need} continuation bytes to go, {@code range}
     * narrowing the next byte (no UTF-8 overlongs or surrogates, no {@code \}{@code uD800..DFFF} escapes).
     */
    record TextFrame(JsonGrammar.Text text, long position) implements Frame {
        /** {@link #next} results besides a new position. */
        static final long REJECT = -1;

        static final long CLOSE = -2;

        static final int PLAIN = 0;
        static final int ESCAPE = 1;
        static final int HEX = 2;
        static final int UTF8 = 3;
        // ranges for the next byte
        static final int ANY = 0;
        static final int A0_BF = 1;
        static final int X80_9F = 2;
        static final int X90_BF = 3;
        static final int X80_8F = 4;
        static final int HEX_0_7 = 5;

        @Override
        public void step(int b, Stack rest, Out out) {
            long next = next(text, position, b);
            if (next >= 0) {
                out.add(new Stack(new TextFrame(text, next), rest));
            } else if (next == CLOSE) {
                out.add(rest);
            }
        }

        static long position(int chars, int mode, int need, int range) {
            return (long) chars << 32 | mode << 8 | need << 4 | range;
        }

        /**
         * The position after byte {@code b}, {@link #CLOSE} for the closing quote, or {@link #REJECT}. Allocation-free,
         * so the mask can walk long stretches of string content without building frames.
         */
        static long next(JsonGrammar.Text text, long position, int b) {
            int chars = (int) (position >>> 32);
            int mode = (int) (position >> 8) & 0xF;
            int need = (int) (position >> 4) & 0xF;
            int range = (int) position & 0xF;
            switch (mode) {
                case PLAIN -> {
                    if (b == '"') {
                        return chars >= text.minLength ? CLOSE : REJECT;
                    }
                    if (chars >= text.maxLength) {
                        return REJECT;
                    }
                    int c = chars + 1;
                    if (b == '\\') {
                        return position(c, ESCAPE, 0, ANY);
                    } else if (b >= 0x20 && b < 0x80) {
                        return position(c, PLAIN, 0, ANY);
                    } else if (b >= 0xC2 && b <= 0xDF) {
                        return position(c, UTF8, 1, ANY);
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        return position(c, UTF8, 2, b == 0xE0 ? A0_BF : b == 0xED ? X80_9F : ANY);
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        return position(c, UTF8, 3, b == 0xF0 ? X90_BF : b == 0xF4 ? X80_8F : ANY);
                    }
                    return REJECT;
                }
                case ESCAPE -> {
                    if (b == '"' || b == '\\' || b == '/' || b == 'b' || b == 'f' || b == 'n' || b == 'r' || b == 't') {
                        return position(chars, PLAIN, 0, ANY);
                    }
                    return b == 'u' ? position(chars, HEX, 4, ANY) : REJECT;
                }
                case HEX -> {
                    int v = Character.digit(b, 16);
                    if (v < 0 || (range == HEX_0_7 && v > 7)) {
                        return REJECT;
                    }
                    int nextRange = need == 4 && v == 0xD ? HEX_0_7 : ANY;
                    return position(chars, need == 1 ? PLAIN : HEX, need - 1, nextRange);
                }
                case UTF8 -> {
                    boolean fits = switch (range) {
                        case A0_BF -> b >= 0xA0 && b <= 0xBF;
                        case X80_9F -> b >= 0x80 && b <= 0x9F;
                        case X90_BF -> b >= 0x90 && b <= 0xBF;
                        case X80_8F -> b >= 0x80 && b <= 0x8F;
                        default -> b >= 0x80 && b <= 0xBF;
                    };
                    return fits ? position(chars, need == 1 ? PLAIN : UTF8, need - 1, ANY) : REJECT;
                }
                default -> throw new IllegalStateException("bad string mode " + mode);
            }
        }
    }

    /**
     * Inside a number: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}, {@code digits} in the current
     * part; {@code negative} and {@code magnitude} hold the integer part, kept within an integer's bounds digit by
     * digit (a digit is allowed only when some number starting so can still end within them).
     */
    record NumberFrame(JsonGrammar.Numeric numeric, int phase, int digits, boolean negative, long magnitude)
            implements Frame {
        static final int START = 0;
        static final int MINUS = 1;
        static final int ZERO = 2;
        static final int INTEGER = 3;
        static final int POINT = 4;
        static final int FRACTION = 5;
        static final int E = 6;
        static final int EXPONENT_SIGN = 7;
        static final int EXPONENT = 8;

        @Override
        public void step(int b, Stack rest, Out out) {
            boolean digit = b >= '0' && b <= '9';
            switch (phase) {
                case START, MINUS -> {
                    if (b == '-' && phase == START) {
                        for (int d = 0; d <= 9; d++) {
                            if (numeric.reachable(true, d, 1)) {
                                push(MINUS, 0, true, 0, rest, out);
                                return;
                            }
                        }
                    } else if (digit && numeric.reachable(negative, b - '0', 1)) {
                        push(b == '0' ? ZERO : INTEGER, 1, negative, b - '0', rest, out);
                    }
                }
                case ZERO, INTEGER -> {
                    long next = magnitude * 10 + (b - '0');
                    if (digit
                            && phase == INTEGER
                            && digits < MAX_DIGITS
                            && numeric.reachable(negative, next, digits + 1)) {
                        push(INTEGER, digits + 1, negative, next, rest, out);
                    } else if (b == '.' && !numeric.integer && numeric.fits(negative, magnitude)) {
                        push(POINT, 0, negative, magnitude, rest, out);
                    } else if ((b == 'e' || b == 'E') && !numeric.integer && !numeric.bounded()) {
                        push(E, 0, negative, magnitude, rest, out);
                    }
                }
                case POINT, FRACTION -> {
                    // at a bound only zeros may follow the point (1.000 is 1)
                    boolean fits = b == '0' || numeric.fractionInside(negative, magnitude);
                    if (digit && digits < MAX_DIGITS && fits) {
                        push(FRACTION, digits + 1, negative, magnitude, rest, out);
                    } else if ((b == 'e' || b == 'E') && phase == FRACTION && !numeric.bounded()) {
                        push(E, 0, negative, magnitude, rest, out);
                    }
                }
                case E, EXPONENT_SIGN, EXPONENT -> {
                    if (digit && digits < MAX_EXPONENT_DIGITS) {
                        push(EXPONENT, digits + 1, negative, magnitude, rest, out);
                    } else if ((b == '+' || b == '-') && phase == E) {
                        push(EXPONENT_SIGN, 0, negative, magnitude, rest, out);
                    }
                }
                default -> throw new IllegalStateException("bad number phase " + phase);
            }
        }

        private void push(int nextPhase, int nextDigits, boolean neg, long mag, Stack rest, Out out) {
            out.add(new Stack(new NumberFrame(numeric, nextPhase, nextDigits, neg, mag), rest));
        }

        @Override
        public boolean canEnd() {
            return switch (phase) {
                case ZERO, INTEGER -> numeric.fits(negative, magnitude);
                case FRACTION, EXPONENT -> true;
                default -> false;
            };
        }
    }

    /** Inside an array of {@code count} items so far. */
    record ArrayFrame(JsonGrammar.Array array, int count, int phase) implements Frame {
        static final int OPEN_SPACE = 0;
        static final int OPEN = 1;
        static final int AFTER_ITEM = 2;
        static final int COMMA_SPACE = 3;
        static final int COMMA = 4;

        @Override
        public void step(int b, Stack rest, Out out) {
            switch (phase) {
                case OPEN_SPACE, OPEN -> {
                    if (b == ' ' && phase == OPEN_SPACE) {
                        out.add(new Stack(new ArrayFrame(array, 0, OPEN), rest));
                    } else if (b == ']' && array.minItems == 0) {
                        out.add(rest);
                    } else if (array.maxItems > 0) {
                        start(array.items, b, new Stack(new ArrayFrame(array, 1, AFTER_ITEM), rest), out);
                    }
                }
                case AFTER_ITEM -> {
                    if (b == ',' && count < array.maxItems) {
                        out.add(new Stack(new ArrayFrame(array, count, COMMA_SPACE), rest));
                    } else if (b == ']' && count >= array.minItems) {
                        out.add(rest);
                    }
                }
                case COMMA_SPACE, COMMA -> {
                    if (b == ' ' && phase == COMMA_SPACE) {
                        out.add(new Stack(new ArrayFrame(array, count, COMMA), rest));
                    } else {
                        start(array.items, b, new Stack(new ArrayFrame(array, count + 1, AFTER_ITEM), rest), out);
                    }
                }
                default -> throw new IllegalStateException("bad array phase " + phase);
            }
        }
    }

    /**
     * Inside an object of declared properties: {@code next} is the first property that may still come; in {@code
     * KEY} the name bytes so far are {@code k} bytes of property {@code key}'s (the first that fits).
     */
    record ObjectFrame(JsonGrammar.Properties object, int next, int phase, int key, int k) implements Frame {
        static final int OPEN_SPACE = 0;
        static final int OPEN = 1;
        static final int KEY = 2;
        static final int COLON = 3;
        static final int COLON_SPACE = 4;
        static final int VALUE = 5;
        static final int AFTER_VALUE = 6;
        static final int COMMA_SPACE = 7;
        static final int COMMA = 8;

        @Override
        public void step(int b, Stack rest, Out out) {
            int n = object.keys.length;
            switch (phase) {
                case OPEN_SPACE, OPEN, COMMA_SPACE, COMMA -> {
                    boolean open = phase == OPEN_SPACE || phase == OPEN;
                    if (b == ' ' && (phase == OPEN_SPACE || phase == COMMA_SPACE)) {
                        out.add(new Stack(new ObjectFrame(object, next, open ? OPEN : COMMA, 0, 0), rest));
                    } else if (b == '}' && open && object.firstRequired[next] == n) {
                        out.add(rest);
                    } else if (b == '"' && next < n) {
                        out.add(new Stack(new ObjectFrame(object, next, KEY, next, 1), rest));
                    }
                }
                case KEY -> {
                    int last = Math.min(object.firstRequired[next], n - 1);
                    byte[] prefix = object.keys[key];
                    for (int j = key; j <= last; j++) {
                        byte[] name = object.keys[j];
                        if (name.length > k && (name[k] & 0xFF) == b && Arrays.equals(name, 0, k, prefix, 0, k)) {
                            boolean whole = k + 1 == name.length;
                            out.add(new Stack(new ObjectFrame(object, next, whole ? COLON : KEY, j, k + 1), rest));
                            return;
                        }
                    }
                }
                case COLON -> {
                    if (b == ':') {
                        out.add(new Stack(new ObjectFrame(object, next, COLON_SPACE, key, 0), rest));
                    }
                }
                case COLON_SPACE, VALUE -> {
                    if (b == ' ' && phase == COLON_SPACE) {
                        out.add(new Stack(new ObjectFrame(object, next, VALUE, key, 0), rest));
                    } else {
                        Stack after = new Stack(new ObjectFrame(object, key + 1, AFTER_VALUE, 0, 0), rest);
                        start(object.values[key], b, after, out);
                    }
                }
                case AFTER_VALUE -> {
                    if (b == ',' && next < n) {
                        out.add(new Stack(new ObjectFrame(object, next, COMMA_SPACE, 0, 0), rest));
                    } else if (b == '}' && object.firstRequired[next] == n) {
                        out.add(rest);
                    }
                }
                default -> throw new IllegalStateException("bad object phase " + phase);
            }
        }
    }

    /** Inside an object with free property names; a name is a string frame pushed above this one. */
    record DictionaryFrame(JsonGrammar.Dictionary dictionary, int phase) implements Frame {
        static final JsonGrammar.Text NAME = new JsonGrammar.Text(0, Integer.MAX_VALUE);
        static final int OPEN_SPACE = 0;
        static final int OPEN = 1;
        static final int COLON = 2;
        static final int COLON_SPACE = 3;
        static final int VALUE = 4;
        static final int AFTER_VALUE = 5;
        static final int COMMA_SPACE = 6;
        static final int COMMA = 7;

        @Override
        public void step(int b, Stack rest, Out out) {
            switch (phase) {
                case OPEN_SPACE, OPEN, COMMA_SPACE, COMMA -> {
                    boolean open = phase == OPEN_SPACE || phase == OPEN;
                    if (b == ' ' && (phase == OPEN_SPACE || phase == COMMA_SPACE)) {
                        out.add(new Stack(new DictionaryFrame(dictionary, open ? OPEN : COMMA), rest));
                    } else if (b == '}' && open) {
                        out.add(rest);
                    } else if (b == '"') {
                        start(NAME, b, new Stack(new DictionaryFrame(dictionary, COLON), rest), out);
                    }
                }
                case COLON -> {
                    if (b == ':') {
                        out.add(new Stack(new DictionaryFrame(dictionary, COLON_SPACE), rest));
                    }
                }
                case COLON_SPACE, VALUE -> {
                    if (b == ' ' && phase == COLON_SPACE) {
                        out.add(new Stack(new DictionaryFrame(dictionary, VALUE), rest));
                    } else {
                        Stack after = new Stack(new DictionaryFrame(dictionary, AFTER_VALUE), rest);
                        start(dictionary.values, b, after, out);
                    }
                }
                case AFTER_VALUE -> {
                    if (b == ',') {
                        out.add(new Stack(new DictionaryFrame(dictionary, COMMA_SPACE), rest));
                    } else if (b == '}') {
                        out.add(rest);
                    }
                }
                default -> throw new IllegalStateException("bad dictionary phase " + phase);
            }
        }
    }

    /** Collects the stacks of one step, dropping duplicates (equal stacks from {@code anyOf} alternatives). */
    static final class Out {
        private Stack[] stacks = new Stack[1];
        private int size;

        void add(Stack s) {
            for (int i = 0; i < size; i++) {
                if (stacks[i].equals(s)) {
                    return;
                }
            }
            if (size == stacks.length) {
                stacks = Arrays.copyOf(stacks, size * 2);
            }
            stacks[size++] = s;
        }

        Stack[] trimmed() {
            return size == stacks.length ? stacks : Arrays.copyOf(stacks, size);
        }
    }
}
