package org.jrag.engine.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CpuModel}: vendor and family from cpuinfo's lines, and which CPUs split 512-bit vectors. */
class CpuModelTests {
    private static List<String> cpuinfo(String vendor, String family) {
        return List.of(
                "processor\t: 0",
                "vendor_id\t: " + vendor,
                "cpu family\t: " + family,
                "model\t\t: 17",
                "",
                "processor\t: 1",
                "vendor_id\t: Other",
                "cpu family\t: 99");
    }

    @Test
    void readsTheFirstProcessorsVendorAndFamily() {
        assertThat(CpuModel.parse(cpuinfo("AuthenticAMD", "25"))).isEqualTo(new CpuModel("AuthenticAMD", 25));
        assertThat(CpuModel.parse(cpuinfo("GenuineIntel", "6"))).isEqualTo(new CpuModel("GenuineIntel", 6));
    }

    @Test
    void zen4SplitsWideVectorsAndZen5AndIntelDoNot() {
        assertThat(CpuModel.parse(cpuinfo("AuthenticAMD", "25")).splitsWideVectors())
                .isTrue();
        assertThat(CpuModel.parse(cpuinfo("AuthenticAMD", "26")).splitsWideVectors())
                .isFalse();
        assertThat(CpuModel.parse(cpuinfo("GenuineIntel", "6")).splitsWideVectors())
                .isFalse();
    }

    @Test
    void unreadableOrOddLinesGiveAnUnknownModelThatSplitsNothing() {
        CpuModel unknown = CpuModel.parse(List.of("garbage", "cpu family\t: x", ""));
        assertThat(unknown).isEqualTo(new CpuModel("", 0));
        assertThat(unknown.splitsWideVectors()).isFalse();
    }
}
