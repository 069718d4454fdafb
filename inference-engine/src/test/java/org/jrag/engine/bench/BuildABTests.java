package org.jrag.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildABTests {
    @Test
    void readsTheRateOfTheLastResultRow() {
        String output = """
                EngineBench: threads=2, q4=integer, kv=F32, r=3, cpus=2, load 2.02
                llama.cpp: reference figures (llamacpp-bench.md, c392e50, Zen 3)
                | llama3.2-1b | Q4_0 | pp512 | 65.85 ± 2.56 | - | - | 1.95 | 2.02 |

                | model | type | test | jrag t/s | llama.cpp t/s | jrag / llama.cpp | CPUs busy | load avg (1m) |
                | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
                | llama3.2-1b | Q4_0 | pp512 | 65.85 ± 2.56 | - | - | 1.95 | 2.02 |
                | llama3.2-1b | Q4_0 | tg128 | 27.13 ± 0.49 | 28.99 ± 1.02 | 0.94x | 1.98 | 2.02 |
                load average at end: 2.02
                """;

        assertThat(BuildAB.lastRate(output)).isEqualTo(27.13);
    }

    @Test
    void readsTheBatchedRateOfTheLastServingRow() {
        String output = """
                ServingBench: threads=2, cpus=2, -n 64, streams [4, 8], prefix 1000
                (a)  8 streams: batched 272.88 t/s, one at a time 115.63 t/s

                | part | measure | with | without | ratio |
                | --- | --- | ---: | ---: | ---: |
                | (a) 4 streams | aggregate tokens/s (batched vs maxRunning=1); median 1.81x | 231.18 | 123.80 | 1.87x |
                | (a) 8 streams | aggregate tokens/s (batched vs maxRunning=1); median 2.38x | 272.88 | 115.63 | 2.36x |
                | (a) 8 streams, decode | aggregate decode tokens/s; median 2.45x | 290.10 | 117.02 | 2.48x |
                | (b) 1000-token shared prefix | mean TTFT ms (cache on vs off) | 48.50 | 1397.60 | 28.8x |
                """;

        assertThat(BuildAB.batchedRate(output)).isEqualTo(272.88);
        assertThatThrownBy(() -> BuildAB.batchedRate("ServingBench: threads=2\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no (a) or (c) row");
    }

    @Test
    void readsTheSpeculatingRateOfTheLastPromptLookupRowWithoutBatchedRows() {
        String output = """
                ServingBench: threads=2, cpus=2, -n 64, streams [1, 4, 8, 16], prefix 1000

                | part | measure | with | without | ratio |
                | --- | --- | ---: | ---: | ---: |
                | (c) stories260K prompt lookup | decode tokens/s; acceptance 0.93 | 41788.95 | 22161.28 | 1.89x |
                """;

        assertThat(BuildAB.batchedRate(output)).isEqualTo(41788.95);
    }

    @Test
    void aBuildCarriesTheSystemPropertiesItsRunsSee() {
        BuildAB.Build plain = BuildAB.Build.parse("target/classes");
        BuildAB.Build on = BuildAB.Build.parse("target/classes@jrag.test.switch=true@jrag.test.level=3");

        assertThat(plain.dir()).isEqualTo(Path.of("target/classes"));
        assertThat(plain.properties()).isEmpty();
        assertThat(on.dir()).isEqualTo(Path.of("target/classes"));
        assertThat(on.properties()).containsExactly(entry("jrag.test.switch", "true"), entry("jrag.test.level", "3"));
        assertThatThrownBy(() -> BuildAB.Build.parse("target/classes@jrag.test.switch"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KEY=VALUE")
                .hasMessageContaining("'jrag.test.switch'");
    }

    @Test
    void aBuildsPropertiesHoldWhileItRunsAndTheOtherBuildsKeysAreCleared() {
        BuildAB.Build on = BuildAB.Build.parse("a@jrag.test.switch=true");
        BuildAB.Build other = BuildAB.Build.parse("b@jrag.test.level=3");
        System.setProperty("jrag.test.level", "1");
        try {
            Map<String, String> saved = on.apply(other.properties().keySet());

            assertThat(System.getProperty("jrag.test.switch")).isEqualTo("true");
            assertThat(System.getProperty("jrag.test.level")).isNull();
            BuildAB.restore(saved);
            assertThat(System.getProperty("jrag.test.switch")).isNull();
            assertThat(System.getProperty("jrag.test.level")).isEqualTo("1");
        } finally {
            System.clearProperty("jrag.test.level");
            System.clearProperty("jrag.test.switch");
        }
    }

    @Test
    void saysSoWhenARunPrintedNoResult() {
        assertThatThrownBy(() -> BuildAB.lastRate("EngineBench: threads=2\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no result row");
    }
}
