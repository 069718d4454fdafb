package org.jrag.engine.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link CpuModel}: vendor, family and flags from cpuinfo's lines, which CPUs split 512-bit vectors and which keep one
 * read stream fed.
 */
class CpuModelTests {
    private static List<String> cpuinfo(String vendor, String family, String flags) {
        return List.of(
                "processor\t: 0",
                "vendor_id\t: " + vendor,
                "cpu family\t: " + family,
                "model\t\t: 17",
                "flags\t\t: " + flags,
                "",
                "processor\t: 1",
                "vendor_id\t: Other",
                "cpu family\t: 99",
                "flags\t\t: other");
    }

    @Test
    void readsTheFirstProcessorsVendorFamilyAndFlags() {
        assertThat(CpuModel.parse(cpuinfo("AuthenticAMD", "25", "fpu avx2 avx512f")))
                .isEqualTo(new CpuModel("AuthenticAMD", 25, Set.of("fpu", "avx2", "avx512f")));
        assertThat(CpuModel.parse(cpuinfo("GenuineIntel", "6", "avx2")))
                .isEqualTo(new CpuModel("GenuineIntel", 6, Set.of("avx2")));
    }

    @Test
    void onlyZen4SplitsWideVectors() {
        assertThat(CpuModel.parse(cpuinfo("AuthenticAMD", "25", "fpu avx2 avx512f avx512bw"))
                        .splitsWideVectors())
                .as("Zen 4")
                .isTrue();
        assertThat(CpuModel.parse(cpuinfo("AuthenticAMD", "25", "fpu avx2")).splitsWideVectors())
                .as("Zen 3")
                .isFalse();
        assertThat(CpuModel.parse(cpuinfo("AuthenticAMD", "26", "avx2 avx512f")).splitsWideVectors())
                .as("Zen 5")
                .isFalse();
        assertThat(CpuModel.parse(cpuinfo("GenuineIntel", "6", "avx2 avx512f")).splitsWideVectors())
                .as("Intel")
                .isFalse();
    }

    @Test
    void amdCoresKeepOneReadStreamFedAlone() {
        assertThat(CpuModel.parse(cpuinfo("AuthenticAMD", "26", "avx2 avx512f")).prefetchesOneStream())
                .as("Zen 5")
                .isTrue();
        assertThat(CpuModel.parse(cpuinfo("AuthenticAMD", "25", "avx2")).prefetchesOneStream())
                .as("Zen 3")
                .isTrue();
        assertThat(CpuModel.parse(cpuinfo("GenuineIntel", "6", "avx2 avx512f")).prefetchesOneStream())
                .as("Intel")
                .isFalse();
    }

    @Test
    void theKQuantPassesSkipTheirOneTokenPrefetchOnZen3AndZen4Only() {
        assertThat(CpuModel.parse(cpuinfo("AuthenticAMD", "25", "avx2")).prefetchesInKQuantPasses())
                .as("Zen 3")
                .isFalse();
        assertThat(CpuModel.parse(cpuinfo("AuthenticAMD", "25", "avx2 avx512f")).prefetchesInKQuantPasses())
                .as("Zen 4")
                .isFalse();
        assertThat(CpuModel.parse(cpuinfo("AuthenticAMD", "26", "avx2 avx512f")).prefetchesInKQuantPasses())
                .as("Zen 5")
                .isTrue();
        assertThat(CpuModel.parse(cpuinfo("GenuineIntel", "6", "avx2 avx512f")).prefetchesInKQuantPasses())
                .as("Intel")
                .isTrue();
    }

    @Test
    void onlyZen3BroadcastsEveryActivationOfTheEightTokenPass() {
        assertThat(CpuModel.parse(cpuinfo("AuthenticAMD", "25", "avx2")).broadcastsEveryActivation())
                .as("Zen 3")
                .isTrue();
        assertThat(CpuModel.parse(cpuinfo("AuthenticAMD", "25", "avx2 avx512f")).broadcastsEveryActivation())
                .as("Zen 4")
                .isFalse();
        assertThat(CpuModel.parse(cpuinfo("AuthenticAMD", "26", "avx2 avx512f")).broadcastsEveryActivation())
                .as("Zen 5")
                .isFalse();
        assertThat(CpuModel.parse(cpuinfo("GenuineIntel", "6", "avx2")).broadcastsEveryActivation())
                .as("Intel")
                .isFalse();
    }

    @Test
    void unreadableOrOddLinesGiveAnUnknownModelThatSplitsNothing() {
        CpuModel unknown = CpuModel.parse(List.of("garbage", "cpu family\t: x", ""));
        assertThat(unknown).isEqualTo(new CpuModel("", 0, Set.of()));
        assertThat(unknown.splitsWideVectors()).isFalse();
        assertThat(unknown.prefetchesOneStream()).isFalse();
        assertThat(unknown.broadcastsEveryActivation()).isFalse();
    }
}
