package org.jrag.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VectorMathTests {

    @Test
    void cosineOfOrthogonalAndParallelVectors() {
        assertThat(VectorMath.cosine(new float[] {1, 0}, new float[] {0, 3})).isZero();
        assertThat(VectorMath.cosine(new float[] {1, 2}, new float[] {2, 4})).isCloseTo(1f, within(1e-6f));
        assertThat(VectorMath.cosine(new float[] {0, 0}, new float[] {2, 4})).isZero();
    }

    @Test
    void normalizeScalesToUnitLength() {
        float[] v = VectorMath.normalize(new float[] {3, 4});
        assertThat(v).containsExactly(new float[] {0.6f, 0.8f}, within(1e-6f));
    }

    @Test
    void rejectsDifferentLengths() {
        assertThatThrownBy(() -> VectorMath.dot(new float[2], new float[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vectors must have the same length, got: 2 and 3");
    }
}
