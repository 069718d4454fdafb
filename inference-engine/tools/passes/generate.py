#!/usr/bin/env python3
"""Writes the machine-code passes of IntegerPasses: passes.s (the source), then assembles it with GNU as, writes the
bytes to the class's resource passes.bin and the entry offsets into IntegerPasses.java between its "generated" markers.

    python3 inference-engine/tools/passes/generate.py      (needs binutils: as, objcopy, nm)

Two instruction sets: AVX-512 VNNI (q8_pairs_T, q4_pairs_T, iq4_pairs_T, q8_regions_1, ...; below) and AVX2
(q8_avx2_T, q4_avx2_T, iq4_avx2_T, q8_avx2_regions_1, ...; see avx2_pass and avx2_regions); then the K-quant passes and
round_avx2, which rounds the activations every pass reads (see avx2_round).

Per type (q8: Q8_0x8RunsTensor, q4: Q4_0x8Tensor, iq4: IQ4_XSx8Tensor) one function per token count T = 1..8, System V
calling convention:

    void q8_pairs_T(long w, long counts, byte *xq, int *aux, float *out, long outStride)

w: the first byte of 8-row group g0 of the interleaved matrix; counts: (pairs << 32) | blocks; xq: the T tokens'
activations rounded to bytes, block-major ((b * T + t) * 32 + k); aux: per (b, t) the block's scale as float bits,
then -128 * the sum of its rounded values; out: where row 8 g0 of token 0 goes; outStride: bytes from one token's
outputs to the next. Groups g0 + 2p and g0 + 2p + 1 make pair p; each writes 16 floats per token. Then
q8_regions_1 / q4_regions_1: one token over pairs of two regions at once (see two_regions).

Per block and pair, eight times, a register of unsigned weight bytes whose 32-bit lanes each hold one row's 4 values
(group g in lanes 0-7, g + 1 in 8-15; see weights), then one vpdpbusd per token with the token's 4 matching rounded
values broadcast. Both types store each row's values in runs of 4 (a dword), the order these passes multiply, so no
byte moves (no vpermb: no AVX512_VBMI). Q8_0: 32 bytes of each group (values 4i..4i+3 of its 8 rows) flipped to
q + 128 (xor 0x80); the accumulator starts at -128 * sum q_x. Q4_0: a run of 4 bytes per row holds one row's 4 values
in the low nibbles (and 4 more in the high ones), masked or shifted out as q (0-15); the accumulator starts at -8 *
sum q_x (the -128 term shifted right by 4). IQ4_XS: Q4_0's nibbles, each looked up in IQ4_NL's table of 16 int8
values t flipped to t + 128, so the accumulator starts as Q8_0's, and float scales d * (ls - 32) per row and 32 values
(no fp16 holds them). Either way it ends at the exact integer sum of (q_w - offset) * q_x. Then per token out +=
float(sum) * (d_w * d_x): one vmulps, one conversion, one vfmadd231ps, block after block (the order and
roundings of IntegerPasses.reference and Q8Activations.matmulQ4_0x8). Tokens of few rows split each sum over S
accumulators (added in integers, so the same sums) to keep enough vpdpbusd chains in flight.
"""
import os
import re
import subprocess
import textwrap
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
JAVA = os.path.join(HERE, "../../src/main/java/org/jrag/engine/tensor/IntegerPasses.java")
BINARY = os.path.join(HERE, "../../src/main/resources/org/jrag/engine/tensor/passes.bin")
BLOCK_BYTES = {"q8": 272, "q4": 144, "iq4": 160}  # per 8-row group block: 8 scales + 8 rows x 32 values: fp16 scales
# and bytes (Q8_0), fp16 scales and nibbles (Q4_0), float scales and nibbles (IQ4_XS)
HEADER = {"q8": 16, "q4": 16, "iq4": 32}  # bytes of a block's 8 scales, before its values
CHAINS = {1: 8, 2: 4, 3: 3, 4: 2, 5: 2, 6: 2, 7: 2, 8: 2}
PREFETCH_FROM = 2  # tokens from which a pass prefetches the next pair's blocks as it goes


def constants(kind):
    if kind == "q8":
        return ["    vpbroadcastd zmm30, [rip + flip]"]
    if kind == "iq4":
        return ["    vpbroadcastd zmm29, [rip + nibbles]", "    vbroadcasti32x4 zmm31, [rip + iq4_flipped]"]
    return ["    vpbroadcastd zmm29, [rip + nibbles]"]


def weights(kind, base, i):
    """Instructions that leave weight vector i (0-7) of a block of the pair at base in zmm24 (32-bit lane = one row's
    4 values, group g in lanes 0-7, g + 1 in 8-15, as unsigned bytes), and the byte offset in the block's rounded
    activations of the 4 values it multiplies. Q8_0: run i (values 4i..4i+3 of each row), q + 128. Q4_0: run i / 2
    (4 bytes of each row: values 4k..4k+3 in the low nibbles, 4k+16..4k+19 in the high ones), the low nibbles for
    even i, the high for odd; q, 0-15 (the -8 is in the accumulator's start). IQ4_XS: Q4_0's nibbles, each then
    looked up (vpshufb) in IQ4_NL's table flipped to t + 128, as Q8_0's values enter."""
    H = HEADER[kind]
    if kind == "q8":
        return ([f"    vmovdqu32 ymm24, [{base} + {H + 32 * i}]",
                 f"    vinserti32x8 zmm24, zmm24, [{base} + r11 + {H + 32 * i}], 1",
                 "    vpxord zmm24, zmm24, zmm30"], 4 * i)
    k, high = divmod(i, 2)
    lookup = ["    vpshufb zmm24, zmm31, zmm24"] if kind == "iq4" else []
    if not high:
        return ([f"    vmovdqu32 ymm28, [{base} + {H + 32 * k}]",
                 f"    vinserti32x8 zmm28, zmm28, [{base} + r11 + {H + 32 * k}], 1",
                 "    vpandd zmm24, zmm28, zmm29"] + lookup, 4 * k)
    return (["    vpsrlw zmm24, zmm28, 4", "    vpandd zmm24, zmm24, zmm29"] + lookup, 16 + 4 * k)


def start_sums(kind, acc, aux):
    """acc = the block's offset term: -128 * sum q_x (Q8_0's q + 128, IQ4_XS's t + 128), or -8 * sum q_x (Q4_0's
    q - 8)."""
    L = [f"    vpbroadcastd zmm{acc}, [{aux}]"]
    if kind == "q4":
        L.append(f"    vpsrad zmm{acc}, zmm{acc}, 4")
    return L


def vnni_scales(kind, base):
    """zmm25 = the pair's 16 row scales of the block at base (group g's, then g + 1's at base + r11)."""
    if kind == "iq4":
        return [f"    vmovups ymm25, [{base}]", f"    vinsertf32x8 zmm25, zmm25, [{base} + r11], 1"]
    return [f"    vcvtph2ps ymm25, [{base}]", f"    vcvtph2ps ymm26, [{base} + r11]",
            "    vinsertf32x8 zmm25, zmm25, ymm26, 1"]


