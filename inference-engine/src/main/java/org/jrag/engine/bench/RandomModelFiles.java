package org.jrag.engine.bench;

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
import org.jrag.engine.gguf.GgufValueType;
import org.jrag.engine.gguf.GgufWriter;

/**
 * Writes random-weight GGUF models of a {@link BenchShape} with the engine's own writer, as llama.cpp's were
 * made ({@code llama-quantize --pure}): every 2-D tensor, {@code token_embd} included, in one quantized type;
 * norms F32 1.0; tied embeddings. Quantized blocks are drawn directly (random int8 or 4-bit codes with a scale
 * that gives weights of std ~0.02), which changes nothing about speed. Files are cached by name and reused.
 */
public final class RandomModelFiles {
    private static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfShort I16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private RandomModelFiles() {}

    /** The file name llama.cpp's bench used for this shape and type. */
    public static String fileName(BenchShape shape, GgmlType type) {
        return shape.name() + "-random-" + type + ".gguf";
    }

    /** Returns the cached model in {@code dir}, writing it first when missing or unreadable. */
    public static Path ensure(Path dir, BenchShape shape, GgmlType type) {
        Path path = dir.resolve(fileName(shape, type));
        if (Files.exists(path) && readable(path, shape)) {
            return path;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(path.getFileName() + ".tmp");
            write(shape, type, tmp, 1234);
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write benchmark model " + path, e);
        }
    }

