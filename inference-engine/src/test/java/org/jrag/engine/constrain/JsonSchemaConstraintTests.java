package org.jrag.engine.constrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.model.KvCache;
import org.jrag.engine.model.LlamaModel;
import org.jrag.engine.reference.SharedFolder;
import org.jrag.engine.sampling.SamplingSettings;
import org.jrag.engine.sampling.TokenSampler;
import org.jrag.engine.tokenizer.Tokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The constraint over stories260K's vocabulary (SentencePiece, 512 tokens) and with its real weights. */
class JsonSchemaConstraintTests {
    static final String STORY = """
            {"type": "object", "properties": {
              "name": {"type": "string", "minLength": 1, "maxLength": 12},
              "age": {"type": "integer"},
              "mood": {"enum": ["happy", "sad", "angry"]},
              "friends": {"type": "array", "items": {"type": "string", "maxLength": 8}, "maxItems": 2},
              "tall": {"type": ["boolean", "null"]}},
             "required": ["name", "age", "mood"]}
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static GgufFile file;
    private static LlamaModel model;
    private static Tokenizer tokenizer;
    private static int eos;

    @BeforeAll
    static void load() {
        file = GgufFile.open(SharedFolder.stories260K());
        model = LlamaModel.load(file);
        tokenizer = Tokenizer.from(file.metadata());
        eos = tokenizer.vocabulary().eosId();
    }

    @AfterAll
    static void close() {
        file.close();
    }

    @Test
    void maskMatchesStepByStepCheckOfEveryTokenAndNeverEmptiesOnRandomWalks() {
        List<Supplier<JsonSchemaConstraint>> constraints = List.of(
                () -> JsonSchemaConstraint.compile(STORY, tokenizer, Set.of(eos)),
                () -> JsonSchemaConstraint.compile(JsonMatcherTests.UNION, tokenizer, Set.of(eos)),
                () -> JsonSchemaConstraint.compile(JsonMatcherTests.TAGGED, tokenizer, Set.of(eos)),
                () -> JsonSchemaConstraint.compile(JsonMatcherTests.REFS, tokenizer, Set.of(eos)),
                () -> JsonSchemaConstraint.compile(
                        "{\"type\":\"array\",\"items\":{\"anyOf\":[{\"type\":\"integer\",\"minimum\":10,\"maximum\":20},"
                                + "{\"type\":\"number\",\"minimum\":-1,\"maximum\":0}]},"
                                + "\"minItems\":1,\"maxItems\":3}",
                        tokenizer,
                        Set.of(eos)),
                () -> JsonSchemaConstraint.anyObject(tokenizer, Set.of(eos)));
        SplittableRandom random = new SplittableRandom(7);
        int walks = 0;
        int completed = 0;
        for (Supplier<JsonSchemaConstraint> make : constraints) {
            for (int walk = 0; walk < 20; walk++) {
                // given a fresh constraint, when random allowed tokens are accepted one by one
                JsonSchemaConstraint c = make.get();
                List<Integer> tokens = new ArrayList<>();
                for (int step = 0; step < 150; step++) {
                    boolean[] allowed = c.allowed();
                    // then the trie walk agrees with stepping each token's bytes alone, and something is allowed
                    assertThat(allowed).containsExactly(naiveAllowed(c));
                    int[] ids = ids(allowed);
                    assertThat(ids)
                            .as("allowed tokens after %s", tokenizer.decode(ints(tokens)))
                            .isNotEmpty();
                    assertThat(allowed[eos]).isEqualTo(c.isComplete());
                    int pick = ids[random.nextInt(ids.length)];
                    c.accept(pick);
                    if (pick == eos) {
                        completed++;
                        break;
                    }
                    tokens.add(pick);
                }
                walks++;
                if (c.isComplete()) {
                    assertThat(JSON.readTree(tokenizer.decode(ints(tokens)))).isNotNull();
                }
            }
        }
        System.out.printf("constraint random walks: %d of %d ended with EOS within 150 tokens%n", completed, walks);
        assertThat(completed).isPositive();
    }

    @Test
    void allowsTheEndTokenOnlyOnceTheJsonIsComplete() {
        JsonSchemaConstraint c = JsonSchemaConstraint.compile("{\"type\":\"integer\"}", tokenizer, Set.of(eos));
        float[] logits = new float[512];
        c.mask(logits);
        assertThat(logits[eos]).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThatThrownBy(() -> c.accept(eos))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end token 2 before the JSON text is complete");
        c.accept(token("7"));
        assertThat(c.isComplete()).isTrue();
        float[] after = new float[512];
        c.mask(after);
        assertThat(after[eos]).isZero();
        assertThat(after[token("3")]).isZero(); // more digits may follow
        assertThat(after[token("a")]).isEqualTo(Float.NEGATIVE_INFINITY);
    }

    @Test
    void rejectsTokensTheMaskForbidsAndCopiesIndependently() {
        JsonSchemaConstraint c = JsonSchemaConstraint.compile(STORY, tokenizer, Set.of(eos));
        accept(c, "{\"name\":\"");
        JsonSchemaConstraint copy = c.copy();
        accept(c, "Tom\",\"age\":3,\"mood\":\"sad\"}");
        assertThat(c.isComplete()).isTrue();
        assertThat(copy.isComplete()).isFalse();
        assertThatThrownBy(() -> copy.accept(token("\""))) // the name needs a character first
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("breaks the JSON");
        accept(copy, "Sue\",\"age\":40,\"mood\":\"happy\",\"tall\":null}");
        assertThat(copy.isComplete()).isTrue();
    }

    @Test
    void refusesAnEmptySetOfEndTokens() {
        assertThatThrownBy(() -> JsonSchemaConstraint.anyObject(tokenizer, Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endTokens must not be empty: generation could never stop");
    }

    @Test
    void sampledStoriesAlwaysParseAndValidateAgainstTheSchema() {
        int runs = 24;
        int completed = 0;
        for (long seed = 1; seed <= runs; seed++) {
            // given the real model sampling at temperature 1 under the schema's mask
            Sampled s = sample(JsonSchemaConstraint.compile(STORY, tokenizer, Set.of(eos)), seed);
            if (s.ended()) {
                // then the text is JSON that validates, checked independently of the constraint
                completed++;
                if (completed <= 3) {
                    System.out.println("sample: " + s.text());
                }
                assertValidStory(JSON.readTree(s.text()), s.text());
            } else {
                assertThat(s.constraint().isComplete()).as(s.text()).isFalse();
            }
        }
        System.out.printf(
                "stories260K under a JSON schema, temperature 1: %d of %d runs completed within the context%n",
                completed, runs);
        assertThat(completed).isPositive();
    }

    @Test
    void sampledFreeFormObjectsParseWhenComplete() {
        int runs = 8;
        int completed = 0;
        for (long seed = 1; seed <= runs; seed++) {
            Sampled s = sample(JsonSchemaConstraint.anyObject(tokenizer, Set.of(eos)), seed);
            if (s.ended()) {
                completed++;
                assertThat(JSON.readTree(s.text()).isObject()).as(s.text()).isTrue();
            } else {
                // an unfinished text is a prefix of a JSON object: it still starts one
                assertThat(s.text().strip()).as(s.text()).startsWith("{");
            }
        }
        System.out.printf(
                "stories260K in json_object mode, temperature 1: %d of %d runs completed within the context%n",
                completed, runs);
    }

    private record Sampled(String text, boolean ended, JsonSchemaConstraint constraint) {}

    /** forward, mask, sample, accept until an end token or the context (128) is full. */
    private static Sampled sample(JsonSchemaConstraint constraint, long seed) {
        int[] prompt = tokenizer.encode("Once upon a time, there was a girl named Lily.", true);
        TokenSampler sampler = TokenSampler.of(new SamplingSettings(1f, 0, 1f, 0f, 1f, 0f, 0f, 64, seed));
        KvCache cache = model.newKvCache(model.config().contextLength());
        int[] history = Arrays.copyOf(prompt, model.config().contextLength());
        int length = prompt.length;
        float[] logits = model.forward(prompt, 0, cache, false);
        List<Integer> generated = new ArrayList<>();
        while (length < history.length) {
            constraint.mask(logits);
            int token = sampler.sample(logits, history, length);
            constraint.accept(token);
            if (token == eos) {
                return new Sampled(tokenizer.decode(ints(generated)), true, constraint);
            }
            generated.add(token);
            history[length] = token;
            logits = model.forward(new int[] {token}, length, cache, false);
            length++;
        }
        return new Sampled(tokenizer.decode(ints(generated)), false, constraint);
    }

    private static void assertValidStory(JsonNode root, String text) {
        assertThat(root.isObject()).as(text).isTrue();
        assertThat(root.propertyNames()).as(text).isSubsetOf("name", "age", "mood", "friends", "tall");
        assertThat(root.propertyNames()).as(text).contains("name", "age", "mood");
        String name = root.get("name").stringValue();
        assertThat(name.codePointCount(0, name.length())).as(text).isBetween(1, 12);
        assertThat(root.get("age").isIntegralNumber()).as(text).isTrue();
        assertThat(root.get("mood").stringValue()).as(text).isIn("happy", "sad", "angry");
        if (root.has("friends")) {
            JsonNode friends = root.get("friends");
            assertThat(friends.isArray()).as(text).isTrue();
            assertThat(friends.size()).as(text).isLessThanOrEqualTo(2);
            for (JsonNode f : friends) {
                assertThat(f.isString()).as(text).isTrue();
                assertThat(f.stringValue().codePointCount(0, f.stringValue().length()))
                        .as(text)
                        .isLessThanOrEqualTo(8);
            }
        }
        if (root.has("tall")) {
            assertThat(root.get("tall").isBoolean() || root.get("tall").isNull())
                    .as(text)
                    .isTrue();
        }
    }

    /** Whether each token's bytes, stepped alone from the current state, keep the text valid. */
    private static boolean[] naiveAllowed(JsonSchemaConstraint c) {
        boolean[] allowed = new boolean[tokenizer.vocabulary().size()];
        for (int id = 0; id < allowed.length; id++) {
            allowed[id] = c.allows(id);
        }
        return allowed;
    }

    /** Accepts the bytes of {@code text} one single-byte token at a time. */
    private static void accept(JsonSchemaConstraint c, String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            c.accept(byteToken(b));
        }
    }

    private static int token(String text) {
        return byteToken(text.getBytes(StandardCharsets.UTF_8)[0]);
    }

    private static int byteToken(byte b) {
        int id = tokenizer.vocabulary().id("<0x%02X>".formatted(b & 0xFF));
        assertThat(id).isNotNegative();
        return id;
    }

    private static int[] ids(boolean[] allowed) {
        int n = 0;
        for (boolean a : allowed) {
            n += a ? 1 : 0;
        }
        int[] ids = new int[n];
        for (int i = 0, k = 0; i < allowed.length; i++) {
            if (allowed[i]) {
                ids[k++] = i;
            }
        }
        return ids;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
