package org.jrag.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jrag.engine.gguf.GgmlType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlamaCppFiguresTests {
    private static final String HEADER =
            "build_commit,cpu_info,model_filename,model_type,n_threads,n_prompt,n_gen,avg_ns,avg_ts,stddev_ts";

    @TempDir
    Path dir;

    @Test
    void readsLlamaBenchCsvRowsOfTheBenchModels() throws Exception {
        Path csv = dir.resolve("llamacpp.csv");
        Files.writeString(
                csv,
                HEADER + "\n"
                        + "\"de3ff81\",\"AMD EPYC\",\"/tmp/m/llama3.2-1b-random-Q4_0.gguf\",\"llama 1B Q4_0\",\"2\",\"512\",\"0\","
                        + "\"1\",\"84.15\",\"1.94\"\n"
                        + "\"de3ff81\",\"AMD EPYC\",\"/tmp/m/llama3.2-1b-random-Q4_0.gguf\",\"llama 1B Q4_0\",\"2\",\"0\",\"128\","
                        + "\"1\",\"34.15\",\"1.45\"\n"
                        + HEADER + "\n"
                        + "\"de3ff81\",\"AMD EPYC\",\"/x/stories260K.gguf\",\"llama ?B, \"\"guessed\"\"\",\"2\",\"0\",\"128\","
                        + "\"1\",\"2745.07\",\"144.36\"\n");

        LlamaCppFigures figures = LlamaCppFigures.fromCsv(csv);

        BenchShape oneB = BenchShape.byName("llama3.2-1b");
        assertThat(figures.of(oneB, GgmlType.Q4_0, "pp512")).contains(new LlamaCppFigures.Figure(84.15, 1.94));
        assertThat(figures.of(oneB, GgmlType.Q4_0, "tg128")).contains(new LlamaCppFigures.Figure(34.15, 1.45));
        assertThat(figures.of(oneB, GgmlType.Q8_0, "tg128")).isEmpty();
        assertThat(figures.source()).contains("same machine").contains("de3ff81");
    }

    @Test
    void namesARowRunAfterAContextByItsDepth() throws Exception {
        Path csv = dir.resolve("depth.csv");
        Files.writeString(
                csv,
                HEADER + ",n_depth\n"
                        + "\"de3ff81\",\"AMD EPYC\",\"/m/smollm2-135m-random-Q8_0.gguf\",\"llama 135M\",\"2\",\"0\",\"32\","
                        + "\"1\",\"52.41\",\"0.50\",\"2048\"\n"
                        + "\"de3ff81\",\"AMD EPYC\",\"/m/smollm2-135m-random-Q8_0.gguf\",\"llama 135M\",\"2\",\"0\",\"32\","
                        + "\"1\",\"133.62\",\"1.00\",\"0\"\n");

        LlamaCppFigures figures = LlamaCppFigures.fromCsv(csv);

        BenchShape small = BenchShape.byName("smollm2-135m");
        assertThat(figures.of(small, GgmlType.Q8_0, "tg32@d2048")).contains(new LlamaCppFigures.Figure(52.41, 0.50));
        assertThat(figures.of(small, GgmlType.Q8_0, "tg32")).contains(new LlamaCppFigures.Figure(133.62, 1.00));
    }

    @Test
    void rejectsAFileThatIsNotLlamaBenchCsv() throws Exception {
        Path noHeader = dir.resolve("a.csv");
        Files.writeString(noHeader, "\"x\",\"1\"\n");
        Path shortRow = dir.resolve("b.csv");
        Files.writeString(shortRow, HEADER + "\n\"de3ff81\",\"AMD EPYC\"\n");

        assertThatThrownBy(() -> LlamaCppFigures.fromCsv(noHeader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before any llama-bench csv header");
        assertThatThrownBy(() -> LlamaCppFigures.fromCsv(shortRow))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 cells, the header has 10");
    }

    @Test
    void referenceFiguresAreThoseOfTheReferenceFile() {
        assertThat(LlamaCppFigures.reference().of(BenchShape.byName("llama3.2-1b"), GgmlType.Q4_0, "tg128"))
                .contains(new LlamaCppFigures.Figure(19.84, 0.82));
    }
}
