package org.jrag.engine.tensor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CPU's vendor, family and feature flags as Linux reports them for the first processor in {@code /proc/cpuinfo}
 * (empty where it cannot be read: another system, a restricted container), for the kernel choices that depend on
 * how the CPU executes vectors and loads, whatever vector width the JVM itself uses ({@code -XX:UseAVX}).
 */
record CpuModel(String vendor, int family, Set<String> flags) {
    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    /** This machine's model, read once. */
    static CpuModel current() {
        return Holder.CURRENT;
    }

    /** The first {@code vendor_id}, {@code cpu family} and {@code flags} of cpuinfo's lines. */
    static CpuModel parse(List<String> cpuinfo) {
        String vendor = "";
        int family = 0;
        Set<String> flags = null;
        for (String line : cpuinfo) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (key.equals("vendor_id") && vendor.isEmpty()) {
                vendor = value;
            } else if (key.equals("cpu family") && family == 0) {
                try {
                    family = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    family = 0;
                }
            } else if (key.equals("flags") && flags == null) {
                flags = Arrays.stream(value.split("\\s+")).collect(Collectors.toUnmodifiableSet());
            }
        }
        return new CpuModel(vendor, family, flags == null ? Set.of() : flags);
    }

    /**
     * Whether the CPU runs each 512-bit vector operation as two 256-bit halves: AMD family 25 (0x19) with AVX-512,
     * that is Zen 4 (Zen 3, the same family, has no AVX-512). Zen 5 (family 26) runs them whole.
     */
    boolean splitsWideVectors() {
        return vendor.equals("AuthenticAMD") && family == 25 && flags.contains("avx512f");
    }

    /**
     * Whether a core's own prefetchers keep one sequential read stream at memory speed, so that software prefetch in
     * a pass that reads one 8-row group after another (the Q4_0, Q4_K and Q6_K one-token passes) only costs
     * instructions: AMD. Zen 5 (family 26), AVX2 code, 1B decode without / with it: Q4_0 50.7-51.9 / 42.2-42.3 t/s,
     * Q4_K 35.7-37.5 / 32.6-32.8, and ~25 % slower on a matrix in cache (Q6_K 25.1 / 26.7-26.9 there, but on a Zen 3
     * VM, one thread, 5.7-6.4 / 3.9-4.4). The Intel Xeon VM measured gained from it (Q4_0 22 against 12.5 t/s), and
     * on another Intel Xeon VM the Q4_0 pass gained more from reading two groups at once without it (1.17x). The
     * passes that read several streams at once (4-token, Q8_0) prefetch on both.
     */
    boolean prefetchesOneStream() {
        return vendor.equals("AuthenticAMD");
    }

    /**
     * Whether the AVX2 K-quant machine-code passes for one token ({@link IntegerPasses}) prefetch the next group's
     * super-block as they start one: not on AMD family 25 (Zen 3, Zen 4), whose own prefetchers keep that stream fed
     * (Zen 4 VM, AVX2 code, 1B decode without / with it, two builds in one process: Q4_K 1.25-1.41x, Q6_K 1.43-1.84x;
     * on a Zen 3 VM the Vector API kernels' like prefetch had cost a third of one thread's decode); elsewhere they do
     * (Zen 5, twenty-fifth session: 1B Q6_K decode 35.9 / 37.3 t/s with it against 25.0 / 24.8 without; an Intel Xeon
     * VM, the Vector API kernels' like prefetch: Q4_K 19.2-20.1 against 11.1-11.5).
     */
    boolean prefetchesInKQuantPasses() {
        return !(vendor.equals("AuthenticAMD") && family == 25);
    }

    /**
     * Whether the 8-token Q8_0 pass on 256-bit vectors broadcasts all 8 activations of a column from memory rather
     * than 6 of them and the last two from one load by permutes: Zen 3 (AMD family 25 without AVX-512), where the
     * permutes cost more than the loads they save (one thread, a 1536 x 576 matrix: 27.0-28.1 against 22.9-23.9 G
     * multiply-adds a second). On Zen 5 the 9 loads a column kept the load ports busier than the FMA units (47.5-49.7
     * against 42.9-45.1 with the 6 and 2); the other cores are not measured and keep that.
     */
    boolean broadcastsEveryActivation() {
        return vendor.equals("AuthenticAMD") && family == 25 && !flags.contains("avx512f");
    }

    private static final class Holder {
        static final CpuModel CURRENT = read();

        private static CpuModel read() {
            try {
                return parse(Files.readAllLines(CPUINFO));
            } catch (IOException | SecurityException e) {
                return new CpuModel("", 0, Set.of());
            }
        }
    }
}
