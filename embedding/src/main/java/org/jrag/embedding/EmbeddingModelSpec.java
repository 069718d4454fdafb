package org.jrag.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Where a BERT-style ONNX embedding model and its Hugging Face {@code tokenizer.json} come from, and how to use them.
 *
 * @param name short model name
 * @param onnxModel the ONNX file: {@code classpath:/x.onnx} or a file path
 * @param tokenizer the {@code tokenizer.json}: {@code classpath:/x.json} or a file path
 * @param pooling how token vectors become one vector
 * @param queryInstruction text put before every query ("" for none)
 * @param maxTokens the model's input limit, special tokens included
 * @param maxBatch most texts in one forward pass; 1 for int8 models with dynamic quantisation, whose activations are
 *     quantised with one range over the whole batch, so that batching would change every text's vector
 * @param passageInstruction text put before every passage ("" for none; e5 models: {@code "passage: "})
 */
public record EmbeddingModelSpec(
        String name,
        String onnxModel,
        String tokenizer,
        Pooling pooling,
        String queryInstruction,
        int maxTokens,
        int maxBatch,
        String passageInstruction) {

    /** A model that embeds passages as they are. */
    public EmbeddingModelSpec(
            String name,
            String onnxModel,
            String tokenizer,
            Pooling pooling,
            String queryInstruction,
            int maxTokens,
            int maxBatch) {
        this(name, onnxModel, tokenizer, pooling, queryInstruction, maxTokens, maxBatch, "");
    }

    public EmbeddingModelSpec {
        passageInstruction = passageInstruction == null ? "" : passageInstruction;
        requireText("name", name);
        requireText("onnxModel", onnxModel);
        requireText("tokenizer", tokenizer);
        if (pooling == null) {
            throw new IllegalArgumentException("pooling must be set");
        }
        queryInstruction = queryInstruction == null ? "" : queryInstruction;
        if (maxTokens < 8) {
            throw new IllegalArgumentException("maxTokens must be >= 8, got: " + maxTokens);
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be >= 1, got: " + maxBatch);
        }
    }

    /**
     * What makes two models' passage vectors comparable, as hex SHA-256: the ONNX file's and the tokenizer.json's
     * bytes, the pooling, the input limit (longer passages are cut there) and the passage instruction. The name and
     * the query instruction are left out: a renamed file embeds the same, and queries are embedded anew.
     */
    public String fingerprint() {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        sha256.update(read(onnxModel));
        sha256.update((byte) 0);
        sha256.update(read(tokenizer));
        sha256.update(("\0" + pooling.name() + "\0" + maxTokens + "\0" + passageInstruction)
                .getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** BAAI bge-small-en-v1.5, int8-quantised ONNX, shipped in LangChain4j's model jar (384 dimensions). */
    public static EmbeddingModelSpec bgeSmallEnV15() {
        return new EmbeddingModelSpec(
                "bge-small-en-v1.5-q",
                "classpath:/bge-small-en-v1.5-q.onnx",
                "classpath:/bge-small-en-v1.5-q-tokenizer.json",
                Pooling.CLS,
                "Represent this sentence for searching relevant passages: ",
                512,
                1);
    }

    /**
     * sentence-transformers all-MiniLM-L6-v2, int8-quantised ONNX, shipped in LangChain4j's model jar (384 dimensions,
     * mean pooling, no query instruction). {@code maxTokens} is 256, the {@code max_seq_length} sentence-transformers
     * uses for it (the tokenizer.json's own 128 is the training length). {@code maxBatch} is 1 for the same reason as
     * bge: the file is dynamically quantised ({@code DynamicQuantizeLinear} takes one scale over the whole batch, padding
     * included), so a text's vector depends on its batch-mates. Measured with ONNX Runtime 1.20.0 on 8 SciFact
     * abstracts of 33 to 192 tokens, embedded as one batch of 8 vs one at a time: cosine 0.9930 to 0.9957 for this model
     * (0.9971 to 0.9984 for the int8 bge), while one-at-a-time runs repeat exactly (cosine 1.0000000). Batching would
     * make a chunk's vector depend on which chunks were ingested with it, so it stays off.
     */
    public static EmbeddingModelSpec allMiniLmL6V2() {
        return new EmbeddingModelSpec(
                "all-minilm-l6-v2-q",
                "classpath:/all-minilm-l6-v2-q.onnx",
                "classpath:/all-minilm-l6-v2-q-tokenizer.json",
                Pooling.MEAN,
                "",
                256,
                1);
    }

    /** The models that ship on the classpath, by {@link #name()}. */
    public static List<EmbeddingModelSpec> builtIn() {
        return List.of(bgeSmallEnV15(), allMiniLmL6V2());
    }

    /**
     * A built-in model by name ({@code bge-small-en-v1.5-q}, {@code all-minilm-l6-v2-q}; the short forms
     * {@code bge-small-en-v1.5} and {@code all-minilm-l6-v2} and any letter case are accepted too).
     */
    public static EmbeddingModelSpec named(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("model name must not be blank");
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (EmbeddingModelSpec spec : builtIn()) {
            if (spec.name().equals(wanted) || spec.name().equals(wanted + "-q")) {
                return spec;
            }
        }
        throw new IllegalArgumentException("unknown embedding model: " + name + " (built in: "
                + builtIn().stream().map(EmbeddingModelSpec::name).toList()
                + "; configure onnxModel and tokenizer paths for any other BERT-style model)");
    }

    /**
     * The model that configuration describes. A built-in {@code name} alone gives that model; with {@code onnxModel}
     * and {@code tokenizer} set it describes any BERT-style ONNX model (inputs {@code input_ids},
     * {@code attention_mask}, optionally {@code token_type_ids}; output 0 {@code [batch][tokens][dimension]}), which
     * then needs {@code pooling} too. Any other set value overrides the built-in one or the default: no query
     * instruction, {@code maxTokens} from the tokenizer.json's truncation (else 512), {@code maxBatch} 1 (the safe
     * choice for a quantised file; fp32 models may batch).
     */
    public static EmbeddingModelSpec of(EmbeddingModelSettings settings) {
        boolean custom = settings.onnxModel() != null || settings.tokenizer() != null;
        if (!custom) {
            if (settings.name() == null) {
                throw new IllegalArgumentException("set either a built-in model name or onnxModel and tokenizer paths");
            }
            EmbeddingModelSpec base = named(settings.name());
            return new EmbeddingModelSpec(
                    base.name(),
                    base.onnxModel(),
                    base.tokenizer(),
                    orElse(settings.pooling(), base.pooling()),
                    orElse(settings.queryInstruction(), base.queryInstruction()),
                    orElse(settings.maxTokens(), base.maxTokens()),
                    orElse(settings.maxBatch(), base.maxBatch()),
                    orElse(settings.passageInstruction(), base.passageInstruction()));
        }
        if (settings.onnxModel() == null || settings.tokenizer() == null) {
            throw new IllegalArgumentException("a custom embedding model needs both onnxModel and tokenizer, got: "
                    + "onnxModel=" + settings.onnxModel() + ", tokenizer=" + settings.tokenizer());
        }
        if (settings.pooling() == null) {
            throw new IllegalArgumentException("a custom embedding model needs pooling (CLS or MEAN) for "
                    + settings.onnxModel() + ": the ONNX file does not say which");
        }
        String name = settings.name() != null ? settings.name() : fileStem(settings.onnxModel());
        int maxTokens = settings.maxTokens() != null
                ? settings.maxTokens()
                : TokenizerConfig.truncationLength(read(settings.tokenizer())).orElse(512);
        return new EmbeddingModelSpec(
                name,
                settings.onnxModel(),
                settings.tokenizer(),
                settings.pooling(),
                settings.queryInstruction(),
                maxTokens,
                orElse(settings.maxBatch(), 1),
                settings.passageInstruction());
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static String fileStem(String location) {
        String file =
                Path.of(location.replaceFirst("^classpath:", "")).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    static byte[] read(String location) {
        try {
            if (location.startsWith("classpath:")) {
                String resource = location.substring("classpath:".length());
                try (InputStream in = EmbeddingModelSpec.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalArgumentException(
                                "no classpath resource " + resource + ": is the model jar on the classpath?");
                    }
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        }
    }

    private static void requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
