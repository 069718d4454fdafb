package org.jrag.engine.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.reference.Json;
import org.jrag.engine.reference.SharedFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentencePieceTokenizerTests {
    private static GgufFile file;
    private static SentencePieceTokenizer tokenizer;

    @BeforeAll
    static void load() {
        file = GgufFile.open(SharedFolder.stories260K());
        tokenizer = new SentencePieceTokenizer(Vocabulary.from(file.metadata()));
    }

    @AfterAll
    static void close() {
        file.close();
    }

    @Test
    void matchesLlamaCppIdsForEveryReferenceCase() {
        // given the 18 llama-tokenize cases (special tokens parsed, as llama-tokenize does)
        List<Object> cases = Json.list(
                Json.object(SharedFolder.json("stories260K/tokenization.json")).get("cases"));
        assertThat(cases).hasSize(18);
        for (Object o : cases) {
            Map<String, Object> c = Json.object(o);
            String text = (String) c.get("text");
            // when / then
            assertThat(tokenizer.encode(text, true))
                    .as("with BOS: %s", text)
                    .containsExactly(Json.ints(Json.object(c.get("with_bos")).get("ids")));
            assertThat(tokenizer.encode(text, false))
                    .as("without BOS: %s", text)
                    .containsExactly(Json.ints(Json.object(c.get("no_bos")).get("ids")));
        }
    }

    @Test
    void piecesMatchLlamaCppBytes() {
        List<Object> cases = Json.list(
                Json.object(SharedFolder.json("stories260K/tokenization.json")).get("cases"));
        for (Object o : cases) {
            Map<String, Object> wb = Json.object(Json.object(o).get("with_bos"));
            int[] ids = Json.ints(wb.get("ids"));
            List<Object> hex = Json.list(wb.get("piece_bytes_hex"));
            for (int i = 0; i < ids.length; i++) {
                assertThat(HexFormat.of().formatHex(tokenizer.pieceBytes(ids[i], true)))
                        .as("piece of id %d", ids[i])
                        .isEqualTo(hex.get(i));
            }
        }
    }

    @Test
    void decodesByteFallbackBackToText() {
        int[] ids = tokenizer.encode("naïve résumé 🍕", false);
        assertThat(tokenizer.decode(ids)).isEqualTo(" naïve résumé 🍕");
    }

    @Test
    void streamDecoderHoldsBackPartialCharacters() {
        Utf8StreamDecoder decoder = new Utf8StreamDecoder();
        byte[] pizza = "🍕".getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.accept(new byte[] {pizza[0], pizza[1]})).isEmpty();
        assertThat(decoder.accept(new byte[] {pizza[2]})).isEmpty();
        assertThat(decoder.accept(new byte[] {pizza[3], 'a'})).isEqualTo("🍕a");
        assertThat(decoder.flush()).isEmpty();
    }

    @Test
    void rejectsNonSentencePieceVocabularies() {
        Vocabulary v = tokenizer.vocabulary();
        Vocabulary gpt2 = new Vocabulary("gpt2", v.tokens(), v.scores(), v.types(), 1, 2, 0, true, false, v.ids());
        assertThatThrownBy(() -> new SentencePieceTokenizer(gpt2))
                .isInstanceOf(UnsupportedTokenizerException.class)
                .hasMessage("unsupported tokenizer model 'gpt2' (supported: llama)");
    }
}
