package org.jrag.engine.tensor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CPU's vendor and family as Linux reports them in {@code /proc/cpuinfo} (empty and 0 where it cannot be read:
 * another system, a restricted container), for the kernel choices that depend on how the CPU executes vectors.
 */
record CpuModel(String vendor, int family) {
    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    /** This machine's model, read once. */
    static CpuModel current() {
        return Holder.CURRENT;
    }

    /** The first {@code vendor_id} and {@code cpu family} of cpuinfo's lines. */
    static CpuModel parse(List<String> cpuinfo) {
        String vendor = "";
        int family = 0;
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
            }
            if (!vendor.isEmpty() && family != 0) {
                break;
            }
        }
        return new CpuModel(vendor, family);
    }

    /**
     * Whether the CPU runs each 512-bit vector operation as two 256-bit halves: AMD family 25 (0x19), whose only
     * parts with AVX-512 are Zen 4. Zen 5 (family 26) and Intel's AVX-512 parts run them whole.
     */
    boolean splitsWideVectors() {
        return vendor.equals("AuthenticAMD") && family == 25;
    }

    private static final class Holder {
        static final CpuModel CURRENT = read();

        private static CpuModel read() {
            try {
                return parse(Files.readAllLines(CPUINFO));
            } catch (IOException | SecurityException e) {
                return new CpuModel("", 0);
            }
        }
    }
}
