package org.jrag.engine.constrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The byte-level recognizer against a table of texts: whole JSON texts, proper prefixes, and rejections. */
class JsonMatcherTests {
    enum Verdict {
        COMPLETE,
        PREFIX,
        REJECTED
    }

    static final String PERSON = """
            {"type": "object", "properties": {
              "name": {"type": "string", "minLength": 1, "maxLength": 10},
              "age": {"type": "integer"},
              "email": {"type": ["string", "null"]},
              "tags": {"type": "array", "items": {"enum": ["a", "b"]}, "maxItems": 2},
              "score": {"type": "number"},
              "ok": {"type": "boolean"}},
             "required": ["name", "age"], "additionalProperties": false}
            """;

    static final String ENUMS = """
            {"enum": [1, 12, "x", null, true, 2.5]}
            """;

    static final String NUMBER = """
            {"type": "number"}
            """;

    static final String REFS = """
            {"$defs": {"point": {"type": "object", "properties": {"x": {"type": "integer"}}, "required": ["x"]}},
             "type": "array", "items": {"$ref": "#/$defs/point"}, "minItems": 1}
            """;

    static final String PREFIX_KEYS = """
            {"type": "object", "properties": {"a": {"type": "integer"}, "ab": {"type": "integer"}, "b": {"const": "é"}}}
            """;

    static final String UNION = """
            {"type": "array", "items": {"anyOf": [{"type": "integer"}, {"type": "number"}, {"type": "string", "maxLength": 2}]}}
            """;

    static final String TAGGED = """
            {"oneOf": [
              {"type": "object", "properties": {"kind": {"const": "circle"}, "r": {"type": "number"}}, "required": ["kind", "r"]},
              {"type": "object", "properties": {"kind": {"const": "square"}, "side": {"type": "number"}}, "required": ["kind", "side"]}]}
            """;

    static final String BOUNDED = """
            {"type": "integer", "minimum": -5, "exclusiveMaximum": 100}
            """;

    static final String TEENS = """
            {"type": "integer", "minimum": 10, "maximum": 20}
            """;

    static final String RATIO = """
            {"type": "number", "minimum": 0, "maximum": 1}
            """;

