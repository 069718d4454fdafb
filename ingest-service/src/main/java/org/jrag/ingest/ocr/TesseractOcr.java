package org.jrag.ingest.ocr;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jrag.ingest.problem.OcrFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads pages with the Tesseract command ({@code tesseract stdin stdout -l eng --dpi 300}): the page goes in as a
 * PNG, the text comes out; nothing touches the disk. Tesseract runs on one thread ({@code OMP_THREAD_LIMIT=1}).
 * Whether Tesseract and the configured languages' data are installed is checked once, when first asked, by
 * {@code tesseract --list-langs}.
 */
public final class TesseractOcr implements Ocr {

    private static final Logger log = LoggerFactory.getLogger(TesseractOcr.class);
    /** Reads a process's output and errors while it runs, so neither pipe fills up and stalls it. */
    private static final Executor READERS = Executors.newVirtualThreadPerTaskExecutor();

    /** Tesseract's codes of the languages a collection names (its data: tesseract-ocr-<code>). */
    private static final Map<String, List<String>> CODES = Map.ofEntries(
            Map.entry("english", List.of("eng")),
            Map.entry("german", List.of("deu")),
            Map.entry("french", List.of("fra")),
            Map.entry("spanish", List.of("spa")),
            Map.entry("italian", List.of("ita")),
            Map.entry("portuguese", List.of("por")),
            Map.entry("dutch", List.of("nld")),
            Map.entry("swedish", List.of("swe")),
            Map.entry("danish", List.of("dan")),
            Map.entry("norwegian", List.of("nor")),
            Map.entry("finnish", List.of("fin")),
            Map.entry("russian", List.of("rus")),
            Map.entry("czech", List.of("ces")),
            Map.entry("hungarian", List.of("hun")),
            Map.entry("romanian", List.of("ron")),
            Map.entry("turkish", List.of("tur")),
            Map.entry("greek", List.of("ell")),
            Map.entry("arabic", List.of("ara")),
            Map.entry("hindi", List.of("hin")),
            Map.entry("cjk", List.of("chi_sim", "chi_tra", "jpn", "kor")),
            Map.entry("bulgarian", List.of("bul")),
            Map.entry("catalan", List.of("cat")),
            Map.entry("basque", List.of("eus")),
            Map.entry("galician", List.of("glg")),
            Map.entry("irish", List.of("gle")),
            Map.entry("latvian", List.of("lav")),
            Map.entry("lithuanian", List.of("lit")),
            Map.entry("estonian", List.of("est")),
            Map.entry("indonesian", List.of("ind")),
            Map.entry("persian", List.of("fas")),
            Map.entry("armenian", List.of("hye")),
            Map.entry("bengali", List.of("ben")),
            Map.entry("serbian", List.of("srp")),
            Map.entry("thai", List.of("tha")),
            Map.entry("sorani", List.of("ckb")),
            Map.entry("nepali", List.of("nep")),
            Map.entry("tamil", List.of("tam")),
            Map.entry("telugu", List.of("tel")),
            Map.entry("lao", List.of("lao")),
            Map.entry("khmer", List.of("khm")),
            Map.entry("burmese", List.of("mya")));

    private final OcrProperties properties;
    private final Timer pages;
    private final Timer failed;
    private volatile String unavailable;
    private volatile boolean checked;
    private volatile List<String> installed = List.of();

    public TesseractOcr(OcrProperties properties, MeterRegistry registry) {
        this.properties = properties;
        String name = "rag.ingest.ocr.pages";
        String description = "Scanned pages read by Tesseract (result=read) or failed on (result=failed), and how long";
        this.pages = Timer.builder(name)
                .tag("result", "read")
                .description(description)
                .register(registry);
        this.failed = Timer.builder(name)
                .tag("result", "failed")
                .description(description)
                .register(registry);
    }

    @Override
    public boolean available() {
        return unavailableBecause() == null;
    }

    @Override
    public String unavailableBecause() {
        if (!checked) {
            synchronized (this) {
                if (!checked) {
                    unavailable = check();
                    checked = true;
                    if (unavailable == null) {
                        log.info("OCR: {} reads scanned pages in {}", properties.command(), properties.languages());
                    } else {
                        log.warn("OCR unavailable: {}", unavailable);
                    }
                }
            }
        }
        return unavailable;
    }

