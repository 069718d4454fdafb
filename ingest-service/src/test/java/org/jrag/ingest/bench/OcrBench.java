package org.jrag.ingest.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Hand-run: what reading one scanned page costs. Draws an A4 page of 45 lines of text at 300 dpi (2480 x 3508 grey),
 * encodes it as PNG (as {@code TesseractOcr} hands it over), and runs {@code tesseract stdin stdout -l eng --dpi 300}
 * on it, alternately with its OpenMP threads and with {@code OMP_THREAD_LIMIT=1} (what the service sets), printing
 * each run and the medians. Not a test.
 *
 * <pre>java ingest-service/src/test/java/org/jrag/ingest/bench/OcrBench.java [rounds]</pre>
 */
public final class OcrBench {

    private OcrBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        BufferedImage page = page();
        long encodeStart = System.nanoTime();
        var png = new ByteArrayOutputStream();
        ImageIO.write(page, "png", png);
        System.out.printf(
                "PNG of %d x %d: %d bytes in %.2f s%n",
                page.getWidth(), page.getHeight(), png.size(), (System.nanoTime() - encodeStart) / 1e9);
        List<Double> threads = new ArrayList<>();
        List<Double> single = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            threads.add(run(png.toByteArray(), false));
            single.add(run(png.toByteArray(), true));
            System.out.printf(
                    "round %d: OpenMP threads %.2f s, OMP_THREAD_LIMIT=1 %.2f s%n",
                    round + 1, threads.getLast(), single.getLast());
        }
        double a = median(threads);
        double b = median(single);
        System.out.printf("median: OpenMP threads %.2f s, one thread %.2f s a page (%.1fx)%n", a, b, a / b);
    }

    private static BufferedImage page() {
        var image = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 42));
        String[] words = ("the contract term begins on the first day of the month and ends after twelve months unless"
                        + " either party gives notice in writing")
                .split(" ");
        var random = new Random(1);
        for (int line = 0; line < 45; line++) {
            var text = new StringBuilder();
            while (text.length() < 85) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            g.drawString(text.toString(), 250, 300 + line * 68);
        }
        g.dispose();
        return image;
    }

    private static double run(byte[] png, boolean oneThread) throws IOException, InterruptedException {
        var builder = new ProcessBuilder("tesseract", "stdin", "stdout", "-l", "eng", "--dpi", "300")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        if (oneThread) {
            builder.environment().put("OMP_THREAD_LIMIT", "1");
        }
        long start = System.nanoTime();
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write(png);
        }
        int words = new String(process.getInputStream().readAllBytes()).split("\\s+").length;
        if (process.waitFor() != 0 || words < 500) {
            throw new IllegalStateException("tesseract failed or read only " + words + " words");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
