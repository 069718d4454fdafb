package org.jrag.embedding;

import ai.onnxruntime.OrtProvider;
import java.util.Set;

/**
 * Picks the ONNX Runtime execution provider from what the process wants and what the loaded native library offers. Kept
 * apart from session creation so that the decision can be tested with any provider list: only the
 * {@code onnxruntime_gpu} artifact (Maven profile {@code cuda}) lists {@link OrtProvider#CUDA}.
 */
public final class ExecutionProviderSelection {

    private ExecutionProviderSelection() {}

    /**
     * The provider to try first: CUDA when wanted ({@code AUTO} or {@code CUDA}) and available, else the CPU.
     *
     * @throws IllegalStateException when CUDA is required but the runtime does not offer it
     */
    public static OrtProvider choose(ExecutionDevice wanted, Set<OrtProvider> available) {
        boolean cuda = available.contains(OrtProvider.CUDA);
        return switch (wanted) {
            case CPU -> OrtProvider.CPU;
            case AUTO -> cuda ? OrtProvider.CUDA : OrtProvider.CPU;
            case CUDA -> {
                if (!cuda) {
                    throw new IllegalStateException("embedding device CUDA was required but ONNX Runtime offers only "
                            + available + ": build with the Maven profile cuda (onnxruntime_gpu) and run where"
                            + " the CUDA 12 and cuDNN 9 libraries load");
                }
                yield OrtProvider.CUDA;
            }
        };
    }
}
