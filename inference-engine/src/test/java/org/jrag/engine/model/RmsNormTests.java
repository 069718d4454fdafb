package org.jrag.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link LlamaModel#rmsNorm}: every token's bits as ggml's rms_norm gives them, one token at a time. */
class RmsNormTests {
    @ParameterizedTest
    @CsvSource({"1, 64", "3, 64", "4, 576", "5, 576", "8, 576", "9, 100"})
    void everyTokenMatchesTheSequentialDoubleSumBitForBit(int n, int dim) {
        SplittableRandom rnd = new SplittableRandom(n * 31L + dim);
        int xOff = 7;
        float[] x = new float[xOff + n * dim];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (rnd.nextGaussian() * Math.exp(rnd.nextGaussian() * 3));
        }
        float[] weight = new float[dim];
        for (int i = 0; i < dim; i++) {
            weight[i] = (float) rnd.nextGaussian();
        }
        float eps = 1e-5f;
        int outOff = 3;
        float[] out = new float[outOff + n * dim];

        LlamaModel.rmsNorm(x, xOff, weight, out, outOff, n, dim, eps);

        for (int t = 0; t < n; t++) {
            int xo = xOff + t * dim;
            double ss = 0;
            for (int i = 0; i < dim; i++) {
                ss += x[xo + i] * x[xo + i];
            }
            float scale = (float) (1.0 / Math.sqrt((float) (ss / dim) + eps));
            for (int i = 0; i < dim; i++) {
                float expected = x[xo + i] * scale * weight[i];
                assertThat(Float.floatToRawIntBits(out[outOff + t * dim + i]))
                        .as("token %d, value %d", t, i)
                        .isEqualTo(Float.floatToRawIntBits(expected));
            }
        }
    }
}
