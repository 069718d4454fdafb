package org.jrag.engine.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;

/**
 * The vector kernels' exp and lane sum give the same bits in every lane, in the scalar version and in every
 * compiler tier (these tests run them interpreted first, then compiled), and exp stays within 2 ulps of Math.exp
 * (over [-87, 88], beyond which its argument is clamped).
 */
class DeterministicMathTests {
    private static final int N = 1 << 16;

    @Test
    void expLanesEqualTheScalarVersionAndStayWithinTwoUlpsOfMathExp() {
        float[] x = inputs();
        float[] lanes = new float[x.length];
        for (int rep = 0; rep < 30; rep++) { // the later repetitions run compiled
            for (int i = 0; i < x.length; i += 8) {
                PanamaTensorKernels.exp(x, i, 1f, 0f, lanes, i);
            }
            for (int i = 0; i < x.length; i++) {
                float scalar = PanamaTensorKernels.exp(x[i]);
                assertThat(Float.floatToIntBits(lanes[i])).as("x = %s", x[i]).isEqualTo(Float.floatToIntBits(scalar));
                if (x[i] >= -87f && x[i] <= 88f) { // outside, x is clamped
                    float exact = (float) Math.exp(x[i]);
                    assertThat(Math.abs(scalar - exact)).as("x = %s", x[i]).isLessThanOrEqualTo(2 * Math.ulp(exact));
                }
            }
        }
        float[] negated = new float[8];
        PanamaTensorKernels.exp(x, 8, -1f, 0f, negated, 0);
        float[] shifted = new float[8];
        PanamaTensorKernels.exp(x, 8, 1f, 2.5f, shifted, 0);
        for (int j = 0; j < 8; j++) {
            assertThat(negated[j]).isEqualTo(PanamaTensorKernels.exp(-x[8 + j]));
            assertThat(shifted[j]).isEqualTo(PanamaTensorKernels.exp(x[8 + j] - 2.5f));
        }
        assertThat(PanamaTensorKernels.exp(0f)).isEqualTo(1f);
        assertThat(PanamaTensorKernels.exp(Float.NaN)).isNaN();
        assertThat(PanamaTensorKernels.exp(-1000f)).isLessThan(1e-37f);
        assertThat(PanamaTensorKernels.exp(1000f)).isGreaterThan(1e38f).isFinite();
    }

    @Test
    void laneSumHasOneOrderInEveryTier() {
        float[] x = inputs();
        float[] first = new float[x.length / 8];
        for (int rep = 0; rep < 30; rep++) {
            for (int i = 0; i < x.length; i += 8) {
                float sum = PanamaTensorKernels.sumLanes(FloatVector.fromArray(FloatVector.SPECIES_256, x, i));
                float tree =
                        ((x[i] + x[i + 4]) + (x[i + 2] + x[i + 6])) + ((x[i + 1] + x[i + 5]) + (x[i + 3] + x[i + 7]));
                assertThat(Float.floatToIntBits(sum)).isEqualTo(Float.floatToIntBits(tree));
                if (rep == 0) {
                    first[i / 8] = sum;
                }
                assertThat(sum).isEqualTo(first[i / 8]);
            }
        }
    }

    /** Softmax-shift and SwiGLU arguments: mostly in [-30, 10], some far out. */
    private static float[] inputs() {
        SplittableRandom rnd = new SplittableRandom(11);
        float[] x = new float[N];
        for (int i = 0; i < N; i++) {
            x[i] = i % 64 == 0 ? (float) rnd.nextDouble(-120, 100) : (float) rnd.nextDouble(-30, 10);
        }
        return x;
    }
}