def pairs(kind, T):
    S = CHAINS[T]
    B = BLOCK_BYTES[kind]
    name = f"{kind}_pairs_{T}"
    L = [f"{name}:",
         "    push r12", "    push r13", "    push r14", "    push r15",
         "    mov r10d, esi", "    shr rsi, 32",
         f"    imul r11, r10, {B}",
         "    lea r15, [r11 + 2*r11]",
         *constants(kind),
         f"{name}_pair:"]
    L += [f"    vpxord zmm{16 + t}, zmm{16 + t}, zmm{16 + t}" for t in range(T)]
    L += ["    mov r12, rdx", "    mov r13, rcx", "    mov rax, r10", f"{name}_block:"]
    if T >= PREFETCH_FROM:
        for base in ("r11*2", "r15"):
            L += [f"    prefetcht0 [rdi + {base} + {k}]" for k in range(0, B + 48, 64)]
    for t in range(T):
        L += start_sums(kind, t, f"r13 + {8 * t + 4}")
    L += [f"    vpxord zmm{t}, zmm{t}, zmm{t}" for t in range(T, T * S)]
    for i in range(8):
        code, x = weights(kind, "rdi", i)
        L += code
        L += [f"    vpdpbusd zmm{t + T * (i % S)}, zmm24, dword ptr [r12 + {32 * t + x}]{{1to16}}" for t in range(T)]
    for t in range(T):
        L += [f"    vpaddd zmm{t}, zmm{t}, zmm{t + T * k}" for k in range(1, S)]
    L += vnni_scales(kind, "rdi")
    for t in range(T):
        L += [f"    vmulps zmm27, zmm25, dword ptr [r13 + {8 * t}]{{1to16}}",
              f"    vcvtdq2ps zmm{t}, zmm{t}",
              f"    vfmadd231ps zmm{16 + t}, zmm{t}, zmm27"]
    L += [f"    add rdi, {B}", f"    add r12, {32 * T}", f"    add r13, {8 * T}",
          "    dec rax", f"    jnz {name}_block",
          "    add rdi, r11", "    mov r14, r8"]
    for t in range(T):
        L.append(f"    vmovups [r14], zmm{16 + t}")
        if t < T - 1:
            L.append("    add r14, r9")
    L += ["    add r8, 64", "    dec rsi", f"    jnz {name}_pair",
          "    vzeroupper", "    pop r15", "    pop r14", "    pop r13", "    pop r12", "    ret"]
    return L


def two_regions(kind):
    """One token over pairs p of two regions at once: groups g0 + 2p, g0 + 2p + 1 and h groups on (four read
    streams, as the float one-token pass reads four groups: one token does too little work per byte for the two
    adjacent groups of a pair to keep enough lines in flight). r9 holds h (groups) instead of an output stride; the
    second region's outputs go 8 h floats after the first's."""
    S = 4
    B = BLOCK_BYTES[kind]
    name = f"{kind}_regions_1"
    L = [f"{name}:",
         "    push r12", "    push r13", "    push r14", "    push r15",
         "    mov r10d, esi", "    shr rsi, 32",
         f"    imul r11, r10, {B}",
         "    mov r15, r11", "    imul r15, r9",
         "    shl r9, 5",
         *constants(kind),
         f"{name}_pair:",
         "    vpxord zmm16, zmm16, zmm16", "    vpxord zmm17, zmm17, zmm17",
         "    mov r12, rdx", "    mov r13, rcx", "    mov rax, r10", "    lea r14, [rdi + r15]",
         f"{name}_block:",
         *start_sums(kind, 0, "r13 + 4"), "    vmovdqa32 zmm4, zmm0"]
    L += [f"    vpxord zmm{k}, zmm{k}, zmm{k}" for k in (1, 2, 3, 5, 6, 7)]
    for i in range(8):
        for base, first in (("rdi", 0), ("r14", 4)):
            code, x = weights(kind, base, i)
            if kind != "q8" and i % 2 == 1:
                # the high nibbles of this region's run: zmm28 holds the other region's now, so load it again
                code = weights(kind, base, i - 1)[0][:2] + code
            L += code
            L.append(f"    vpdpbusd zmm{first + i % S}, zmm24, dword ptr [r12 + {x}]{{1to16}}")
    for first in (0, 4):
        L += [f"    vpaddd zmm{first}, zmm{first}, zmm{first + k}" for k in range(1, S)]
    for base, acc, f in (("rdi", 0, 16), ("r14", 4, 17)):
        L += [*vnni_scales(kind, base),
              "    vmulps zmm27, zmm25, dword ptr [r13]{1to16}",
              f"    vcvtdq2ps zmm{acc}, zmm{acc}",
              f"    vfmadd231ps zmm{f}, zmm{acc}, zmm27"]
    L += [f"    add rdi, {B}", f"    add r14, {B}", "    add r12, 32", "    add r13, 8",
          "    dec rax", f"    jnz {name}_block",
          "    add rdi, r11",
          "    vmovups [r8], zmm16", "    vmovups [r8 + r9], zmm17",
          "    add r8, 64", "    dec rsi", f"    jnz {name}_pair",
          "    vzeroupper", "    pop r15", "    pop r14", "    pop r13", "    pop r12", "    ret"]
    return L


# AVX2 (no AVX-512): one 8-row group a call unit, 16 ymm registers. The float sums live in out (8 floats a token
# and group), updated once per block; the integer sums of a block in ymm0-7.
AVX2_CHAINS = {1: 4, 2: 4, 3: 2, 4: 2, 5: 1, 6: 1, 7: 1, 8: 1}
AVX2_PREFETCH = 1024  # bytes ahead of its block that a Q8_0 AVX2 pass of PREFETCH_FROM or more tokens prefetches (~4
# blocks; two threads that stream 8 tokens' weights from memory: 8 streams 1.03-1.07x with AVX2 code on a Zen 4 VM;
# Q4_0 reads half the bytes a product, and its prefill did not gain)


def avx2_weights(kind, i):
    """Instructions that leave chunk i (0-7) of the block at rdi in ymm8 as unsigned bytes, dword r = row r's 4 values
    (rows 0-3 in the low lane, 4-7 in the high one), and the offset of the 4 rounded activations they multiply. Q8_0:
    run i (values 4i..4i+3 of each row), |q| in ymm8 and the signed q in ymm9, whose signs vpsignb gives the
    activations (|q| <= 128, |q_x| <= 127: vpmaddubsw's pair sums never saturate). Q4_0: run i / 2, low nibbles for
    even i, high for odd; q, 0-15. IQ4_XS: Q4_0's nibbles (the run kept in ymm11) looked up (vpshufb) in IQ4_NL's
    table (ymm13) into ymm9, then as Q8_0 (|t| <= 127)."""
    H = HEADER[kind]
    if kind == "q8":
        return ([f"    vmovdqu ymm9, [rdi + {H + 32 * i}]", "    vpabsb ymm8, ymm9"], 4 * i)
    k, high = divmod(i, 2)
    if kind == "iq4":
        load = [f"    vmovdqu ymm11, [rdi + {H + 32 * k}]", "    vpand ymm8, ymm11, ymm14"]
        if high:
            load = ["    vpsrlw ymm8, ymm11, 4", "    vpand ymm8, ymm8, ymm14"]
        return (load + ["    vpshufb ymm9, ymm13, ymm8", "    vpabsb ymm8, ymm9"], 16 * high + 4 * k)
    if not high:
        return ([f"    vmovdqu ymm9, [rdi + {H + 32 * k}]", "    vpand ymm8, ymm9, ymm14"], 4 * k)
    return (["    vpsrlw ymm8, ymm9, 4", "    vpand ymm8, ymm8, ymm14"], 16 + 4 * k)


def avx2_constants(kind):
    """ymm14 = the nibble mask (Q4_0, IQ4_XS); ymm13 = IQ4_NL's table in both lanes (IQ4_XS)."""
    if kind == "q8":
        return []
    L = ["    vpbroadcastd ymm14, [rip + nibbles]"]
    if kind == "iq4":
        L.append("    vbroadcasti128 ymm13, [rip + iq4_table]")
    return L


