package org.jrag.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jrag.engine.chat.ChatMessage;
import org.jrag.engine.chat.ChatTemplate;
import org.jrag.engine.chat.UnsupportedChatTemplateException;
import org.jrag.engine.generate.BeamHypothesis;
import org.jrag.engine.generate.BeamSearch;
import org.jrag.engine.generate.Generation;
import org.jrag.engine.generate.LlamaSequenceDecoder;
import org.jrag.engine.generate.PerplexityEvaluator;
import org.jrag.engine.generate.PerplexityResult;
import org.jrag.engine.generate.StopStringMatcher;
import org.jrag.engine.generate.TextGeneration;
import org.jrag.engine.generate.TextGenerator;
import org.jrag.engine.gguf.GgmlType;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.gguf.GgufFormatException;
import org.jrag.engine.gguf.GgufTensorInfo;
import org.jrag.engine.gguf.MetadataArray;
import org.jrag.engine.gguf.MetadataValue;
import org.jrag.engine.model.LlamaModel;
import org.jrag.engine.model.UnsupportedModelException;
import org.jrag.engine.quantize.GgufQuantizer;
import org.jrag.engine.quantize.QuantizationReport;
import org.jrag.engine.quantize.TensorError;
import org.jrag.engine.sampling.TokenSampler;
import org.jrag.engine.tokenizer.Tokenizer;
import org.jrag.engine.tokenizer.UnsupportedTokenizerException;
import org.jrag.engine.tokenizer.Vocabulary;

