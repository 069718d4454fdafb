package org.jrag.engine.tensor;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * Functions of the C library that the tensor package calls through the FFM linker ({@link HugePages}, {@link
 * Prefetch}, {@link IntegerPasses}).
 */
final class LibC {
    /** {@code void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)}. */
    static final FunctionDescriptor MMAP = FunctionDescriptor.of(
            ValueLayout.ADDRESS,
            ValueLayout.ADDRESS,
            ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT,
            ValueLayout.JAVA_LONG);

    /** {@code int f(void *addr, size_t length, int arg)}: madvise and mprotect. */
    static final FunctionDescriptor RANGE_INT = FunctionDescriptor.of(
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT);

    /** {@code int munmap(void *addr, size_t length)}. */
    static final FunctionDescriptor MUNMAP =
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG);

    /** mmap / mprotect flags: {@code PROT_READ | PROT_WRITE}, {@code MAP_PRIVATE | MAP_ANONYMOUS}. */
    static final int PROT_READ_WRITE = 0x1 | 0x2;

    static final int MAP_PRIVATE_ANONYMOUS = 0x02 | 0x20;

    private static final int PROT_READ_EXEC = 0x1 | 0x4;
    private static final long PAGE = 4096;

    private LibC() {}

    /**
     * Machine code in a region of its own: mapped read-write, {@code code} copied in, then made read-execute (never
     * both at once). Empty where a step fails (a system that forbids executable anonymous memory).
     */
    static Optional<MemorySegment> executable(byte[] code) {
        try {
            long size = (code.length + PAGE - 1) / PAGE * PAGE;
            MemorySegment region = (MemorySegment) function("mmap", MMAP)
                    .invokeExact(MemorySegment.NULL, size, PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS, -1, 0L);
            if (region.address() == -1L) {
                return Optional.empty();
            }
            region = region.reinterpret(size);
            MemorySegment.copy(code, 0, region, ValueLayout.JAVA_BYTE, 0, code.length);
            if ((int) function("mprotect", RANGE_INT).invokeExact(region, size, PROT_READ_EXEC) != 0) {
                return Optional.empty();
            }
            return Optional.of(region);
        } catch (Throwable t) {
            return Optional.empty();
        }
    }

    /**
     * A downcall handle to the C library's function {@code name}.
     *
     * @throws java.util.NoSuchElementException when the library has no such function
     */
    static MethodHandle function(String name, FunctionDescriptor descriptor) {
        Linker linker = Linker.nativeLinker();
        return linker.downcallHandle(linker.defaultLookup().find(name).orElseThrow(), descriptor);
    }
}