def avx2_scales(kind, base):
    """ymm15 = the 8 row scales of the block at base."""
    return f"    vmovups ymm15, [{base}]" if kind == "iq4" else f"    vcvtph2ps ymm15, [{base}]"


def avx2_pass(kind, T):
    """q8_avx2_T / q4_avx2_T: the arguments of the pairs passes, with counts = (groups << 32) | blocks: group after
    group, block after block, the 8 chunks of 4 columns: per token vpbroadcastd of its 4 rounded values, (Q8_0:
    vpsignb), vpmaddubsw into 16-bit pair sums. Q8_0 widens each chunk's pair sums to 32 bits at once (vpmaddwd with
    ones) and adds them; Q4_0 adds the block's 16-bit sums first (8 chunks of |pair| <= 2 * 15 * 127: below 2^15) and
    widens once, then adds -8 * sum q_x. Then out = fma(float(sum), d_w * d_x, out) per token, as the other passes.
    From PREFETCH_FROM tokens each Q8_0 block first prefetches the bytes AVX2_PREFETCH ahead of it."""
    S = AVX2_CHAINS[T]
    B = BLOCK_BYTES[kind]
    name = f"{kind}_avx2_{T}"
    L = [f"{name}:",
         "    push r12", "    push r13", "    push r14",
         "    mov r10d, esi", "    shr rsi, 32",
         "    vpbroadcastd ymm12, [rip + ones16]"]
    L += avx2_constants(kind)
    L += [f"{name}_group:", "    vxorps ymm15, ymm15, ymm15", "    mov r14, r8"]
    for t in range(T):
        L.append("    vmovups [r14], ymm15")
        if t < T - 1:
            L.append("    add r14, r9")
    L += ["    mov r12, rdx", "    mov r13, rcx", "    mov rax, r10", f"{name}_block:"]
    if kind == "q8" and T >= PREFETCH_FROM:
        L += [f"    prefetcht0 [rdi + {AVX2_PREFETCH + k}]" for k in range(0, B + 48, 64)]
    for i in range(8):
        code, x = avx2_weights(kind, i)
        L += code
        for t in range(T):
            # an accumulator's first chunk (i < S) writes it: no zeroing, no add
            acc = t + T * (i % S)
            L.append(f"    vpbroadcastd ymm10, [r12 + {32 * t + x}]")
            if kind != "q4":
                L += ["    vpsignb ymm10, ymm10, ymm9", "    vpmaddubsw ymm10, ymm8, ymm10"]
                L += ([f"    vpmaddwd ymm{acc}, ymm10, ymm12"] if i < S else
                      ["    vpmaddwd ymm10, ymm10, ymm12", f"    vpaddd ymm{acc}, ymm{acc}, ymm10"])
            else:
                L += ([f"    vpmaddubsw ymm{acc}, ymm8, ymm10"] if i < S else
                      ["    vpmaddubsw ymm10, ymm8, ymm10", f"    vpaddw ymm{acc}, ymm{acc}, ymm10"])
    for t in range(T):
        op = "vpaddw" if kind == "q4" else "vpaddd"
        L += [f"    {op} ymm{t}, ymm{t}, ymm{t + T * k}" for k in range(1, S)]
    L += [avx2_scales(kind, "rdi"), "    mov r14, r8"]
    for t in range(T):
        if kind == "q4":
            L += [f"    vpmaddwd ymm{t}, ymm{t}, ymm12", f"    vpbroadcastd ymm10, [r13 + {8 * t + 4}]",
                  "    vpsrad ymm10, ymm10, 4", f"    vpaddd ymm{t}, ymm{t}, ymm10"]
        L += [f"    vbroadcastss ymm10, [r13 + {8 * t}]",
              "    vmulps ymm10, ymm10, ymm15",
              f"    vcvtdq2ps ymm{t}, ymm{t}",
              f"    vfmadd213ps ymm{t}, ymm10, [r14]",
              f"    vmovups [r14], ymm{t}"]
        if t < T - 1:
            L.append("    add r14, r9")
    L += [f"    add rdi, {B}", f"    add r12, {32 * T}", f"    add r13, {8 * T}",
          "    dec rax", f"    jnz {name}_block",
          "    add r8, 32", "    dec rsi", f"    jnz {name}_group",
          "    vzeroupper", "    pop r14", "    pop r13", "    pop r12", "    ret"]
    return L


def avx2_regions(kind):
    """q8_avx2_regions_1 / q4_avx2_regions_1: one token over four regions of groups at once (groups g0 + p, then h,
    2 h and 3 h groups on: four read streams, as the float one-token pass reads four groups). r9 holds h (groups)
    instead of an output stride; region k's outputs go 8 k h floats after the first's. Each chunk's rounded values
    are broadcast once for the four regions."""
    B = BLOCK_BYTES[kind]
    name = f"{kind}_avx2_regions_1"
    L = [f"{name}:",
         "    push r12", "    push r13", "    push r14", "    push r15",
         "    mov r10d, esi", "    shr rsi, 32",
         f"    imul r15, r10, {B}", "    imul r15, r9",
         "    shl r9, 5", "    lea r11, [r9 + 2*r9]",
         "    vpbroadcastd ymm12, [rip + ones16]"]
    L += avx2_constants(kind)
    bases = ["rdi", "rdi + r15", "r14", "r14 + r15"]
    outs = ["r8", "r8 + r9", "r8 + 2*r9", "r8 + r11"]
    L += [f"{name}_group:", "    vxorps ymm15, ymm15, ymm15"]
    L += [f"    vmovups [{o}], ymm15" for o in outs]
    L += ["    mov r12, rdx", "    mov r13, rcx", "    mov rax, r10", "    lea r14, [rdi + 2*r15]", f"{name}_block:"]
    L += [f"    vpxor ymm{a}, ymm{a}, ymm{a}" for a in range(8)]
    add = "vpaddw" if kind == "q4" else "vpaddd"
    if kind == "iq4":
        # the run's low nibbles (ymm8) and high ones (ymm9) looked up, each then as Q8_0 (|t| in ymm10)
        for k4 in range(4):
            L += [f"    vpbroadcastd ymm11, [r12 + {4 * k4}]", f"    vpbroadcastd ymm15, [r12 + {16 + 4 * k4}]"]
            for k, base in enumerate(bases):
                L += [f"    vmovdqu ymm9, [{base} + {HEADER[kind] + 32 * k4}]",
                      "    vpand ymm8, ymm9, ymm14",
                      "    vpsrlw ymm9, ymm9, 4",
                      "    vpand ymm9, ymm9, ymm14",
                      "    vpshufb ymm8, ymm13, ymm8",
                      "    vpshufb ymm9, ymm13, ymm9"]
                for t, x, acc in (("ymm8", "ymm11", k), ("ymm9", "ymm15", k + 4)):
                    L += [f"    vpabsb ymm10, {t}",
                          f"    vpsignb {t}, {x}, {t}",
                          f"    vpmaddubsw {t}, ymm10, {t}",
                          f"    vpmaddwd {t}, {t}, ymm12",
                          f"    vpaddd ymm{acc}, ymm{acc}, {t}"]
    elif kind != "q4":
        for i in range(8):
            L.append(f"    vpbroadcastd ymm11, [r12 + {4 * i}]")
            for k, base in enumerate(bases):
                L += [f"    vmovdqu ymm9, [{base} + {HEADER[kind] + 32 * i}]",
                      "    vpabsb ymm8, ymm9",
                      "    vpsignb ymm10, ymm11, ymm9",
                      "    vpmaddubsw ymm10, ymm8, ymm10",
                      "    vpmaddwd ymm10, ymm10, ymm12",
                      f"    vpaddd ymm{k + 4 * (i % 2)}, ymm{k + 4 * (i % 2)}, ymm10"]
    else:
        for k4 in range(4):
            L += [f"    vpbroadcastd ymm11, [r12 + {4 * k4}]", f"    vpbroadcastd ymm15, [r12 + {16 + 4 * k4}]"]
            for k, base in enumerate(bases):
                L += [f"    vmovdqu ymm9, [{base} + {HEADER[kind] + 32 * k4}]",
                      "    vpand ymm8, ymm9, ymm14",
                      "    vpsrlw ymm9, ymm9, 4",
                      "    vpand ymm9, ymm9, ymm14",
                      "    vpmaddubsw ymm8, ymm8, ymm11",
                      "    vpmaddubsw ymm9, ymm9, ymm15",
                      f"    vpaddw ymm{k}, ymm{k}, ymm8",
                      f"    vpaddw ymm{k + 4}, ymm{k + 4}, ymm9"]
    for k in range(4):
        L.append(f"    {add} ymm{k}, ymm{k}, ymm{k + 4}")
    if kind == "q4":
        L += ["    vpbroadcastd ymm11, [r13 + 4]", "    vpsrad ymm11, ymm11, 4"]
    L.append("    vbroadcastss ymm10, [r13]")
    for k, (base, o) in enumerate(zip(bases, outs)):
        if kind == "q4":
            L += [f"    vpmaddwd ymm{k}, ymm{k}, ymm12", f"    vpaddd ymm{k}, ymm{k}, ymm11"]
        L += [avx2_scales(kind, base),
              "    vmulps ymm15, ymm15, ymm10",
              f"    vcvtdq2ps ymm{k}, ymm{k}",
              f"    vfmadd213ps ymm{k}, ymm15, [{o}]",
              f"    vmovups [{o}], ymm{k}"]
    L += [f"    add rdi, {B}", f"    add r14, {B}", "    add r12, 32", "    add r13, 8",
          "    dec rax", f"    jnz {name}_block",
          "    add r8, 32", "    dec rsi", f"    jnz {name}_group",
          "    vzeroupper", "    pop r15", "    pop r14", "    pop r13", "    pop r12", "    ret"]
    return L