    static final String NEGATIVE = """
            {"type": "number", "minimum": -3, "maximum": -2}
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                // objects: declared order, required, types
                Arguments.of(PERSON, "{\"name\":\"Al\",\"age\":3}", Verdict.COMPLETE),
                Arguments.of(PERSON, " { \"name\": \"Al\", \"age\": -12, \"email\": null}", Verdict.COMPLETE),
                Arguments.of(PERSON, "{\"name\":\"Zoë\",\"age\":0,\"tags\":[\"a\", \"b\"]}", Verdict.COMPLETE),
                Arguments.of(
                        PERSON, "{\"name\":\"\\\"q\\\"\",\"age\":1,\"score\":1.5e-3,\"ok\":true}", Verdict.COMPLETE),
                Arguments.of(PERSON, "{\"name\":\"\\u00e9\\n\",\"age\":7,\"ok\":false}", Verdict.COMPLETE),
                Arguments.of(PERSON, "{\"name\":\"Al\",\"age\":3", Verdict.PREFIX),
                Arguments.of(PERSON, "{\"name\":\"Al\"}", Verdict.REJECTED), // age is required
                Arguments.of(PERSON, "{\"age\":3,\"name\":\"Al\"}", Verdict.REJECTED), // declared order only
                Arguments.of(PERSON, "{\"name\":\"\",\"age\":1}", Verdict.REJECTED), // minLength 1
                Arguments.of(PERSON, "{\"name\":\"abcdefghijk\",\"age\":1}", Verdict.REJECTED), // maxLength 10
                Arguments.of(PERSON, "{\"name\":\"Al\",\"age\":1.5}", Verdict.REJECTED),
                Arguments.of(PERSON, "{\"name\":\"Al\",\"age\":01}", Verdict.REJECTED),
                Arguments.of(PERSON, "{\"name\":\"Al\",\"age\":1,\"tags\":[\"c\"]}", Verdict.REJECTED),
                Arguments.of(PERSON, "{\"name\":\"Al\",\"age\":1,\"tags\":[\"a\",\"a\",\"a\"]}", Verdict.REJECTED),
                Arguments.of(PERSON, "{\"name\":\"Al\",\"age\":1,\"extra\":1}", Verdict.REJECTED),
                Arguments.of(PERSON, "{\"name\":\"Al\",\"age\":1,}", Verdict.REJECTED),
                Arguments.of(PERSON, "{\"name\":\"Al\",\"age\":1} ", Verdict.REJECTED), // nothing after the value
                Arguments.of(PERSON, "{  \"name\":\"Al\",\"age\":1}", Verdict.REJECTED), // one space at most
                Arguments.of(PERSON, "{\"name\":\"a\tb\",\"age\":1}", Verdict.REJECTED), // raw control character
                Arguments.of(PERSON, "{\"name\":\"\\x\",\"age\":1}", Verdict.REJECTED), // bad escape
                Arguments.of(PERSON, "{\"name\":\"\\ud800\",\"age\":1}", Verdict.REJECTED), // lone surrogate escape
                Arguments.of(PERSON, "{\"name\":\"Al\",\"age\":1,\"email\":nul", Verdict.PREFIX),
                // literals whose texts prefix each other
                Arguments.of(ENUMS, "1", Verdict.COMPLETE),
                Arguments.of(ENUMS, "12", Verdict.COMPLETE),
                Arguments.of(ENUMS, "123", Verdict.REJECTED),
                Arguments.of(ENUMS, "\"x\"", Verdict.COMPLETE),
                Arguments.of(ENUMS, "nul", Verdict.PREFIX),
                Arguments.of(ENUMS, "2.5", Verdict.COMPLETE),
                Arguments.of(ENUMS, "false", Verdict.REJECTED),
                // numbers
                Arguments.of(NUMBER, "-", Verdict.PREFIX),
                Arguments.of(NUMBER, "-0", Verdict.COMPLETE),
                Arguments.of(NUMBER, "1E+05", Verdict.COMPLETE),
                Arguments.of(NUMBER, "0.25", Verdict.COMPLETE),
                Arguments.of(NUMBER, "1.", Verdict.PREFIX),
                Arguments.of(NUMBER, "1.e5", Verdict.REJECTED),
                Arguments.of(NUMBER, ".5", Verdict.REJECTED),
                Arguments.of(NUMBER, "1234567890123456", Verdict.REJECTED), // 16 digits
                Arguments.of(NUMBER, "1e123", Verdict.REJECTED), // 3 exponent digits
                // integer bounds, digit by digit
                Arguments.of(BOUNDED, "-5", Verdict.COMPLETE),
                Arguments.of(BOUNDED, "-0", Verdict.COMPLETE),
                Arguments.of(BOUNDED, "-6", Verdict.REJECTED),
                Arguments.of(BOUNDED, "-", Verdict.PREFIX),
                Arguments.of(BOUNDED, "99", Verdict.COMPLETE),
                Arguments.of(BOUNDED, "10", Verdict.COMPLETE),
                Arguments.of(BOUNDED, "100", Verdict.REJECTED),
                Arguments.of(TEENS, "1", Verdict.PREFIX),
                Arguments.of(TEENS, "15", Verdict.COMPLETE),
                Arguments.of(TEENS, "20", Verdict.COMPLETE),
                Arguments.of(TEENS, "21", Verdict.REJECTED),
                Arguments.of(TEENS, "3", Verdict.REJECTED),
                Arguments.of(TEENS, "0", Verdict.REJECTED),
                Arguments.of(TEENS, "-", Verdict.REJECTED),
                // number bounds: the integer part, then zeros only at a bound, no exponent
                Arguments.of(RATIO, "0.5", Verdict.COMPLETE),
                Arguments.of(RATIO, "0.999", Verdict.COMPLETE),
                Arguments.of(RATIO, "1", Verdict.COMPLETE),
                Arguments.of(RATIO, "1.00", Verdict.COMPLETE),
                Arguments.of(RATIO, "-0.0", Verdict.COMPLETE),
                Arguments.of(RATIO, "1.5", Verdict.REJECTED),
                Arguments.of(RATIO, "-0.5", Verdict.REJECTED),
                Arguments.of(RATIO, "2", Verdict.REJECTED),
                Arguments.of(RATIO, "1e0", Verdict.REJECTED),
                Arguments.of(NEGATIVE, "-2.5", Verdict.COMPLETE),
                Arguments.of(NEGATIVE, "-3.0", Verdict.COMPLETE),
                Arguments.of(NEGATIVE, "-2", Verdict.COMPLETE),
                Arguments.of(NEGATIVE, "-3.5", Verdict.REJECTED),
                Arguments.of(NEGATIVE, "-1", Verdict.REJECTED),
                // $ref, arrays
                Arguments.of(REFS, "[{\"x\":1}, {\"x\":2}]", Verdict.COMPLETE),
                Arguments.of(REFS, "[]", Verdict.REJECTED), // minItems 1
                Arguments.of(REFS, "[{\"x\":1},{\"y\":2}]", Verdict.REJECTED),
                // names that prefix each other; a non-ASCII const
                Arguments.of(PREFIX_KEYS, "{\"ab\":1}", Verdict.COMPLETE),
                Arguments.of(PREFIX_KEYS, "{\"a\":1,\"ab\":2,\"b\":\"é\"}", Verdict.COMPLETE),
                Arguments.of(PREFIX_KEYS, "{}", Verdict.COMPLETE),
                Arguments.of(PREFIX_KEYS, "{\"ab\":1,\"a\":2}", Verdict.REJECTED),
                // anyOf of overlapping alternatives
                Arguments.of(UNION, "[1, 2.5, \"ab\", -3]", Verdict.COMPLETE),
                Arguments.of(UNION, "[\"abc\"]", Verdict.REJECTED),
                // oneOf with a discriminator
                Arguments.of(TAGGED, "{\"kind\":\"square\",\"side\":2}", Verdict.COMPLETE),
                Arguments.of(TAGGED, "{\"kind\":\"square\",\"r\":2}", Verdict.REJECTED));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void recognizesTexts(String schema, String text, Verdict expected) {
        JsonMatcher.State s =
                JsonMatcher.start(SchemaCompiler.compile(schema)).step(text.getBytes(StandardCharsets.UTF_8));
        Verdict actual = s == null ? Verdict.REJECTED : s.isComplete() ? Verdict.COMPLETE : Verdict.PREFIX;
        assertThat(actual).as(text).isEqualTo(expected);
    }

    @Test
    void acceptsAnyObjectInFreeFormMode() {
        JsonMatcher.State start = JsonMatcher.start(JsonGrammar.anyObject());
        assertThat(start.step(bytes("{\"a\":[1,{\"b\":null}], \"c\":\"d\",\"e\":{}}"))
                        .isComplete())
                .isTrue();
        assertThat(start.step(bytes("[]"))).isNull();
        assertThat(start.step(bytes("{\"a\":}"))).isNull();
        assertThat(start.step(bytes("{\"a\":1,}"))).isNull();
    }

    @Test
    void validatesUtf8InsideStrings() {
        JsonMatcher.State open = JsonMatcher.start(SchemaCompiler.compile("{\"type\":\"string\",\"maxLength\":2}"))
                .step('"');
        // "é" (2 bytes) and "😀" (4 bytes) are one character each
        assertThat(open.step(bytes("é😀\"")).isComplete()).isTrue();
        assertThat(open.step(bytes("é😀x"))).isNull(); // a third character
        assertThat(open.step(new byte[] {(byte) 0xC0, (byte) 0x80})).isNull(); // overlong
        assertThat(open.step(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .isNull(); // surrogate
        assertThat(open.step(new byte[] {(byte) 0xE2, '"'})).isNull(); // truncated sequence
        assertThat(open.step(new byte[] {(byte) 0xE2, (byte) 0x82})).isNotNull(); // half of "€"
    }

    @Test
    void collapsesEqualAlternativesSoStatesStaySmall() {
        JsonMatcher.State s = JsonMatcher.start(SchemaCompiler.compile(UNION)).step(bytes("["));
        for (int i = 0; i < 50; i++) {
            s = s.step(bytes("1,"));
        }
        assertThat(s.alternatives()).isEqualTo(1);
        assertThat(s.step(bytes("7")).alternatives()).isEqualTo(2); // integer or number, until the next byte
        assertThat(s.step(bytes("7]")).isComplete()).isTrue();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
