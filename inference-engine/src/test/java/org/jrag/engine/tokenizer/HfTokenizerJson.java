package org.jrag.engine.tokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jrag.engine.gguf.GgufMetadata;
import org.jrag.engine.gguf.GgufValueType;
import org.jrag.engine.gguf.MetadataArray;
import org.jrag.engine.gguf.MetadataValue;
import org.jrag.engine.reference.Json;

/**
 * A Hugging Face {@code tokenizer.json} from the test resources, turned into the GGUF vocabulary metadata that
 * llama.cpp's {@code convert_hf_to_gguf.py} writes for it ({@code _set_vocab_gpt2}): ids without a token become
 * {@code [PADn]} (unused), added special tokens control, other added tokens user-defined, the rest normal.
 */
public record HfTokenizerJson(Path file, String text) {

    /** Unpacks {@code tokenizers/<name>/tokenizer.json.gz} into {@code dir} (DJL reads it from there). */
    public static HfTokenizerJson unpack(String name, Path dir) {
        try (InputStream in = new GZIPInputStream(
                HfTokenizerJson.class.getResourceAsStream("/tokenizers/" + name + "/tokenizer.json.gz"))) {
            byte[] bytes = in.readAllBytes();
            Path file = dir.resolve(name + "-tokenizer.json");
            Files.write(file, bytes);
            return new HfTokenizerJson(file, new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public GgufMetadata toGguf(String pre, int bosId, int eosId, Boolean addBos) {
        Map<String, Object> root = Json.object(Json.parse(text));
        Map<String, Object> model = Json.object(root.get("model"));
        Map<String, Object> vocab = Json.object(model.get("vocab"));
        List<Object> added = Json.list(root.get("added_tokens"));
        int size = 0;
        for (Object id : vocab.values()) {
            size = Math.max(size, ((Double) id).intValue() + 1);
        }
        for (Object a : added) {
            size = Math.max(size, ((Double) Json.object(a).get("id")).intValue() + 1);
        }
        String[] tokens = new String[size];
        int[] types = new int[size];
        vocab.forEach((token, id) -> {
            tokens[((Double) id).intValue()] = token;
            types[((Double) id).intValue()] = TokenType.NORMAL.ordinal();
        });
        for (Object o : added) {
            Map<String, Object> a = Json.object(o);
            int id = ((Double) a.get("id")).intValue();
            tokens[id] = (String) a.get("content");
            types[id] = Boolean.TRUE.equals(a.get("special"))
                    ? TokenType.CONTROL.ordinal()
                    : TokenType.USER_DEFINED.ordinal();
        }
        for (int i = 0; i < size; i++) {
            if (tokens[i] == null) {
                tokens[i] = "[PAD" + i + "]";
                types[i] = TokenType.UNUSED.ordinal();
            }
        }
        List<Object> rawMerges = Json.list(model.get("merges"));
        String[] merges = new String[rawMerges.size()];
        for (int i = 0; i < merges.length; i++) {
            merges[i] = rawMerges.get(i) instanceof String s
                    ? s
                    : Json.list(rawMerges.get(i)).get(0) + " "
                            + Json.list(rawMerges.get(i)).get(1);
        }
        Map<String, MetadataValue> md = new LinkedHashMap<>();
        md.put("tokenizer.ggml.model", MetadataValue.ofString("gpt2"));
        md.put("tokenizer.ggml.pre", MetadataValue.ofString(pre));
        md.put("tokenizer.ggml.tokens", MetadataValue.ofArray(new MetadataArray(GgufValueType.STRING, tokens)));
        md.put("tokenizer.ggml.token_type", MetadataValue.ofArray(new MetadataArray(GgufValueType.INT32, types)));
        md.put("tokenizer.ggml.merges", MetadataValue.ofArray(new MetadataArray(GgufValueType.STRING, merges)));
        md.put("tokenizer.ggml.bos_token_id", MetadataValue.ofUint32(bosId));
        md.put("tokenizer.ggml.eos_token_id", MetadataValue.ofUint32(eosId));
        if (addBos != null) {
            md.put("tokenizer.ggml.add_bos_token", MetadataValue.ofBool(addBos));
        }
        return new GgufMetadata(md);
    }
}
