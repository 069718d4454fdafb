package org.jrag.engine.tensor;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;

/**
 * Software prefetch of weights a kernel will read soon. Java has no prefetch instruction, and a plain load of a line
 * that misses holds the core's reorder buffer until memory answers, so a kernel that loads ahead stops computing
 * while it waits (the batched passes' {@code touchAhead} runs as a separate phase for that reason). {@code
 * PREFETCHT0} does not wait: the line comes in while the kernel goes on with the lines it already has.
 *
 * <p>On Linux x86-64 the class maps one page, writes a 25-byte function into it and makes it executable (read-write
 * while it is written, then read-execute: never both), and binds it as a critical downcall (about 10 ns a call):
 * {@code void prefetch(long a, long b, long bytes)} issues {@code prefetcht0} for every 64-byte line of [a, a +
 * bytes) and [b, b + bytes). A prefetch never faults, and the calls clamp their ranges to the segment anyway.
 * Elsewhere, when mapping fails (a system that forbids executable anonymous memory), and with {@code
 * -Djrag.engine.prefetch=false}, {@link #available()} is false and {@link #lines} does nothing.
 */
final class Prefetch {
    /**
     * test rdx, rdx; jle done; xor eax, eax; loop: prefetcht0 [rdi + rax]; prefetcht0 [rsi + rax]; add rax, 64; cmp
     * rax, rdx; jb loop; done: ret (System V: a in rdi, b in rsi, bytes in rdx).
     */
    private static final byte[] CODE = {
        0x48,
        (byte) 0x85,
        (byte) 0xd2,
        0x7e,
        0x13,
        0x31,
        (byte) 0xc0,
        0x0f,
        0x18,
        0x0c,
        0x07,
        0x0f,
        0x18,
        0x0c,
        0x06,
        0x48,
        (byte) 0x83,
        (byte) 0xc0,
        0x40,
        0x48,
        0x39,
        (byte) 0xd0,
        0x72,
        (byte) 0xef,
        (byte) 0xc3
    };

    private static final MethodHandle PREFETCH = load();

    /**
     * Whether passes that read one 8-row group after another (the Q4_K and Q6_K one-token passes, and Q4_0's for an
     * odd last group) prefetch: not where the core's own prefetchers keep that one stream fed ({@link
     * CpuModel#prefetchesOneStream()}; the machine-code K-quant passes have their own switch, {@link
     * IntegerPasses#K_PREFETCH}). The Q4_0 one-token pass reads two groups at once instead ({@link
     * Q4_0x8IntegerKernels#TWO_STREAMS}). A static final, so C2 drops the call where it is false. {@code
     * -Djrag.engine.oneStreamPrefetch=true|false} overrides it (to compare in one build).
     */
    static final boolean ONE_STREAM = Boolean.parseBoolean(System.getProperty(
            "jrag.engine.oneStreamPrefetch", String.valueOf(!CpuModel.current().prefetchesOneStream())));

    private Prefetch() {}

    /** Whether {@link #lines} prefetches here. */
    static boolean available() {
        return PREFETCH != null;
    }

    /**
     * Prefetches the lines of w's bytes [first, first + bytes) and [second, second + bytes), each clamped to the
     * segment; nothing for a heap segment or where {@link #available()} is false.
     */
    static void lines(MemorySegment w, long first, long second, long bytes) {
        if (PREFETCH == null || !w.isNative()) {
            return;
        }
        long n = span(w.byteSize(), first, second, bytes);
        if (n == 0) {
            return;
        }
        try {
            PREFETCH.invokeExact(w.address() + first, w.address() + second, n);
        } catch (Throwable t) {
            throw new IllegalStateException("prefetch failed", t);
        }
    }

    /**
     * How many bytes {@link #lines} prefetches from each of {@code first} and {@code second} in a segment of {@code
     * size} bytes: {@code bytes}, cut so that both ranges end inside the segment; 0 when either starts at or past its
     * end, or {@code bytes} is not positive.
     */
    static long span(long size, long first, long second, long bytes) {
        return Math.max(0, Math.min(bytes, size - Math.max(first, second)));
    }

    private static MethodHandle load() {
        if (!Boolean.parseBoolean(System.getProperty("jrag.engine.prefetch", "true"))
                || !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                || !"amd64".equals(System.getProperty("os.arch"))) {
            return null;
        }
        try {
            MemorySegment code = LibC.executable(CODE).orElse(null);
            if (code == null) {
                return null;
            }
            return Linker.nativeLinker()
                    .downcallHandle(
                            code,
                            FunctionDescriptor.ofVoid(
                                    ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
                            Linker.Option.critical(false));
        } catch (Throwable t) {
            return null;
        }
    }
}
