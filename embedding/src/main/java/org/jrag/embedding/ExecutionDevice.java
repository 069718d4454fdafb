package org.jrag.embedding;

/** Where a service wants its embedding model to run; what it gets depends on the ONNX Runtime jar it was built with. */
public enum ExecutionDevice {
    /** CUDA when the runtime has the CUDA execution provider and a GPU answers, else the CPU. */
    AUTO,
    /** The CPU, even where CUDA is available. */
    CPU,
    /** CUDA, or fail at start-up: for deployments that must not silently run on the CPU. */
    CUDA
}
