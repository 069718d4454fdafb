package org.jrag.engine.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HugePagesTests {

    @Test
    void largeAllocationsAreZeroedWritableAndAlignedToAHugePage() {
        try (Arena arena = Arena.ofConfined()) {
            // given an allocation of two and a half huge pages
            long bytes = 5 * HugePages.SIZE / 2;
            // when it is allocated and written end to end
            MemorySegment s = HugePages.allocate(arena, bytes);
            long zeros = 0;
            for (long i = 0; i < bytes; i += 4096) {
                zeros += s.get(ValueLayout.JAVA_BYTE, i) == 0 ? 1 : 0;
                s.set(ValueLayout.JAVA_BYTE, i, (byte) 7);
            }
            s.set(ValueLayout.JAVA_BYTE, bytes - 1, (byte) 9);
            // then it has the size asked for, came zeroed, keeps what was written, and starts on a huge page where
            // the mapping is available (64 bytes otherwise, as the kernels need)
            assertThat(s.byteSize()).isEqualTo(bytes);
            assertThat(zeros).isEqualTo((bytes + 4095) / 4096);
            assertThat(s.get(ValueLayout.JAVA_BYTE, HugePages.SIZE)).isEqualTo((byte) 7);
            assertThat(s.get(ValueLayout.JAVA_BYTE, bytes - 1)).isEqualTo((byte) 9);
            assertThat(s.address() % (HugePages.enabled() ? HugePages.SIZE : 64))
                    .isZero();
        }
    }

    @Test
    void smallAllocationsComeFromTheArena() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = HugePages.allocate(arena, 1000);
            assertThat(s.byteSize()).isEqualTo(1000);
            assertThat(s.address() % 64).isZero();
        }
    }

    @Test
    void theMappingEndsWithItsArena() throws IOException {
        // given a large allocation whose arena is then closed
        Arena arena = Arena.ofConfined();
        MemorySegment s = HugePages.allocate(arena, 3 * HugePages.SIZE);
        s.set(ValueLayout.JAVA_BYTE, 0, (byte) 1);
        boolean mapped = HugePages.enabled() && !mappingOf(s.address()).isEmpty();
        arena.close();
        // then the segment can no longer be used, and where it was mapped here the memory is unmapped
        assertThatThrownBy(() -> s.get(ValueLayout.JAVA_BYTE, 0)).isInstanceOf(IllegalStateException.class);
        if (mapped) {
            assertThat(mappingOf(s.address())).isEmpty();
        }
    }

    @Test
    void theKernelIsAdvisedToUseHugePagesWhereItHasThem() throws IOException {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        assumeTrue(HugePages.enabled() && Files.isReadable(setting), "Linux with transparent huge pages");
        assumeTrue(!Files.readString(setting).contains("[never]"), "transparent huge pages not switched off");
        try (Arena arena = Arena.ofConfined()) {
            // given a large allocation
            MemorySegment s = HugePages.allocate(arena, 4 * HugePages.SIZE);
            // then the mapping that holds it carries the huge-page advice ("hg" in its VmFlags)
            String mapping = mappingOf(s.address());
            assertThat(mapping).as("smaps entry of %x", s.address()).containsPattern("VmFlags:.* hg");
        }
    }

    /** The /proc/self/smaps entry of the mapping that contains {@code address}. */
    private static String mappingOf(long address) throws IOException {
        for (String entry : Files.readString(Path.of("/proc/self/smaps")).split("\n(?=[0-9a-f]+-[0-9a-f]+ )")) {
            String[] range = entry.substring(0, entry.indexOf(' ')).split("-");
            long lo = Long.parseUnsignedLong(range[0], 16);
            long hi = Long.parseUnsignedLong(range[1], 16);
            if (Long.compareUnsigned(address, lo) >= 0 && Long.compareUnsigned(address, hi) < 0) {
                return entry;
            }
        }
        return "";
    }
}
