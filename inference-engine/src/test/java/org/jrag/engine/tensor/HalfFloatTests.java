package org.jrag.engine.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class HalfFloatTests {
    @Test
    void vectorF16DecodingIsExactForEveryHalfValue() {
        // every one of the 65536 bit patterns (in lane 0, zeros elsewhere) must decode as Float.float16ToFloat does
        ValueLayout.OfShort i16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(2 * 8);
            float[] x = {1f, 0f, 0f, 0f, 0f, 0f, 0f, 0f};
            PanamaTensorKernels k = new PanamaTensorKernels();
            for (int h = 0; h < 65536; h++) {
                s.set(i16, 0, (short) h);
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
}