def round_stages(r, x, q, aux, gpr):
    """The rounding of one block in four stages (round_avx2 runs two blocks' stages interleaved): r six ymm registers,
    x / q / aux the addresses of its values, bytes and ints, gpr a 32-bit register for its sum. amax is the largest
    |x| as integers (the bits of non-negative floats order as the floats do, a NaN above infinity: so a block holding a
    NaN gets a NaN d, as Java's max gives it, where vmaxps would drop it)."""
    r0, r1, r2, r3, r4, r5 = (f"ymm{k}" for k in r)
    x0, x1, x2 = (f"xmm{k}" for k in r[:3])
    amax = [f"    vandps {r0}, ymm15, [{x}]", f"    vandps {r1}, ymm15, [{x} + 32]", f"    vpmaxud {r0}, {r0}, {r1}",
            f"    vandps {r1}, ymm15, [{x} + 64]", f"    vandps {r2}, ymm15, [{x} + 96]",
            f"    vpmaxud {r1}, {r1}, {r2}", f"    vpmaxud {r0}, {r0}, {r1}", f"    vextracti128 {x1}, {r0}, 1",
            f"    vpmaxud {x0}, {x0}, {x1}", f"    vpshufd {x1}, {x0}, 0x4e", f"    vpmaxud {x0}, {x0}, {x1}",
            f"    vpshufd {x1}, {x0}, 0xb1", f"    vpmaxud {x0}, {x0}, {x1}"]
    scale = [f"    vdivss {x0}, {x0}, [rip + f127]", f"    vmovss [{aux}], {x0}", f"    vmovss {x1}, [rip + one]",
             f"    vdivss {x1}, {x1}, {x0}", f"    vcmpgess {x2}, {x0}, [rip + normal]", f"    vandps {x1}, {x1}, {x2}",
             f"    vbroadcastss {r1}, {x1}"]
    quantize = []
    for k, v in enumerate((r2, r3, r4, r5)):
        quantize += [f"    vmulps {v}, {r1}, [{x} + {32 * k}]", f"    vaddps {v}, {v}, ymm14",
                     f"    vsubps {v}, {v}, ymm14", f"    vcmpordps {r0}, {v}, {v}", f"    vandps {v}, {v}, {r0}",
                     f"    vcvttps2dq {v}, {v}"]
    store = [f"    vpaddd {r0}, {r2}, {r3}", f"    vpaddd {r1}, {r4}, {r5}", f"    vpaddd {r0}, {r0}, {r1}",
             f"    vextracti128 {x1}, {r0}, 1", f"    vpaddd {x0}, {x0}, {x1}", f"    vpshufd {x1}, {x0}, 0x4e",
             f"    vpaddd {x0}, {x0}, {x1}", f"    vpshufd {x1}, {x0}, 0xb1", f"    vpaddd {x0}, {x0}, {x1}",
             f"    vmovd {gpr}, {x0}", f"    imul {gpr}, {gpr}, -128", f"    mov [{aux} + 4], {gpr}",
             # 8 ints a register to 32 bytes in order: the packs interleave the 128-bit lanes, vpermd restores it
             f"    vpackssdw {r2}, {r2}, {r3}", f"    vpackssdw {r4}, {r4}, {r5}", f"    vpacksswb {r2}, {r2}, {r4}",
             f"    vpermd {r2}, ymm10, {r2}", f"    vmovdqu [{q}], {r2}"]
    return [amax, scale, quantize, store]


def avx2_round():
    """round_avx2: rounds a tile of activation rows as IntegerPasses.Scratch lays them out, with the operations and
    roundings of Q8Activations (the same bits): per block of 32 values amax = max |x|, d = amax / 127, inverse = 1 / d
    (0 where d is below the smallest normal float or NaN), q = x * inverse rounded to the nearest integer, halves to
    even (+ and - 1.5 * 2^23), as bytes; the block's aux ints d's bits and -128 * sum q. A value whose product is NaN
    (NaN, or infinity times 0) rounds to 0, as Java's conversion to int gives. Two blocks at a time, their stages
    interleaved (one block's chain of dependent steps, two divisions among them, is long), then a last odd one. The
    arguments of a pass, used as:

        void round_avx2(long unused, long blocks, byte *q, int *aux, float *x, long tokens)

    x: the tile's first row (tokens rows of 32 blocks values each, one after the other); q and aux: the tile's bytes
    and ints (block-major: token t's block b at (b * tokens + t) * 32 bytes and 2 (b * tokens + t) ints)."""
    name = "round_avx2"
    first, second = (0, 1, 2, 3, 4, 5), (6, 7, 8, 9, 11, 12)
    L = [f"{name}:",
         "    push r12", "    push r13", "    push r14",
         "    mov r10, r9", "    shl r10, 5", "    mov r11, r9", "    shl r11, 3",
         "    vbroadcastss ymm15, [rip + absolute]", "    vbroadcastss ymm14, [rip + rounder]",
         "    vmovdqu ymm10, [rip + dwords8]",
         f"{name}_token:", "    mov r12, rdx", "    mov r13, rcx", "    mov r14, rsi", "    shr r14, 1",
         f"    jz {name}_odd",
         f"{name}_pair:"]
    a = round_stages(first, "r8", "r12", "r13", "eax")
    b = round_stages(second, "r8 + 128", "r12 + r10", "r13 + r11", "edi")
    for sa, sb in zip(a, b):
        L += sa + sb
    L += ["    add r8, 256", "    lea r12, [r12 + 2*r10]", "    lea r13, [r13 + 2*r11]",
          "    dec r14", f"    jnz {name}_pair",
          f"{name}_odd:", "    test rsi, 1", f"    jz {name}_next"]
    for stage in round_stages(first, "r8", "r12", "r13", "eax"):
        L += stage
    L += ["    add r8, 128",
          f"{name}_next:",
          "    add rdx, 32", "    add rcx, 8", "    dec r9", f"    jnz {name}_token",
          "    vzeroupper", "    pop r14", "    pop r13", "    pop r12", "    ret"]
    return L