/**
 * Command line front end: {@code inspect <gguf>}, {@code generate <gguf> <prompt> [options]} (see
 * {@link #usage()}), {@code perplexity <gguf> <textfile> [-c N]}, {@code quantize <in> <out> <Q8_0|Q4_0>}. Run with {@code --add-modules jdk.incubator.vector
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
        } catch (IllegalArgumentException
                | UnsupportedChatTemplateException
                | UnsupportedTokenizerException
                | UnsupportedModelException
                | GgufFormatException e) {
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
                yield generate(model, args[2], GenerateOptions.parse(args, 3));
            }
            case "quantize" -> {
                if (args.length < 4) {
                    throw new IllegalArgumentException("quantize needs <in> <out> <Q8_0|Q4_0>\n" + usage());
                }
                yield quantize(model, Path.of(args[2]), args[3]);
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
                       EngineCli generate <gguf> <prompt> [-n N] [--temp T] [--seed S] [--top-k K] [--top-p P]
                                [--min-p P] [--repeat-penalty R] [--stop TEXT]... [--chat] [--system TEXT]
                                [--beam N] [--kv-cache f32|f16|q8_0]
                       EngineCli perplexity <gguf> <textfile> [-c N]
                       EngineCli quantize <in.gguf> <out.gguf> <Q8_0|Q4_0>""";
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

    int generate(Path path, String prompt, GenerateOptions o) {
        try (GgufFile f = GgufFile.open(path)) {
            LlamaModel model = LlamaModel.load(f);
            Tokenizer tokenizer = Tokenizer.from(f.metadata());
            Vocabulary vocab = tokenizer.vocabulary();
            // 1. the prompt: raw text, or a one-turn chat rendered with the model's template
            Set<Integer> stopTokens = new HashSet<>();
            if (vocab.eosId() >= 0) {
                stopTokens.add(vocab.eosId());
            }
            f.metadata().findLong("tokenizer.ggml.eot_token_id").ifPresent(id -> stopTokens.add(id.intValue()));
            String text = prompt;
            if (o.chat()) {
                ChatTemplate template = ChatTemplate.from(f.metadata(), vocab);
                List<ChatMessage> messages = new ArrayList<>();
                if (o.system() != null) {
                    messages.add(ChatMessage.system(o.system()));
                }
                messages.add(ChatMessage.user(prompt));
                text = template.render(messages, true);
                for (String end : template.endOfTurn()) {
                    if (vocab.id(end) >= 0) {
                        stopTokens.add(vocab.id(end));
                    }
                }
            }
            int[] ids = tokenizer.encode(text, vocab.addBos());
            int context = Math.max(
                    Math.min(model.config().contextLength() * 4, ids.length + o.maxTokens() + 1), ids.length + 1);
            if (!o.chat()) {
                out.print(prompt);
            }
            // 2. beam search, or sampling with streamed output
            if (o.beam() > 0) {
                long t0 = System.nanoTime();
                BeamHypothesis best = new BeamSearch(o.beam(), 1.0)
                        .search(new LlamaSequenceDecoder(model, context, o.kvCache()), ids, o.maxTokens(), stopTokens);
                double secs = (System.nanoTime() - t0) / 1e9;
                StopStringMatcher matcher = new StopStringMatcher(o.stops());
                String reply = matcher.accept(tokenizer.decode(best.tokens()));
                out.println(matcher.stopped() ? reply : reply + matcher.flush());
                out.printf(
                        Locale.ROOT,
                        "%nbeam %d: %d tokens, log-prob %.3f, score %.4f, %s (%.1f s)%n",
                        o.beam(),
                        best.tokens().length,
                        best.logProb(),
                        best.score(),
                        best.ended() ? "ended" : "budget reached",
                        secs);
                return 0;
            }
            TextGeneration g = new TextGenerator(model, tokenizer)
                    .generate(
                            ids,
                            o.maxTokens(),
                            model.newKvCache(context, o.kvCache()),
                            TokenSampler.of(o.sampling()),
                            stopTokens,
                            o.stops(),
                            piece -> {
                                out.print(piece);
                                out.flush();
                            });
            out.println();
            Generation gen = g.generation();
            out.printf(
                    Locale.ROOT,
                    "%nprefill: %d tokens, %.1f tokens/s; decode: %d tokens, %.1f tokens/s (%s)%n",
                    gen.promptTokens(),
                    gen.prefillTokensPerSecond(),
                    gen.tokens().length,
                    gen.decodeTokensPerSecond(),
                    gen.stopReason());
        }
        return 0;
    }

    int quantize(Path input, Path output, String typeName) {
        GgmlType type;
        try {
            type = GgmlType.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("quantize type must be Q8_0 or Q4_0, got: " + typeName, e);
        }
        long t0 = System.nanoTime();
        QuantizationReport r = new GgufQuantizer(type).quantize(input, output);
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf(
                "%-32s %-11s %12s %12s %10s %10s %8s%n",
                "tensor", "type", "bytes in", "bytes out", "RMSE", "max|err|", "rel");
        for (TensorError t : r.tensors()) {
            if (t.kept() != null) {
                out.printf(
                        "%-32s %-11s %,12d %,12d   kept: %s%n",
                        t.name(), t.from(), t.bytesBefore(), t.bytesAfter(), t.kept());
            } else {
                out.printf(
                        Locale.ROOT,
                        "%-32s %-11s %,12d %,12d %10.3e %10.3e %7.2f%%%n",
                        t.name(),
                        t.from() + "->" + t.to(),
                        t.bytesBefore(),
                        t.bytesAfter(),
                        t.rmse(),
                        t.maxAbs(),
                        t.relativeRmse() * 100);
            }
        }
        out.printf(
                Locale.ROOT,
                "%d of %d tensors quantized to %s; file %,d -> %,d bytes (%.1f%%); RMSE %.3e, max |err| %.3e (%.1f s)%n",
                r.quantizedTensors(),
                r.tensors().size(),
                type,
                r.fileBytesBefore(),
                r.fileBytesAfter(),
                100.0 * r.fileBytesAfter() / r.fileBytesBefore(),
                r.rmse(),
                r.maxAbs(),
                secs);
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
            Tokenizer tokenizer = Tokenizer.from(f.metadata());
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
        for (int i = 3; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return dflt;
    }
}