    private static boolean readable(Path path, BenchShape shape) {
        try (GgufFile f = GgufFile.open(path)) {
            return f.tensors().size() == 2 + 9 * shape.layers();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Writes the model; {@code seed} fixes every weight. */
    public static void write(BenchShape s, GgmlType type, Path path, long seed) {
        int fileType = fileType(type);
        if (type.blockSize() == 256 && (s.dim() % 256 != 0 || s.hiddenDim() % 256 != 0)) {
            throw new IllegalArgumentException(type + " needs rows of whole 256-value blocks; the " + s.name()
                    + " shape has " + s.dim() + " and " + s.hiddenDim() + " columns");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        String a = "llama";
        GgufWriter w = new GgufWriter()
                .putString("general.architecture", a)
                .putString("general.name", s.name() + "-random")
                .putUint32("general.file_type", fileType)
                .putUint32(a + ".context_length", s.contextLength())
                .putUint32(a + ".embedding_length", s.dim())
                .putUint32(a + ".block_count", s.layers())
                .putUint32(a + ".feed_forward_length", s.hiddenDim())
                .putUint32(a + ".attention.head_count", s.heads())
                .putUint32(a + ".attention.head_count_kv", s.kvHeads())
                .putUint32(a + ".rope.dimension_count", s.headDim())
                .putFloat32(a + ".rope.freq_base", s.ropeBase())
                .putFloat32(a + ".attention.layer_norm_rms_epsilon", 1e-5f)
                .putUint32(a + ".vocab_size", s.vocabSize());
        vocabulary(w, s);
        int d = s.dim();
        w.addTensorFilled("token_embd.weight", type, new long[] {d, s.vocabSize()}, random(type, rnd.split()));
        for (int l = 0; l < s.layers(); l++) {
            String b = "blk." + l + ".";
            w.addTensorFilled(b + "attn_norm.weight", GgmlType.F32, new long[] {d}, RandomModelFiles::ones);
            w.addTensorFilled(b + "attn_q.weight", type, new long[] {d, d}, random(type, rnd.split()));
            w.addTensorFilled(b + "attn_k.weight", type, new long[] {d, s.kvDim()}, random(type, rnd.split()));
            w.addTensorFilled(b + "attn_v.weight", type, new long[] {d, s.kvDim()}, random(type, rnd.split()));
            w.addTensorFilled(b + "attn_output.weight", type, new long[] {d, d}, random(type, rnd.split()));
            w.addTensorFilled(b + "ffn_norm.weight", GgmlType.F32, new long[] {d}, RandomModelFiles::ones);
            w.addTensorFilled(b + "ffn_gate.weight", type, new long[] {d, s.hiddenDim()}, random(type, rnd.split()));
            w.addTensorFilled(b + "ffn_up.weight", type, new long[] {d, s.hiddenDim()}, random(type, rnd.split()));
            w.addTensorFilled(b + "ffn_down.weight", type, new long[] {s.hiddenDim(), d}, random(type, rnd.split()));
        }
        w.addTensorFilled("output_norm.weight", GgmlType.F32, new long[] {d}, RandomModelFiles::ones);
        w.write(path);
    }

    /**
     * A synthetic GPT-2 style vocabulary of the right size: the 256 byte-level symbols, placeholder merged
     * tokens, and CONTROL specials where the real model has them, with an empty merge list (llama.cpp refuses a
     * {@code gpt2} vocabulary without the key). Random token ids never need its text.
     */
    private static void vocabulary(GgufWriter w, BenchShape s) {
        String[] tokens = new String[s.vocabSize()];
        int[] types = new int[s.vocabSize()];
        int next = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (i >= s.firstSpecial() && i < s.firstSpecial() + s.specialCount()) {
                tokens[i] = "<|special_" + (i - s.firstSpecial()) + "|>";
                types[i] = 3;
            } else {
                tokens[i] = next < 256 ? "<0x%02X>".formatted(next) : "tok_" + next;
                types[i] = 1;
                next++;
            }
        }
        w.putString("tokenizer.ggml.model", "gpt2")
                .putString("tokenizer.ggml.pre", s.preTokenizer())
                .putArray("tokenizer.ggml.tokens", GgufValueType.STRING, tokens)
                .putArray("tokenizer.ggml.token_type", GgufValueType.INT32, types)
                .putArray("tokenizer.ggml.merges", GgufValueType.STRING, new String[0])
                .putUint32("tokenizer.ggml.bos_token_id", s.bos())
                .putUint32("tokenizer.ggml.eos_token_id", s.eos());
    }

    /**
     * llama.cpp's {@code llama_ftype} of a model with every matrix in {@code type}: MOSTLY_Q8_0, MOSTLY_Q4_0,
     * MOSTLY_Q4_K_S, MOSTLY_Q5_K_S, MOSTLY_Q6_K, MOSTLY_IQ4_XS; the types the benchmark covers.
     */
    private static int fileType(GgmlType type) {
        return switch (type) {
            case Q8_0 -> 7;
            case Q4_0 -> 2;
            case Q4_K -> 14;
            case Q5_K -> 16;
            case Q6_K -> 18;
            case IQ4_XS -> 30;
            default ->
                throw new IllegalArgumentException("type must be Q8_0, Q4_0, Q4_K, Q5_K, Q6_K or IQ4_XS, got: " + type);
        };
    }

    private static void ones(MemorySegment target) {
        for (long off = 0; off < target.byteSize(); off += 4) {
            target.set(F32, off, 1f);
        }
    }

    /**
     * Random blocks: Q8_0 codes uniform int8 with d = 0.02 * 2.2 / 127 (a std-0.02 Gaussian block's max / 127);
     * Q4_0 codes uniform 0..15 with d = 0.02 * 2.2 / 8.
     */
    private static GgufWriter.TensorFiller random(GgmlType type, SplittableRandom rnd) {
        if (type == GgmlType.Q4_K || type == GgmlType.Q5_K) {
            return randomKQuant(type, rnd);
        }
        if (type == GgmlType.Q6_K) {
            return randomQ6K(rnd);
        }
        if (type == GgmlType.IQ4_XS) {
            return randomIQ4XS(rnd);
        }
        int blockBytes = type.blockBytes();
        short scale = Float.floatToFloat16(type == GgmlType.Q8_0 ? 0.02f * 2.2f / 127 : 0.02f * 2.2f / 8);
        return target -> {
            long blocks = target.byteSize() / blockBytes;
            for (long b = 0; b < blocks; b++) {
                long off = b * blockBytes;
                target.set(I16, off, scale);
                for (long q = off + 2; q + 8 <= off + blockBytes; q += 8) {
                    target.set(I64, q, rnd.nextLong());
                }
            }
        };
    }

    /**
     * Random Q4_K / Q5_K blocks (d, dmin, 12 bytes of packed 6-bit scales and mins, the codes): random scales, mins and
     * codes, with d = 0.02 * 2.2 / (63 * 15) (Q5_K: / (63 * 31)) and dmin = 0.02 / 63, so values stay near a std-0.02
     * weight's range.
     */
    private static GgufWriter.TensorFiller randomKQuant(GgmlType type, SplittableRandom rnd) {
        int blockBytes = type.blockBytes();
        short d = Float.floatToFloat16(0.02f * 2.2f / (63 * (type == GgmlType.Q4_K ? 15 : 31)));
        short dmin = Float.floatToFloat16(0.02f / 63);
        return target -> {
            long blocks = target.byteSize() / blockBytes;
            for (long b = 0; b < blocks; b++) {
                long off = b * blockBytes;
                for (long q = off; q < off + blockBytes; q += 8) {
                    target.set(I64, q, rnd.nextLong());
                }
                target.set(I16, off, d);
                target.set(I16, off + 2, dmin);
            }
        };
    }

    /**
     * Random IQ4_XS blocks (d, 2 + 4 bytes of packed 6-bit sub-block scales, 128 bytes of codes): random scales and
     * codes, with d = 0.02 * 2.2 / (32 * 127), so values stay near a std-0.02 weight's range.
     */
    private static GgufWriter.TensorFiller randomIQ4XS(SplittableRandom rnd) {
        int blockBytes = GgmlType.IQ4_XS.blockBytes();
        short d = Float.floatToFloat16(0.02f * 2.2f / (32 * 127));
        return target -> {
            long blocks = target.byteSize() / blockBytes;
            for (long b = 0; b < blocks; b++) {
                long off = b * blockBytes;
                for (long q = off; q + 8 <= off + blockBytes; q += 8) {
                    target.set(I64, q, rnd.nextLong());
                }
                target.set(I16, off, d);
            }
        };
    }

    /**
     * Random Q6_K blocks (128 bytes of low code bits, 64 of high bits, 16 int8 scales, d): random codes and scales,
     * with d = 0.02 * 2.2 / (64 * 32), so values stay near a std-0.02 weight's range.
     */
    private static GgufWriter.TensorFiller randomQ6K(SplittableRandom rnd) {
        int blockBytes = GgmlType.Q6_K.blockBytes();
        short d = Float.floatToFloat16(0.02f * 2.2f / (64 * 32));
        return target -> {
            long blocks = target.byteSize() / blockBytes;
            for (long b = 0; b < blocks; b++) {
                long off = b * blockBytes;
                for (long q = off; q + 8 <= off + 208; q += 8) {
                    target.set(I64, q, rnd.nextLong());
                }
                target.set(I16, off + 208, d);
            }
        };
    }
}
