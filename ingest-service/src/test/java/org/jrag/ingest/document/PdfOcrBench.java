package org.jrag.ingest.document;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jrag.ingest.ocr.OcrProperties;
import org.jrag.ingest.ocr.TesseractOcr;

/**
 * Hand-run: a scanned PDF of {@code pages} A4 pages through {@link PdfParser} with Tesseract, one page at a time
 * against {@code threads} at once, alternating, printing each run and the medians. Not a test.
 *
 * <pre>
 * ./mvnw -q -o -pl ingest-service dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp ingest-service/target/classes:ingest-service/target/test-classes:$(cat /tmp/cp.txt) \
 *   org.jrag.ingest.document.PdfOcrBench [pages] [threads] [rounds]
 * </pre>
 */
public final class PdfOcrBench {

    private PdfOcrBench() {}

    public static void main(String[] args) {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String line = "The term ends after twelve months.";
        var texts = new String[pages];
        for (int i = 0; i < pages; i++) {
            texts[i] = String.join("\n", java.util.Collections.nCopies(24, "Page " + (i + 1) + ". " + line));
        }
        byte[] pdf = PdfFixtures.scanned(texts);
        var ocr = new TesseractOcr(
                new OcrProperties("auto", null, "eng", 300, 1000, Duration.ofSeconds(120), 1),
                new SimpleMeterRegistry());
        List<Double> one = new ArrayList<>();
        List<Double> many = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            one.add(time(new PdfParser(ocr, 300, 1000, 1), pdf, pages));
            many.add(time(new PdfParser(ocr, 300, 1000, threads), pdf, pages));
            System.out.printf(
                    "round %d: one page at a time %.2f s, %d at once %.2f s%n",
                    round + 1, one.getLast(), threads, many.getLast());
        }
        double a = median(one);
        double b = median(many);
        System.out.printf(
                "median: %d pages in %.2f s one at a time, %.2f s %d at once (%.2fx)%n", pages, a, b, threads, a / b);
    }

    private static double time(PdfParser parser, byte[] pdf, int pages) {
        long start = System.nanoTime();
        ParsedDocument parsed = parser.parse(pdf);
        if (parsed.ocrPages() != pages || !parsed.text().contains("twelve months")) {
            throw new IllegalStateException("read " + parsed.ocrPages() + " pages: " + parsed.text());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
