package org.jrag.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.SplittableRandom;
import org.jrag.engine.gguf.GgmlType;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.gguf.GgufTensorInfo;
import org.jrag.engine.gguf.GgufWriter;
import org.jrag.engine.gguf.MetadataValue;

/**
 * Model files for the integration tests, written once per build under {@code target/test-models}: the real
 * stories260K with a Llama-2 chat template added (it has none), and a slower random-weight model with the same
 * tokenizer, for tests that need a generation to still be running when they act.
 */
public final class TestModels {

    /** A Llama-2 {@code [INST]} template; {@code ChatTemplate.recognise} reads its variant from these markers. */
    public static final String LLAMA2_TEMPLATE = "{% for message in messages %}{% if message['role'] == 'user' %}"
            + "{{ bos_token + '[INST] ' + message['content'] + ' [/INST]' }}{% elif message['role'] == 'assistant' %}"
            + "{{ ' ' + message['content'] + ' ' + eos_token }}{% endif %}{% endfor %}";

    private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final Path DIR = Path.of("target", "test-models").toAbsolutePath();

    private TestModels() {}

    /** stories260K (../shared/models, or {@code -Djrag.shared}); fails, never skips, when it is missing. */
    public static Path stories260K() {
        String prop = System.getProperty("jrag.shared");
        if (prop != null) {
            return Path.of(prop, "models", "stories260K.gguf");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve("shared"), dir.resolveSibling("shared")}) {
                Path model = candidate.resolve("models/stories260K.gguf");
                if (Files.isRegularFile(model)) {
                    return model;
                }
            }
        }
        throw new IllegalStateException("shared/models/stories260K.gguf not found above "
                + Path.of("").toAbsolutePath() + "; set -Djrag.shared=/path/to/shared");
    }

    /**
     * A ChatML template (Qwen's shape); {@code ChatTemplate.recognise} knows it by {@code <|im_start|>}, which
     * stories260K's vocabulary spells out in pieces.
     */
    public static final String CHATML_TEMPLATE = "{% for message in messages %}{{ '<|im_start|>' + message['role']"
            + " + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}"
            + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    /** A Llama 3 template; {@code ChatTemplate.recognise} knows it by its header markers. */
    public static final String LLAMA3_TEMPLATE = "{% for message in messages %}{{ '<|start_header_id|>' +"
            + " message['role'] + '<|end_header_id|>\\n\\n' + message['content'] | trim + '<|eot_id|>' }}{% endfor %}";

    /** stories260K with {@code tokenizer.chat_template} set to {@link #LLAMA2_TEMPLATE}. */
    public static Path storiesWithChatTemplate() {
        return storiesWithTemplate("stories260K-chat.gguf", LLAMA2_TEMPLATE, 0);
    }

    /**
     * stories260K with {@code tokenizer.chat_template} set to {@link #CHATML_TEMPLATE} and a context of 2,048 tokens
     * (trained on 128: text past that is meaningless, but it runs), room for function definitions in the prompt.
     */
    public static Path storiesWithChatMlTemplate() {
        return storiesWithTemplate("stories260K-chatml-2048.gguf", CHATML_TEMPLATE, 2048);
    }

    /** stories260K with {@link #LLAMA3_TEMPLATE} and a context of 2,048 tokens, as {@link #storiesWithChatMlTemplate}. */
    public static Path storiesWithLlama3Template() {
        return storiesWithTemplate("stories260K-llama3-2048.gguf", LLAMA3_TEMPLATE, 2048);
    }

    /** @param context the context length to declare, or 0 to keep the model's */
    private static synchronized Path storiesWithTemplate(String file, String template, int context) {
        Path target = DIR.resolve(file);
        if (Files.isRegularFile(target)) {
            return target;
        }
        try (GgufFile source = GgufFile.open(stories260K())) {
            GgufWriter writer = new GgufWriter();
            source.metadata().entries().forEach(writer::put);
            writer.put("tokenizer.chat_template", MetadataValue.ofString(template));
            if (context > 0) {
                writer.putUint32("llama.context_length", context);
            }
            for (GgufTensorInfo t : source.tensorList()) {
                writer.addTensor(t.name(), t.type(), t.dims(), source.tensorData(t));
            }
            return writeAtomically(writer, target);
        }
    }

    /**
     * A random-weight llama (8 layers, dim 512, F32, context 2048) with stories260K's tokenizer and no chat
     * template: slow enough per token that a long completion is still running when a test disconnects or fills
     * the queue. The end-of-sequence embedding row is zero (tied output), so greedy decoding never picks it.
     */
    public static synchronized Path slowModel() {
        Path target = DIR.resolve("slow-random-512x8.gguf");
        if (Files.isRegularFile(target)) {
            return target;
        }
        int dim = 512;
        int layers = 8;
        int hidden = 1536;
        int heads = 8;
        try (GgufFile stories = GgufFile.open(stories260K())) {
            int vocab = stories.metadata().getStringArray("tokenizer.ggml.tokens").length;
            int eos = stories.metadata().getInt("tokenizer.ggml.eos_token_id");
            GgufWriter w = new GgufWriter();
            stories.metadata().entries().forEach((key, value) -> {
                if (key.startsWith("tokenizer.")) {
                    w.put(key, value);
                }
            });
            w.putString("general.architecture", "llama")
                    .putString("general.name", "slow-random")
                    .putUint32("llama.context_length", 2048)
                    .putUint32("llama.embedding_length", dim)
                    .putUint32("llama.block_count", layers)
                    .putUint32("llama.feed_forward_length", hidden)
                    .putUint32("llama.attention.head_count", heads)
                    .putUint32("llama.attention.head_count_kv", heads)
                    .putUint32("llama.rope.dimension_count", dim / heads)
                    .putFloat32("llama.attention.layer_norm_rms_epsilon", 1e-5f);
            SplittableRandom rnd = new SplittableRandom(42);
            w.addTensorFilled("token_embd.weight", GgmlType.F32, new long[] {dim, vocab}, target2 -> {
                random(rnd.split()).fill(target2);
                for (int i = 0; i < dim; i++) {
                    target2.setAtIndex(F32, (long) eos * dim + i, 0f);
                }
            });
            for (int l = 0; l < layers; l++) {
                String b = "blk." + l + ".";
                w.addTensorFilled(b + "attn_norm.weight", GgmlType.F32, new long[] {dim}, TestModels::ones);
                w.addTensorFilled(b + "attn_q.weight", GgmlType.F32, new long[] {dim, dim}, random(rnd.split()));
                w.addTensorFilled(b + "attn_k.weight", GgmlType.F32, new long[] {dim, dim}, random(rnd.split()));
                w.addTensorFilled(b + "attn_v.weight", GgmlType.F32, new long[] {dim, dim}, random(rnd.split()));
                w.addTensorFilled(b + "attn_output.weight", GgmlType.F32, new long[] {dim, dim}, random(rnd.split()));
                w.addTensorFilled(b + "ffn_norm.weight", GgmlType.F32, new long[] {dim}, TestModels::ones);
                w.addTensorFilled(b + "ffn_gate.weight", GgmlType.F32, new long[] {dim, hidden}, random(rnd.split()));
                w.addTensorFilled(b + "ffn_up.weight", GgmlType.F32, new long[] {dim, hidden}, random(rnd.split()));
                w.addTensorFilled(b + "ffn_down.weight", GgmlType.F32, new long[] {hidden, dim}, random(rnd.split()));
            }
            w.addTensorFilled("output_norm.weight", GgmlType.F32, new long[] {dim}, TestModels::ones);
            return writeAtomically(w, target);
        }
    }

    private static GgufWriter.TensorFiller random(SplittableRandom rnd) {
        return target -> {
            long n = target.byteSize() / 4;
            for (long i = 0; i < n; i++) {
                target.setAtIndex(F32, i, (float) ((rnd.nextDouble() * 2 - 1) * 0.05));
            }
        };
    }

    private static void ones(MemorySegment target) {
        long n = target.byteSize() / 4;
        for (long i = 0; i < n; i++) {
            target.setAtIndex(F32, i, 1f);
        }
    }

    private static Path writeAtomically(GgufWriter writer, Path target) {
        try {
            Files.createDirectories(DIR);
            Path tmp = Files.createTempFile(DIR, target.getFileName().toString(), ".tmp");
            writer.write(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write test model " + target, e);
        }
    }
}
