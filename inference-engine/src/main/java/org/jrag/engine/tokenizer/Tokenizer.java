package org.jrag.engine.tokenizer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jrag.engine.gguf.GgufMetadata;

/** Turns text into model token ids and ids back into bytes. */
public interface Tokenizer {
    /** Token ids of {@code text}; special-token texts (e.g. {@code <s>}) in the text become their ids. */
    int[] encode(String text, boolean addBos);

    /** The bytes a token stands for (UTF-8 fragments; byte tokens are single bytes); control tokens are empty unless {@code special}. */
    byte[] pieceBytes(int token, boolean special);

    Vocabulary vocabulary();

    /** Concatenated piece bytes of {@code tokens} as UTF-8 text (control tokens dropped). */
    default String decode(int[] tokens) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int t : tokens) {
            bytes.writeBytes(pieceBytes(t, false));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * The tokenizer a GGUF file asks for: {@code tokenizer.ggml.model} {@code llama} (SentencePiece-style) or
     * {@code gpt2} (byte-level BPE with the pre-tokenizer named by {@code tokenizer.ggml.pre}).
     *
     * @throws UnsupportedTokenizerException for any other model or pre-tokenizer, naming it
     */
    static Tokenizer from(GgufMetadata metadata) {
        Vocabulary vocab = Vocabulary.from(metadata);
        return switch (vocab.model()) {
            case "llama" -> new SentencePieceTokenizer(vocab);
            case "gpt2" -> BytePairTokenizer.from(vocab, metadata);
            default ->
                throw new UnsupportedTokenizerException(
                        "unsupported tokenizer model '" + vocab.model() + "' (supported: llama, gpt2)");
        };
    }
}