    private String check() {
        if (!properties.on()) {
            return "OCR is off (rag.ingest.ocr.mode)";
        }
        Output listed;
        try {
            listed = run(List.of(properties.command(), "--list-langs"), new byte[0], Duration.ofSeconds(30));
        } catch (OcrFailedException e) {
            return "Tesseract ('" + properties.command() + "') could not be run: " + e.getMessage()
                    + "; install tesseract-ocr or set rag.ingest.ocr.command";
        }
        if (listed.exit() != 0) {
            return "'" + properties.command() + " --list-langs' exited with " + listed.exit() + ": "
                    + listed.err().strip();
        }
        List<String> installed = listed.out().lines().skip(1).map(String::strip).toList();
        this.installed = installed;
        List<String> missing = Arrays.stream(properties.languages().split("\\+"))
                .filter(language -> !installed.contains(language))
                .toList();
        if (!missing.isEmpty()) {
            return "Tesseract has no language data for " + missing + " (installed: " + installed
                    + "); install tesseract-ocr-" + String.join(", tesseract-ocr-", missing);
        }
        return null;
    }

    /**
     * Reads with the language's data first, then the configured languages ({@code deu+eng} for a German collection),
     * where that data is installed; else as configured.
     */
    @Override
    public Ocr in(String language) {
        if (language == null || !available()) {
            return this;
        }
        var codes = new LinkedHashSet<String>();
        CODES.getOrDefault(language, List.of()).stream()
                .filter(installed::contains)
                .forEach(codes::add);
        if (codes.isEmpty()) {
            return this;
        }
        codes.addAll(Arrays.asList(properties.languages().split("\\+")));
        String languages = String.join("+", codes);
        return languages.equals(properties.languages()) ? this : new TesseractOcr(this, languages);
    }

    /** A view of {@code base} reading {@code languages}, its check and timers shared. */
    private TesseractOcr(TesseractOcr base, String languages) {
        this.properties = new OcrProperties(
                base.properties.mode(),
                base.properties.command(),
                languages,
                base.properties.dpi(),
                base.properties.maxPages(),
                base.properties.pageTimeout(),
                base.properties.threads());
        this.pages = base.pages;
        this.failed = base.failed;
        this.installed = base.installed;
        this.unavailable = base.unavailable;
        this.checked = base.checked;
    }

    /** The languages pages are read in, Tesseract's codes joined by {@code +}. */
    String languages() {
        return properties.languages();
    }

    @Override
    public String read(BufferedImage page) {
        long start = System.nanoTime();
        try {
            String text = readPage(page);
            pages.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return text;
        } catch (RuntimeException e) {
            failed.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            throw e;
        }
    }

    private String readPage(BufferedImage page) {
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(page, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = List.of(
                properties.command(),
                "stdin",
                "stdout",
                "-l",
                properties.languages(),
                "--dpi",
                String.valueOf(properties.dpi()));
        Output output = run(command, png.toByteArray(), properties.pageTimeout());
        if (output.exit() != 0) {
            throw new OcrFailedException("Tesseract exited with " + output.exit() + ": "
                    + output.err().strip());
        }
        return output.out();
    }

    private record Output(int exit, String out, String err) {}

    /** Runs the command with {@code input} on its standard input; its output and errors are read as it runs. */
    private static Output run(List<String> command, byte[] input, Duration timeout) {
        Process process;
        try {
            var builder = new ProcessBuilder(command);
            // one thread: Tesseract's OpenMP threads spin against each other on few cores (an A4 page at 300 dpi took
            // 27 s with them on a 2-core VM, 2.6 s without)
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            process = builder.start();
        } catch (IOException e) {
            throw new OcrFailedException(e.getMessage());
        }
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()), READERS);
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()), READERS);
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input);
        } catch (IOException e) {
            // the process ended before it read everything: its exit code and errors tell why
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new OcrFailedException("Tesseract took longer than " + timeout.toMillis() + " ms on a page"
                        + " (rag.ingest.ocr.page-timeout)");
            }
            return new Output(process.exitValue(), out.get(), err.get());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new OcrFailedException("interrupted");
        } catch (ExecutionException e) {
            throw new OcrFailedException(e.getCause().getMessage());
        }
    }

    private static String drain(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
