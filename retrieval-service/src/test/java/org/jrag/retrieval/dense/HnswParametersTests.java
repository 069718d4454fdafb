package org.jrag.retrieval.dense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HnswParametersTests {

    @Test
    void readsMAndEfConstructionFromReloptions() {
        assertThat(HnswParameters.fromReloptions(List.of("m=24", "ef_construction=200")))
                .isEqualTo(new HnswParameters(24, 200));
    }

    @Test
    void takesPgvectorsDefaultsForOptionsTheIndexDoesNotSet() {
        assertThat(HnswParameters.fromReloptions(null)).isEqualTo(new HnswParameters(16, 64));
        assertThat(HnswParameters.fromReloptions(List.of("ef_construction=100", "fillfactor=90")))
                .isEqualTo(new HnswParameters(16, 100));
    }

    @Test
    void rejectsWhatPgvectorRejects() {
        assertThatThrownBy(() -> new HnswParameters(1, 64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("m must be in [2, 100], got: 1");
        assertThatThrownBy(() -> new HnswParameters(16, 1001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("efConstruction must be in [4, 1000], got: 1001");
        assertThatThrownBy(() -> new HnswParameters(32, 40))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("efConstruction must be >= 2 * m, got: 40 with m 32");
        assertThatThrownBy(() -> new HnswIndexProperties(32, 40, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rag.retrieval.dense.hnsw: efConstruction must be >= 2 * m, got: 40 with m 32");
    }
}
