package org.jrag.engine.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

class HalfFloatTests {
    @Test
    void vectorF16DecodingIsExactForEveryHalfValue() {
        // every one of the 65536 bit patterns (in lane 0, zeros elsewhere) must decode as Float.float16ToFloat does
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(2 * 8);
            float[] x = {1f, 0f, 0f, 0f, 0f, 0f, 0f, 0f};
            PanamaTensorKernels k = new PanamaTensorKernels();
            for (int h = 0; h < 65536; h++) {
                s.set(Layouts.I16, 0, (short) h);
                float got = k.dotF16(s, 0, x, 0, 8);
                float expected = Float.float16ToFloat((short) h);
                if (Float.isNaN(expected)) {
                    assertThat(got).isNaN();
                } else {
                    assertThat(got).as("half 0x%04x", h).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void finiteScaleDecodingIsExactForEveryFiniteHalf() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(2 * 8);
            float[] got = new float[8];
            for (int h = 0; h < 65536; h += 8) {
                for (int lane = 0; lane < 8; lane++) {
                    s.set(Layouts.I16, 2L * lane, (short) (h + lane));
                }
                PanamaTensorKernels.finiteHalfToFloat(s, 0).intoArray(got, 0);
                for (int lane = 0; lane < 8; lane++) {
                    short half = (short) (h + lane);
                    if ((half & 0x7C00) != 0x7C00) {
                        assertThat(got[lane]).as("half 0x%04x", h + lane).isEqualTo(Float.float16ToFloat(half));
                    }
                }
            }
        }
    }

    @Test
    void arrayConversionsAreExactForEveryHalfTheyAccept() {
        // every half, infinities and NaNs included, in one run and in runs of 13 (so that the loop's vector body and
        // its scalar tail both see each value)
        short[] all = new short[65536];
        for (int h = 0; h < 65536; h++) {
            all[h] = (short) h;
        }
        for (TensorKernels k : new TensorKernels[] {new PanamaTensorKernels(), new ScalarTensorKernels()}) {
            for (int run : new int[] {all.length, 13}) {
                float[] got = new float[65536];
                for (int i = 0; i < all.length; i += run) {
                    k.halvesToFloats(all, i, got, i, Math.min(run, all.length - i));
                }
                for (int h = 0; h < 65536; h++) {
                    assertThat(Float.floatToRawIntBits(got[h]))
                            .as("half 0x%04x in runs of %d", h, run)
                            .isEqualTo(Float.floatToRawIntBits(Float.float16ToFloat((short) h)));
                }
            }
        }
    }

    @Test
    void matrixWithAnInfiniteOrNanScaleIsNotRepacked() {
        try (Arena arena = Arena.ofConfined()) {
            int cols = 64;
            for (short special : new short[] {(short) 0x7C00, (short) 0xFC00, (short) 0x7E00}) {
                MemorySegment q8 = arena.allocate(8L * 2 * Q8_0Tensor.BLOCK_BYTES);
                MemorySegment q4 = arena.allocate(8L * 2 * Q4_0Tensor.BLOCK_BYTES);
                for (int b = 0; b < 16; b++) {
                    q8.set(Layouts.I16, (long) b * Q8_0Tensor.BLOCK_BYTES, Float.floatToFloat16(0.5f));
                    q4.set(Layouts.I16, (long) b * Q4_0Tensor.BLOCK_BYTES, Float.floatToFloat16(0.5f));
                }
                assertThat(Q8_0x8Tensor.repack(new Q8_0Tensor(q8, 8 * cols), cols, arena))
                        .isPresent();
                assertThat(Q4_0x8Tensor.repack(new Q4_0Tensor(q4, 8 * cols), cols, arena))
                        .isPresent();

                q8.set(Layouts.I16, 13L * Q8_0Tensor.BLOCK_BYTES, special);
                q4.set(Layouts.I16, 13L * Q4_0Tensor.BLOCK_BYTES, special);

                assertThat(Q8_0x8Tensor.repack(new Q8_0Tensor(q8, 8 * cols), cols, arena))
                        .isEmpty();
                assertThat(Q4_0x8Tensor.repack(new Q4_0Tensor(q4, 8 * cols), cols, arena))
                        .isEmpty();
            }
        }
    }
}
