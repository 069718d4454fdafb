package org.jrag.engine.model;

/** How RoPE pairs up the dimensions of a head (llama.cpp rope types 0 and 2). */
public enum RopeStyle {
    /** Adjacent pairs (2i, 2i+1): llama.cpp LLAMA_ROPE_TYPE_NORM, used by the llama architecture. */
    NORMAL,
    /** Halves (i, i + d/2): llama.cpp LLAMA_ROPE_TYPE_NEOX, used by qwen2. */
    NEOX
}
