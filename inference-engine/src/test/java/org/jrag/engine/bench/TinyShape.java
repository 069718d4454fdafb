package org.jrag.engine.bench;

/** The tests' random-weight model shape: 2 layers, 64 dims, 4 query heads over 2 kv heads, ffn 96, vocabulary 300. */
public final class TinyShape {
    public static final BenchShape TINY =
            new BenchShape("tiny", 2, 64, 4, 2, 96, 300, 10000f, 256, "smollm", 0, 17, 1, 2);

    /** As {@link #TINY} with heads of 32 values (128 dims, ffn 192): the least a Q8_0 KV cache's blocks take. */
    public static final BenchShape TINY_HEADS_32 =
            new BenchShape("tiny-heads-32", 2, 128, 4, 2, 192, 300, 10000f, 256, "smollm", 0, 17, 1, 2);

    private TinyShape() {}
}
