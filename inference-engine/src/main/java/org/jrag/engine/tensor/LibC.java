package org.jrag.engine.tensor;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Functions of the C library that the tensor package calls through the FFM linker ({@link HugePages}, {@link
 * Prefetch}).
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

    private LibC() {}

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
