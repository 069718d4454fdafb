package org.jrag.engine.constrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.reference.SharedFolder;
import org.jrag.engine.tokenizer.Tokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class TriggeredJsonConstraintTests {

    private static final String CALL = """
            {"type": "object", "properties": {"name": {"const": "time"}, "arguments": {"type": "object",
              "properties": {"zone": {"type": "string", "maxLength": 4}}}},
             "required": ["name", "arguments"], "additionalProperties": false}
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static GgufFile file;
    private static Tokenizer tokenizer;
    private static int eos;

    @BeforeAll
    static void load() {
        file = GgufFile.open(SharedFolder.stories260K());
        tokenizer = Tokenizer.from(file.metadata());
        eos = tokenizer.vocabulary().eosId();
    }

    @AfterAll
    static void close() {
        file.close();
    }

    @Test
    void leavesTextFreeUntilTheTriggerThenHoldsTheValueToItsSchemaThenFreesItAgain() {
        TriggeredJsonConstraint c = TriggeredJsonConstraint.afterText("<tool_call>", CALL, tokenizer, Set.of(eos));

        accept(c, "Let me see. <tool");
        assertUnmasked(c);
        assertThat(c.inValue()).isFalse();
        accept(c, "_call>");
        assertThat(c.inValue()).isTrue();
        assertThat(c.isComplete()).isFalse();
        boolean[] due = allowed(c);
        assertThat(due[eos]).isFalse();
        assertThat(due[byteToken((byte) '{')]).isTrue();
        assertThat(due[byteToken((byte) '\n')]).isTrue();
        assertThat(due[byteToken((byte) 'I')]).isFalse();
        accept(c, "\n");
        assertThat(allowed(c)).isEqualTo(due);
        accept(c, "\n\n\n");
        assertThat(allowed(c)[byteToken((byte) '\n')])
                .as("at most 4 tokens of white space")
                .isFalse();

        accept(c, "{\"name\": \"time\", \"arguments\": {\"zone\": \"CET\"}}");
        assertThat(c.inValue()).isFalse();
        assertThat(c.isComplete()).isTrue();
        assertUnmasked(c);

        // a second call is held to the schema again
        accept(c, "\n</tool_call>\n<tool_call>");
        assertThat(c.inValue()).isTrue();
        TriggeredJsonConstraint copy = c.copy();
        assertThatThrownBy(() -> accept(c, "{\"name\": \"date\"")).isInstanceOf(IllegalArgumentException.class);
        accept(copy, "{\"name\": \"time\"");
        assertThat(copy.inValue()).isTrue();
    }

    @Test
    void anyTokensTheMaskAllowsAfterTheTriggerWriteAValidCall() {
        SplittableRandom random = new SplittableRandom(11);
        for (int run = 0; run < 20; run++) {
            TriggeredJsonConstraint c = TriggeredJsonConstraint.afterText("<tool_call>", CALL, tokenizer, Set.of(eos));
            accept(c, "<tool_call>");
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            int steps = 0;
            while (c.inValue()) {
                assertThat(steps++).isLessThan(500);
                float[] logits = new float[tokenizer.vocabulary().size()];
                for (int i = 0; i < logits.length; i++) {
                    logits[i] = (float) random.nextDouble();
                }
                c.mask(logits);
                int best = 0;
                for (int i = 1; i < logits.length; i++) {
                    best = logits[i] > logits[best] ? i : best;
                }
                c.accept(best);
                written.writeBytes(JsonSchemaConstraint.compile(CALL, tokenizer, Set.of(eos))
                        .piece(best));
            }
            JsonNode call = JSON.readTree(written.toString(StandardCharsets.UTF_8));
            assertThat(call.path("name").asString()).isEqualTo("time");
            assertThat(call.path("arguments").isObject()).isTrue();
            assertThat(call.path("arguments").path("zone").asString("")).hasSizeLessThanOrEqualTo(4);
            assertThat(c.isComplete()).isTrue();
        }
    }

    @Test
    void aBraceStartsAValueOnlyAtTheStartOfTheReply() {
        TriggeredJsonConstraint c = TriggeredJsonConstraint.atOpeningBrace(CALL, tokenizer, Set.of(eos));

        accept(c, " \n");
        accept(c, "{");
        assertThat(c.inValue()).isTrue();
        assertThat(allowed(c)).isEqualTo(allowedAfter("{"));

        TriggeredJsonConstraint text = TriggeredJsonConstraint.atOpeningBrace(CALL, tokenizer, Set.of(eos));
        accept(text, "It is {");
        assertThat(text.inValue()).isFalse();
        assertUnmasked(text);
    }

    @Test
    void atTheStartOnlyBracesTheSchemaAllowsAreMasked() {
        TriggeredJsonConstraint string =
                TriggeredJsonConstraint.atOpeningBrace("{\"type\": \"string\"}", tokenizer, Set.of(eos));
        float[] logits = new float[tokenizer.vocabulary().size()];

        string.mask(logits);

        assertThat(logits[byteToken((byte) '{')]).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(logits[byteToken((byte) 'I')]).isZero();
        assertThat(logits[eos]).isZero();
        long masked = 0;
        for (float l : logits) {
            masked += l == Float.NEGATIVE_INFINITY ? 1 : 0;
        }
        assertThat(masked).isPositive().isLessThan(logits.length / 10);

        TriggeredJsonConstraint call = TriggeredJsonConstraint.atOpeningBrace(CALL, tokenizer, Set.of(eos));
        float[] free = new float[logits.length];
        call.mask(free);
        assertThat(free[byteToken((byte) '{')]).isZero();
    }

    @Test
    void bytesThatBreakTheValueAfterTheTriggerLeaveItText() {
        JsonSchemaConstraint json = JsonSchemaConstraint.compile(CALL, tokenizer, Set.of(eos));
        int pair = -1;
        for (int t = 0; t < json.vocabSize() && pair < 0; t++) {
            byte[] piece = json.piece(t);
            if (piece.length == 2 && Character.isLetter(piece[0]) && Character.isLetter(piece[1])) {
                pair = t;
            }
        }
        assertThat(pair).as("stories260K has a piece of two letters").isNotNegative();
        String first = new String(json.piece(pair), 0, 1, StandardCharsets.UTF_8);

        TriggeredJsonConstraint c = TriggeredJsonConstraint.afterText(first, CALL, tokenizer, Set.of(eos));
        c.accept(pair); // the trigger, then a letter: no JSON value starts so
        assertThat(c.inValue()).isFalse();
        assertUnmasked(c);
    }

    private static void assertUnmasked(TokenConstraint c) {
        float[] logits = new float[tokenizer.vocabulary().size()];
        c.mask(logits);
        assertThat(logits).containsOnly(0f);
    }

    private static boolean[] allowed(TokenConstraint c) {
        float[] logits = new float[tokenizer.vocabulary().size()];
        c.mask(logits);
        boolean[] allowed = new boolean[logits.length];
        for (int i = 0; i < logits.length; i++) {
            allowed[i] = logits[i] != Float.NEGATIVE_INFINITY;
        }
        return allowed;
    }

    /** What a fresh constraint of the call schema allows after {@code text}. */
    private static boolean[] allowedAfter(String text) {
        JsonSchemaConstraint c = JsonSchemaConstraint.compile(CALL, tokenizer, Set.of(eos));
        assertThat(c.acceptBytes(text.getBytes(StandardCharsets.UTF_8))).isTrue();
        return Arrays.copyOf(c.allowed(), tokenizer.vocabulary().size());
    }

    /** Accepts the bytes of {@code text} one single-byte token at a time. */
    private static void accept(TokenConstraint c, String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            c.accept(byteToken(b));
        }
    }

    private static int byteToken(byte b) {
        int id = tokenizer.vocabulary().id("<0x%02X>".formatted(b & 0xFF));
        assertThat(id).isNotNegative();
        return id;
    }
}
