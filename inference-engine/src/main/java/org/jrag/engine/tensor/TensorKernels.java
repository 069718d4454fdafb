package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import jdk.incubator.vector.FloatVector;

/**
 * The dot-product kernels, one per weight type: the narrow seam between the tensor types and SIMD code
 * (Lucene's VectorUtilSupport pattern). {@link ScalarTensorKernels} is the reference; {@link
 * PanamaTensorKernels} uses the Vector API and is tested against it per type. {@code byteOff} is the offset of
 * the first block in {@code w}; {@code n} is a whole number of blocks.
 */
public interface TensorKernels {
    float dotF32(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    float dotF16(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    float dotBF16(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    float dotQ8_0(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    float dotQ4_0(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    float dotQ4K(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    float dotQ5K(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    float dotQ6K(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    /**
     * The Vector API kernels where the CPU has 256-bit (or wider) float vectors, else the scalar ones; {@code
     * -Djrag.engine.kernels=scalar} forces the scalar ones.
     */
    static TensorKernels preferred() {
        return Preferred.INSTANCE;
    }

    /** Lazy holder so the choice is made once. */
    final class Preferred {
        static final TensorKernels INSTANCE = choose();

        private Preferred() {}

        private static TensorKernels choose() {
            if ("scalar".equals(System.getProperty("jrag.engine.kernels"))) {
                return new ScalarTensorKernels();
            }
            return FloatVector.SPECIES_PREFERRED.vectorBitSize() >= 256
                    ? new PanamaTensorKernels()
                    : new ScalarTensorKernels();
        }
    }
}