PREFETCH_K = 1  # tokens up to which a K-quant pass prefetches the next group's super-block as it starts one (one
# token reads too little a cycle for the hardware prefetchers of some cores to keep ahead of a single stream), unless
# bit 31 of its counts is set: IntegerPasses sets it where K_PREFETCH is false (AMD Zen 3 and Zen 4)
Q4K_SUPER_BYTES = 64 + 8 * 144  # Q4Kx8Tensor: 8 rows' d and dmin as floats, then 8 sub-blocks of 8 scales, 8 mins,
# 128 bytes of nibbles (byte 16 + 8 i + r: value i of row r low, value i + 16 high)
Q5K_SUPER_BYTES = 64 + 8 * 176  # Q5Kx8Tensor: Q4Kx8Tensor's layout with 32 bytes of fifth bits after each
# sub-block's nibbles (half h, byte 2 r + e: bit c the fifth bit of value 2 (4 h + c) + e of row r, bit 4 + c the
# value 16 after it)


def avx2_k_start(name, T, B, frame, constants, zeroed):
    """The start of an AVX2 K-quant pass up to its first super-block's sub-block loop: callee-saved registers, an
    aligned stack frame, counts split (r10 super-blocks, rsi groups; bit 31 of the low half, cleared from r10: no
    prefetch), rbx one group's bytes for the one-token prefetch (0: none), the constants, each token's 8 outputs
    zeroed per group, and per super-block the stack slots in zeroed."""
    L = [f"{name}:",
         "    push r12", "    push r13", "    push r14", "    push r15", "    push rbp", "    push rbx",
         "    mov rbp, rsp", f"    sub rsp, {frame}", "    and rsp, -32",
         "    mov r10d, esi", "    shr rsi, 32", "    btr r10d, 31", "    sbb r11, r11", f"    imul rbx, r10, {B}",
         "    not r11", "    and rbx, r11",
         *constants,
         f"{name}_group:", "    vxorps ymm12, ymm12, ymm12", "    mov r14, r8"]
    for t in range(T):
        L.append("    vmovups [r14], ymm12")
        if t < T - 1:
            L.append("    add r14, r9")
    L += ["    mov r12, rdx", "    mov r13, rcx", "    mov rax, r10", f"{name}_super:",
          "    vxorps ymm12, ymm12, ymm12"]
    L += [f"    vmovaps [rsp + {slot}], ymm12" for slot in zeroed]
    if T <= PREFETCH_K:
        L += ["    test rbx, rbx", f"    jz {name}_fetched"]
        L += [f"    prefetcht0 [rdi + rbx + {k}]" for k in range(0, B, 64)]
        L += [f"{name}_fetched:"]
    return L


def avx2_k_end(name, T, B, sums):
    """The end of an AVX2 K-quant super-block and pass: per token out = fma(scale, sum, out) for each (header offset,
    stack slot of token t) in sums, in order; then the super-block, group and pass loops and the registers back."""
    L = ["    mov r14, r8"]
    for t in range(T):
        L.append(f"    vmovups ymm{t}, [r14]")
        for k, (header, slot) in enumerate(sums):
            tmp = 10 + k
            L += [f"    vmovaps ymm{tmp}, [rsp + {slot(t)}]",
                  f"    vfmadd231ps ymm{t}, ymm{tmp}, [rdi{header}]"]
        L.append(f"    vmovups [r14], ymm{t}")
        if t < T - 1:
            L.append("    add r14, r9")
    return L + [f"    add rdi, {B}",
                "    dec rax", f"    jnz {name}_super",
                "    add r8, 32", "    dec rsi", f"    jnz {name}_group",
                "    vzeroupper", "    mov rsp, rbp", "    pop rbx", "    pop rbp",
                "    pop r15", "    pop r14", "    pop r13", "    pop r12", "    ret"]



