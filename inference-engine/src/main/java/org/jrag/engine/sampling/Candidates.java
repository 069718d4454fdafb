package org.jrag.engine.sampling;

import java.util.Arrays;

/** Token ids with their (adjusted) logits; the working set that each sampling stage narrows. Mutable, reused. */
public final class Candidates {
    int[] ids;
    float[] logits;
    int size;
    boolean sorted;

    public Candidates(float[] source) {
        ids = new int[source.length];
        logits = source.clone();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
        }
        size = source.length;
    }

    public int size() {
        return size;
    }

    public int id(int i) {
        return ids[i];
    }

    public float logit(int i) {
        return logits[i];
    }

    /** Sorts by logit, highest first (stable on ids for equal logits). */
    void sortDescending() {
        if (sorted) {
            return;
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        float[] l = logits;
        int[] id = ids;
        Arrays.sort(order, (a, b) -> l[a] != l[b] ? Float.compare(l[b], l[a]) : Integer.compare(id[a], id[b]));
        int[] newIds = new int[size];
        float[] newLogits = new float[size];
        for (int i = 0; i < size; i++) {
            newIds[i] = ids[order[i]];
            newLogits[i] = logits[order[i]];
        }
        ids = newIds;
        logits = newLogits;
        sorted = true;
    }

    /** Softmax probabilities of the current candidates (max-subtracted, in double). */
    double[] probabilities() {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, logits[i]);
        }
        double[] p = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            p[i] = Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < size; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
