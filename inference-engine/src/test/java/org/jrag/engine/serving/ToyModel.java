package org.jrag.engine.serving;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.jrag.engine.model.SequenceChunk;

/**
 * A deterministic stand-in model with a real paged cache, so scheduler bugs show up as wrong tokens: every forward
 * writes each token into block {@code blockTable[pos / blockSize]} slot {@code pos % blockSize}, and the next token
 * of position p is computed from tokens read back through the block table (positions p, p - 1, 0 and, when deep,
 * p - 8). Reading a slot this position never wrote fails. Logits put 0 on the next token and fall by 0.5 per id
 * after it (cyclically), so sampling and log-probabilities have a spread.
 */
final class ToyModel implements BatchForward {
    final int vocab;
    final int blockSize;
    final int numBlocks;
    private final boolean deep;
    private final int salt;
    private final int[][] kvToken;
    private final int[][] kvPos;
    final List<List<SequenceChunk>> calls = new ArrayList<>();
    /** Tokens run so far, for {@link #simulatedNanos}. */
    private long tokens;

    volatile RuntimeException failNext;
    volatile CountDownLatch gate;
    /** Wall time each forward call sleeps (0: none), for tests that need steps to take as long as a real model's. */
    volatile long sleepMillis;

    ToyModel(int vocab, int blockSize, int numBlocks, boolean deep) {
        this(vocab, blockSize, numBlocks, deep, 0);
    }

    /** {@code salt} changes the function (a draft model that is always wrong uses another salt). */
    ToyModel(int vocab, int blockSize, int numBlocks, boolean deep, int salt) {
        this.vocab = vocab;
        this.blockSize = blockSize;
        this.numBlocks = numBlocks;
        this.deep = deep;
        this.salt = salt;
        kvToken = new int[numBlocks][blockSize];
        kvPos = new int[numBlocks][blockSize];
    }

    @Override
    public float[][] forward(List<SequenceChunk> chunks) {
        CountDownLatch g = gate;
        if (g != null) {
            try {
                g.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long sleep = sleepMillis;
        if (sleep > 0) {
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        RuntimeException f = failNext;
        if (f != null) {
            failNext = null;
            throw f;
        }
        synchronized (calls) {
            calls.add(List.copyOf(chunks));
            for (SequenceChunk ch : chunks) {
                tokens += ch.tokens().length;
            }
        }
        float[][] out = new float[chunks.size()][];
        for (int c = 0; c < chunks.size(); c++) {
            SequenceChunk ch = chunks.get(c);
            int[] table = ch.blockTable();
            if (table.length * blockSize < ch.endPos()) {
                throw new IllegalArgumentException(
                        "block table of " + table.length + " blocks cannot hold position " + (ch.endPos() - 1));
            }
            for (int i = 0; i < ch.tokens().length; i++) {
                int pos = ch.startPos() + i;
                kvToken[table[pos / blockSize]][pos % blockSize] = ch.tokens()[i];
                kvPos[table[pos / blockSize]][pos % blockSize] = pos + 1;
            }
            int n = ch.allLogits() ? ch.tokens().length : 1;
            float[] logits = new float[n * vocab];
            for (int j = 0; j < n; j++) {
                int pos = ch.endPos() - n + j;
                int[] history = new int[pos + 1];
                for (int q = 0; q <= pos; q++) {
                    int b = table[q / blockSize];
                    if (kvPos[b][q % blockSize] != q + 1) {
                        throw new IllegalStateException("position " + q + " was never written to block " + b);
                    }
                    history[q] = kvToken[b][q % blockSize];
                }
                fill(logits, j * vocab, next(history, pos));
            }
            out[c] = logits;
        }
        return out;
    }

    int next(int[] history, int pos) {
        int a = history[pos];
        int b = pos > 0 ? history[pos - 1] : 0;
        int d = deep && pos >= 8 ? history[pos - 8] : 0;
        return Math.floorMod(3 * a + 5 * b + 7 * history[0] + 11 * d + 1 + salt, vocab);
    }

    void fill(float[] logits, int off, int next) {
        for (int v = 0; v < vocab; v++) {
            logits[off + v] = -0.5f * Math.floorMod(v - next, vocab);
        }
    }

    /** The greedy continuation computed directly, without any cache. */
    int[] reference(int[] prompt, int n) {
        int[] h = Arrays.copyOf(prompt, prompt.length + n);
        for (int i = 0; i < n; i++) {
            int len = prompt.length + i;
            h[len] = next(h, len - 1);
        }
        return Arrays.copyOfRange(h, prompt.length, h.length);
    }

    @Override
    public int vocabSize() {
        return vocab;
    }

    @Override
    public int blockSize() {
        return blockSize;
    }

    @Override
    public int numBlocks() {
        return numBlocks;
    }

    @Override
    public void copyBlock(int from, int to) {
        System.arraycopy(kvToken[from], 0, kvToken[to], 0, blockSize);
        System.arraycopy(kvPos[from], 0, kvPos[to], 0, blockSize);
    }

    /** A clock on which every forward call takes 10 us plus 1 us per token: deterministic step costs. */
    long simulatedNanos() {
        synchronized (calls) {
            return 10_000L * calls.size() + 1_000L * tokens;
        }
    }

    int calls() {
        synchronized (calls) {
            return calls.size();
        }
    }

    List<SequenceChunk> call(int i) {
        synchronized (calls) {
            return calls.get(i);
        }
    }
}
