package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Locale;

/**
 * Native memory for repacked weights, mapped by the kernel in transparent huge pages (2 MiB) where it can. Decode
 * reads every weight once per token; over 4 KiB pages a 1.3 GB model (the Llama-3.2-1B shape in Q8_0) needs 330,000
 * address translations a token, which inside a VM each walk two page tables. On Linux the memory is mapped
 * anonymously, 2 MiB aligned, and advised {@code MADV_HUGEPAGE} before anything touches it, so the first writes
 * fault in huge pages also where the system setting is {@code madvise} (Ubuntu's default); the mapping is unmapped
 * when {@code arena} closes. Elsewhere, for small sizes, when the calls are not available or fail, and with {@code
 * -Djrag.engine.hugePages=false}, plain {@code arena.allocate}.
 */
final class HugePages {
    static final long SIZE = 2L << 20;

    private static final int MADV_HUGEPAGE = 14;
    private static final Native NATIVE = Native.load();

    private HugePages() {}

    /** {@code bytes} of zeroed native memory, aligned to at least 64 bytes, that lives as long as {@code arena}. */
    static MemorySegment allocate(Arena arena, long bytes) {
        if (NATIVE == null || bytes < SIZE) {
            return arena.allocate(bytes, 64);
        }
        MemorySegment mapped = NATIVE.map(bytes + SIZE);
        if (mapped == null) {
            return arena.allocate(bytes, 64);
        }
        long start = (mapped.address() + SIZE - 1) & -SIZE;
        MemorySegment s = MemorySegment.ofAddress(start).reinterpret(bytes, arena, x -> NATIVE.unmap(mapped));
        NATIVE.adviseHuge(s);
        return s;
    }

    /** Whether allocations of at least {@link #SIZE} bytes are mapped and advised here. */
    static boolean enabled() {
        return NATIVE != null;
    }

    /** mmap, munmap and madvise from the C library. */
    private record Native(MethodHandle mmap, MethodHandle munmap, MethodHandle madvise) {
        static Native load() {
            if (!Boolean.parseBoolean(System.getProperty("jrag.engine.hugePages", "true"))
                    || !System.getProperty("os.name", "")
                            .toLowerCase(Locale.ROOT)
                            .startsWith("linux")) {
                return null;
            }
            try {
                return new Native(
                        LibC.function("mmap", LibC.MMAP),
                        LibC.function("munmap", LibC.MUNMAP),
                        LibC.function("madvise", LibC.RANGE_INT));
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        }

        /** An anonymous private read-write mapping of {@code bytes}, or null when mmap fails. */
        MemorySegment map(long bytes) {
            try {
                MemorySegment m = (MemorySegment) mmap.invokeExact(
                        MemorySegment.NULL, bytes, LibC.PROT_READ_WRITE, LibC.MAP_PRIVATE_ANONYMOUS, -1, 0L);
                // MAP_FAILED is (void *) -1
                return m.address() == -1L ? null : m.reinterpret(bytes);
            } catch (Throwable t) {
                return null;
            }
        }

        void unmap(MemorySegment m) {
            try {
                int ignored = (int) munmap.invokeExact(m, m.byteSize());
            } catch (Throwable t) {
                // nothing to do: the mapping stays until the process ends
            }
        }

        /** Advisory: a kernel without transparent huge pages refuses it, and the memory works as before. */
        void adviseHuge(MemorySegment s) {
            try {
                int ignored = (int) madvise.invokeExact(s, s.byteSize(), MADV_HUGEPAGE);
            } catch (Throwable t) {
                // advisory only
            }
        }
    }
}
