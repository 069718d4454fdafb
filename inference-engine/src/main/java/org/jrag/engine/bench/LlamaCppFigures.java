package org.jrag.engine.bench;

import java.util.Optional;
import org.jrag.engine.gguf.GgmlType;

/**
 * llama.cpp's published tokens/s on this machine class (shared/reference/llamacpp-bench.md: llama-bench, 2
 * threads, -r 3, commit c392e50), the yardstick every engine figure is printed beside.
 */
public final class LlamaCppFigures {
    /** Mean and standard deviation in tokens/s. */
    public record Figure(double mean, double stddev) {}

    private LlamaCppFigures() {}

    /** The figure for test "pp128", "pp512" or "tg128", if llama.cpp was measured on it. */
    public static Optional<Figure> of(BenchShape shape, GgmlType type, String test) {
        String key = shape.name() + "/" + type + "/" + test;
        return Optional.ofNullable(
                switch (key) {
                    case "smollm2-135m/Q8_0/pp128" -> new Figure(296.01, 1.19);
                    case "smollm2-135m/Q8_0/pp512" -> new Figure(235.88, 2.37);
                    case "smollm2-135m/Q8_0/tg128" -> new Figure(59.35, 4.12);
                    case "smollm2-135m/Q4_0/pp128" -> new Figure(310.03, 4.98);
                    case "smollm2-135m/Q4_0/pp512" -> new Figure(293.51, 2.05);
                    case "smollm2-135m/Q4_0/tg128" -> new Figure(102.19, 9.37);
                    case "llama3.2-1b/Q8_0/pp128" -> new Figure(46.45, 1.45);
                    case "llama3.2-1b/Q8_0/pp512" -> new Figure(40.95, 2.48);
                    case "llama3.2-1b/Q8_0/tg128" -> new Figure(9.67, 0.48);
                    case "llama3.2-1b/Q4_0/pp128" -> new Figure(54.83, 3.35);
                    case "llama3.2-1b/Q4_0/pp512" -> new Figure(52.87, 1.34);
                    case "llama3.2-1b/Q4_0/tg128" -> new Figure(19.84, 0.82);
                    default -> null;
                });
    }
}
