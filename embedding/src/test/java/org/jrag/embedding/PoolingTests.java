package org.jrag.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;

class PoolingTests {

    // two texts padded to 3 tokens, dimension 2: text 0 has 3 real tokens, text 1 has 2 and one padding row
    private static final FloatBuffer HIDDEN = FloatBuffer.wrap(new float[] {
        1, 2, 3, 4, 5, 6, // text 0
        10, 20, 30, 40, 999, -999 // text 1, last row is padding
    });
    private static final long[] MASK = {1, 1, 1, 1, 1, 0};

    @Test
    void clsTakesTheFirstToken() {
        assertThat(Pooling.CLS.pool(HIDDEN, MASK, 0, 3, 2)).containsExactly(1, 2);
        assertThat(Pooling.CLS.pool(HIDDEN, MASK, 1, 3, 2)).containsExactly(10, 20);
    }

    @Test
    void meanAveragesRealTokensAndIgnoresPadding() {
        assertThat(Pooling.MEAN.pool(HIDDEN, MASK, 0, 3, 2)).containsExactly(new float[] {3, 4}, within(1e-6f));
        assertThat(Pooling.MEAN.pool(HIDDEN, MASK, 1, 3, 2)).containsExactly(new float[] {20, 30}, within(1e-6f));
    }
}