def avx2_q4k_pass(T, fifth=False):
    """q4k_avx2_T: Q4Kx8Tensor times T tokens, counts = (groups << 32) | super-blocks. Per 32-value sub-block the
    integer sum of q_w * q_x as the Q4_0 passes take it (each 32-byte chunk of 4 columns of 8 rows reordered by vpermd
    and vpshufb into one row's 4 values a dword, then split in nibbles; 16-bit sums over the sub-block, widened once);
    then, as Q8Activations.matmulQ4Kx8 does, scaled = fma(float(sum), sc * d_x, scaled) and mins = fma(m, d_x * -sum
    q_x, mins), per super-block out = fma(d, scaled, out), out = fma(dmin, mins, out). scaled and mins per token, and
    the sub-block's scales and mins as floats, live on the stack: ymm0-7 hold the tokens' 16-bit sums.

    With fifth, q5k_avx2_T: Q5Kx8Tensor, each code's fifth bit added before the products: per chunk m the half of
    fifth bits it needs is broadcast to both 128-bit lanes, vpshufb puts byte 2 r + e of row r under each of row r's
    values, and per value vpand / vpcmpeqb with its bit, vpand 16, vpor onto the nibble. Codes reach 31, so the 16-bit
    sums (2 x 31 x 127 a pair) widen every two chunks: the first half's 32-bit sums wait on the stack."""
    B = Q5K_SUPER_BYTES if fifth else Q4K_SUPER_BYTES
    SUB = 176 if fifth else 144
    name = f"q5k_avx2_{T}" if fifth else f"q4k_avx2_{T}"
    step = 96 if fifth else 64
    frame = 64 + step * T
    SC, M = 0, 32

    def scaled(t):
        return 64 + step * t

    def mins(t):
        return 96 + step * t

    def half(t):
        return 128 + step * t

    constants = ["    vmovdqu ymm13, [rip + rows4]", "    vmovdqu ymm14, [rip + columns4]",
                 "    vpbroadcastd ymm15, [rip + nibbles]"]
    zeroed = [slot for t in range(T) for slot in (scaled(t), mins(t))]
    L = avx2_k_start(name, T, B, frame, constants, zeroed)
    L += ["    lea r15, [rdi + 64]", "    mov r11d, 8", f"{name}_sub:"]
    L += ["    vpmovzxbd ymm10, [r15]", "    vcvtdq2ps ymm10, ymm10", f"    vmovaps [rsp + {SC}], ymm10",
          "    vpmovzxbd ymm10, [r15 + 8]", "    vcvtdq2ps ymm10, ymm10", f"    vmovaps [rsp + {M}], ymm10"]
    L += [f"    vpxor ymm{t}, ymm{t}, ymm{t}" for t in range(T)]
    for m in range(4):
        L += [f"    vpermd ymm9, ymm13, [r15 + {16 + 32 * m}]",
              "    vpshufb ymm9, ymm9, ymm14",
              "    vpand ymm8, ymm9, ymm15",
              "    vpsrlw ymm9, ymm9, 4",
              "    vpand ymm9, ymm9, ymm15"]
        if fifth:
            L += [f"    vbroadcasti128 ymm12, [r15 + {144 + 16 * (m // 2)}]",
                  "    vpshufb ymm12, ymm12, [rip + fifths]"]
            for reg, table in (("ymm8", f"fifth_low_{m % 2}"), ("ymm9", f"fifth_high_{m % 2}")):
                L += [f"    vpand ymm11, ymm12, [rip + {table}]",
                      f"    vpcmpeqb ymm11, ymm11, [rip + {table}]",
                      "    vpand ymm11, ymm11, [rip + sixteens]",
                      f"    vpor {reg}, {reg}, ymm11"]
        for t in range(T):
            L += [f"    vpbroadcastd ymm10, [r12 + {32 * t + 4 * m}]",
                  "    vpmaddubsw ymm10, ymm8, ymm10",
                  f"    vpaddw ymm{t}, ymm{t}, ymm10",
                  f"    vpbroadcastd ymm11, [r12 + {32 * t + 16 + 4 * m}]",
                  "    vpmaddubsw ymm11, ymm9, ymm11",
                  f"    vpaddw ymm{t}, ymm{t}, ymm11"]
        if fifth and m == 1:
            for t in range(T):
                L += [f"    vpmaddwd ymm{t}, ymm{t}, [rip + ones16x8]", f"    vmovdqa [rsp + {half(t)}], ymm{t}",
                      f"    vpxor ymm{t}, ymm{t}, ymm{t}"]
    for t in range(T):
        L += [f"    vpmaddwd ymm{t}, ymm{t}, [rip + ones16x8]"]
        if fifth:
            L += [f"    vpaddd ymm{t}, ymm{t}, [rsp + {half(t)}]"]
        L += [f"    vcvtdq2ps ymm{t}, ymm{t}",
              f"    vbroadcastss ymm10, [r13 + {8 * t}]",
              f"    vmulps ymm11, ymm10, [rsp + {SC}]",
              f"    vfmadd213ps ymm{t}, ymm11, [rsp + {scaled(t)}]",
              f"    vmovaps [rsp + {scaled(t)}], ymm{t}",
              f"    vpbroadcastd ymm11, [r13 + {8 * t + 4}]",
              "    vcvtdq2ps ymm11, ymm11",
              "    vmulps ymm11, ymm11, [rip + inverse128]",
              "    vmulps ymm11, ymm11, ymm10",
              f"    vmovaps ymm{t}, [rsp + {mins(t)}]",
              f"    vfmadd231ps ymm{t}, ymm11, [rsp + {M}]",
              f"    vmovaps [rsp + {mins(t)}], ymm{t}"]
    L += [f"    add r15, {SUB}", f"    add r12, {32 * T}", f"    add r13, {8 * T}",
          "    dec r11d", f"    jnz {name}_sub"]
    return L + avx2_k_end(name, T, B, [("", scaled), (" + 32", mins)])


Q6K_SUPER_BYTES = 32 + 16 * 8 + 16 * 96  # Q6Kx8Tensor: 8 rows' d as floats, 16 sub-blocks' 8 int8 scales, then per
# sub-block 96 bytes of codes q: two nibble runs (chunks 0 and 1, 2 and 3: low and high nibbles) and the high 2 bits of
# chunk m at bits 2m, 2m + 1; chunk m's byte 4r + v is value 4m + v of row r


def avx2_q6k_pass(T, vnni=False):
    """q6k_avx2_T: Q6Kx8Tensor times T tokens, counts = (groups << 32) | super-blocks; per (activation block, token)
    12 bytes at rcx: the scale, then -32 times the sum of q_x over each half (IntegerPasses.Scratch#halves). A 16-value
    sub-block is 4 chunks of 32 bytes (values 4m..4m+3 of 8 rows, each row's 4 values in its 32-bit lane), each put
    together once from its nibble (vpand, and vpsrlw for the high ones) and its high bits (vpsllw / vpsrlw to bits 4-5,
    vpand, vpor) into ymm8, ymm9, ymm11, ymm12: codes q in [0, 63]. Per token vpmaddubsw of each chunk with its 4
    activations, the 16-bit sums of two chunks (2 x 2 x 63 x 127 < 2^15) widened by vpmaddwd, the two halves added and
    -32 sum q_x with them: sum (q - 32) q_x exactly. Then, as Q8Activations.matmulQ6Kx8 does, scaled = fma(float(sum),
    sc * d_x, scaled) per sub-block and out = fma(d, scaled, out) per super-block. Two sub-blocks share an activation
    block of 32.

    With vnni, q6k_vnni_T (AVX-512 VNNI on 256-bit registers): counts = (pairs << 32) | super-blocks, the pairs'
    groups one after another; a token's sum starts at -32 sum q_x and takes each chunk's products with one vpdpbusd."""
    B = Q6K_SUPER_BYTES
    name = f"q6k_vnni_{T}" if vnni else f"q6k_avx2_{T}"
    frame = 32 * T
    chunks = ("ymm8", "ymm9", "ymm11", "ymm12")
    high_shift = (("vpsllw", 4), ("vpsllw", 2), None, ("vpsrlw", 2))

    constants = ["    vpbroadcastd ymm14, [rip + q6k_high]", "    vpbroadcastd ymm15, [rip + nibbles]"]
    if vnni:
        constants = ["    add rsi, rsi"] + constants
    L = avx2_k_start(name, T, B, frame, constants, [32 * t for t in range(T)])
    L += ["    lea r14, [rdi + 32]", "    lea r15, [rdi + 160]", "    mov r11d, 8", f"{name}_block:"]
    for half in range(2):
        codes = 96 * half
        L += [f"    vmovdqu ymm13, [r15 + {codes + 64}]"]
        for m, q in enumerate(chunks):
            nibbles = f"[r15 + {codes + 32 * (m // 2)}]"
            if m % 2 == 0:
                L += [f"    vpand {q}, ymm15, {nibbles}"]
            else:
                # loaded first: vpsrlw's memory form is AVX-512BW only (its EVEX encoding is an illegal
                # instruction on an AVX2 CPU)
                L += [f"    vmovdqu {q}, {nibbles}", f"    vpsrlw {q}, {q}, 4", f"    vpand {q}, {q}, ymm15"]
            if high_shift[m]:
                op, bits = high_shift[m]
                L += [f"    {op} ymm10, ymm13, {bits}", "    vpand ymm10, ymm10, ymm14"]
            else:
                L += ["    vpand ymm10, ymm13, ymm14"]
            L += [f"    vpor {q}, {q}, ymm10"]
        for t in range(T):
            x = 32 * t + 16 * half
            if vnni:
                L += [f"    vpbroadcastd ymm{t}, [r13 + {12 * t + 4 + 4 * half}]"]
                for m, q in enumerate(chunks):
                    L += [f"    vpbroadcastd ymm10, [r12 + {x + 4 * m}]", f"    vpdpbusd ymm{t}, {q}, ymm10"]
                continue
            L += [f"    vpbroadcastd ymm10, [r12 + {x}]", f"    vpmaddubsw ymm{t}, ymm8, ymm10",
                  f"    vpbroadcastd ymm10, [r12 + {x + 4}]", "    vpmaddubsw ymm10, ymm9, ymm10",
                  f"    vpaddw ymm{t}, ymm{t}, ymm10", f"    vpmaddwd ymm{t}, ymm{t}, [rip + ones16x8]",
                  f"    vpbroadcastd ymm10, [r12 + {x + 8}]", "    vpmaddubsw ymm13, ymm11, ymm10",
                  f"    vpbroadcastd ymm10, [r12 + {x + 12}]", "    vpmaddubsw ymm10, ymm12, ymm10",
                  "    vpaddw ymm13, ymm13, ymm10", "    vpmaddwd ymm13, ymm13, [rip + ones16x8]",
                  f"    vpaddd ymm{t}, ymm{t}, ymm13",
                  f"    vpbroadcastd ymm10, [r13 + {12 * t + 4 + 4 * half}]", f"    vpaddd ymm{t}, ymm{t}, ymm10"]
        L += [f"    vpmovsxbd ymm12, [r14 + {8 * half}]", "    vcvtdq2ps ymm12, ymm12"]
        for t in range(T):
            L += [f"    vcvtdq2ps ymm{t}, ymm{t}",
                  f"    vbroadcastss ymm10, [r13 + {12 * t}]",
                  "    vmulps ymm10, ymm10, ymm12",
                  f"    vfmadd213ps ymm{t}, ymm10, [rsp + {32 * t}]",
                  f"    vmovaps [rsp + {32 * t}], ymm{t}"]
    L += ["    add r14, 16", "    add r15, 192", f"    add r12, {32 * T}", f"    add r13, {12 * T}",
          "    dec r11d", f"    jnz {name}_block"]
    return L + avx2_k_end(name, T, B, [("", lambda t: 32 * t)])


