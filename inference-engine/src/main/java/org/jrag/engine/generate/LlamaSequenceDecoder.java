package org.jrag.engine.generate;

import org.jrag.engine.model.KvCache;
import org.jrag.engine.model.KvCacheType;
import org.jrag.engine.model.LlamaModel;

/** {@link SequenceDecoder} over a {@link LlamaModel}: each state owns a KV cache; a fork copies the used part. */
public final class LlamaSequenceDecoder implements SequenceDecoder<LlamaSequenceDecoder.Sequence> {
    /** A KV cache filled up to {@code length}, and the logits for position {@code length}. */
    public static final class Sequence {
        private final KvCache cache;
        private int length;
        private float[] logits;

        private Sequence(KvCache cache, int length, float[] logits) {
            this.cache = cache;
            this.length = length;
            this.logits = logits;
        }
    }

    private final LlamaModel model;
    private final int contextSize;
    private final KvCacheType cacheType;

    public LlamaSequenceDecoder(LlamaModel model, int contextSize, KvCacheType cacheType) {
        this.model = model;
        this.contextSize = contextSize;
        this.cacheType = cacheType;
    }

    @Override
    public Sequence start(int[] prompt) {
        if (prompt.length == 0 || prompt.length >= contextSize) {
            throw new IllegalArgumentException(
                    "prompt must hold 1.." + (contextSize - 1) + " tokens, got: " + prompt.length);
        }
        KvCache cache = model.newKvCache(contextSize, cacheType);
        return new Sequence(cache, prompt.length, model.forward(prompt, 0, cache, false));
    }

    @Override
    public float[] logits(Sequence s) {
        return s.logits;
    }

    @Override
    public Sequence fork(Sequence s) {
        KvCache copy = model.newKvCache(contextSize, cacheType);
        s.cache.copyTo(copy, s.length);
        return new Sequence(copy, s.length, s.logits);
    }

    @Override
    public void append(Sequence s, int token) {
        s.logits = model.forward(new int[] {token}, s.length, s.cache, false);
        s.length++;
    }

    @Override
    public boolean hasRoom(Sequence s) {
        return s.length < contextSize;
    }
}
