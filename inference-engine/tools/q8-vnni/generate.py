#!/usr/bin/env python3
"""Writes the AVX-512 VNNI kernels of Q8_0x8VnniKernels: q8-vnni.s (the source), then assembles it with GNU as and
puts the bytes and entry offsets into Q8_0x8VnniKernels.java between its "generated" markers.

    python3 inference-engine/tools/q8-vnni/generate.py      (needs binutils: as, objcopy, nm)

One function per token count T = 1..8, System V calling convention:

    void pairs_T(long w, long counts, byte *xq, int *aux, float *out, long outStride)

w: the first byte of 8-row group g0 of an interleaved Q8_0 matrix (Q8_0x8Tensor); counts: (pairs << 32) | blocks;
xq: the T tokens' activations rounded to bytes, block-major ((b * T + t) * 32 + k); aux: per (b, t) the block's scale
as float bits, then -128 * the sum of its rounded values; out: where row 8 g0 of token 0 goes; outStride: bytes from
one token's outputs to the next. Groups g0 + 2p and g0 + 2p + 1 make pair p; each writes 16 floats per token.

Per block and pair, eight times: 32 bytes of each group (4 columns of 8 rows), side by side in one register,
flipped to unsigned (xor 0x80: q + 128), reordered by vpermb so that each 32-bit lane holds one row's 4 columns,
then one vpdpbusd per token with the token's 4 rounded values broadcast: a lane adds (q_w + 128) * q_x over the
block; the accumulator starts at -128 * sum q_x, so it ends at the exact integer sum of q_w * q_x. Then per token
out += float(sum) * (d_w * d_x): one vmulps, one conversion, one vfmadd231ps, block after block (the order and
roundings of Q8_0x8VnniKernels.reference). Tokens of few rows split each sum over S accumulators (added in
integers, so the same sums) to keep enough vpdpbusd chains in flight.
"""
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
JAVA = os.path.join(HERE, "../../src/main/java/org/jrag/engine/tensor/Q8_0x8VnniKernels.java")
GROUP_BLOCK_BYTES = 272  # 8 fp16 scales + 8 rows x 32 bytes
CHAINS = {1: 8, 2: 4, 3: 3, 4: 2, 5: 2, 6: 2, 7: 2, 8: 2}
PREFETCH_FROM = 2  # tokens from which a pass prefetches the next pair's blocks as it goes


def pairs(T):
    S = CHAINS[T]
    L = [f"pairs_{T}:",
         "    push r12", "    push r13", "    push r14", "    push r15",
         "    mov r10d, esi", "    shr rsi, 32",
         f"    imul r11, r10, {GROUP_BLOCK_BYTES}",
         "    lea r15, [r11 + 2*r11]",
         "    vmovdqu8 zmm31, [rip + permute]",
         "    vpbroadcastd zmm30, [rip + flip]",
         f"pairs_{T}_pair:"]
    L += [f"    vpxord zmm{16 + t}, zmm{16 + t}, zmm{16 + t}" for t in range(T)]
    L += ["    mov r12, rdx", "    mov r13, rcx", "    mov rax, r10", f"pairs_{T}_block:"]
    if T >= PREFETCH_FROM:
        for base in ("r11*2", "r15"):
            L += [f"    prefetcht0 [rdi + {base} + {k}]" for k in range(0, 320, 64)]
    L += [f"    vpbroadcastd zmm{t}, [r13 + {8 * t + 4}]" for t in range(T)]
    L += [f"    vpxord zmm{t}, zmm{t}, zmm{t}" for t in range(T, T * S)]
    for i in range(8):
        L += [f"    vmovdqu32 ymm24, [rdi + {16 + 32 * i}]",
              f"    vinserti32x8 zmm24, zmm24, [rdi + r11 + {16 + 32 * i}], 1",
              "    vpxord zmm24, zmm24, zmm30",
              "    vpermb zmm24, zmm31, zmm24"]
        L += [f"    vpdpbusd zmm{t + T * (i % S)}, zmm24, dword ptr [r12 + {32 * t + 4 * i}]{{1to16}}"
              for t in range(T)]
    for t in range(T):
        L += [f"    vpaddd zmm{t}, zmm{t}, zmm{t + T * k}" for k in range(1, S)]
    L += ["    vcvtph2ps ymm25, [rdi]", "    vcvtph2ps ymm26, [rdi + r11]", "    vinsertf32x8 zmm25, zmm25, ymm26, 1"]
    for t in range(T):
        L += [f"    vmulps zmm27, zmm25, dword ptr [r13 + {8 * t}]{{1to16}}",
              f"    vcvtdq2ps zmm{t}, zmm{t}",
              f"    vfmadd231ps zmm{16 + t}, zmm{t}, zmm27"]
    L += [f"    add rdi, {GROUP_BLOCK_BYTES}", f"    add r12, {32 * T}", f"    add r13, {8 * T}",
          "    dec rax", f"    jnz pairs_{T}_block",
          "    add rdi, r11", "    mov r14, r8"]
    for t in range(T):
        L.append(f"    vmovups [r14], zmm{16 + t}")
        if t < T - 1:
            L.append("    add r14, r9")
    L += ["    add r8, 64", "    dec rsi", f"    jnz pairs_{T}_pair",
          "    vzeroupper", "    pop r15", "    pop r14", "    pop r13", "    pop r12", "    ret"]
    return L


