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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    private final OcrProperties properties;
    private final Timer pages;
    private final Timer failed;
    private volatile String unavailable;
    private volatile boolean checked;

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
        List<String> missing = Arrays.stream(properties.languages().split("\\+"))
                .filter(language -> !installed.contains(language))
                .toList();
        if (!missing.isEmpty()) {
            return "Tesseract has no language data for " + missing + " (installed: " + installed
                    + "); install tesseract-ocr-" + String.join(", tesseract-ocr-", missing);
        }
        return null;
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
        List<String> command = new ArrayList<>(List.of(
                properties.command(),
                "stdin",
                "stdout",
                "-l",
                properties.languages(),
                "--dpi",
                String.valueOf(properties.dpi())));
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
