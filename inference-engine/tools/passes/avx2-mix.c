/*
 * The AVX2 Q8_0 pass's inner instruction mix on its own, in L1, one thread: how fast a CPU runs it, against the pass
 * (KernelBench N Q8_0 integer 8 with -XX:UseAVX=2 -Djrag.engine.q8=avx2). Per chunk of 4 columns x 8 rows and
 * token, the pass (generate.py, avx2_pass) runs vpbroadcastd, vpsignb, vpmaddubsw, vpmaddwd and vpaddd (mix A).
 * Mix B drops vpsignb (wrong sums: it only prices the sign), mix E takes the weights widened to 16 bits once per
 * chunk and runs two vpmaddwd and two vpaddd per token (exact, no sign, twice the broadcasts). Run by hand:
 *
 *     gcc -O3 -funroll-all-loops -mavx2 -o /tmp/avx2-mix inference-engine/tools/passes/avx2-mix.c && /tmp/avx2-mix
 */
#include <immintrin.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#define ITERS 20000000L

static int8_t act[8 * 32] __attribute__((aligned(64)));
static int16_t act16[8 * 32] __attribute__((aligned(64)));
static int8_t w[8 * 32] __attribute__((aligned(64)));

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

__attribute__((noinline)) static void mix_a(__m256i *acc) {
    __m256i ones = _mm256_set1_epi16(1);
    for (long it = 0; it < ITERS; it++) {
        for (int c = 0; c < 8; c++) {
            __m256i ws = _mm256_load_si256((__m256i *)(w + 32 * c));
            __asm__ volatile("" : "+x"(ws));
            __m256i wa = _mm256_abs_epi8(ws);
            for (int t = 0; t < 8; t++) {
                __m256i x = _mm256_set1_epi32(*(int32_t *)(act + 32 * t + 4 * c));
                x = _mm256_sign_epi8(x, ws);
                x = _mm256_maddubs_epi16(wa, x);
                acc[t] = _mm256_add_epi32(acc[t], _mm256_madd_epi16(x, ones));
            }
        }
    }
}

__attribute__((noinline)) static void mix_b(__m256i *acc) {
    __m256i ones = _mm256_set1_epi16(1);
    for (long it = 0; it < ITERS; it++) {
        for (int c = 0; c < 8; c++) {
            __m256i ws = _mm256_load_si256((__m256i *)(w + 32 * c));
            __asm__ volatile("" : "+x"(ws));
            __m256i wa = _mm256_abs_epi8(ws);
            for (int t = 0; t < 8; t++) {
                __m256i x = _mm256_set1_epi32(*(int32_t *)(act + 32 * t + 4 * c));
                x = _mm256_maddubs_epi16(wa, x);
                acc[t] = _mm256_add_epi32(acc[t], _mm256_madd_epi16(x, ones));
            }
        }
    }
}

__attribute__((noinline)) static void mix_e(__m256i *acc) {
    for (long it = 0; it < ITERS; it++) {
        for (int c = 0; c < 8; c++) {
            __m256i ws = _mm256_load_si256((__m256i *)(w + 32 * c));
            __asm__ volatile("" : "+x"(ws));
            __m256i w0 = _mm256_cvtepi8_epi16(_mm256_castsi256_si128(ws));
            __m256i w1 = _mm256_cvtepi8_epi16(_mm256_extracti128_si256(ws, 1));
            for (int t = 0; t < 8; t++) {
                __m256i x0 = _mm256_set1_epi32(*(int32_t *)(act16 + 32 * t + 4 * c));
                __m256i x1 = _mm256_set1_epi32(*(int32_t *)(act16 + 32 * t + 4 * c + 2));
                acc[t] = _mm256_add_epi32(acc[t], _mm256_madd_epi16(w0, x0));
                acc[t] = _mm256_add_epi32(acc[t], _mm256_madd_epi16(w1, x1));
            }
        }
    }
}

int main(void) {
    for (int i = 0; i < 256; i++) {
        act[i] = (int8_t)((i * 37) % 255 - 127);
        act16[i] = act[i];
        w[i] = (int8_t)((i * 91) % 255 - 127);
    }
    void (*mixes[])(__m256i *) = {mix_a, mix_b, mix_e};
    const char *names[] = {"A: broadcast, sign, maddubs, madd, add (the pass)", "B: A without the sign (inexact)",
                           "E: 16-bit weights, 2 x (broadcast, madd, add)"};
    for (int round = 0; round < 3; round++) {
        for (int m = 0; m < 3; m++) {
            __m256i acc[8];
            for (int t = 0; t < 8; t++) {
                acc[t] = _mm256_setzero_si256();
            }
            double t0 = now();
            mixes[m](acc);
            double dt = now() - t0;
            int check = 0;
            for (int t = 0; t < 8; t++) {
                check += _mm256_extract_epi32(acc[t], 0);
            }
            printf("%-52s %6.2f G multiply-adds a second (%d)\n", names[m], ITERS * 8.0 * 8 * 32 / dt / 1e9, check);
        }
    }
    return 0;
}
