package org.jrag.engine.constrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Schemas the constraint cannot enforce are refused, naming the keyword or the rule. */
class SchemaCompilerTests {

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(
                        "{\"type\":\"string\",\"pattern\":\"^a\"}", "unsupported JSON Schema keyword 'pattern' at #"),
                Arguments.of(
                        "{\"type\":\"object\",\"properties\":{\"d\":{\"type\":\"string\",\"format\":\"date\"}}}",
                        "unsupported JSON Schema keyword 'format' at #/properties/d"),
                Arguments.of(
                        "{\"type\":\"number\",\"exclusiveMinimum\":0}",
                        "unsupported JSON Schema keyword 'exclusiveMinimum' at # for type number"),
                Arguments.of(
                        "{\"type\":\"number\",\"maximum\":0.5}",
                        "unsupported JSON Schema keyword 'maximum' at # for type number (only integral minimum"),
                Arguments.of(
                        "{\"type\":\"integer\",\"minimum\":4.5,\"maximum\":4.9}",
                        "no integer of at most 15 digits satisfies the bounds at #"),
                Arguments.of(
                        "{\"type\":\"array\",\"uniqueItems\":true}", "unsupported JSON Schema keyword 'uniqueItems'"),
                Arguments.of(
                        "{\"type\":\"array\",\"items\":[{\"type\":\"string\"}]}",
                        "unsupported JSON Schema keyword 'items' at # in tuple (array) form"),
                Arguments.of(
                        "{\"$defs\":{\"n\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/n\"}}},\"$ref\":\"#/$defs/n\"}",
                        "recursive reference #/$defs/n"),
                Arguments.of("{\"$ref\":\"other.json#/x\"}", "unsupported JSON Schema keyword '$ref'"),
                Arguments.of("{\"$ref\":\"#/$defs/missing\"}", "points to a missing definition: #/$defs/missing"),
                Arguments.of(
                        "{\"oneOf\":[{\"type\":\"integer\"},{\"type\":\"number\"}]}",
                        "unsupported JSON Schema keyword 'oneOf' at #: alternatives 0 and 1 may match the same value"),
                Arguments.of(
                        "{\"allOf\":[{\"type\":\"integer\"},{\"type\":\"number\"}]}",
                        "unsupported JSON Schema keyword 'allOf' at # with more than one schema"),
                Arguments.of(
                        "{\"type\":\"object\",\"anyOf\":[{\"type\":\"object\"}]}",
                        "unsupported JSON Schema keyword 'type' at # beside 'anyOf'"),
                Arguments.of(
                        "{\"type\":\"object\",\"properties\":{\"a\":{}},\"required\":[\"b\"]}",
                        "required property 'b' at # is not declared in 'properties'"),
                Arguments.of("{\"type\":\"strin\"}", "unknown type 'strin' at #"),
                Arguments.of("{\"type\":\"string\",\"enum\":[1,2]}", "no value of 'enum'/'const' at # fits"),
                Arguments.of("{\"enum\":[]}", "'enum' at # must not be empty"),
                Arguments.of("{\"enum\":[{\"a\":1}]}", "may only hold strings, numbers, booleans and null"),
                Arguments.of("{\"type\":\"array\",\"minItems\":3,\"maxItems\":2}", "maxItems 2 < minItems 3 at #"),
                Arguments.of(
                        "{\"type\":\"string\",\"maxLength\":-1}", "'maxLength' at # must be a non-negative integer"),
                Arguments.of("false", "schema # is false"),
                Arguments.of("{\"type\":\"string\"", "invalid JSON schema text at offset 16: expected '}'"),
                Arguments.of("{\"type\":\"string\"} x", "unexpected text after the JSON value"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void refusesWhatItCannotEnforce(String schema, String message) {
        assertThatThrownBy(() -> SchemaCompiler.compile(schema))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void ignoresAnnotationsAndAcceptsDiscriminatedOneOf() {
        JsonGrammar g = SchemaCompiler.compile("""
                {"title": "shape", "description": "a shape", "$schema": "https://json-schema.org/draft/2020-12/schema",
                 "oneOf": [
                   {"type": "object", "properties": {"kind": {"const": "a"}}, "required": ["kind"]},
                   {"type": "object", "properties": {"kind": {"enum": ["b", "c"]}}, "required": ["kind"]},
                   {"type": "string"}, {"type": "null"}]}
                """);
        assertThat(g).isInstanceOf(JsonGrammar.Union.class);
        assertThat(((JsonGrammar.Union) g).alternatives).hasSize(4);
    }

    @Test
    void readsTypeArraysAsUnionsAndNullableAsNull() {
        JsonMatcher.State s = JsonMatcher.start(SchemaCompiler.compile("{\"type\":\"integer\",\"nullable\":true}"));
        assertThat(s.step("null".getBytes()).isComplete()).isTrue();
        assertThat(s.step("42".getBytes()).isComplete()).isTrue();
        JsonMatcher.State t = JsonMatcher.start(SchemaCompiler.compile("{\"type\":[\"string\",\"null\"]}"));
        assertThat(t.step("\"x\"".getBytes()).isComplete()).isTrue();
        assertThat(t.step("null".getBytes()).isComplete()).isTrue();
        assertThat(t.step("1".getBytes())).isNull();
    }

    @Test
    void treatsObjectsWithoutPropertiesAsDictionaries() {
        JsonMatcher.State map = JsonMatcher.start(
                SchemaCompiler.compile("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\"}}"));
        assertThat(map.step("{\"any\":1, \"name\":2}".getBytes()).isComplete()).isTrue();
        assertThat(map.step("{\"any\":\"x\"".getBytes())).isNull();
        JsonMatcher.State empty =
                JsonMatcher.start(SchemaCompiler.compile("{\"type\":\"object\",\"additionalProperties\":false}"));
        assertThat(empty.step("{}".getBytes()).isComplete()).isTrue();
        assertThat(empty.step("{\"".getBytes())).isNull();
    }
}
