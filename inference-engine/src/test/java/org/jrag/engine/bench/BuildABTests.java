package org.jrag.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                | (b) 1000-token shared prefix | mean TTFT ms (cache on vs off) | 48.50 | 1397.60 | 28.8x |
                """;

        assertThat(BuildAB.batchedRate(output)).isEqualTo(272.88);
        assertThatThrownBy(() -> BuildAB.batchedRate("ServingBench: threads=2\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no (a) row");
    }

    @Test
    void saysSoWhenARunPrintedNoResult() {
        assertThatThrownBy(() -> BuildAB.lastRate("EngineBench: threads=2\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no result row");
    }
}
