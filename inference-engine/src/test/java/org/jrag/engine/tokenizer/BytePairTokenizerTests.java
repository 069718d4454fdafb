package org.jrag.engine.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jrag.engine.gguf.GgufMetadata;
import org.jrag.engine.gguf.MetadataValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Byte-level BPE against the Hugging Face {@code tokenizers} library (DJL) on the real Llama 3 and Qwen3
 * vocabularies in the test resources: same ids for a hand-written corpus (English, code, numbers, white-space
 * runs, CJK, emoji, special tokens) and for seeded random strings.
 */
class BytePairTokenizerTests {
    private static Path dir;
    private static Tokenizer llama3;
    private static Tokenizer qwen3;
    private static HuggingFaceTokenizer llama3Reference;
    private static HuggingFaceTokenizer qwen3Reference;
    private static HfTokenizerJson llama3Json;

    private static final List<String> CORPUS = List.of(
            "Hello, world!",
            " leading space and trailing space ",
            "I'm sure you'll see it's THEIR car, DON'T touch; we've, they'd, she's.",
            "The quick brown fox jumps over the lazy dog.\nSecond line.\r\nWindows line.",
            "public static void main(String[] args) {\n\tSystem.out.println(\"hi\");\n    return x->x*2; // done\n}",
            "def f(x):\n    if x <= 10:\n        return [i ** 2 for i in range(x)]\n\n\n",
            "1234567 3.14159 0x1F 2024-05-01 12:30:45 1,000,000 99.9% $42 -7e-3",
            "a    b\n\n\n   c \t\t d   \n  ",
            "   ",
            "\n",
            "你好，世界！日本語のテキストです。한국어 문장도 있습니다.",
            "Emoji: 👋🏽 family 👨‍👩‍👧 sparkles ✨ flags 🇫🇷🇯🇵",
            "café naïve résumé Ångström Ελληνικά Русский текст עברית العربية",
            "non\u00a0breaking\u3000ideographic\u2003em space",
            "x\u3000\u3000\u3000y end\u00a0\u00a0\n\u2003\u2003word \u00a0 \u2028z\u0085",
            "URLs like https://example.com/path?q=1&r=two#frag and emails a.b@c.org",
            "ALL CAPS SHOUTING and MiXeD cAsE and snake_case_names and camelCaseNames",
            "...!!!???---___***###",
            "'s 'S 'll 'LL 'Re");

    @BeforeAll
    static void load() throws IOException {
        dir = Files.createTempDirectory("bpe-tests");
        HfTokenizerJson l3 = HfTokenizerJson.unpack("llama3", dir);
        HfTokenizerJson q3 = HfTokenizerJson.unpack("qwen3", dir);
        // as convert_hf_to_gguf writes them: Llama 3 BOS <|begin_of_text|>, Qwen without BOS
        llama3 = Tokenizer.from(l3.toGguf("llama-bpe", 128000, 128001, null));
        qwen3 = Tokenizer.from(q3.toGguf("qwen2", 151643, 151645, false));
        llama3Reference = reference(l3.file());
        llama3Json = l3;
        qwen3Reference = reference(q3.file());
    }

    private static HuggingFaceTokenizer reference(Path file) throws IOException {
        return HuggingFaceTokenizer.builder()
                .optTokenizerPath(file)
                .optAddSpecialTokens(false)
                .optTruncation(false)
                .optPadding(false)
                .build();
    }