def q6k_tables():
    """q6k_high: bits 4-5 of each byte (a code's high bits)."""
    return ["q6k_high:", "    .long 0x30303030"]


def q5k_tables():
    """fifths: vpshufb's, byte 4 r' + k of each 128-bit lane (row r = r' or r' + 4, value k of a chunk's 4) takes byte
    2 r + k % 2 of the broadcast half; fifth_low_p / fifth_high_p: the bit of value k of a chunk with m % 2 = p, 1 <<
    (2 p + k / 2), and 16 times that for the value 16 on; sixteens: 16 a byte."""
    spread = [2 * (d // 4) + (d % 4) % 2 for d in range(16)] + [2 * (4 + d // 4) + (d % 4) % 2 for d in range(16)]
    out = [".p2align 5", "fifths:", *data(".byte", spread)]
    for p in range(2):
        low = [1 << (2 * p + (d % 4) // 2) for d in range(32)]
        out += [f"fifth_low_{p}:", *data(".byte", low), f"fifth_high_{p}:", *data(".byte", [b << 4 for b in low])]
    out += ["sixteens:", *data(".byte", [16] * 32)]
    return out


def data(directive, values):
    """Assembler data lines of 16 values each."""
    values = list(values)
    return [f"    {directive} " + ", ".join(map(str, values[i:i + 16])) for i in range(0, len(values), 16)]


def vnni_q4k_pass(T):
    """q4k_pairs_T: Q4Kx8Tensor times T tokens on AVX-512 VNNI, counts = (pairs << 32) | super-blocks: groups g0 + 2p
    and g0 + 2p + 1 in one 512-bit register (16 rows), each chunk of 4 columns loaded from both groups and reordered by
    vpermb (table permute) into one row's 4 values a dword, split in nibbles, one vpdpbusd per token and nibble half
    (no offset: Q4_K codes are unsigned); then as avx2_q4k_pass, the two groups' scales, mins, d and dmin side by
    side. zmm0-7 hold the tokens' integer sums, zmm8-15 their scaled sums, zmm16-23 their mins sums; out is updated
    once per super-block."""
    B = Q4K_SUPER_BYTES
    name = f"q4k_pairs_{T}"
    L = [f"{name}:",
         "    push r12", "    push r13", "    push r14", "    push r15", "    push rbx",
         "    mov r10d, esi", "    shr rsi, 32",
         f"    imul r11, r10, {B}",
         "    vmovdqu8 zmm31, [rip + permute]", "    vpbroadcastd zmm29, [rip + nibbles]",
         f"{name}_pair:", "    vpxord zmm28, zmm28, zmm28", "    mov r14, r8"]
    for t in range(T):
        L.append("    vmovups [r14], zmm28")
        if t < T - 1:
            L.append("    add r14, r9")
    L += ["    mov r12, rdx", "    mov r13, rcx", "    mov rax, r10", f"{name}_super:"]
    L += [f"    vpxord zmm{8 + t}, zmm{8 + t}, zmm{8 + t}" for t in range(T)]
    L += [f"    vpxord zmm{16 + t}, zmm{16 + t}, zmm{16 + t}" for t in range(T)]
    L += [f"    prefetcht0 [rdi + 2*r11 + {k}]" for k in range(0, B, 64)]
    L += ["    lea rbx, [rdi + r11*2]"]
    L += [f"    prefetcht0 [rbx + r11 + {k}]" for k in range(0, B, 64)]
    L += ["    lea r15, [rdi + 64]", "    mov ebx, 8", f"{name}_sub:"]
    L += ["    vmovq xmm26, [r15]", "    vpinsrq xmm26, xmm26, [r15 + r11], 1",
          "    vpmovzxbd zmm26, xmm26", "    vcvtdq2ps zmm26, zmm26",
          "    vmovq xmm27, [r15 + 8]", "    vpinsrq xmm27, xmm27, [r15 + r11 + 8], 1",
          "    vpmovzxbd zmm27, xmm27", "    vcvtdq2ps zmm27, zmm27"]
    L += [f"    vpxord zmm{t}, zmm{t}, zmm{t}" for t in range(T)]
    for m in range(4):
        L += [f"    vmovdqu32 ymm24, [r15 + {16 + 32 * m}]",
              f"    vinserti32x8 zmm24, zmm24, [r15 + r11 + {16 + 32 * m}], 1",
              "    vpermb zmm24, zmm31, zmm24",
              "    vpsrlw zmm25, zmm24, 4",
              "    vpandd zmm24, zmm24, zmm29",
              "    vpandd zmm25, zmm25, zmm29"]
        for t in range(T):
            L += [f"    vpdpbusd zmm{t}, zmm24, dword ptr [r12 + {32 * t + 4 * m}]{{1to16}}",
                  f"    vpdpbusd zmm{t}, zmm25, dword ptr [r12 + {32 * t + 16 + 4 * m}]{{1to16}}"]
    for t in range(T):
        L += [f"    vcvtdq2ps zmm{t}, zmm{t}",
              f"    vmulps zmm28, zmm26, dword ptr [r13 + {8 * t}]{{1to16}}",
              f"    vfmadd231ps zmm{8 + t}, zmm{t}, zmm28",
              f"    vpbroadcastd zmm30, [r13 + {8 * t + 4}]",
              "    vcvtdq2ps zmm30, zmm30",
              "    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}",
              f"    vmulps zmm30, zmm30, dword ptr [r13 + {8 * t}]{{1to16}}",
              f"    vfmadd231ps zmm{16 + t}, zmm27, zmm30"]
    L += ["    add r15, 144", f"    add r12, {32 * T}", f"    add r13, {8 * T}",
          "    dec ebx", f"    jnz {name}_sub",
          "    vmovups ymm26, [rdi]", "    vinsertf32x8 zmm26, zmm26, [rdi + r11], 1",
          "    vmovups ymm27, [rdi + 32]", "    vinsertf32x8 zmm27, zmm27, [rdi + r11 + 32], 1",
          "    mov r14, r8"]
    for t in range(T):
        L += [f"    vmovups zmm28, [r14]",
              f"    vfmadd231ps zmm28, zmm26, zmm{8 + t}",
              f"    vfmadd231ps zmm28, zmm27, zmm{16 + t}",
              "    vmovups [r14], zmm28"]
        if t < T - 1:
            L.append("    add r14, r9")
    L += [f"    add rdi, {B}",
          "    dec rax", f"    jnz {name}_super",
          "    add rdi, r11",
          "    add r8, 64", "    dec rsi", f"    jnz {name}_pair",
          "    vzeroupper", "    pop rbx", "    pop r15", "    pop r14", "    pop r13", "    pop r12", "    ret"]
    return L


KINDS = ("q8", "q4", "iq4")


# Each function is assembled for its instruction set: GNU as quietly takes an EVEX (AVX-512) encoding for a form that
# AVX2 lacks (vpsrlw ymm, [mem], imm), which an AVX2-only CPU then stops on (SIGILL)
AVX2_ONLY = ["    .arch .noavx512f"]
AVX512_VNNI = [f"    .arch .{e}" for e in ("avx512f", "avx512vl", "avx512bw", "avx512dq", "avx512_vnni", "avx512vbmi")]


def source():
    out = ["    .intel_syntax noprefix", "    .text"] + AVX512_VNNI
    for kind in KINDS:
        for T in range(1, 9):
            out += pairs(kind, T)
        out += two_regions(kind)
    out += AVX2_ONLY
    for kind in KINDS:
        for T in range(1, 9):
            out += avx2_pass(kind, T)
        out += avx2_regions(kind)
    for T in range(1, 9):
        out += avx2_q4k_pass(T)
    for T in range(1, 9):
        out += avx2_q6k_pass(T)
    for T in range(1, 9):
        out += avx2_q4k_pass(T, fifth=True)
    out += AVX512_VNNI
    for T in range(1, 9):
        out += vnni_q4k_pass(T)
    for T in range(1, 9):
        out += avx2_q6k_pass(T, vnni=True)
    out += AVX2_ONLY
    out += avx2_round()
    # permute (VNNI Q4_K): byte 4L + j of the result = column j of row L % 8, group L / 8; the source holds column j,
    # row r of the first group at byte 8j + r and of the second group at 32 + 8j + r
    table = [8 * j + lane if lane < 8 else 32 + 8 * j + lane - 8 for lane in range(16) for j in range(4)]
    # iq4_table: IQ4_NL's 16 values (ggml's kvalues_iq4nl); iq4_flipped: the same + 128, as unsigned bytes (VNNI)
    iq4 = [-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113]
    out += ["    .p2align 6", "permute:", *data(".byte", table), "iq4_table:", *data(".byte", [v & 0xFF for v in iq4]),
            "iq4_flipped:", *data(".byte", [v + 128 for v in iq4]), "flip:", "    .long 0x80808080",
            "nibbles:", "    .long 0x0f0f0f0f",
            "ones16:", "    .long 0x00010001"]
    out += [".p2align 5", "ones16x8:", "    .long " + ", ".join(["0x00010001"] * 8),
            "inverse128:", "    .long " + ", ".join(["0x3c000000"] * 8)]
    out += q6k_tables()
    out += q5k_tables()
    # rows4 (AVX2 Q4_K and Q5_K): vpermd's order, dwords 0, 2, 4, 6 (columns 0-3 of rows 0-3) then 1, 3, 5, 7 (of rows
    # 4-7); columns4: vpshufb's, in each lane byte 4r + j = column j of row r (held at byte 4j + r)
    out += [".p2align 5", "rows4:", "    .long 0, 2, 4, 6, 1, 3, 5, 7",
            "columns4:", *data(".byte", [4 * (d % 4) + d // 4 for d in range(16)] * 2)]
    # round_avx2's: dwords8 undoes the packs' lane interleaving; the rest Q8Activations' constants
    out += [".p2align 5", "dwords8:", "    .long 0, 4, 1, 5, 2, 6, 3, 7",
            "absolute:", "    .long 0x7fffffff", "rounder:", "    .long 0x4b400000", "f127:", "    .long 0x42fe0000",
            "one:", "    .long 0x3f800000", "normal:", "    .long 0x00800000"]
    return "\n".join(out) + "\n"


def entry_lines(entries):
    """The ENTRIES declaration as the project's formatter (palantir-java-format) lays it out."""
    values = ", ".join(map(str, entries))
    line = "    static final int[] ENTRIES = {" + values + "};"
    if len(line) <= 120:
        return [line]
    wrapped = textwrap.wrap(values, width=112, break_on_hyphens=False)
    return ["    static final int[] ENTRIES = {", *["        " + w for w in wrapped], "    };"]


def main():
    src = source()
    with open(os.path.join(HERE, "passes.s"), "w") as f:
        f.write(src)
    with tempfile.TemporaryDirectory() as tmp:
        obj = os.path.join(tmp, "k.o")
        binary = os.path.join(tmp, "k.bin")
        subprocess.run(["as", "-o", obj, os.path.join(HERE, "passes.s")], check=True)
        subprocess.run(["objcopy", "-O", "binary", "-j", ".text", obj, binary], check=True)
        code = open(binary, "rb").read()
        symbols = {}
        for line in subprocess.run(["nm", obj], capture_output=True, text=True, check=True).stdout.splitlines():
            address, _, name = line.split()
            symbols[name] = int(address, 16)
    entries = [symbols[f"{kind}_{p}"] for kind in KINDS for p in [f"pairs_{T}" for T in range(1, 9)] + ["regions_1"]]
    entries += [symbols[f"{kind}_avx2_{p}"] for kind in KINDS for p in [str(T) for T in range(1, 9)] + ["regions_1"]]
    entries += [symbols[f"q4k_avx2_{T}"] for T in range(1, 9)]
    entries += [symbols[f"q6k_avx2_{T}"] for T in range(1, 9)]
    entries += [symbols[f"q5k_avx2_{T}"] for T in range(1, 9)]
    entries += [symbols[f"q4k_pairs_{T}"] for T in range(1, 9)]
    entries += [symbols[f"q6k_vnni_{T}"] for T in range(1, 9)]
    entries.append(symbols["round_avx2"])
    with open(BINARY, "wb") as f:
        f.write(code)
    generated = ["    // generated by tools/passes/generate.py: do not edit",
                 "    /**",
                 "     * Offsets in {@code passes.bin}: per type (Q8_0, Q4_0, IQ4_XS) the VNNI passes for 1 to 8 tokens"
                 + " and",
                 "     * their two-region one, then the AVX2 ones for 1 to 8 tokens and their four-region one; then the"
                 + " AVX2 Q4_K",
                 "     * passes for 1 to 8 tokens, then the AVX2 Q6_K ones, the AVX2 Q5_K ones, the VNNI Q4_K ones,",
                 "     * the VNNI Q6_K ones and the rounding of the activations (AVX2).",
                 "     */",
                 *entry_lines(entries),
                 "    // end of generated"]
    java = open(JAVA).read()
    java = re.sub(r"    // generated by tools/passes/generate\.py.*?    // end of generated",
                  "\n".join(generated).replace("\\", "\\\\"), java, flags=re.S)
    with open(JAVA, "w") as f:
        f.write(java)
    print(f"{len(code)} bytes, entries {entries}")


if __name__ == "__main__":
    main()
