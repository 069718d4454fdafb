package org.jrag.embedding;

/**
 * How an {@link OnnxTextEmbedder} uses the machine.
 *
 * @param workers texts embedded at the same time, each by one ONNX Runtime thread: on a CPU, N single-threaded
 *     forward passes of small (1 x tokens) matrices finish sooner than one pass split over N threads, which spends
 *     much of its time synchronising; also the bound of the embedder's thread pool
 * @param device where the model runs
 */
public record EmbedderOptions(int workers, ExecutionDevice device) {

    public EmbedderOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1, got: " + workers);
        }
        if (device == null) {
            throw new IllegalArgumentException("device must be set");
        }
    }

    /** One worker per available processor, CUDA when the runtime offers it. */
    public static EmbedderOptions defaults() {
        return new EmbedderOptions(Runtime.getRuntime().availableProcessors(), ExecutionDevice.AUTO);
    }
}
