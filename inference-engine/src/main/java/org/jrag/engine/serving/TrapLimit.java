package org.jrag.engine.serving;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * The HotSpot flag a serving JVM needs for its batched kernels: {@code -XX:PerMethodTrapLimit=10000}. C2 adds up the
 * class-check traps recorded in every method it inlines, and the Vector API's methods are inlined hundreds of times
 * into one batched pass; once the sum reaches the limit (100 by default) C2 stops speculating on the vector classes
 * for the rest of that compile, and the pass runs the API's Java fallbacks, allocating a vector per operation. Whether
 * that happens depends on which traps the process took before (a KV cache in F16 makes it likely). Measured on an AMD
 * Zen 5 VM, 1B Q4_0 model, F16 cache, AVX2 code: a 4-sequence decode step took 55-60 ms in some processes and 366-750
 * ms in others with the default, 57-60 ms in each of ten with the limit raised to 1,000 or 10,000; 8 sequences
 * (512-bit code) 112 or 616-1,365 ms against 113-116 ms.
 */
final class TrapLimit {
    static final long RECOMMENDED = 10_000;

    static final String FLAG = "-XX:PerMethodTrapLimit=" + RECOMMENDED;

    private TrapLimit() {}

    /** What to log for this JVM's limit; empty when it is high enough or cannot be read (not HotSpot). */
    static Optional<String> warning() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return warning(
                    Long.parseLong(hotspot.getVMOption("PerMethodTrapLimit").getValue()));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** What to log for a limit of {@code limit}: empty from {@link #RECOMMENDED} on. */
    static Optional<String> warning(long limit) {
        if (limit >= RECOMMENDED) {
            return Optional.empty();
        }
        return Optional.of("this JVM runs with -XX:PerMethodTrapLimit=" + limit + ": C2 may compile a batched kernel"
                + " without its vector intrinsics and batched decode steps then run up to 10x slower; start it with "
                + FLAG);
    }
}
