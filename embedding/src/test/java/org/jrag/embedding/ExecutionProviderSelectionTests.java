package org.jrag.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtProvider;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ExecutionProviderSelectionTests {

    private static final EnumSet<OrtProvider> CPU_RUNTIME = EnumSet.of(OrtProvider.CPU);
    private static final EnumSet<OrtProvider> GPU_RUNTIME =
            EnumSet.of(OrtProvider.CPU, OrtProvider.CUDA, OrtProvider.TENSOR_RT);

    @Test
    void autoTakesCudaOnlyWhereTheRuntimeOffersIt() {
        assertThat(ExecutionProviderSelection.choose(ExecutionDevice.AUTO, GPU_RUNTIME))
                .isEqualTo(OrtProvider.CUDA);
        assertThat(ExecutionProviderSelection.choose(ExecutionDevice.AUTO, CPU_RUNTIME))
                .isEqualTo(OrtProvider.CPU);
    }

    @Test
    void cpuIsKeptEvenWhenCudaIsOffered() {
        assertThat(ExecutionProviderSelection.choose(ExecutionDevice.CPU, GPU_RUNTIME))
                .isEqualTo(OrtProvider.CPU);
    }

    @Test
    void requiredCudaFailsOnACpuRuntime() {
        assertThat(ExecutionProviderSelection.choose(ExecutionDevice.CUDA, GPU_RUNTIME))
                .isEqualTo(OrtProvider.CUDA);
        assertThatThrownBy(() -> ExecutionProviderSelection.choose(ExecutionDevice.CUDA, CPU_RUNTIME))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("embedding device CUDA was required but ONNX Runtime offers only [CPU]");
    }

    @Test
    void theDefaultBuildsRuntimeHasNoCuda() {
        // the default (cpu) profile ships the CPU-only onnxruntime artifact, so AUTO resolves to the CPU here
        assertThat(ExecutionProviderSelection.choose(
                        ExecutionDevice.AUTO, ai.onnxruntime.OrtEnvironment.getAvailableProviders()))
                .isEqualTo(OrtProvider.CPU);
    }
}
