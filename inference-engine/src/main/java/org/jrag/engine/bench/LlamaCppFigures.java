package org.jrag.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jrag.engine.gguf.GgmlType;

/**
 * llama.cpp's tokens/s, the yardstick every engine figure is printed beside: by default the published figures of
 * the reference machine class (shared/reference/llamacpp-bench.md: llama-bench, 2 threads, -r 3, commit c392e50,
 * Zen 3), or, with {@link #fromCsv}, what {@code llama-bench -o csv} measured on the same machine
 * ({@code scripts/llamacpp-bench.sh} writes that file).
 */
public final class LlamaCppFigures {
    /** Mean and standard deviation in tokens/s. */
    public record Figure(double mean, double stddev) {}

    private final String source;
    private final Map<String, Figure> figures;

    private LlamaCppFigures(String source, Map<String, Figure> figures) {
        this.source = source;
        this.figures = Map.copyOf(figures);
    }

    /** The published figures of shared/reference/llamacpp-bench.md (another machine of the same class). */
    public static LlamaCppFigures reference() {
        Map<String, Figure> f = new HashMap<>();
        f.put("smollm2-135m/Q8_0/pp128", new Figure(296.01, 1.19));
        f.put("smollm2-135m/Q8_0/pp512", new Figure(235.88, 2.37));
        f.put("smollm2-135m/Q8_0/tg128", new Figure(59.35, 4.12));
        f.put("smollm2-135m/Q4_0/pp128", new Figure(310.03, 4.98));
        f.put("smollm2-135m/Q4_0/pp512", new Figure(293.51, 2.05));
        f.put("smollm2-135m/Q4_0/tg128", new Figure(102.19, 9.37));
        f.put("llama3.2-1b/Q8_0/pp128", new Figure(46.45, 1.45));
        f.put("llama3.2-1b/Q8_0/pp512", new Figure(40.95, 2.48));
        f.put("llama3.2-1b/Q8_0/tg128", new Figure(9.67, 0.48));
        f.put("llama3.2-1b/Q4_0/pp128", new Figure(54.83, 3.35));
        f.put("llama3.2-1b/Q4_0/pp512", new Figure(52.87, 1.34));
        f.put("llama3.2-1b/Q4_0/tg128", new Figure(19.84, 0.82));
        return new LlamaCppFigures("reference figures (llamacpp-bench.md, c392e50, Zen 3)", f);
    }

    /**
     * The rows of a {@code llama-bench -o csv} file (one header line, then rows; several runs may be appended, each
     * with its header): the model is recognised by its file name ({@link RandomModelFiles#fileName}), the test is
     * {@code pp<n_prompt>} when {@code n_gen} is 0 and {@code tg<n_gen>} when {@code n_prompt} is 0, with
     * {@code @d<n_depth>} appended when the row ran after a context of n_depth tokens. Rows of other models are
     * skipped; a later row for the same test replaces an earlier one.
     *
     * @throws IllegalArgumentException when a header lacks one of the columns used, or a row has another width
     */
    public static LlamaCppFigures fromCsv(Path csv) throws IOException {
        Map<String, Figure> f = new HashMap<>();
        Map<String, Integer> columns = null;
        String commit = "?";
        int lineNo = 0;
        for (String line : Files.readAllLines(csv)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.contains("model_filename")) {
                columns = new HashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    columns.put(cells.get(i), i);
                }
                for (String c : List.of("model_filename", "n_prompt", "n_gen", "avg_ts", "stddev_ts")) {
                    if (!columns.containsKey(c)) {
                        throw new IllegalArgumentException(csv + ":" + lineNo + ": header has no column " + c);
                    }
                }
                continue;
            }
            if (columns == null) {
                throw new IllegalArgumentException(csv + ":" + lineNo + ": a row before any llama-bench csv header");
            }
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException(
                        csv + ":" + lineNo + ": " + cells.size() + " cells, the header has " + columns.size());
            }
            String file = Path.of(cells.get(columns.get("model_filename")))
                    .getFileName()
                    .toString();
            Optional<String> model = modelKey(file);
            if (model.isEmpty()) {
                continue;
            }
            int prompt = Integer.parseInt(cells.get(columns.get("n_prompt")));
            int gen = Integer.parseInt(cells.get(columns.get("n_gen")));
            String test = gen == 0 ? "pp" + prompt : prompt == 0 ? "tg" + gen : "pp" + prompt + "+tg" + gen;
            int depth = columns.containsKey("n_depth") ? Integer.parseInt(cells.get(columns.get("n_depth"))) : 0;
            if (depth > 0) {
                test += "@d" + depth;
            }
            f.put(
                    model.get() + "/" + test,
                    new Figure(
                            Double.parseDouble(cells.get(columns.get("avg_ts"))),
                            Double.parseDouble(cells.get(columns.get("stddev_ts")))));
            if (columns.containsKey("build_commit")) {
                commit = cells.get(columns.get("build_commit"));
            }
        }
        return new LlamaCppFigures("same machine, llama-bench " + commit + " (" + csv + ")", f);
    }

    /** "shape/type" of a bench model file name, if it is one. */
    private static Optional<String> modelKey(String fileName) {
        for (BenchShape shape : BenchShape.ALL) {
            for (GgmlType type : List.of(GgmlType.Q8_0, GgmlType.Q4_0, GgmlType.Q4_K, GgmlType.Q5_K, GgmlType.Q6_K)) {
                if (RandomModelFiles.fileName(shape, type).equals(fileName)) {
                    return Optional.of(shape.name() + "/" + type);
                }
            }
        }
        return Optional.empty();
    }

    /** The cells of one CSV line; quoted cells may hold commas and doubled quotes. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString());
        return out;
    }

    /** Where the figures come from, for the table's caption. */
    public String source() {
        return source;
    }

    /** The figure for a test such as "pp512" or "tg128", if llama.cpp was measured on it. */
    public Optional<Figure> of(BenchShape shape, GgmlType type, String test) {
        return Optional.ofNullable(figures.get(shape.name() + "/" + type + "/" + test));
    }
}
