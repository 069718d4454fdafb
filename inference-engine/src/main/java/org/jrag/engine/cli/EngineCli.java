package org.jrag.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jrag.engine.generate.Generation;
import org.jrag.engine.generate.Generator;
import org.jrag.engine.generate.PerplexityEvaluator;
import org.jrag.engine.generate.PerplexityResult;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.gguf.GgufTensorInfo;
import org.jrag.engine.gguf.MetadataArray;
import org.jrag.engine.gguf.MetadataValue;
import org.jrag.engine.model.LlamaModel;
import org.jrag.engine.sampling.SamplingSettings;
import org.jrag.engine.sampling.TokenSampler;
import org.jrag.engine.tokenizer.SentencePieceTokenizer;
import org.jrag.engine.tokenizer.Utf8StreamDecoder;
import org.jrag.engine.tokenizer.Vocabulary;

/**
 * Command line front end: {@code inspect <gguf>}, {@code generate <gguf> <prompt> [-n N] [--temp T] [--seed S]},
 * {@code perplexity <gguf> <textfile> [-c N]}. Run with {@code --add-modules jdk.incubator.vector
 * --enable-native-access=ALL-UNNAMED}.
 */
public final class EngineCli {
    private final PrintStream out;

    EngineCli(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            System.exit(new EngineCli(out).run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    int run(String[] args) {
        if (args.length < 2) {
            out.println(usage());
            return 2;
        }
        Path model = Path.of(args[1]);
        return switch (args[0]) {
            case "inspect" -> inspect(model);
            case "generate" -> {
                if (args.length < 3) {
                    throw new IllegalArgumentException("generate needs a prompt\n" + usage());
                }
                yield generate(
                        model,
                        args[2],
                        intOption(args, "-n", 64),
                        floatOption(args, "--temp", 0f),
                        intOption(args, "--seed", 42));
            }
            case "perplexity" -> {
                if (args.length < 3) {
                    throw new IllegalArgumentException("perplexity needs a text file\n" + usage());
                }
                yield perplexity(model, Path.of(args[2]), intOption(args, "-c", 128));
            }
            default -> throw new IllegalArgumentException("unknown command '" + args[0] + "'\n" + usage());
        };
    }

    static String usage() {
        return """
                usage: EngineCli inspect <gguf>
                       EngineCli generate <gguf> <prompt> [-n N] [--temp T] [--seed S]
                       EngineCli perplexity <gguf> <textfile> [-c N]""";
    }

    int inspect(Path path) {
        try (GgufFile f = GgufFile.open(path)) {
            out.printf(
                    "GGUF v%d, %d bytes, alignment %d, data at %d%n",
                    f.version(), f.fileSize(), f.alignment(), f.dataOffset());
            out.printf("metadata (%d):%n", f.metadata().entries().size());
            for (Map.Entry<String, MetadataValue> e : f.metadata().entries().entrySet()) {
                out.printf("  %-45s %-8s %s%n", e.getKey(), e.getValue().type(), shortValue(e.getValue()));
            }
            out.printf("tensors (%d):%n", f.tensors().size());
            for (GgufTensorInfo t : f.tensors().values()) {
                out.printf(
                        "  %-32s %-5s %-22s %,d bytes%n",
                        t.name(), t.type(), java.util.Arrays.toString(t.dims()), t.byteSize());
            }
        }
        return 0;
    }

    private static String shortValue(MetadataValue v) {
        if (v.value() instanceof MetadataArray a) {
            return a.toString();
        }
        String s = v.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    int generate(Path path, String prompt, int n, float temperature, long seed) {
        try (GgufFile f = GgufFile.open(path)) {
            LlamaModel model = LlamaModel.load(f);
            SentencePieceTokenizer tokenizer = new SentencePieceTokenizer(Vocabulary.from(f.metadata()));
            Vocabulary vocab = tokenizer.vocabulary();
            int[] ids = tokenizer.encode(prompt, vocab.addBos());
            int context = Math.min(model.config().contextLength() * 4, ids.length + n + 1);
            context = Math.max(context, ids.length + 1);
            TokenSampler sampler =
                    TokenSampler.of(SamplingSettings.defaults(seed).withTemperature(temperature));
            Utf8StreamDecoder decoder = new Utf8StreamDecoder();
            out.print(prompt);
            Generation g = new Generator(model).generate(ids, n, context, sampler, Set.of(vocab.eosId()), token -> {
                out.print(decoder.accept(tokenizer.pieceBytes(token, false)));
                out.flush();
            });
            out.println(decoder.flush());
            out.printf(
                    Locale.ROOT,
                    "%nprefill: %d tokens, %.1f tokens/s; decode: %d tokens, %.1f tokens/s (%s)%n",
                    g.promptTokens(),
                    g.prefillTokensPerSecond(),
                    g.tokens().length,
                    g.decodeTokensPerSecond(),
                    g.stopReason());
        }
        return 0;
    }

    int perplexity(Path path, Path textFile, int nCtx) {
        String text;
        try {
            text = Files.readString(textFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + textFile + ": " + e.getMessage(), e);
        }
        try (GgufFile f = GgufFile.open(path)) {
            LlamaModel model = LlamaModel.load(f);
            SentencePieceTokenizer tokenizer = new SentencePieceTokenizer(Vocabulary.from(f.metadata()));
            int[] tokens = tokenizer.encode(text, true);
            long t0 = System.nanoTime();
            PerplexityResult r = new PerplexityEvaluator(model)
                    .evaluate(tokens, nCtx, tokenizer.vocabulary().bosId());
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf(
                    Locale.ROOT,
                    "%d tokens, %d chunks of %d, %d scored; PPL = %.4f (%.1f s, %.0f tokens/s)%n",
                    tokens.length,
                    r.chunks(),
                    nCtx,
                    r.scoredTokens(),
                    r.perplexity(),
                    secs,
                    r.chunks() * nCtx / secs);
        }
        return 0;
    }

    private static int intOption(String[] args, String name, int dflt) {
        String v = option(args, name);
        return v == null ? dflt : Integer.parseInt(v);
    }

    private static float floatOption(String[] args, String name, float dflt) {
        String v = option(args, name);
        return v == null ? dflt : Float.parseFloat(v);
    }

    private static String option(String[] args, String name) {
        for (int i = 3; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }
}
