package org.jrag.engine.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PrefetchTests {

    @Test
    void theFunctionIsMappedAndBoundOnLinuxX86() {
        // given Linux on x86-64 without -Djrag.engine.prefetch=false
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"));
        assumeTrue("amd64".equals(System.getProperty("os.arch")));
        assumeTrue(Boolean.parseBoolean(System.getProperty("jrag.engine.prefetch", "true")));
        // then the page was mapped, written, made executable and bound
        assertThat(Prefetch.available()).isTrue();
    }

    @Test
    void rangesAreCutToEndInsideTheSegment() {
        // given a segment of 640 bytes
        long size = 640;
        // then both ranges keep the length asked for inside it, are cut at its end across it, and are empty past it
        // or when the length is not positive
        assertThat(Prefetch.span(size, 0, 320, 320)).isEqualTo(320);
        assertThat(Prefetch.span(size, 600, 64, 4096)).isEqualTo(40);
        assertThat(Prefetch.span(size, 64, 600, 4096)).isEqualTo(40);
        assertThat(Prefetch.span(size, 640, 0, 64)).isZero();
        assertThat(Prefetch.span(size, 1 << 20, 1 << 21, 1 << 20)).isZero();
        assertThat(Prefetch.span(size, 0, 0, 0)).isZero();
        assertThat(Prefetch.span(size, 0, 0, -64)).isZero();
    }

    @Test
    void prefetchingLeavesMemoryAsItWas() {
        try (Arena arena = Arena.ofConfined()) {
            // given a native segment of 10 lines with known bytes, and a heap segment
            MemorySegment s = arena.allocate(640, 64);
            for (int i = 0; i < 640; i++) {
                s.set(ValueLayout.JAVA_BYTE, i, (byte) (i * 31));
            }
            MemorySegment heap = MemorySegment.ofArray(new byte[640]);
            // when ranges inside, across the end of and past the segment are prefetched, and empty or negative ones
            Prefetch.lines(s, 0, 320, 320);
            Prefetch.lines(s, 600, 64, 4096);
            Prefetch.lines(s, 1 << 20, 1 << 21, 1 << 20);
            Prefetch.lines(s, 0, 0, 0);
            Prefetch.lines(s, 0, 0, -64);
            Prefetch.lines(heap, 0, 0, 640);
            // then the process is still here and every byte is what was written
            for (int i = 0; i < 640; i++) {
                assertThat(s.get(ValueLayout.JAVA_BYTE, i)).isEqualTo((byte) (i * 31));
            }
        }
    }
}