    @AfterAll
    static void close() throws IOException {
        llama3Reference.close();
        qwen3Reference.close();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Test
    void llama3MatchesHuggingFaceOnTheCorpus() {
        List<String> corpus = new ArrayList<>(CORPUS);
        corpus.add("<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHi there<|eot_id|>");
        corpus.add("text<|reserved_special_token_5|>more");
        assertMatchesReference(llama3, llama3Reference, corpus);
    }

    @Test
    void qwen3MatchesHuggingFaceOnTheCorpus() {
        List<String> corpus = new ArrayList<>(CORPUS);
        corpus.add("<|im_start|>system\nYou are helpful.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n");
        corpus.add("<think>\nreasoning\n</think>\n\nanswer<tool_call>{\"a\": 1}</tool_call>");
        assertMatchesReference(qwen3, qwen3Reference, corpus);
    }

    @Test
    void bothMatchHuggingFaceOnSeededRandomText() {
        List<String> corpus = randomCorpus(new SplittableRandom(20250521), 150);
        assertMatchesReference(llama3, llama3Reference, corpus);
        assertMatchesReference(qwen3, qwen3Reference, corpus);
    }

    /**
     * The GPT-2 and SmolLM pre-tokenizers on the Llama 3 vocabulary and merges, against Hugging Face with the
     * matching pre_tokenizer (ByteLevel with its regex; Digits(individual) then ByteLevel) swapped into the file.
     */
    @Test
    void gpt2AndSmolLmPreTokenizersMatchHuggingFace() throws IOException {
        String original = llama3Json.text();
        int from = original.indexOf("\"pre_tokenizer\"");
        int to = original.indexOf("\"post_processor\"");
        String byteLevel = "{\"type\": \"ByteLevel\", \"add_prefix_space\": false, \"trim_offsets\": true,"
                + " \"use_regex\": true}";
        Map<BpePreTokenizer, String> configs = Map.of(
                BpePreTokenizer.GPT2,
                byteLevel,
                BpePreTokenizer.SMOLLM,
                "{\"type\": \"Sequence\", \"pretokenizers\": [{\"type\": \"Digits\", \"individual_digits\": true}, "
                        + byteLevel + "]}");
        List<String> merges =
                List.of(llama3Json.toGguf("llama-bpe", 128000, 128001, null).getStringArray("tokenizer.ggml.merges"));
        List<String> corpus = new ArrayList<>(CORPUS);
        corpus.addAll(randomCorpus(new SplittableRandom(7), 60));
        for (Map.Entry<BpePreTokenizer, String> e : configs.entrySet()) {
            String json = original.substring(0, from) + "\"pre_tokenizer\": " + e.getValue() + ",\n  "
                    + original.substring(to);
            Path file = dir.resolve(e.getKey() + "-tokenizer.json");
            Files.writeString(file, json.replace("\"ignore_merges\": true", "\"ignore_merges\": false"));
            try (HuggingFaceTokenizer reference = reference(file)) {
                Tokenizer engine = new BytePairTokenizer(llama3.vocabulary(), merges, e.getKey());
                assertMatchesReference(engine, reference, corpus);
            }
        }
    }

    @Test
    void llama3SplitsDigitsInThreesAndQwenOneByOne() {
        // given a 7-digit number; when encoded; then Llama 3 has 3 tokens (123|456|7), Qwen 7
        assertThat(llama3.encode("1234567", false)).hasSize(3);
        assertThat(qwen3.encode("1234567", false)).hasSize(7);
    }

    @Test
    void addsBosFromMetadataAndFamilyDefault() {
        // Llama 3: no add_bos_token key, llama.cpp's family default adds BOS; Qwen: add_bos_token = false
        assertThat(llama3.vocabulary().addBos()).isTrue();
        assertThat(llama3.encode("Hi", true))
                .containsExactly(
                        128000,
                        toInts(llama3Reference.encode("Hi", false, false).getIds())[0]);
        assertThat(qwen3.vocabulary().addBos()).isFalse();
    }

    @Test
    void decodesBackToTheSameText() {
        for (String text : CORPUS) {
            assertThat(llama3.decode(llama3.encode(text, false))).isEqualTo(text);
            assertThat(qwen3.decode(qwen3.encode(text, false))).isEqualTo(text);
        }
    }

    @Test
    void controlTokensDecodeToNothingUnlessSpecialIsAsked() {
        int eot = llama3.vocabulary().id("<|eot_id|>");
        assertThat(llama3.pieceBytes(eot, false)).isEmpty();
        assertThat(new String(llama3.pieceBytes(eot, true), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("<|eot_id|>");
    }

    @Test
    void rejectsAnUnknownPreTokenizer() {
        GgufMetadata md = new GgufMetadata(Map.of(
                "tokenizer.ggml.model", MetadataValue.ofString("gpt2"),
                "tokenizer.ggml.pre", MetadataValue.ofString("deepseek-coder"),
                "tokenizer.ggml.tokens",
                        MetadataValue.ofArray(new org.jrag.engine.gguf.MetadataArray(
                                org.jrag.engine.gguf.GgufValueType.STRING, new String[] {"a"})),
                "tokenizer.ggml.merges",
                        MetadataValue.ofArray(new org.jrag.engine.gguf.MetadataArray(
                                org.jrag.engine.gguf.GgufValueType.STRING, new String[0]))));
        assertThatThrownBy(() -> Tokenizer.from(md))
                .isInstanceOf(UnsupportedTokenizerException.class)
                .hasMessage("unsupported BPE pre-tokenizer 'deepseek-coder' (supported: llama-bpe, llama3, qwen2,"
                        + " gpt2, default, smollm)");
    }

    private static void assertMatchesReference(Tokenizer engine, HuggingFaceTokenizer reference, List<String> corpus) {
        int tokens = 0;
        for (String text : corpus) {
            int[] expected = toInts(reference.encode(text, false, false).getIds());
            int[] actual = engine.encode(text, false);
            assertThat(actual).as("ids of %s", escape(text)).containsExactly(expected);
            tokens += expected.length;
        }
        assertThat(tokens).isGreaterThan(corpus.size());
    }

    private static int[] toInts(long[] ids) {
        return Arrays.stream(ids).mapToInt(Math::toIntExact).toArray();
    }

    /** Strings drawn from pools of letters, digits, punctuation, white space, CJK and emoji (NFC text only). */
    static List<String> randomCorpus(SplittableRandom random, int count) {
        String[] pools = {
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "0123456789",
            " ,.;:!?'\"()[]{}<>-_=+*/\\|@#$%^&~`",
            "    \t\n\r",
            "éàüößçñøåÆŒ",
            "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年",
            "😀🎉👍🏽🚀❤️🇩🇪"
        };
        String[] words = {"the", "token", "'s", "'ll", "don't", "HTTP", "x2", "  ", "\n\n", "ünïcödé", "数据"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                if (random.nextInt(4) == 0) {
                    sb.append(words[random.nextInt(words.length)]);
                    continue;
                }
                String pool = pools[random.nextInt(pools.length)];
                int len = 1 + random.nextInt(6);
                int[] cps = pool.codePoints().toArray();
                for (int k = 0; k < len; k++) {
                    sb.appendCodePoint(cps[random.nextInt(cps.length)]);
                }
            }
            out.add(java.text.Normalizer.normalize(sb.toString(), java.text.Normalizer.Form.NFC));
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