def two_regions():
    """One token over pairs p of two regions at once: groups g0 + 2p, g0 + 2p + 1 and h groups on (four read
    streams, as the float one-token pass reads four groups: one token does too little work per byte for the two
    adjacent groups of a pair to keep enough lines in flight). r9 holds h (groups) instead of an output stride; the
    second region's outputs go 8 h floats after the first's."""
    S = 4
    L = ["regions_1:",
         "    push r12", "    push r13", "    push r14", "    push r15",
         "    mov r10d, esi", "    shr rsi, 32",
         f"    imul r11, r10, {GROUP_BLOCK_BYTES}",
         "    mov r15, r11", "    imul r15, r9",
         "    shl r9, 5",
         "    vmovdqu8 zmm31, [rip + permute]",
         "    vpbroadcastd zmm30, [rip + flip]",
         "regions_1_pair:",
         "    vpxord zmm16, zmm16, zmm16", "    vpxord zmm17, zmm17, zmm17",
         "    mov r12, rdx", "    mov r13, rcx", "    mov rax, r10", "    lea r14, [rdi + r15]",
         "regions_1_block:",
         "    vpbroadcastd zmm0, [r13 + 4]", "    vmovdqa32 zmm4, zmm0"]
    L += [f"    vpxord zmm{k}, zmm{k}, zmm{k}" for k in (1, 2, 3, 5, 6, 7)]
    for i in range(8):
        for base, first in (("rdi", 0), ("r14", 4)):
            L += [f"    vmovdqu32 ymm24, [{base} + {16 + 32 * i}]",
                  f"    vinserti32x8 zmm24, zmm24, [{base} + r11 + {16 + 32 * i}], 1",
                  "    vpxord zmm24, zmm24, zmm30",
                  "    vpermb zmm24, zmm31, zmm24",
                  f"    vpdpbusd zmm{first + i % S}, zmm24, dword ptr [r12 + {4 * i}]{{1to16}}"]
    for first in (0, 4):
        L += [f"    vpaddd zmm{first}, zmm{first}, zmm{first + k}" for k in range(1, S)]
    for base, acc, f in (("rdi", 0, 16), ("r14", 4, 17)):
        L += [f"    vcvtph2ps ymm25, [{base}]", f"    vcvtph2ps ymm26, [{base} + r11]",
              "    vinsertf32x8 zmm25, zmm25, ymm26, 1",
              "    vmulps zmm27, zmm25, dword ptr [r13]{1to16}",
              f"    vcvtdq2ps zmm{acc}, zmm{acc}",
              f"    vfmadd231ps zmm{f}, zmm{acc}, zmm27"]
    L += [f"    add rdi, {GROUP_BLOCK_BYTES}", f"    add r14, {GROUP_BLOCK_BYTES}", "    add r12, 32", "    add r13, 8",
          "    dec rax", "    jnz regions_1_block",
          "    add rdi, r11",
          "    vmovups [r8], zmm16", "    vmovups [r8 + r9], zmm17",
          "    add r8, 64", "    dec rsi", "    jnz regions_1_pair",
          "    vzeroupper", "    pop r15", "    pop r14", "    pop r13", "    pop r12", "    ret"]
    return L


def source():
    out = ["    .intel_syntax noprefix", "    .text"]
    for T in range(1, 9):
        out += pairs(T)
    out += two_regions()
    # permute: byte 4L + j of the result = column j of row L % 8, group L / 8; the source holds column j, row r of
    # the first group at byte 8j + r and of the second group at 32 + 8j + r
    table = [8 * j + lane if lane < 8 else 32 + 8 * j + lane - 8 for lane in range(16) for j in range(4)]
    out += ["    .p2align 6", "permute:", "    .byte " + ", ".join(map(str, table)), "flip:", "    .long 0x80808080"]
    return "\n".join(out) + "\n"


def main():
    src = source()
    with open(os.path.join(HERE, "q8-vnni.s"), "w") as f:
        f.write(src)
    with tempfile.TemporaryDirectory() as tmp:
        obj = os.path.join(tmp, "k.o")
        binary = os.path.join(tmp, "k.bin")
        subprocess.run(["as", "-o", obj, os.path.join(HERE, "q8-vnni.s")], check=True)
        subprocess.run(["objcopy", "-O", "binary", "-j", ".text", obj, binary], check=True)
        code = open(binary, "rb").read()
        symbols = {}
        for line in subprocess.run(["nm", obj], capture_output=True, text=True, check=True).stdout.splitlines():
            address, _, name = line.split()
            symbols[name] = int(address, 16)
    entries = [symbols[f"pairs_{T}"] for T in range(1, 9)] + [symbols["regions_1"]]
    text = "".join(f"{b:02x}" for b in code)
    chunks = [text[i:i + 96] for i in range(0, len(text), 96)]
    generated = ["    // generated by tools/q8-vnni/generate.py: do not edit",
                 "    private static final String CODE = \"\"",
                 *[f"            + \"{c}\"" for c in chunks[:-1]],
                 f"            + \"{chunks[-1]}\";",
                 "",
                 "    /** Offsets in {@link #CODE} of the passes for 1 to 8 tokens, then of the two-region pass. */",
                 "    private static final int[] ENTRIES = {" + ", ".join(map(str, entries)) + "};",
                 "    // end of generated"]
    java = open(JAVA).read()
    java = re.sub(r"    // generated by tools/q8-vnni/generate\.py.*?    // end of generated",
                  "\n".join(generated).replace("\\", "\\\\"), java, flags=re.S)
    with open(JAVA, "w") as f:
        f.write(java)
    print(f"{len(code)} bytes, entries {entries}")


if __name__ == "__main__":
    main()
