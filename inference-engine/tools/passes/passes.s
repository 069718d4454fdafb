    .intel_syntax noprefix
    .text
    .arch .avx512f
    .arch .avx512vl
    .arch .avx512bw
    .arch .avx512dq
    .arch .avx512_vnni
    .arch .avx512vbmi
q8_pairs_1:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 272
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm30, [rip + flip]
q8_pairs_1_pair:
    vpxord zmm16, zmm16, zmm16
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q8_pairs_1_block:
    vpbroadcastd zmm0, [r13 + 4]
    vpxord zmm1, zmm1, zmm1
    vpxord zmm2, zmm2, zmm2
    vpxord zmm3, zmm3, zmm3
    vpxord zmm4, zmm4, zmm4
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vmovdqu32 ymm24, [rdi + 16]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 16], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vmovdqu32 ymm24, [rdi + 48]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 4]{1to16}
    vmovdqu32 ymm24, [rdi + 80]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 8]{1to16}
    vmovdqu32 ymm24, [rdi + 112]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 12]{1to16}
    vmovdqu32 ymm24, [rdi + 144]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 16]{1to16}
    vmovdqu32 ymm24, [rdi + 176]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 20]{1to16}
    vmovdqu32 ymm24, [rdi + 208]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 24]{1to16}
    vmovdqu32 ymm24, [rdi + 240]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 28]{1to16}
    vpaddd zmm0, zmm0, zmm1
    vpaddd zmm0, zmm0, zmm2
    vpaddd zmm0, zmm0, zmm3
    vpaddd zmm0, zmm0, zmm4
    vpaddd zmm0, zmm0, zmm5
    vpaddd zmm0, zmm0, zmm6
    vpaddd zmm0, zmm0, zmm7
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    add rdi, 272
    add r12, 32
    add r13, 8
    dec rax
    jnz q8_pairs_1_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r8, 64
    dec rsi
    jnz q8_pairs_1_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q8_pairs_2:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 272
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm30, [rip + flip]
q8_pairs_2_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q8_pairs_2_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r11*2 + 192]
    prefetcht0 [rdi + r11*2 + 256]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    prefetcht0 [rdi + r15 + 192]
    prefetcht0 [rdi + r15 + 256]
    vpbroadcastd zmm0, [r13 + 4]
    vpbroadcastd zmm1, [r13 + 12]
    vpxord zmm2, zmm2, zmm2
    vpxord zmm3, zmm3, zmm3
    vpxord zmm4, zmm4, zmm4
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vmovdqu32 ymm24, [rdi + 16]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 16], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vmovdqu32 ymm24, [rdi + 48]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 36]{1to16}
    vmovdqu32 ymm24, [rdi + 80]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 40]{1to16}
    vmovdqu32 ymm24, [rdi + 112]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 44]{1to16}
    vmovdqu32 ymm24, [rdi + 144]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 48]{1to16}
    vmovdqu32 ymm24, [rdi + 176]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 52]{1to16}
    vmovdqu32 ymm24, [rdi + 208]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 56]{1to16}
    vmovdqu32 ymm24, [rdi + 240]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 60]{1to16}
    vpaddd zmm0, zmm0, zmm2
    vpaddd zmm0, zmm0, zmm4
    vpaddd zmm0, zmm0, zmm6
    vpaddd zmm1, zmm1, zmm3
    vpaddd zmm1, zmm1, zmm5
    vpaddd zmm1, zmm1, zmm7
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    add rdi, 272
    add r12, 64
    add r13, 16
    dec rax
    jnz q8_pairs_2_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r8, 64
    dec rsi
    jnz q8_pairs_2_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q8_pairs_3:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 272
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm30, [rip + flip]
q8_pairs_3_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q8_pairs_3_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r11*2 + 192]
    prefetcht0 [rdi + r11*2 + 256]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    prefetcht0 [rdi + r15 + 192]
    prefetcht0 [rdi + r15 + 256]
    vpbroadcastd zmm0, [r13 + 4]
    vpbroadcastd zmm1, [r13 + 12]
    vpbroadcastd zmm2, [r13 + 20]
    vpxord zmm3, zmm3, zmm3
    vpxord zmm4, zmm4, zmm4
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vpxord zmm8, zmm8, zmm8
    vmovdqu32 ymm24, [rdi + 16]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 16], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vmovdqu32 ymm24, [rdi + 48]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 68]{1to16}
    vmovdqu32 ymm24, [rdi + 80]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 72]{1to16}
    vmovdqu32 ymm24, [rdi + 112]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vmovdqu32 ymm24, [rdi + 144]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 80]{1to16}
    vmovdqu32 ymm24, [rdi + 176]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 84]{1to16}
    vmovdqu32 ymm24, [rdi + 208]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 88]{1to16}
    vmovdqu32 ymm24, [rdi + 240]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 92]{1to16}
    vpaddd zmm0, zmm0, zmm3
    vpaddd zmm0, zmm0, zmm6
    vpaddd zmm1, zmm1, zmm4
    vpaddd zmm1, zmm1, zmm7
    vpaddd zmm2, zmm2, zmm5
    vpaddd zmm2, zmm2, zmm8
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    add rdi, 272
    add r12, 96
    add r13, 24
    dec rax
    jnz q8_pairs_3_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r8, 64
    dec rsi
    jnz q8_pairs_3_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q8_pairs_4:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 272
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm30, [rip + flip]
q8_pairs_4_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q8_pairs_4_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r11*2 + 192]
    prefetcht0 [rdi + r11*2 + 256]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    prefetcht0 [rdi + r15 + 192]
    prefetcht0 [rdi + r15 + 256]
    vpbroadcastd zmm0, [r13 + 4]
    vpbroadcastd zmm1, [r13 + 12]
    vpbroadcastd zmm2, [r13 + 20]
    vpbroadcastd zmm3, [r13 + 28]
    vpxord zmm4, zmm4, zmm4
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vmovdqu32 ymm24, [rdi + 16]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 16], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vmovdqu32 ymm24, [rdi + 48]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 100]{1to16}
    vmovdqu32 ymm24, [rdi + 80]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vmovdqu32 ymm24, [rdi + 112]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 108]{1to16}
    vmovdqu32 ymm24, [rdi + 144]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 112]{1to16}
    vmovdqu32 ymm24, [rdi + 176]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 116]{1to16}
    vmovdqu32 ymm24, [rdi + 208]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 120]{1to16}
    vmovdqu32 ymm24, [rdi + 240]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 124]{1to16}
    vpaddd zmm0, zmm0, zmm4
    vpaddd zmm1, zmm1, zmm5
    vpaddd zmm2, zmm2, zmm6
    vpaddd zmm3, zmm3, zmm7
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 24]{1to16}
    vcvtdq2ps zmm3, zmm3
    vfmadd231ps zmm19, zmm3, zmm27
    add rdi, 272
    add r12, 128
    add r13, 32
    dec rax
    jnz q8_pairs_4_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r14, r9
    vmovups [r14], zmm19
    add r8, 64
    dec rsi
    jnz q8_pairs_4_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q8_pairs_5:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 272
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm30, [rip + flip]
q8_pairs_5_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    vpxord zmm20, zmm20, zmm20
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q8_pairs_5_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r11*2 + 192]
    prefetcht0 [rdi + r11*2 + 256]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    prefetcht0 [rdi + r15 + 192]
    prefetcht0 [rdi + r15 + 256]
    vpbroadcastd zmm0, [r13 + 4]
    vpbroadcastd zmm1, [r13 + 12]
    vpbroadcastd zmm2, [r13 + 20]
    vpbroadcastd zmm3, [r13 + 28]
    vpbroadcastd zmm4, [r13 + 36]
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vmovdqu32 ymm24, [rdi + 16]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 16], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vmovdqu32 ymm24, [rdi + 48]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 132]{1to16}
    vmovdqu32 ymm24, [rdi + 80]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vmovdqu32 ymm24, [rdi + 112]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 140]{1to16}
    vmovdqu32 ymm24, [rdi + 144]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 144]{1to16}
    vmovdqu32 ymm24, [rdi + 176]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 148]{1to16}
    vmovdqu32 ymm24, [rdi + 208]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 152]{1to16}
    vmovdqu32 ymm24, [rdi + 240]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 124]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 156]{1to16}
    vpaddd zmm0, zmm0, zmm5
    vpaddd zmm1, zmm1, zmm6
    vpaddd zmm2, zmm2, zmm7
    vpaddd zmm3, zmm3, zmm8
    vpaddd zmm4, zmm4, zmm9
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 24]{1to16}
    vcvtdq2ps zmm3, zmm3
    vfmadd231ps zmm19, zmm3, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 32]{1to16}
    vcvtdq2ps zmm4, zmm4
    vfmadd231ps zmm20, zmm4, zmm27
    add rdi, 272
    add r12, 160
    add r13, 40
    dec rax
    jnz q8_pairs_5_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r14, r9
    vmovups [r14], zmm19
    add r14, r9
    vmovups [r14], zmm20
    add r8, 64
    dec rsi
    jnz q8_pairs_5_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q8_pairs_6:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 272
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm30, [rip + flip]
q8_pairs_6_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    vpxord zmm20, zmm20, zmm20
    vpxord zmm21, zmm21, zmm21
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q8_pairs_6_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r11*2 + 192]
    prefetcht0 [rdi + r11*2 + 256]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    prefetcht0 [rdi + r15 + 192]
    prefetcht0 [rdi + r15 + 256]
    vpbroadcastd zmm0, [r13 + 4]
    vpbroadcastd zmm1, [r13 + 12]
    vpbroadcastd zmm2, [r13 + 20]
    vpbroadcastd zmm3, [r13 + 28]
    vpbroadcastd zmm4, [r13 + 36]
    vpbroadcastd zmm5, [r13 + 44]
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vpxord zmm10, zmm10, zmm10
    vpxord zmm11, zmm11, zmm11
    vmovdqu32 ymm24, [rdi + 16]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 16], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 160]{1to16}
    vmovdqu32 ymm24, [rdi + 48]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 132]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 164]{1to16}
    vmovdqu32 ymm24, [rdi + 80]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 168]{1to16}
    vmovdqu32 ymm24, [rdi + 112]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 140]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 172]{1to16}
    vmovdqu32 ymm24, [rdi + 144]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 144]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 176]{1to16}
    vmovdqu32 ymm24, [rdi + 176]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 148]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 180]{1to16}
    vmovdqu32 ymm24, [rdi + 208]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 152]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 184]{1to16}
    vmovdqu32 ymm24, [rdi + 240]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 124]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 156]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 188]{1to16}
    vpaddd zmm0, zmm0, zmm6
    vpaddd zmm1, zmm1, zmm7
    vpaddd zmm2, zmm2, zmm8
    vpaddd zmm3, zmm3, zmm9
    vpaddd zmm4, zmm4, zmm10
    vpaddd zmm5, zmm5, zmm11
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 24]{1to16}
    vcvtdq2ps zmm3, zmm3
    vfmadd231ps zmm19, zmm3, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 32]{1to16}
    vcvtdq2ps zmm4, zmm4
    vfmadd231ps zmm20, zmm4, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 40]{1to16}
    vcvtdq2ps zmm5, zmm5
    vfmadd231ps zmm21, zmm5, zmm27
    add rdi, 272
    add r12, 192
    add r13, 48
    dec rax
    jnz q8_pairs_6_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r14, r9
    vmovups [r14], zmm19
    add r14, r9
    vmovups [r14], zmm20
    add r14, r9
    vmovups [r14], zmm21
    add r8, 64
    dec rsi
    jnz q8_pairs_6_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q8_pairs_7:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 272
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm30, [rip + flip]
q8_pairs_7_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    vpxord zmm20, zmm20, zmm20
    vpxord zmm21, zmm21, zmm21
    vpxord zmm22, zmm22, zmm22
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q8_pairs_7_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r11*2 + 192]
    prefetcht0 [rdi + r11*2 + 256]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    prefetcht0 [rdi + r15 + 192]
    prefetcht0 [rdi + r15 + 256]
    vpbroadcastd zmm0, [r13 + 4]
    vpbroadcastd zmm1, [r13 + 12]
    vpbroadcastd zmm2, [r13 + 20]
    vpbroadcastd zmm3, [r13 + 28]
    vpbroadcastd zmm4, [r13 + 36]
    vpbroadcastd zmm5, [r13 + 44]
    vpbroadcastd zmm6, [r13 + 52]
    vpxord zmm7, zmm7, zmm7
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vpxord zmm10, zmm10, zmm10
    vpxord zmm11, zmm11, zmm11
    vpxord zmm12, zmm12, zmm12
    vpxord zmm13, zmm13, zmm13
    vmovdqu32 ymm24, [rdi + 16]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 16], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 160]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 192]{1to16}
    vmovdqu32 ymm24, [rdi + 48]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 132]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 164]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 196]{1to16}
    vmovdqu32 ymm24, [rdi + 80]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 168]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 200]{1to16}
    vmovdqu32 ymm24, [rdi + 112]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 140]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 172]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 204]{1to16}
    vmovdqu32 ymm24, [rdi + 144]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 144]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 176]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 208]{1to16}
    vmovdqu32 ymm24, [rdi + 176]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 148]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 180]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 212]{1to16}
    vmovdqu32 ymm24, [rdi + 208]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 152]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 184]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 216]{1to16}
    vmovdqu32 ymm24, [rdi + 240]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 124]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 156]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 188]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 220]{1to16}
    vpaddd zmm0, zmm0, zmm7
    vpaddd zmm1, zmm1, zmm8
    vpaddd zmm2, zmm2, zmm9
    vpaddd zmm3, zmm3, zmm10
    vpaddd zmm4, zmm4, zmm11
    vpaddd zmm5, zmm5, zmm12
    vpaddd zmm6, zmm6, zmm13
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 24]{1to16}
    vcvtdq2ps zmm3, zmm3
    vfmadd231ps zmm19, zmm3, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 32]{1to16}
    vcvtdq2ps zmm4, zmm4
    vfmadd231ps zmm20, zmm4, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 40]{1to16}
    vcvtdq2ps zmm5, zmm5
    vfmadd231ps zmm21, zmm5, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 48]{1to16}
    vcvtdq2ps zmm6, zmm6
    vfmadd231ps zmm22, zmm6, zmm27
    add rdi, 272
    add r12, 224
    add r13, 56
    dec rax
    jnz q8_pairs_7_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r14, r9
    vmovups [r14], zmm19
    add r14, r9
    vmovups [r14], zmm20
    add r14, r9
    vmovups [r14], zmm21
    add r14, r9
    vmovups [r14], zmm22
    add r8, 64
    dec rsi
    jnz q8_pairs_7_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q8_pairs_8:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 272
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm30, [rip + flip]
q8_pairs_8_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    vpxord zmm20, zmm20, zmm20
    vpxord zmm21, zmm21, zmm21
    vpxord zmm22, zmm22, zmm22
    vpxord zmm23, zmm23, zmm23
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q8_pairs_8_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r11*2 + 192]
    prefetcht0 [rdi + r11*2 + 256]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    prefetcht0 [rdi + r15 + 192]
    prefetcht0 [rdi + r15 + 256]
    vpbroadcastd zmm0, [r13 + 4]
    vpbroadcastd zmm1, [r13 + 12]
    vpbroadcastd zmm2, [r13 + 20]
    vpbroadcastd zmm3, [r13 + 28]
    vpbroadcastd zmm4, [r13 + 36]
    vpbroadcastd zmm5, [r13 + 44]
    vpbroadcastd zmm6, [r13 + 52]
    vpbroadcastd zmm7, [r13 + 60]
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vpxord zmm10, zmm10, zmm10
    vpxord zmm11, zmm11, zmm11
    vpxord zmm12, zmm12, zmm12
    vpxord zmm13, zmm13, zmm13
    vpxord zmm14, zmm14, zmm14
    vpxord zmm15, zmm15, zmm15
    vmovdqu32 ymm24, [rdi + 16]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 16], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 160]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 192]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 224]{1to16}
    vmovdqu32 ymm24, [rdi + 48]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 132]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 164]{1to16}
    vpdpbusd zmm14, zmm24, dword ptr [r12 + 196]{1to16}
    vpdpbusd zmm15, zmm24, dword ptr [r12 + 228]{1to16}
    vmovdqu32 ymm24, [rdi + 80]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 168]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 200]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 232]{1to16}
    vmovdqu32 ymm24, [rdi + 112]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 140]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 172]{1to16}
    vpdpbusd zmm14, zmm24, dword ptr [r12 + 204]{1to16}
    vpdpbusd zmm15, zmm24, dword ptr [r12 + 236]{1to16}
    vmovdqu32 ymm24, [rdi + 144]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 144]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 176]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 208]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 240]{1to16}
    vmovdqu32 ymm24, [rdi + 176]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 148]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 180]{1to16}
    vpdpbusd zmm14, zmm24, dword ptr [r12 + 212]{1to16}
    vpdpbusd zmm15, zmm24, dword ptr [r12 + 244]{1to16}
    vmovdqu32 ymm24, [rdi + 208]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 152]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 184]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 216]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 248]{1to16}
    vmovdqu32 ymm24, [rdi + 240]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 124]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 156]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 188]{1to16}
    vpdpbusd zmm14, zmm24, dword ptr [r12 + 220]{1to16}
    vpdpbusd zmm15, zmm24, dword ptr [r12 + 252]{1to16}
    vpaddd zmm0, zmm0, zmm8
    vpaddd zmm1, zmm1, zmm9
    vpaddd zmm2, zmm2, zmm10
    vpaddd zmm3, zmm3, zmm11
    vpaddd zmm4, zmm4, zmm12
    vpaddd zmm5, zmm5, zmm13
    vpaddd zmm6, zmm6, zmm14
    vpaddd zmm7, zmm7, zmm15
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 24]{1to16}
    vcvtdq2ps zmm3, zmm3
    vfmadd231ps zmm19, zmm3, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 32]{1to16}
    vcvtdq2ps zmm4, zmm4
    vfmadd231ps zmm20, zmm4, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 40]{1to16}
    vcvtdq2ps zmm5, zmm5
    vfmadd231ps zmm21, zmm5, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 48]{1to16}
    vcvtdq2ps zmm6, zmm6
    vfmadd231ps zmm22, zmm6, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 56]{1to16}
    vcvtdq2ps zmm7, zmm7
    vfmadd231ps zmm23, zmm7, zmm27
    add rdi, 272
    add r12, 256
    add r13, 64
    dec rax
    jnz q8_pairs_8_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r14, r9
    vmovups [r14], zmm19
    add r14, r9
    vmovups [r14], zmm20
    add r14, r9
    vmovups [r14], zmm21
    add r14, r9
    vmovups [r14], zmm22
    add r14, r9
    vmovups [r14], zmm23
    add r8, 64
    dec rsi
    jnz q8_pairs_8_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q8_regions_1:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 272
    mov r15, r11
    imul r15, r9
    shl r9, 5
    vpbroadcastd zmm30, [rip + flip]
q8_regions_1_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
    lea r14, [rdi + r15]
q8_regions_1_block:
    vpbroadcastd zmm0, [r13 + 4]
    vmovdqa32 zmm4, zmm0
    vpxord zmm1, zmm1, zmm1
    vpxord zmm2, zmm2, zmm2
    vpxord zmm3, zmm3, zmm3
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vmovdqu32 ymm24, [rdi + 16]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 16], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vmovdqu32 ymm24, [r14 + 16]
    vinserti32x8 zmm24, zmm24, [r14 + r11 + 16], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 0]{1to16}
    vmovdqu32 ymm24, [rdi + 48]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 4]{1to16}
    vmovdqu32 ymm24, [r14 + 48]
    vinserti32x8 zmm24, zmm24, [r14 + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 4]{1to16}
    vmovdqu32 ymm24, [rdi + 80]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 8]{1to16}
    vmovdqu32 ymm24, [r14 + 80]
    vinserti32x8 zmm24, zmm24, [r14 + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 8]{1to16}
    vmovdqu32 ymm24, [rdi + 112]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 12]{1to16}
    vmovdqu32 ymm24, [r14 + 112]
    vinserti32x8 zmm24, zmm24, [r14 + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 12]{1to16}
    vmovdqu32 ymm24, [rdi + 144]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 16]{1to16}
    vmovdqu32 ymm24, [r14 + 144]
    vinserti32x8 zmm24, zmm24, [r14 + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 16]{1to16}
    vmovdqu32 ymm24, [rdi + 176]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 20]{1to16}
    vmovdqu32 ymm24, [r14 + 176]
    vinserti32x8 zmm24, zmm24, [r14 + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 20]{1to16}
    vmovdqu32 ymm24, [rdi + 208]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 24]{1to16}
    vmovdqu32 ymm24, [r14 + 208]
    vinserti32x8 zmm24, zmm24, [r14 + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 24]{1to16}
    vmovdqu32 ymm24, [rdi + 240]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 28]{1to16}
    vmovdqu32 ymm24, [r14 + 240]
    vinserti32x8 zmm24, zmm24, [r14 + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 28]{1to16}
    vpaddd zmm0, zmm0, zmm1
    vpaddd zmm0, zmm0, zmm2
    vpaddd zmm0, zmm0, zmm3
    vpaddd zmm4, zmm4, zmm5
    vpaddd zmm4, zmm4, zmm6
    vpaddd zmm4, zmm4, zmm7
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vcvtph2ps ymm25, [r14]
    vcvtph2ps ymm26, [r14 + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13]{1to16}
    vcvtdq2ps zmm4, zmm4
    vfmadd231ps zmm17, zmm4, zmm27
    add rdi, 272
    add r14, 272
    add r12, 32
    add r13, 8
    dec rax
    jnz q8_regions_1_block
    add rdi, r11
    vmovups [r8], zmm16
    vmovups [r8 + r9], zmm17
    add r8, 64
    dec rsi
    jnz q8_regions_1_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4_pairs_1:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 144
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm29, [rip + nibbles]
q4_pairs_1_pair:
    vpxord zmm16, zmm16, zmm16
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4_pairs_1_block:
    vpbroadcastd zmm0, [r13 + 4]
    vpsrad zmm0, zmm0, 4
    vpxord zmm1, zmm1, zmm1
    vpxord zmm2, zmm2, zmm2
    vpxord zmm3, zmm3, zmm3
    vpxord zmm4, zmm4, zmm4
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vmovdqu32 ymm28, [rdi + 16]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 16], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 16]{1to16}
    vmovdqu32 ymm28, [rdi + 48]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 48], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 4]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 20]{1to16}
    vmovdqu32 ymm28, [rdi + 80]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 80], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 8]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 24]{1to16}
    vmovdqu32 ymm28, [rdi + 112]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 112], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 12]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 28]{1to16}
    vpaddd zmm0, zmm0, zmm1
    vpaddd zmm0, zmm0, zmm2
    vpaddd zmm0, zmm0, zmm3
    vpaddd zmm0, zmm0, zmm4
    vpaddd zmm0, zmm0, zmm5
    vpaddd zmm0, zmm0, zmm6
    vpaddd zmm0, zmm0, zmm7
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    add rdi, 144
    add r12, 32
    add r13, 8
    dec rax
    jnz q4_pairs_1_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r8, 64
    dec rsi
    jnz q4_pairs_1_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4_pairs_2:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 144
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm29, [rip + nibbles]
q4_pairs_2_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4_pairs_2_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    vpbroadcastd zmm0, [r13 + 4]
    vpsrad zmm0, zmm0, 4
    vpbroadcastd zmm1, [r13 + 12]
    vpsrad zmm1, zmm1, 4
    vpxord zmm2, zmm2, zmm2
    vpxord zmm3, zmm3, zmm3
    vpxord zmm4, zmm4, zmm4
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vmovdqu32 ymm28, [rdi + 16]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 16], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 48]{1to16}
    vmovdqu32 ymm28, [rdi + 48]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 48], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 36]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 52]{1to16}
    vmovdqu32 ymm28, [rdi + 80]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 80], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 56]{1to16}
    vmovdqu32 ymm28, [rdi + 112]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 112], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 44]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 60]{1to16}
    vpaddd zmm0, zmm0, zmm2
    vpaddd zmm0, zmm0, zmm4
    vpaddd zmm0, zmm0, zmm6
    vpaddd zmm1, zmm1, zmm3
    vpaddd zmm1, zmm1, zmm5
    vpaddd zmm1, zmm1, zmm7
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    add rdi, 144
    add r12, 64
    add r13, 16
    dec rax
    jnz q4_pairs_2_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r8, 64
    dec rsi
    jnz q4_pairs_2_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4_pairs_3:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 144
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm29, [rip + nibbles]
q4_pairs_3_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4_pairs_3_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    vpbroadcastd zmm0, [r13 + 4]
    vpsrad zmm0, zmm0, 4
    vpbroadcastd zmm1, [r13 + 12]
    vpsrad zmm1, zmm1, 4
    vpbroadcastd zmm2, [r13 + 20]
    vpsrad zmm2, zmm2, 4
    vpxord zmm3, zmm3, zmm3
    vpxord zmm4, zmm4, zmm4
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vpxord zmm8, zmm8, zmm8
    vmovdqu32 ymm28, [rdi + 16]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 16], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 80]{1to16}
    vmovdqu32 ymm28, [rdi + 48]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 48], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 68]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 84]{1to16}
    vmovdqu32 ymm28, [rdi + 80]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 80], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 72]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 88]{1to16}
    vmovdqu32 ymm28, [rdi + 112]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 112], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 92]{1to16}
    vpaddd zmm0, zmm0, zmm3
    vpaddd zmm0, zmm0, zmm6
    vpaddd zmm1, zmm1, zmm4
    vpaddd zmm1, zmm1, zmm7
    vpaddd zmm2, zmm2, zmm5
    vpaddd zmm2, zmm2, zmm8
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    add rdi, 144
    add r12, 96
    add r13, 24
    dec rax
    jnz q4_pairs_3_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r8, 64
    dec rsi
    jnz q4_pairs_3_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4_pairs_4:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 144
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm29, [rip + nibbles]
q4_pairs_4_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4_pairs_4_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    vpbroadcastd zmm0, [r13 + 4]
    vpsrad zmm0, zmm0, 4
    vpbroadcastd zmm1, [r13 + 12]
    vpsrad zmm1, zmm1, 4
    vpbroadcastd zmm2, [r13 + 20]
    vpsrad zmm2, zmm2, 4
    vpbroadcastd zmm3, [r13 + 28]
    vpsrad zmm3, zmm3, 4
    vpxord zmm4, zmm4, zmm4
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vmovdqu32 ymm28, [rdi + 16]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 16], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 112]{1to16}
    vmovdqu32 ymm28, [rdi + 48]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 48], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 100]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 116]{1to16}
    vmovdqu32 ymm28, [rdi + 80]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 80], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 120]{1to16}
    vmovdqu32 ymm28, [rdi + 112]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 112], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 108]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 124]{1to16}
    vpaddd zmm0, zmm0, zmm4
    vpaddd zmm1, zmm1, zmm5
    vpaddd zmm2, zmm2, zmm6
    vpaddd zmm3, zmm3, zmm7
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 24]{1to16}
    vcvtdq2ps zmm3, zmm3
    vfmadd231ps zmm19, zmm3, zmm27
    add rdi, 144
    add r12, 128
    add r13, 32
    dec rax
    jnz q4_pairs_4_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r14, r9
    vmovups [r14], zmm19
    add r8, 64
    dec rsi
    jnz q4_pairs_4_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4_pairs_5:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 144
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm29, [rip + nibbles]
q4_pairs_5_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    vpxord zmm20, zmm20, zmm20
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4_pairs_5_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    vpbroadcastd zmm0, [r13 + 4]
    vpsrad zmm0, zmm0, 4
    vpbroadcastd zmm1, [r13 + 12]
    vpsrad zmm1, zmm1, 4
    vpbroadcastd zmm2, [r13 + 20]
    vpsrad zmm2, zmm2, 4
    vpbroadcastd zmm3, [r13 + 28]
    vpsrad zmm3, zmm3, 4
    vpbroadcastd zmm4, [r13 + 36]
    vpsrad zmm4, zmm4, 4
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vmovdqu32 ymm28, [rdi + 16]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 16], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 144]{1to16}
    vmovdqu32 ymm28, [rdi + 48]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 48], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 132]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 148]{1to16}
    vmovdqu32 ymm28, [rdi + 80]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 80], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 152]{1to16}
    vmovdqu32 ymm28, [rdi + 112]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 112], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 140]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 124]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 156]{1to16}
    vpaddd zmm0, zmm0, zmm5
    vpaddd zmm1, zmm1, zmm6
    vpaddd zmm2, zmm2, zmm7
    vpaddd zmm3, zmm3, zmm8
    vpaddd zmm4, zmm4, zmm9
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 24]{1to16}
    vcvtdq2ps zmm3, zmm3
    vfmadd231ps zmm19, zmm3, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 32]{1to16}
    vcvtdq2ps zmm4, zmm4
    vfmadd231ps zmm20, zmm4, zmm27
    add rdi, 144
    add r12, 160
    add r13, 40
    dec rax
    jnz q4_pairs_5_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r14, r9
    vmovups [r14], zmm19
    add r14, r9
    vmovups [r14], zmm20
    add r8, 64
    dec rsi
    jnz q4_pairs_5_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4_pairs_6:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 144
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm29, [rip + nibbles]
q4_pairs_6_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    vpxord zmm20, zmm20, zmm20
    vpxord zmm21, zmm21, zmm21
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4_pairs_6_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    vpbroadcastd zmm0, [r13 + 4]
    vpsrad zmm0, zmm0, 4
    vpbroadcastd zmm1, [r13 + 12]
    vpsrad zmm1, zmm1, 4
    vpbroadcastd zmm2, [r13 + 20]
    vpsrad zmm2, zmm2, 4
    vpbroadcastd zmm3, [r13 + 28]
    vpsrad zmm3, zmm3, 4
    vpbroadcastd zmm4, [r13 + 36]
    vpsrad zmm4, zmm4, 4
    vpbroadcastd zmm5, [r13 + 44]
    vpsrad zmm5, zmm5, 4
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vpxord zmm10, zmm10, zmm10
    vpxord zmm11, zmm11, zmm11
    vmovdqu32 ymm28, [rdi + 16]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 16], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 160]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 144]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 176]{1to16}
    vmovdqu32 ymm28, [rdi + 48]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 48], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 132]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 164]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 148]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 180]{1to16}
    vmovdqu32 ymm28, [rdi + 80]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 80], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 168]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 152]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 184]{1to16}
    vmovdqu32 ymm28, [rdi + 112]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 112], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 140]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 172]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 124]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 156]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 188]{1to16}
    vpaddd zmm0, zmm0, zmm6
    vpaddd zmm1, zmm1, zmm7
    vpaddd zmm2, zmm2, zmm8
    vpaddd zmm3, zmm3, zmm9
    vpaddd zmm4, zmm4, zmm10
    vpaddd zmm5, zmm5, zmm11
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 24]{1to16}
    vcvtdq2ps zmm3, zmm3
    vfmadd231ps zmm19, zmm3, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 32]{1to16}
    vcvtdq2ps zmm4, zmm4
    vfmadd231ps zmm20, zmm4, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 40]{1to16}
    vcvtdq2ps zmm5, zmm5
    vfmadd231ps zmm21, zmm5, zmm27
    add rdi, 144
    add r12, 192
    add r13, 48
    dec rax
    jnz q4_pairs_6_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r14, r9
    vmovups [r14], zmm19
    add r14, r9
    vmovups [r14], zmm20
    add r14, r9
    vmovups [r14], zmm21
    add r8, 64
    dec rsi
    jnz q4_pairs_6_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4_pairs_7:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 144
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm29, [rip + nibbles]
q4_pairs_7_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    vpxord zmm20, zmm20, zmm20
    vpxord zmm21, zmm21, zmm21
    vpxord zmm22, zmm22, zmm22
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4_pairs_7_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    vpbroadcastd zmm0, [r13 + 4]
    vpsrad zmm0, zmm0, 4
    vpbroadcastd zmm1, [r13 + 12]
    vpsrad zmm1, zmm1, 4
    vpbroadcastd zmm2, [r13 + 20]
    vpsrad zmm2, zmm2, 4
    vpbroadcastd zmm3, [r13 + 28]
    vpsrad zmm3, zmm3, 4
    vpbroadcastd zmm4, [r13 + 36]
    vpsrad zmm4, zmm4, 4
    vpbroadcastd zmm5, [r13 + 44]
    vpsrad zmm5, zmm5, 4
    vpbroadcastd zmm6, [r13 + 52]
    vpsrad zmm6, zmm6, 4
    vpxord zmm7, zmm7, zmm7
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vpxord zmm10, zmm10, zmm10
    vpxord zmm11, zmm11, zmm11
    vpxord zmm12, zmm12, zmm12
    vpxord zmm13, zmm13, zmm13
    vmovdqu32 ymm28, [rdi + 16]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 16], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 160]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 192]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 144]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 176]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 208]{1to16}
    vmovdqu32 ymm28, [rdi + 48]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 48], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 132]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 164]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 196]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 148]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 180]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 212]{1to16}
    vmovdqu32 ymm28, [rdi + 80]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 80], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 168]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 200]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 152]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 184]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 216]{1to16}
    vmovdqu32 ymm28, [rdi + 112]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 112], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 140]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 172]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 204]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 124]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 156]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 188]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 220]{1to16}
    vpaddd zmm0, zmm0, zmm7
    vpaddd zmm1, zmm1, zmm8
    vpaddd zmm2, zmm2, zmm9
    vpaddd zmm3, zmm3, zmm10
    vpaddd zmm4, zmm4, zmm11
    vpaddd zmm5, zmm5, zmm12
    vpaddd zmm6, zmm6, zmm13
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 24]{1to16}
    vcvtdq2ps zmm3, zmm3
    vfmadd231ps zmm19, zmm3, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 32]{1to16}
    vcvtdq2ps zmm4, zmm4
    vfmadd231ps zmm20, zmm4, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 40]{1to16}
    vcvtdq2ps zmm5, zmm5
    vfmadd231ps zmm21, zmm5, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 48]{1to16}
    vcvtdq2ps zmm6, zmm6
    vfmadd231ps zmm22, zmm6, zmm27
    add rdi, 144
    add r12, 224
    add r13, 56
    dec rax
    jnz q4_pairs_7_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r14, r9
    vmovups [r14], zmm19
    add r14, r9
    vmovups [r14], zmm20
    add r14, r9
    vmovups [r14], zmm21
    add r14, r9
    vmovups [r14], zmm22
    add r8, 64
    dec rsi
    jnz q4_pairs_7_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4_pairs_8:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 144
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm29, [rip + nibbles]
q4_pairs_8_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    vpxord zmm20, zmm20, zmm20
    vpxord zmm21, zmm21, zmm21
    vpxord zmm22, zmm22, zmm22
    vpxord zmm23, zmm23, zmm23
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4_pairs_8_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    vpbroadcastd zmm0, [r13 + 4]
    vpsrad zmm0, zmm0, 4
    vpbroadcastd zmm1, [r13 + 12]
    vpsrad zmm1, zmm1, 4
    vpbroadcastd zmm2, [r13 + 20]
    vpsrad zmm2, zmm2, 4
    vpbroadcastd zmm3, [r13 + 28]
    vpsrad zmm3, zmm3, 4
    vpbroadcastd zmm4, [r13 + 36]
    vpsrad zmm4, zmm4, 4
    vpbroadcastd zmm5, [r13 + 44]
    vpsrad zmm5, zmm5, 4
    vpbroadcastd zmm6, [r13 + 52]
    vpsrad zmm6, zmm6, 4
    vpbroadcastd zmm7, [r13 + 60]
    vpsrad zmm7, zmm7, 4
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vpxord zmm10, zmm10, zmm10
    vpxord zmm11, zmm11, zmm11
    vpxord zmm12, zmm12, zmm12
    vpxord zmm13, zmm13, zmm13
    vpxord zmm14, zmm14, zmm14
    vpxord zmm15, zmm15, zmm15
    vmovdqu32 ymm28, [rdi + 16]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 16], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 160]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 192]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 224]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 144]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 176]{1to16}
    vpdpbusd zmm14, zmm24, dword ptr [r12 + 208]{1to16}
    vpdpbusd zmm15, zmm24, dword ptr [r12 + 240]{1to16}
    vmovdqu32 ymm28, [rdi + 48]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 48], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 132]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 164]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 196]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 228]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 148]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 180]{1to16}
    vpdpbusd zmm14, zmm24, dword ptr [r12 + 212]{1to16}
    vpdpbusd zmm15, zmm24, dword ptr [r12 + 244]{1to16}
    vmovdqu32 ymm28, [rdi + 80]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 80], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 168]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 200]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 232]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 152]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 184]{1to16}
    vpdpbusd zmm14, zmm24, dword ptr [r12 + 216]{1to16}
    vpdpbusd zmm15, zmm24, dword ptr [r12 + 248]{1to16}
    vmovdqu32 ymm28, [rdi + 112]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 112], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 140]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 172]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 204]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 236]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 124]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 156]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 188]{1to16}
    vpdpbusd zmm14, zmm24, dword ptr [r12 + 220]{1to16}
    vpdpbusd zmm15, zmm24, dword ptr [r12 + 252]{1to16}
    vpaddd zmm0, zmm0, zmm8
    vpaddd zmm1, zmm1, zmm9
    vpaddd zmm2, zmm2, zmm10
    vpaddd zmm3, zmm3, zmm11
    vpaddd zmm4, zmm4, zmm12
    vpaddd zmm5, zmm5, zmm13
    vpaddd zmm6, zmm6, zmm14
    vpaddd zmm7, zmm7, zmm15
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 24]{1to16}
    vcvtdq2ps zmm3, zmm3
    vfmadd231ps zmm19, zmm3, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 32]{1to16}
    vcvtdq2ps zmm4, zmm4
    vfmadd231ps zmm20, zmm4, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 40]{1to16}
    vcvtdq2ps zmm5, zmm5
    vfmadd231ps zmm21, zmm5, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 48]{1to16}
    vcvtdq2ps zmm6, zmm6
    vfmadd231ps zmm22, zmm6, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 56]{1to16}
    vcvtdq2ps zmm7, zmm7
    vfmadd231ps zmm23, zmm7, zmm27
    add rdi, 144
    add r12, 256
    add r13, 64
    dec rax
    jnz q4_pairs_8_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r14, r9
    vmovups [r14], zmm19
    add r14, r9
    vmovups [r14], zmm20
    add r14, r9
    vmovups [r14], zmm21
    add r14, r9
    vmovups [r14], zmm22
    add r14, r9
    vmovups [r14], zmm23
    add r8, 64
    dec rsi
    jnz q4_pairs_8_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4_regions_1:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 144
    mov r15, r11
    imul r15, r9
    shl r9, 5
    vpbroadcastd zmm29, [rip + nibbles]
q4_regions_1_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
    lea r14, [rdi + r15]
q4_regions_1_block:
    vpbroadcastd zmm0, [r13 + 4]
    vpsrad zmm0, zmm0, 4
    vmovdqa32 zmm4, zmm0
    vpxord zmm1, zmm1, zmm1
    vpxord zmm2, zmm2, zmm2
    vpxord zmm3, zmm3, zmm3
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vmovdqu32 ymm28, [rdi + 16]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 16], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vmovdqu32 ymm28, [r14 + 16]
    vinserti32x8 zmm28, zmm28, [r14 + r11 + 16], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 0]{1to16}
    vmovdqu32 ymm28, [rdi + 16]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 16], 1
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 16]{1to16}
    vmovdqu32 ymm28, [r14 + 16]
    vinserti32x8 zmm28, zmm28, [r14 + r11 + 16], 1
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 16]{1to16}
    vmovdqu32 ymm28, [rdi + 48]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 48], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 4]{1to16}
    vmovdqu32 ymm28, [r14 + 48]
    vinserti32x8 zmm28, zmm28, [r14 + r11 + 48], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 4]{1to16}
    vmovdqu32 ymm28, [rdi + 48]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 48], 1
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 20]{1to16}
    vmovdqu32 ymm28, [r14 + 48]
    vinserti32x8 zmm28, zmm28, [r14 + r11 + 48], 1
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 20]{1to16}
    vmovdqu32 ymm28, [rdi + 80]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 80], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vmovdqu32 ymm28, [r14 + 80]
    vinserti32x8 zmm28, zmm28, [r14 + r11 + 80], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 8]{1to16}
    vmovdqu32 ymm28, [rdi + 80]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 80], 1
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 24]{1to16}
    vmovdqu32 ymm28, [r14 + 80]
    vinserti32x8 zmm28, zmm28, [r14 + r11 + 80], 1
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 24]{1to16}
    vmovdqu32 ymm28, [rdi + 112]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 112], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 12]{1to16}
    vmovdqu32 ymm28, [r14 + 112]
    vinserti32x8 zmm28, zmm28, [r14 + r11 + 112], 1
    vpandd zmm24, zmm28, zmm29
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 12]{1to16}
    vmovdqu32 ymm28, [rdi + 112]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 112], 1
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 28]{1to16}
    vmovdqu32 ymm28, [r14 + 112]
    vinserti32x8 zmm28, zmm28, [r14 + r11 + 112], 1
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 28]{1to16}
    vpaddd zmm0, zmm0, zmm1
    vpaddd zmm0, zmm0, zmm2
    vpaddd zmm0, zmm0, zmm3
    vpaddd zmm4, zmm4, zmm5
    vpaddd zmm4, zmm4, zmm6
    vpaddd zmm4, zmm4, zmm7
    vcvtph2ps ymm25, [rdi]
    vcvtph2ps ymm26, [rdi + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vcvtph2ps ymm25, [r14]
    vcvtph2ps ymm26, [r14 + r11]
    vinsertf32x8 zmm25, zmm25, ymm26, 1
    vmulps zmm27, zmm25, dword ptr [r13]{1to16}
    vcvtdq2ps zmm4, zmm4
    vfmadd231ps zmm17, zmm4, zmm27
    add rdi, 144
    add r14, 144
    add r12, 32
    add r13, 8
    dec rax
    jnz q4_regions_1_block
    add rdi, r11
    vmovups [r8], zmm16
    vmovups [r8 + r9], zmm17
    add r8, 64
    dec rsi
    jnz q4_regions_1_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
iq4_pairs_1:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 160
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm29, [rip + nibbles]
    vbroadcasti32x4 zmm31, [rip + iq4_flipped]
iq4_pairs_1_pair:
    vpxord zmm16, zmm16, zmm16
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
iq4_pairs_1_block:
    vpbroadcastd zmm0, [r13 + 4]
    vpxord zmm1, zmm1, zmm1
    vpxord zmm2, zmm2, zmm2
    vpxord zmm3, zmm3, zmm3
    vpxord zmm4, zmm4, zmm4
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vmovdqu32 ymm28, [rdi + 32]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 32], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 16]{1to16}
    vmovdqu32 ymm28, [rdi + 64]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 64], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 4]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 20]{1to16}
    vmovdqu32 ymm28, [rdi + 96]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 96], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 8]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 24]{1to16}
    vmovdqu32 ymm28, [rdi + 128]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 128], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 12]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 28]{1to16}
    vpaddd zmm0, zmm0, zmm1
    vpaddd zmm0, zmm0, zmm2
    vpaddd zmm0, zmm0, zmm3
    vpaddd zmm0, zmm0, zmm4
    vpaddd zmm0, zmm0, zmm5
    vpaddd zmm0, zmm0, zmm6
    vpaddd zmm0, zmm0, zmm7
    vmovups ymm25, [rdi]
    vinsertf32x8 zmm25, zmm25, [rdi + r11], 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    add rdi, 160
    add r12, 32
    add r13, 8
    dec rax
    jnz iq4_pairs_1_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r8, 64
    dec rsi
    jnz iq4_pairs_1_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
iq4_pairs_2:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 160
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm29, [rip + nibbles]
    vbroadcasti32x4 zmm31, [rip + iq4_flipped]
iq4_pairs_2_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
iq4_pairs_2_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r11*2 + 192]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    prefetcht0 [rdi + r15 + 192]
    vpbroadcastd zmm0, [r13 + 4]
    vpbroadcastd zmm1, [r13 + 12]
    vpxord zmm2, zmm2, zmm2
    vpxord zmm3, zmm3, zmm3
    vpxord zmm4, zmm4, zmm4
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vmovdqu32 ymm28, [rdi + 32]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 32], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 48]{1to16}
    vmovdqu32 ymm28, [rdi + 64]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 64], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 36]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 52]{1to16}
    vmovdqu32 ymm28, [rdi + 96]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 96], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 56]{1to16}
    vmovdqu32 ymm28, [rdi + 128]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 128], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 44]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 60]{1to16}
    vpaddd zmm0, zmm0, zmm2
    vpaddd zmm0, zmm0, zmm4
    vpaddd zmm0, zmm0, zmm6
    vpaddd zmm1, zmm1, zmm3
    vpaddd zmm1, zmm1, zmm5
    vpaddd zmm1, zmm1, zmm7
    vmovups ymm25, [rdi]
    vinsertf32x8 zmm25, zmm25, [rdi + r11], 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    add rdi, 160
    add r12, 64
    add r13, 16
    dec rax
    jnz iq4_pairs_2_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r8, 64
    dec rsi
    jnz iq4_pairs_2_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
iq4_pairs_3:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 160
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm29, [rip + nibbles]
    vbroadcasti32x4 zmm31, [rip + iq4_flipped]
iq4_pairs_3_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
iq4_pairs_3_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r11*2 + 192]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    prefetcht0 [rdi + r15 + 192]
    vpbroadcastd zmm0, [r13 + 4]
    vpbroadcastd zmm1, [r13 + 12]
    vpbroadcastd zmm2, [r13 + 20]
    vpxord zmm3, zmm3, zmm3
    vpxord zmm4, zmm4, zmm4
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vpxord zmm8, zmm8, zmm8
    vmovdqu32 ymm28, [rdi + 32]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 32], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 80]{1to16}
    vmovdqu32 ymm28, [rdi + 64]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 64], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 68]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 84]{1to16}
    vmovdqu32 ymm28, [rdi + 96]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 96], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 72]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 88]{1to16}
    vmovdqu32 ymm28, [rdi + 128]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 128], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 92]{1to16}
    vpaddd zmm0, zmm0, zmm3
    vpaddd zmm0, zmm0, zmm6
    vpaddd zmm1, zmm1, zmm4
    vpaddd zmm1, zmm1, zmm7
    vpaddd zmm2, zmm2, zmm5
    vpaddd zmm2, zmm2, zmm8
    vmovups ymm25, [rdi]
    vinsertf32x8 zmm25, zmm25, [rdi + r11], 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    add rdi, 160
    add r12, 96
    add r13, 24
    dec rax
    jnz iq4_pairs_3_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r8, 64
    dec rsi
    jnz iq4_pairs_3_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
iq4_pairs_4:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 160
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm29, [rip + nibbles]
    vbroadcasti32x4 zmm31, [rip + iq4_flipped]
iq4_pairs_4_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
iq4_pairs_4_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r11*2 + 192]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    prefetcht0 [rdi + r15 + 192]
    vpbroadcastd zmm0, [r13 + 4]
    vpbroadcastd zmm1, [r13 + 12]
    vpbroadcastd zmm2, [r13 + 20]
    vpbroadcastd zmm3, [r13 + 28]
    vpxord zmm4, zmm4, zmm4
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vmovdqu32 ymm28, [rdi + 32]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 32], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 112]{1to16}
    vmovdqu32 ymm28, [rdi + 64]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 64], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 100]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 116]{1to16}
    vmovdqu32 ymm28, [rdi + 96]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 96], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 120]{1to16}
    vmovdqu32 ymm28, [rdi + 128]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 128], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 108]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 124]{1to16}
    vpaddd zmm0, zmm0, zmm4
    vpaddd zmm1, zmm1, zmm5
    vpaddd zmm2, zmm2, zmm6
    vpaddd zmm3, zmm3, zmm7
    vmovups ymm25, [rdi]
    vinsertf32x8 zmm25, zmm25, [rdi + r11], 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 24]{1to16}
    vcvtdq2ps zmm3, zmm3
    vfmadd231ps zmm19, zmm3, zmm27
    add rdi, 160
    add r12, 128
    add r13, 32
    dec rax
    jnz iq4_pairs_4_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r14, r9
    vmovups [r14], zmm19
    add r8, 64
    dec rsi
    jnz iq4_pairs_4_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
iq4_pairs_5:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 160
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm29, [rip + nibbles]
    vbroadcasti32x4 zmm31, [rip + iq4_flipped]
iq4_pairs_5_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    vpxord zmm20, zmm20, zmm20
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
iq4_pairs_5_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r11*2 + 192]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    prefetcht0 [rdi + r15 + 192]
    vpbroadcastd zmm0, [r13 + 4]
    vpbroadcastd zmm1, [r13 + 12]
    vpbroadcastd zmm2, [r13 + 20]
    vpbroadcastd zmm3, [r13 + 28]
    vpbroadcastd zmm4, [r13 + 36]
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vmovdqu32 ymm28, [rdi + 32]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 32], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 144]{1to16}
    vmovdqu32 ymm28, [rdi + 64]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 64], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 132]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 148]{1to16}
    vmovdqu32 ymm28, [rdi + 96]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 96], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 152]{1to16}
    vmovdqu32 ymm28, [rdi + 128]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 128], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 140]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 124]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 156]{1to16}
    vpaddd zmm0, zmm0, zmm5
    vpaddd zmm1, zmm1, zmm6
    vpaddd zmm2, zmm2, zmm7
    vpaddd zmm3, zmm3, zmm8
    vpaddd zmm4, zmm4, zmm9
    vmovups ymm25, [rdi]
    vinsertf32x8 zmm25, zmm25, [rdi + r11], 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 24]{1to16}
    vcvtdq2ps zmm3, zmm3
    vfmadd231ps zmm19, zmm3, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 32]{1to16}
    vcvtdq2ps zmm4, zmm4
    vfmadd231ps zmm20, zmm4, zmm27
    add rdi, 160
    add r12, 160
    add r13, 40
    dec rax
    jnz iq4_pairs_5_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r14, r9
    vmovups [r14], zmm19
    add r14, r9
    vmovups [r14], zmm20
    add r8, 64
    dec rsi
    jnz iq4_pairs_5_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
iq4_pairs_6:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 160
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm29, [rip + nibbles]
    vbroadcasti32x4 zmm31, [rip + iq4_flipped]
iq4_pairs_6_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    vpxord zmm20, zmm20, zmm20
    vpxord zmm21, zmm21, zmm21
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
iq4_pairs_6_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r11*2 + 192]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    prefetcht0 [rdi + r15 + 192]
    vpbroadcastd zmm0, [r13 + 4]
    vpbroadcastd zmm1, [r13 + 12]
    vpbroadcastd zmm2, [r13 + 20]
    vpbroadcastd zmm3, [r13 + 28]
    vpbroadcastd zmm4, [r13 + 36]
    vpbroadcastd zmm5, [r13 + 44]
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vpxord zmm10, zmm10, zmm10
    vpxord zmm11, zmm11, zmm11
    vmovdqu32 ymm28, [rdi + 32]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 32], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 160]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 144]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 176]{1to16}
    vmovdqu32 ymm28, [rdi + 64]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 64], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 132]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 164]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 148]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 180]{1to16}
    vmovdqu32 ymm28, [rdi + 96]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 96], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 168]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 152]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 184]{1to16}
    vmovdqu32 ymm28, [rdi + 128]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 128], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 140]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 172]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 124]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 156]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 188]{1to16}
    vpaddd zmm0, zmm0, zmm6
    vpaddd zmm1, zmm1, zmm7
    vpaddd zmm2, zmm2, zmm8
    vpaddd zmm3, zmm3, zmm9
    vpaddd zmm4, zmm4, zmm10
    vpaddd zmm5, zmm5, zmm11
    vmovups ymm25, [rdi]
    vinsertf32x8 zmm25, zmm25, [rdi + r11], 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 24]{1to16}
    vcvtdq2ps zmm3, zmm3
    vfmadd231ps zmm19, zmm3, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 32]{1to16}
    vcvtdq2ps zmm4, zmm4
    vfmadd231ps zmm20, zmm4, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 40]{1to16}
    vcvtdq2ps zmm5, zmm5
    vfmadd231ps zmm21, zmm5, zmm27
    add rdi, 160
    add r12, 192
    add r13, 48
    dec rax
    jnz iq4_pairs_6_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r14, r9
    vmovups [r14], zmm19
    add r14, r9
    vmovups [r14], zmm20
    add r14, r9
    vmovups [r14], zmm21
    add r8, 64
    dec rsi
    jnz iq4_pairs_6_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
iq4_pairs_7:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 160
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm29, [rip + nibbles]
    vbroadcasti32x4 zmm31, [rip + iq4_flipped]
iq4_pairs_7_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    vpxord zmm20, zmm20, zmm20
    vpxord zmm21, zmm21, zmm21
    vpxord zmm22, zmm22, zmm22
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
iq4_pairs_7_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r11*2 + 192]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    prefetcht0 [rdi + r15 + 192]
    vpbroadcastd zmm0, [r13 + 4]
    vpbroadcastd zmm1, [r13 + 12]
    vpbroadcastd zmm2, [r13 + 20]
    vpbroadcastd zmm3, [r13 + 28]
    vpbroadcastd zmm4, [r13 + 36]
    vpbroadcastd zmm5, [r13 + 44]
    vpbroadcastd zmm6, [r13 + 52]
    vpxord zmm7, zmm7, zmm7
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vpxord zmm10, zmm10, zmm10
    vpxord zmm11, zmm11, zmm11
    vpxord zmm12, zmm12, zmm12
    vpxord zmm13, zmm13, zmm13
    vmovdqu32 ymm28, [rdi + 32]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 32], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 160]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 192]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 144]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 176]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 208]{1to16}
    vmovdqu32 ymm28, [rdi + 64]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 64], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 132]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 164]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 196]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 148]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 180]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 212]{1to16}
    vmovdqu32 ymm28, [rdi + 96]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 96], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 168]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 200]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 152]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 184]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 216]{1to16}
    vmovdqu32 ymm28, [rdi + 128]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 128], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 140]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 172]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 204]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 124]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 156]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 188]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 220]{1to16}
    vpaddd zmm0, zmm0, zmm7
    vpaddd zmm1, zmm1, zmm8
    vpaddd zmm2, zmm2, zmm9
    vpaddd zmm3, zmm3, zmm10
    vpaddd zmm4, zmm4, zmm11
    vpaddd zmm5, zmm5, zmm12
    vpaddd zmm6, zmm6, zmm13
    vmovups ymm25, [rdi]
    vinsertf32x8 zmm25, zmm25, [rdi + r11], 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 24]{1to16}
    vcvtdq2ps zmm3, zmm3
    vfmadd231ps zmm19, zmm3, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 32]{1to16}
    vcvtdq2ps zmm4, zmm4
    vfmadd231ps zmm20, zmm4, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 40]{1to16}
    vcvtdq2ps zmm5, zmm5
    vfmadd231ps zmm21, zmm5, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 48]{1to16}
    vcvtdq2ps zmm6, zmm6
    vfmadd231ps zmm22, zmm6, zmm27
    add rdi, 160
    add r12, 224
    add r13, 56
    dec rax
    jnz iq4_pairs_7_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r14, r9
    vmovups [r14], zmm19
    add r14, r9
    vmovups [r14], zmm20
    add r14, r9
    vmovups [r14], zmm21
    add r14, r9
    vmovups [r14], zmm22
    add r8, 64
    dec rsi
    jnz iq4_pairs_7_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
iq4_pairs_8:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 160
    lea r15, [r11 + 2*r11]
    vpbroadcastd zmm29, [rip + nibbles]
    vbroadcasti32x4 zmm31, [rip + iq4_flipped]
iq4_pairs_8_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    vpxord zmm20, zmm20, zmm20
    vpxord zmm21, zmm21, zmm21
    vpxord zmm22, zmm22, zmm22
    vpxord zmm23, zmm23, zmm23
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
iq4_pairs_8_block:
    prefetcht0 [rdi + r11*2 + 0]
    prefetcht0 [rdi + r11*2 + 64]
    prefetcht0 [rdi + r11*2 + 128]
    prefetcht0 [rdi + r11*2 + 192]
    prefetcht0 [rdi + r15 + 0]
    prefetcht0 [rdi + r15 + 64]
    prefetcht0 [rdi + r15 + 128]
    prefetcht0 [rdi + r15 + 192]
    vpbroadcastd zmm0, [r13 + 4]
    vpbroadcastd zmm1, [r13 + 12]
    vpbroadcastd zmm2, [r13 + 20]
    vpbroadcastd zmm3, [r13 + 28]
    vpbroadcastd zmm4, [r13 + 36]
    vpbroadcastd zmm5, [r13 + 44]
    vpbroadcastd zmm6, [r13 + 52]
    vpbroadcastd zmm7, [r13 + 60]
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vpxord zmm10, zmm10, zmm10
    vpxord zmm11, zmm11, zmm11
    vpxord zmm12, zmm12, zmm12
    vpxord zmm13, zmm13, zmm13
    vpxord zmm14, zmm14, zmm14
    vpxord zmm15, zmm15, zmm15
    vmovdqu32 ymm28, [rdi + 32]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 32], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 160]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 192]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 224]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 144]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 176]{1to16}
    vpdpbusd zmm14, zmm24, dword ptr [r12 + 208]{1to16}
    vpdpbusd zmm15, zmm24, dword ptr [r12 + 240]{1to16}
    vmovdqu32 ymm28, [rdi + 64]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 64], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 132]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 164]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 196]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 228]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 148]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 180]{1to16}
    vpdpbusd zmm14, zmm24, dword ptr [r12 + 212]{1to16}
    vpdpbusd zmm15, zmm24, dword ptr [r12 + 244]{1to16}
    vmovdqu32 ymm28, [rdi + 96]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 96], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 168]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 200]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 232]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 152]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 184]{1to16}
    vpdpbusd zmm14, zmm24, dword ptr [r12 + 216]{1to16}
    vpdpbusd zmm15, zmm24, dword ptr [r12 + 248]{1to16}
    vmovdqu32 ymm28, [rdi + 128]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 128], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 140]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 172]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 204]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 236]{1to16}
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 124]{1to16}
    vpdpbusd zmm12, zmm24, dword ptr [r12 + 156]{1to16}
    vpdpbusd zmm13, zmm24, dword ptr [r12 + 188]{1to16}
    vpdpbusd zmm14, zmm24, dword ptr [r12 + 220]{1to16}
    vpdpbusd zmm15, zmm24, dword ptr [r12 + 252]{1to16}
    vpaddd zmm0, zmm0, zmm8
    vpaddd zmm1, zmm1, zmm9
    vpaddd zmm2, zmm2, zmm10
    vpaddd zmm3, zmm3, zmm11
    vpaddd zmm4, zmm4, zmm12
    vpaddd zmm5, zmm5, zmm13
    vpaddd zmm6, zmm6, zmm14
    vpaddd zmm7, zmm7, zmm15
    vmovups ymm25, [rdi]
    vinsertf32x8 zmm25, zmm25, [rdi + r11], 1
    vmulps zmm27, zmm25, dword ptr [r13 + 0]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 8]{1to16}
    vcvtdq2ps zmm1, zmm1
    vfmadd231ps zmm17, zmm1, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 16]{1to16}
    vcvtdq2ps zmm2, zmm2
    vfmadd231ps zmm18, zmm2, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 24]{1to16}
    vcvtdq2ps zmm3, zmm3
    vfmadd231ps zmm19, zmm3, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 32]{1to16}
    vcvtdq2ps zmm4, zmm4
    vfmadd231ps zmm20, zmm4, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 40]{1to16}
    vcvtdq2ps zmm5, zmm5
    vfmadd231ps zmm21, zmm5, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 48]{1to16}
    vcvtdq2ps zmm6, zmm6
    vfmadd231ps zmm22, zmm6, zmm27
    vmulps zmm27, zmm25, dword ptr [r13 + 56]{1to16}
    vcvtdq2ps zmm7, zmm7
    vfmadd231ps zmm23, zmm7, zmm27
    add rdi, 160
    add r12, 256
    add r13, 64
    dec rax
    jnz iq4_pairs_8_block
    add rdi, r11
    mov r14, r8
    vmovups [r14], zmm16
    add r14, r9
    vmovups [r14], zmm17
    add r14, r9
    vmovups [r14], zmm18
    add r14, r9
    vmovups [r14], zmm19
    add r14, r9
    vmovups [r14], zmm20
    add r14, r9
    vmovups [r14], zmm21
    add r14, r9
    vmovups [r14], zmm22
    add r14, r9
    vmovups [r14], zmm23
    add r8, 64
    dec rsi
    jnz iq4_pairs_8_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
iq4_regions_1:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 160
    mov r15, r11
    imul r15, r9
    shl r9, 5
    vpbroadcastd zmm29, [rip + nibbles]
    vbroadcasti32x4 zmm31, [rip + iq4_flipped]
iq4_regions_1_pair:
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
    lea r14, [rdi + r15]
iq4_regions_1_block:
    vpbroadcastd zmm0, [r13 + 4]
    vmovdqa32 zmm4, zmm0
    vpxord zmm1, zmm1, zmm1
    vpxord zmm2, zmm2, zmm2
    vpxord zmm3, zmm3, zmm3
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vmovdqu32 ymm28, [rdi + 32]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 32], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vmovdqu32 ymm28, [r14 + 32]
    vinserti32x8 zmm28, zmm28, [r14 + r11 + 32], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 0]{1to16}
    vmovdqu32 ymm28, [rdi + 32]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 32], 1
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 16]{1to16}
    vmovdqu32 ymm28, [r14 + 32]
    vinserti32x8 zmm28, zmm28, [r14 + r11 + 32], 1
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 16]{1to16}
    vmovdqu32 ymm28, [rdi + 64]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 64], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 4]{1to16}
    vmovdqu32 ymm28, [r14 + 64]
    vinserti32x8 zmm28, zmm28, [r14 + r11 + 64], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 4]{1to16}
    vmovdqu32 ymm28, [rdi + 64]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 64], 1
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 20]{1to16}
    vmovdqu32 ymm28, [r14 + 64]
    vinserti32x8 zmm28, zmm28, [r14 + r11 + 64], 1
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 20]{1to16}
    vmovdqu32 ymm28, [rdi + 96]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 96], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vmovdqu32 ymm28, [r14 + 96]
    vinserti32x8 zmm28, zmm28, [r14 + r11 + 96], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 8]{1to16}
    vmovdqu32 ymm28, [rdi + 96]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 96], 1
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 24]{1to16}
    vmovdqu32 ymm28, [r14 + 96]
    vinserti32x8 zmm28, zmm28, [r14 + r11 + 96], 1
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 24]{1to16}
    vmovdqu32 ymm28, [rdi + 128]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 128], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 12]{1to16}
    vmovdqu32 ymm28, [r14 + 128]
    vinserti32x8 zmm28, zmm28, [r14 + r11 + 128], 1
    vpandd zmm24, zmm28, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 12]{1to16}
    vmovdqu32 ymm28, [rdi + 128]
    vinserti32x8 zmm28, zmm28, [rdi + r11 + 128], 1
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 28]{1to16}
    vmovdqu32 ymm28, [r14 + 128]
    vinserti32x8 zmm28, zmm28, [r14 + r11 + 128], 1
    vpsrlw zmm24, zmm28, 4
    vpandd zmm24, zmm24, zmm29
    vpshufb zmm24, zmm31, zmm24
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 28]{1to16}
    vpaddd zmm0, zmm0, zmm1
    vpaddd zmm0, zmm0, zmm2
    vpaddd zmm0, zmm0, zmm3
    vpaddd zmm4, zmm4, zmm5
    vpaddd zmm4, zmm4, zmm6
    vpaddd zmm4, zmm4, zmm7
    vmovups ymm25, [rdi]
    vinsertf32x8 zmm25, zmm25, [rdi + r11], 1
    vmulps zmm27, zmm25, dword ptr [r13]{1to16}
    vcvtdq2ps zmm0, zmm0
    vfmadd231ps zmm16, zmm0, zmm27
    vmovups ymm25, [r14]
    vinsertf32x8 zmm25, zmm25, [r14 + r11], 1
    vmulps zmm27, zmm25, dword ptr [r13]{1to16}
    vcvtdq2ps zmm4, zmm4
    vfmadd231ps zmm17, zmm4, zmm27
    add rdi, 160
    add r14, 160
    add r12, 32
    add r13, 8
    dec rax
    jnz iq4_regions_1_block
    add rdi, r11
    vmovups [r8], zmm16
    vmovups [r8 + r9], zmm17
    add r8, 64
    dec rsi
    jnz iq4_regions_1_pair
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
    .arch .noavx512f
q8_avx2_1:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
q8_avx2_1_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q8_avx2_1_block:
    vmovdqu ymm9, [rdi + 16]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 0]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm0, ymm10, ymm12
    vmovdqu ymm9, [rdi + 48]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 4]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm1, ymm10, ymm12
    vmovdqu ymm9, [rdi + 80]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 8]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm2, ymm10, ymm12
    vmovdqu ymm9, [rdi + 112]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 12]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm3, ymm10, ymm12
    vmovdqu ymm9, [rdi + 144]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 16]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vmovdqu ymm9, [rdi + 176]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 20]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vmovdqu ymm9, [rdi + 208]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 24]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vmovdqu ymm9, [rdi + 240]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 28]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpaddd ymm0, ymm0, ymm1
    vpaddd ymm0, ymm0, ymm2
    vpaddd ymm0, ymm0, ymm3
    vcvtph2ps ymm15, [rdi]
    mov r14, r8
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add rdi, 272
    add r12, 32
    add r13, 8
    dec rax
    jnz q8_avx2_1_block
    add r8, 32
    dec rsi
    jnz q8_avx2_1_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
q8_avx2_2:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
q8_avx2_2_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q8_avx2_2_block:
    prefetcht0 [rdi + 1024]
    prefetcht0 [rdi + 1088]
    prefetcht0 [rdi + 1152]
    prefetcht0 [rdi + 1216]
    prefetcht0 [rdi + 1280]
    vmovdqu ymm9, [rdi + 16]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 0]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm0, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 32]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm1, ymm10, ymm12
    vmovdqu ymm9, [rdi + 48]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 4]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm2, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 36]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm3, ymm10, ymm12
    vmovdqu ymm9, [rdi + 80]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 8]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm4, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 40]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm5, ymm10, ymm12
    vmovdqu ymm9, [rdi + 112]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 12]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm6, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 44]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm7, ymm10, ymm12
    vmovdqu ymm9, [rdi + 144]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 16]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vmovdqu ymm9, [rdi + 176]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 20]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vmovdqu ymm9, [rdi + 208]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 24]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm9, [rdi + 240]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 28]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vpaddd ymm0, ymm0, ymm2
    vpaddd ymm0, ymm0, ymm4
    vpaddd ymm0, ymm0, ymm6
    vpaddd ymm1, ymm1, ymm3
    vpaddd ymm1, ymm1, ymm5
    vpaddd ymm1, ymm1, ymm7
    vcvtph2ps ymm15, [rdi]
    mov r14, r8
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add rdi, 272
    add r12, 64
    add r13, 16
    dec rax
    jnz q8_avx2_2_block
    add r8, 32
    dec rsi
    jnz q8_avx2_2_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
q8_avx2_3:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
q8_avx2_3_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q8_avx2_3_block:
    prefetcht0 [rdi + 1024]
    prefetcht0 [rdi + 1088]
    prefetcht0 [rdi + 1152]
    prefetcht0 [rdi + 1216]
    prefetcht0 [rdi + 1280]
    vmovdqu ymm9, [rdi + 16]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 0]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm0, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 32]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm1, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 64]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm2, ymm10, ymm12
    vmovdqu ymm9, [rdi + 48]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 4]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm3, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 36]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm4, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 68]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm5, ymm10, ymm12
    vmovdqu ymm9, [rdi + 80]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 8]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vmovdqu ymm9, [rdi + 112]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 12]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm9, [rdi + 144]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 16]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vmovdqu ymm9, [rdi + 176]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 20]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm9, [rdi + 208]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 24]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vmovdqu ymm9, [rdi + 240]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 28]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpaddd ymm0, ymm0, ymm3
    vpaddd ymm1, ymm1, ymm4
    vpaddd ymm2, ymm2, ymm5
    vcvtph2ps ymm15, [rdi]
    mov r14, r8
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add rdi, 272
    add r12, 96
    add r13, 24
    dec rax
    jnz q8_avx2_3_block
    add r8, 32
    dec rsi
    jnz q8_avx2_3_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
q8_avx2_4:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
q8_avx2_4_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q8_avx2_4_block:
    prefetcht0 [rdi + 1024]
    prefetcht0 [rdi + 1088]
    prefetcht0 [rdi + 1152]
    prefetcht0 [rdi + 1216]
    prefetcht0 [rdi + 1280]
    vmovdqu ymm9, [rdi + 16]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 0]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm0, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 32]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm1, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 64]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm2, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 96]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm3, ymm10, ymm12
    vmovdqu ymm9, [rdi + 48]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 4]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm4, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 36]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm5, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 68]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm6, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 100]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm7, ymm10, ymm12
    vmovdqu ymm9, [rdi + 80]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 8]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vmovdqu ymm9, [rdi + 112]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 12]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vmovdqu ymm9, [rdi + 144]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 16]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vmovdqu ymm9, [rdi + 176]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 20]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vmovdqu ymm9, [rdi + 208]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 24]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vmovdqu ymm9, [rdi + 240]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 28]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vpaddd ymm0, ymm0, ymm4
    vpaddd ymm1, ymm1, ymm5
    vpaddd ymm2, ymm2, ymm6
    vpaddd ymm3, ymm3, ymm7
    vcvtph2ps ymm15, [rdi]
    mov r14, r8
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add r14, r9
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm10, [r14]
    vmovups [r14], ymm3
    add rdi, 272
    add r12, 128
    add r13, 32
    dec rax
    jnz q8_avx2_4_block
    add r8, 32
    dec rsi
    jnz q8_avx2_4_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
q8_avx2_5:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
q8_avx2_5_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q8_avx2_5_block:
    prefetcht0 [rdi + 1024]
    prefetcht0 [rdi + 1088]
    prefetcht0 [rdi + 1152]
    prefetcht0 [rdi + 1216]
    prefetcht0 [rdi + 1280]
    vmovdqu ymm9, [rdi + 16]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 0]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm0, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 32]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm1, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 64]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm2, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 96]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm3, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 128]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm4, ymm10, ymm12
    vmovdqu ymm9, [rdi + 48]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 4]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vmovdqu ymm9, [rdi + 80]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 8]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 136]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vmovdqu ymm9, [rdi + 112]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 12]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vmovdqu ymm9, [rdi + 144]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 16]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 144]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vmovdqu ymm9, [rdi + 176]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 20]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vmovdqu ymm9, [rdi + 208]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 24]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 152]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vmovdqu ymm9, [rdi + 240]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 28]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vcvtph2ps ymm15, [rdi]
    mov r14, r8
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add r14, r9
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm10, [r14]
    vmovups [r14], ymm3
    add r14, r9
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm4, ymm4
    vfmadd213ps ymm4, ymm10, [r14]
    vmovups [r14], ymm4
    add rdi, 272
    add r12, 160
    add r13, 40
    dec rax
    jnz q8_avx2_5_block
    add r8, 32
    dec rsi
    jnz q8_avx2_5_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
q8_avx2_6:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
q8_avx2_6_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q8_avx2_6_block:
    prefetcht0 [rdi + 1024]
    prefetcht0 [rdi + 1088]
    prefetcht0 [rdi + 1152]
    prefetcht0 [rdi + 1216]
    prefetcht0 [rdi + 1280]
    vmovdqu ymm9, [rdi + 16]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 0]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm0, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 32]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm1, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 64]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm2, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 96]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm3, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 128]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm4, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 160]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm5, ymm10, ymm12
    vmovdqu ymm9, [rdi + 48]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 4]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 164]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm9, [rdi + 80]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 8]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 136]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 168]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm9, [rdi + 112]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 12]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 172]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm9, [rdi + 144]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 16]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 144]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 176]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm9, [rdi + 176]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 20]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 180]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm9, [rdi + 208]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 24]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 152]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 184]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm9, [rdi + 240]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 28]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 188]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vcvtph2ps ymm15, [rdi]
    mov r14, r8
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add r14, r9
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm10, [r14]
    vmovups [r14], ymm3
    add r14, r9
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm4, ymm4
    vfmadd213ps ymm4, ymm10, [r14]
    vmovups [r14], ymm4
    add r14, r9
    vbroadcastss ymm10, [r13 + 40]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm5, ymm5
    vfmadd213ps ymm5, ymm10, [r14]
    vmovups [r14], ymm5
    add rdi, 272
    add r12, 192
    add r13, 48
    dec rax
    jnz q8_avx2_6_block
    add r8, 32
    dec rsi
    jnz q8_avx2_6_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
q8_avx2_7:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
q8_avx2_7_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q8_avx2_7_block:
    prefetcht0 [rdi + 1024]
    prefetcht0 [rdi + 1088]
    prefetcht0 [rdi + 1152]
    prefetcht0 [rdi + 1216]
    prefetcht0 [rdi + 1280]
    vmovdqu ymm9, [rdi + 16]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 0]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm0, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 32]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm1, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 64]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm2, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 96]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm3, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 128]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm4, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 160]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm5, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 192]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm6, ymm10, ymm12
    vmovdqu ymm9, [rdi + 48]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 4]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 164]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 196]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vmovdqu ymm9, [rdi + 80]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 8]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 136]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 168]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 200]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vmovdqu ymm9, [rdi + 112]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 12]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 172]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 204]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vmovdqu ymm9, [rdi + 144]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 16]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 144]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 176]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 208]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vmovdqu ymm9, [rdi + 176]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 20]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 180]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 212]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vmovdqu ymm9, [rdi + 208]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 24]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 152]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 184]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 216]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vmovdqu ymm9, [rdi + 240]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 28]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 188]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 220]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vcvtph2ps ymm15, [rdi]
    mov r14, r8
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add r14, r9
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm10, [r14]
    vmovups [r14], ymm3
    add r14, r9
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm4, ymm4
    vfmadd213ps ymm4, ymm10, [r14]
    vmovups [r14], ymm4
    add r14, r9
    vbroadcastss ymm10, [r13 + 40]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm5, ymm5
    vfmadd213ps ymm5, ymm10, [r14]
    vmovups [r14], ymm5
    add r14, r9
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm6, ymm6
    vfmadd213ps ymm6, ymm10, [r14]
    vmovups [r14], ymm6
    add rdi, 272
    add r12, 224
    add r13, 56
    dec rax
    jnz q8_avx2_7_block
    add r8, 32
    dec rsi
    jnz q8_avx2_7_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
q8_avx2_8:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
q8_avx2_8_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q8_avx2_8_block:
    prefetcht0 [rdi + 1024]
    prefetcht0 [rdi + 1088]
    prefetcht0 [rdi + 1152]
    prefetcht0 [rdi + 1216]
    prefetcht0 [rdi + 1280]
    vmovdqu ymm9, [rdi + 16]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 0]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm0, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 32]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm1, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 64]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm2, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 96]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm3, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 128]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm4, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 160]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm5, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 192]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm6, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 224]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm7, ymm10, ymm12
    vmovdqu ymm9, [rdi + 48]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 4]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 164]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 196]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 228]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vmovdqu ymm9, [rdi + 80]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 8]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 136]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 168]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 200]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 232]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vmovdqu ymm9, [rdi + 112]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 12]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 172]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 204]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 236]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vmovdqu ymm9, [rdi + 144]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 16]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 144]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 176]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 208]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 240]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vmovdqu ymm9, [rdi + 176]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 20]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 180]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 212]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 244]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vmovdqu ymm9, [rdi + 208]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 24]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 152]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 184]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 216]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 248]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vmovdqu ymm9, [rdi + 240]
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 28]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 188]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 220]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 252]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vcvtph2ps ymm15, [rdi]
    mov r14, r8
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add r14, r9
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm10, [r14]
    vmovups [r14], ymm3
    add r14, r9
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm4, ymm4
    vfmadd213ps ymm4, ymm10, [r14]
    vmovups [r14], ymm4
    add r14, r9
    vbroadcastss ymm10, [r13 + 40]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm5, ymm5
    vfmadd213ps ymm5, ymm10, [r14]
    vmovups [r14], ymm5
    add r14, r9
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm6, ymm6
    vfmadd213ps ymm6, ymm10, [r14]
    vmovups [r14], ymm6
    add r14, r9
    vbroadcastss ymm10, [r13 + 56]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm7, ymm7
    vfmadd213ps ymm7, ymm10, [r14]
    vmovups [r14], ymm7
    add rdi, 272
    add r12, 256
    add r13, 64
    dec rax
    jnz q8_avx2_8_block
    add r8, 32
    dec rsi
    jnz q8_avx2_8_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
q8_avx2_regions_1:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r15, r10, 272
    imul r15, r9
    shl r9, 5
    lea r11, [r9 + 2*r9]
    vpbroadcastd ymm12, [rip + ones16]
q8_avx2_regions_1_group:
    vxorps ymm15, ymm15, ymm15
    vmovups [r8], ymm15
    vmovups [r8 + r9], ymm15
    vmovups [r8 + 2*r9], ymm15
    vmovups [r8 + r11], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
    lea r14, [rdi + 2*r15]
q8_avx2_regions_1_block:
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpxor ymm2, ymm2, ymm2
    vpxor ymm3, ymm3, ymm3
    vpxor ymm4, ymm4, ymm4
    vpxor ymm5, ymm5, ymm5
    vpxor ymm6, ymm6, ymm6
    vpxor ymm7, ymm7, ymm7
    vpbroadcastd ymm11, [r12 + 0]
    vmovdqu ymm9, [rdi + 16]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vmovdqu ymm9, [rdi + r15 + 16]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vmovdqu ymm9, [r14 + 16]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vmovdqu ymm9, [r14 + r15 + 16]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 4]
    vmovdqu ymm9, [rdi + 48]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vmovdqu ymm9, [rdi + r15 + 48]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm9, [r14 + 48]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vmovdqu ymm9, [r14 + r15 + 48]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vpbroadcastd ymm11, [r12 + 8]
    vmovdqu ymm9, [rdi + 80]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vmovdqu ymm9, [rdi + r15 + 80]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vmovdqu ymm9, [r14 + 80]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vmovdqu ymm9, [r14 + r15 + 80]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 12]
    vmovdqu ymm9, [rdi + 112]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vmovdqu ymm9, [rdi + r15 + 112]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm9, [r14 + 112]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vmovdqu ymm9, [r14 + r15 + 112]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vmovdqu ymm9, [rdi + 144]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vmovdqu ymm9, [rdi + r15 + 144]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vmovdqu ymm9, [r14 + 144]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vmovdqu ymm9, [r14 + r15 + 144]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vmovdqu ymm9, [rdi + 176]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vmovdqu ymm9, [rdi + r15 + 176]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm9, [r14 + 176]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vmovdqu ymm9, [r14 + r15 + 176]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vmovdqu ymm9, [rdi + 208]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vmovdqu ymm9, [rdi + r15 + 208]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vmovdqu ymm9, [r14 + 208]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vmovdqu ymm9, [r14 + r15 + 208]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vmovdqu ymm9, [rdi + 240]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vmovdqu ymm9, [rdi + r15 + 240]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm9, [r14 + 240]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vmovdqu ymm9, [r14 + r15 + 240]
    vpabsb ymm8, ymm9
    vpsignb ymm10, ymm11, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vpaddd ymm0, ymm0, ymm4
    vpaddd ymm1, ymm1, ymm5
    vpaddd ymm2, ymm2, ymm6
    vpaddd ymm3, ymm3, ymm7
    vbroadcastss ymm10, [r13]
    vcvtph2ps ymm15, [rdi]
    vmulps ymm15, ymm15, ymm10
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm15, [r8]
    vmovups [r8], ymm0
    vcvtph2ps ymm15, [rdi + r15]
    vmulps ymm15, ymm15, ymm10
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm15, [r8 + r9]
    vmovups [r8 + r9], ymm1
    vcvtph2ps ymm15, [r14]
    vmulps ymm15, ymm15, ymm10
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm15, [r8 + 2*r9]
    vmovups [r8 + 2*r9], ymm2
    vcvtph2ps ymm15, [r14 + r15]
    vmulps ymm15, ymm15, ymm10
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm15, [r8 + r11]
    vmovups [r8 + r11], ymm3
    add rdi, 272
    add r14, 272
    add r12, 32
    add r13, 8
    dec rax
    jnz q8_avx2_regions_1_block
    add r8, 32
    dec rsi
    jnz q8_avx2_regions_1_group
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4_avx2_1:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
q4_avx2_1_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4_avx2_1_block:
    vmovdqu ymm9, [rdi + 16]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm0, ymm8, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 16]
    vpmaddubsw ymm1, ymm8, ymm10
    vmovdqu ymm9, [rdi + 48]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm2, ymm8, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 20]
    vpmaddubsw ymm3, ymm8, ymm10
    vmovdqu ymm9, [rdi + 80]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 24]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vmovdqu ymm9, [rdi + 112]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 28]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpaddw ymm0, ymm0, ymm1
    vpaddw ymm0, ymm0, ymm2
    vpaddw ymm0, ymm0, ymm3
    vcvtph2ps ymm15, [rdi]
    mov r14, r8
    vpmaddwd ymm0, ymm0, ymm12
    vpbroadcastd ymm10, [r13 + 4]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm0, ymm0, ymm10
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add rdi, 144
    add r12, 32
    add r13, 8
    dec rax
    jnz q4_avx2_1_block
    add r8, 32
    dec rsi
    jnz q4_avx2_1_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
q4_avx2_2:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
q4_avx2_2_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4_avx2_2_block:
    vmovdqu ymm9, [rdi + 16]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm1, ymm8, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 16]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpmaddubsw ymm3, ymm8, ymm10
    vmovdqu ymm9, [rdi + 48]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm5, ymm8, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 20]
    vpmaddubsw ymm6, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpmaddubsw ymm7, ymm8, ymm10
    vmovdqu ymm9, [rdi + 80]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 24]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vmovdqu ymm9, [rdi + 112]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 28]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vpaddw ymm0, ymm0, ymm2
    vpaddw ymm0, ymm0, ymm4
    vpaddw ymm0, ymm0, ymm6
    vpaddw ymm1, ymm1, ymm3
    vpaddw ymm1, ymm1, ymm5
    vpaddw ymm1, ymm1, ymm7
    vcvtph2ps ymm15, [rdi]
    mov r14, r8
    vpmaddwd ymm0, ymm0, ymm12
    vpbroadcastd ymm10, [r13 + 4]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm0, ymm0, ymm10
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vpmaddwd ymm1, ymm1, ymm12
    vpbroadcastd ymm10, [r13 + 12]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm1, ymm1, ymm10
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add rdi, 144
    add r12, 64
    add r13, 16
    dec rax
    jnz q4_avx2_2_block
    add r8, 32
    dec rsi
    jnz q4_avx2_2_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
q4_avx2_3:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
q4_avx2_3_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4_avx2_3_block:
    vmovdqu ymm9, [rdi + 16]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm2, ymm8, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 16]
    vpmaddubsw ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpmaddubsw ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpmaddubsw ymm5, ymm8, ymm10
    vmovdqu ymm9, [rdi + 48]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 20]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vmovdqu ymm9, [rdi + 80]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 24]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vmovdqu ymm9, [rdi + 112]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 28]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpaddw ymm0, ymm0, ymm3
    vpaddw ymm1, ymm1, ymm4
    vpaddw ymm2, ymm2, ymm5
    vcvtph2ps ymm15, [rdi]
    mov r14, r8
    vpmaddwd ymm0, ymm0, ymm12
    vpbroadcastd ymm10, [r13 + 4]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm0, ymm0, ymm10
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vpmaddwd ymm1, ymm1, ymm12
    vpbroadcastd ymm10, [r13 + 12]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm1, ymm1, ymm10
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vpmaddwd ymm2, ymm2, ymm12
    vpbroadcastd ymm10, [r13 + 20]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm2, ymm2, ymm10
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add rdi, 144
    add r12, 96
    add r13, 24
    dec rax
    jnz q4_avx2_3_block
    add r8, 32
    dec rsi
    jnz q4_avx2_3_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
q4_avx2_4:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
q4_avx2_4_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4_avx2_4_block:
    vmovdqu ymm9, [rdi + 16]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm3, ymm8, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 16]
    vpmaddubsw ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpmaddubsw ymm5, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpmaddubsw ymm6, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpmaddubsw ymm7, ymm8, ymm10
    vmovdqu ymm9, [rdi + 48]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 20]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vmovdqu ymm9, [rdi + 80]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 24]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vmovdqu ymm9, [rdi + 112]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 28]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vpaddw ymm0, ymm0, ymm4
    vpaddw ymm1, ymm1, ymm5
    vpaddw ymm2, ymm2, ymm6
    vpaddw ymm3, ymm3, ymm7
    vcvtph2ps ymm15, [rdi]
    mov r14, r8
    vpmaddwd ymm0, ymm0, ymm12
    vpbroadcastd ymm10, [r13 + 4]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm0, ymm0, ymm10
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vpmaddwd ymm1, ymm1, ymm12
    vpbroadcastd ymm10, [r13 + 12]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm1, ymm1, ymm10
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vpmaddwd ymm2, ymm2, ymm12
    vpbroadcastd ymm10, [r13 + 20]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm2, ymm2, ymm10
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add r14, r9
    vpmaddwd ymm3, ymm3, ymm12
    vpbroadcastd ymm10, [r13 + 28]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm3, ymm3, ymm10
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm10, [r14]
    vmovups [r14], ymm3
    add rdi, 144
    add r12, 128
    add r13, 32
    dec rax
    jnz q4_avx2_4_block
    add r8, 32
    dec rsi
    jnz q4_avx2_4_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
q4_avx2_5:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
q4_avx2_5_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4_avx2_5_block:
    vmovdqu ymm9, [rdi + 16]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 128]
    vpmaddubsw ymm4, ymm8, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 16]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 144]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vmovdqu ymm9, [rdi + 48]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 20]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vmovdqu ymm9, [rdi + 80]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 136]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 24]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 152]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vmovdqu ymm9, [rdi + 112]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 28]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vcvtph2ps ymm15, [rdi]
    mov r14, r8
    vpmaddwd ymm0, ymm0, ymm12
    vpbroadcastd ymm10, [r13 + 4]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm0, ymm0, ymm10
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vpmaddwd ymm1, ymm1, ymm12
    vpbroadcastd ymm10, [r13 + 12]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm1, ymm1, ymm10
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vpmaddwd ymm2, ymm2, ymm12
    vpbroadcastd ymm10, [r13 + 20]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm2, ymm2, ymm10
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add r14, r9
    vpmaddwd ymm3, ymm3, ymm12
    vpbroadcastd ymm10, [r13 + 28]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm3, ymm3, ymm10
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm10, [r14]
    vmovups [r14], ymm3
    add r14, r9
    vpmaddwd ymm4, ymm4, ymm12
    vpbroadcastd ymm10, [r13 + 36]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm4, ymm4, ymm10
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm4, ymm4
    vfmadd213ps ymm4, ymm10, [r14]
    vmovups [r14], ymm4
    add rdi, 144
    add r12, 160
    add r13, 40
    dec rax
    jnz q4_avx2_5_block
    add r8, 32
    dec rsi
    jnz q4_avx2_5_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
q4_avx2_6:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
q4_avx2_6_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4_avx2_6_block:
    vmovdqu ymm9, [rdi + 16]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 128]
    vpmaddubsw ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 160]
    vpmaddubsw ymm5, ymm8, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 16]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 144]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 176]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vmovdqu ymm9, [rdi + 48]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 164]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 20]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 180]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vmovdqu ymm9, [rdi + 80]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 136]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 168]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 24]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 152]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 184]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vmovdqu ymm9, [rdi + 112]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 172]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 28]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 188]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vcvtph2ps ymm15, [rdi]
    mov r14, r8
    vpmaddwd ymm0, ymm0, ymm12
    vpbroadcastd ymm10, [r13 + 4]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm0, ymm0, ymm10
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vpmaddwd ymm1, ymm1, ymm12
    vpbroadcastd ymm10, [r13 + 12]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm1, ymm1, ymm10
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vpmaddwd ymm2, ymm2, ymm12
    vpbroadcastd ymm10, [r13 + 20]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm2, ymm2, ymm10
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add r14, r9
    vpmaddwd ymm3, ymm3, ymm12
    vpbroadcastd ymm10, [r13 + 28]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm3, ymm3, ymm10
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm10, [r14]
    vmovups [r14], ymm3
    add r14, r9
    vpmaddwd ymm4, ymm4, ymm12
    vpbroadcastd ymm10, [r13 + 36]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm4, ymm4, ymm10
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm4, ymm4
    vfmadd213ps ymm4, ymm10, [r14]
    vmovups [r14], ymm4
    add r14, r9
    vpmaddwd ymm5, ymm5, ymm12
    vpbroadcastd ymm10, [r13 + 44]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm5, ymm5, ymm10
    vbroadcastss ymm10, [r13 + 40]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm5, ymm5
    vfmadd213ps ymm5, ymm10, [r14]
    vmovups [r14], ymm5
    add rdi, 144
    add r12, 192
    add r13, 48
    dec rax
    jnz q4_avx2_6_block
    add r8, 32
    dec rsi
    jnz q4_avx2_6_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
q4_avx2_7:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
q4_avx2_7_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4_avx2_7_block:
    vmovdqu ymm9, [rdi + 16]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 128]
    vpmaddubsw ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 160]
    vpmaddubsw ymm5, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 192]
    vpmaddubsw ymm6, ymm8, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 16]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 144]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 176]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 208]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vmovdqu ymm9, [rdi + 48]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 164]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 196]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 20]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 180]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 212]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vmovdqu ymm9, [rdi + 80]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 136]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 168]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 200]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 24]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 152]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 184]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 216]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vmovdqu ymm9, [rdi + 112]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 172]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 204]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 28]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 188]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 220]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vcvtph2ps ymm15, [rdi]
    mov r14, r8
    vpmaddwd ymm0, ymm0, ymm12
    vpbroadcastd ymm10, [r13 + 4]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm0, ymm0, ymm10
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vpmaddwd ymm1, ymm1, ymm12
    vpbroadcastd ymm10, [r13 + 12]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm1, ymm1, ymm10
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vpmaddwd ymm2, ymm2, ymm12
    vpbroadcastd ymm10, [r13 + 20]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm2, ymm2, ymm10
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add r14, r9
    vpmaddwd ymm3, ymm3, ymm12
    vpbroadcastd ymm10, [r13 + 28]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm3, ymm3, ymm10
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm10, [r14]
    vmovups [r14], ymm3
    add r14, r9
    vpmaddwd ymm4, ymm4, ymm12
    vpbroadcastd ymm10, [r13 + 36]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm4, ymm4, ymm10
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm4, ymm4
    vfmadd213ps ymm4, ymm10, [r14]
    vmovups [r14], ymm4
    add r14, r9
    vpmaddwd ymm5, ymm5, ymm12
    vpbroadcastd ymm10, [r13 + 44]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm5, ymm5, ymm10
    vbroadcastss ymm10, [r13 + 40]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm5, ymm5
    vfmadd213ps ymm5, ymm10, [r14]
    vmovups [r14], ymm5
    add r14, r9
    vpmaddwd ymm6, ymm6, ymm12
    vpbroadcastd ymm10, [r13 + 52]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm6, ymm6, ymm10
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm6, ymm6
    vfmadd213ps ymm6, ymm10, [r14]
    vmovups [r14], ymm6
    add rdi, 144
    add r12, 224
    add r13, 56
    dec rax
    jnz q4_avx2_7_block
    add r8, 32
    dec rsi
    jnz q4_avx2_7_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
q4_avx2_8:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
q4_avx2_8_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4_avx2_8_block:
    vmovdqu ymm9, [rdi + 16]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 128]
    vpmaddubsw ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 160]
    vpmaddubsw ymm5, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 192]
    vpmaddubsw ymm6, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 224]
    vpmaddubsw ymm7, ymm8, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 16]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 144]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 176]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 208]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 240]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vmovdqu ymm9, [rdi + 48]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 164]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 196]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 228]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 20]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 180]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 212]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 244]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vmovdqu ymm9, [rdi + 80]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 136]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 168]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 200]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 232]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 24]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 152]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 184]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 216]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 248]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vmovdqu ymm9, [rdi + 112]
    vpand ymm8, ymm9, ymm14
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 172]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 204]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 236]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vpsrlw ymm8, ymm9, 4
    vpand ymm8, ymm8, ymm14
    vpbroadcastd ymm10, [r12 + 28]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 188]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 220]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 252]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vcvtph2ps ymm15, [rdi]
    mov r14, r8
    vpmaddwd ymm0, ymm0, ymm12
    vpbroadcastd ymm10, [r13 + 4]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm0, ymm0, ymm10
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vpmaddwd ymm1, ymm1, ymm12
    vpbroadcastd ymm10, [r13 + 12]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm1, ymm1, ymm10
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vpmaddwd ymm2, ymm2, ymm12
    vpbroadcastd ymm10, [r13 + 20]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm2, ymm2, ymm10
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add r14, r9
    vpmaddwd ymm3, ymm3, ymm12
    vpbroadcastd ymm10, [r13 + 28]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm3, ymm3, ymm10
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm10, [r14]
    vmovups [r14], ymm3
    add r14, r9
    vpmaddwd ymm4, ymm4, ymm12
    vpbroadcastd ymm10, [r13 + 36]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm4, ymm4, ymm10
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm4, ymm4
    vfmadd213ps ymm4, ymm10, [r14]
    vmovups [r14], ymm4
    add r14, r9
    vpmaddwd ymm5, ymm5, ymm12
    vpbroadcastd ymm10, [r13 + 44]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm5, ymm5, ymm10
    vbroadcastss ymm10, [r13 + 40]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm5, ymm5
    vfmadd213ps ymm5, ymm10, [r14]
    vmovups [r14], ymm5
    add r14, r9
    vpmaddwd ymm6, ymm6, ymm12
    vpbroadcastd ymm10, [r13 + 52]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm6, ymm6, ymm10
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm6, ymm6
    vfmadd213ps ymm6, ymm10, [r14]
    vmovups [r14], ymm6
    add r14, r9
    vpmaddwd ymm7, ymm7, ymm12
    vpbroadcastd ymm10, [r13 + 60]
    vpsrad ymm10, ymm10, 4
    vpaddd ymm7, ymm7, ymm10
    vbroadcastss ymm10, [r13 + 56]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm7, ymm7
    vfmadd213ps ymm7, ymm10, [r14]
    vmovups [r14], ymm7
    add rdi, 144
    add r12, 256
    add r13, 64
    dec rax
    jnz q4_avx2_8_block
    add r8, 32
    dec rsi
    jnz q4_avx2_8_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
q4_avx2_regions_1:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r15, r10, 144
    imul r15, r9
    shl r9, 5
    lea r11, [r9 + 2*r9]
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
q4_avx2_regions_1_group:
    vxorps ymm15, ymm15, ymm15
    vmovups [r8], ymm15
    vmovups [r8 + r9], ymm15
    vmovups [r8 + 2*r9], ymm15
    vmovups [r8 + r11], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
    lea r14, [rdi + 2*r15]
q4_avx2_regions_1_block:
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpxor ymm2, ymm2, ymm2
    vpxor ymm3, ymm3, ymm3
    vpxor ymm4, ymm4, ymm4
    vpxor ymm5, ymm5, ymm5
    vpxor ymm6, ymm6, ymm6
    vpxor ymm7, ymm7, ymm7
    vpbroadcastd ymm11, [r12 + 0]
    vpbroadcastd ymm15, [r12 + 16]
    vmovdqu ymm9, [rdi + 16]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpmaddubsw ymm8, ymm8, ymm11
    vpmaddubsw ymm9, ymm9, ymm15
    vpaddw ymm0, ymm0, ymm8
    vpaddw ymm4, ymm4, ymm9
    vmovdqu ymm9, [rdi + r15 + 16]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpmaddubsw ymm8, ymm8, ymm11
    vpmaddubsw ymm9, ymm9, ymm15
    vpaddw ymm1, ymm1, ymm8
    vpaddw ymm5, ymm5, ymm9
    vmovdqu ymm9, [r14 + 16]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpmaddubsw ymm8, ymm8, ymm11
    vpmaddubsw ymm9, ymm9, ymm15
    vpaddw ymm2, ymm2, ymm8
    vpaddw ymm6, ymm6, ymm9
    vmovdqu ymm9, [r14 + r15 + 16]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpmaddubsw ymm8, ymm8, ymm11
    vpmaddubsw ymm9, ymm9, ymm15
    vpaddw ymm3, ymm3, ymm8
    vpaddw ymm7, ymm7, ymm9
    vpbroadcastd ymm11, [r12 + 4]
    vpbroadcastd ymm15, [r12 + 20]
    vmovdqu ymm9, [rdi + 48]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpmaddubsw ymm8, ymm8, ymm11
    vpmaddubsw ymm9, ymm9, ymm15
    vpaddw ymm0, ymm0, ymm8
    vpaddw ymm4, ymm4, ymm9
    vmovdqu ymm9, [rdi + r15 + 48]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpmaddubsw ymm8, ymm8, ymm11
    vpmaddubsw ymm9, ymm9, ymm15
    vpaddw ymm1, ymm1, ymm8
    vpaddw ymm5, ymm5, ymm9
    vmovdqu ymm9, [r14 + 48]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpmaddubsw ymm8, ymm8, ymm11
    vpmaddubsw ymm9, ymm9, ymm15
    vpaddw ymm2, ymm2, ymm8
    vpaddw ymm6, ymm6, ymm9
    vmovdqu ymm9, [r14 + r15 + 48]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpmaddubsw ymm8, ymm8, ymm11
    vpmaddubsw ymm9, ymm9, ymm15
    vpaddw ymm3, ymm3, ymm8
    vpaddw ymm7, ymm7, ymm9
    vpbroadcastd ymm11, [r12 + 8]
    vpbroadcastd ymm15, [r12 + 24]
    vmovdqu ymm9, [rdi + 80]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpmaddubsw ymm8, ymm8, ymm11
    vpmaddubsw ymm9, ymm9, ymm15
    vpaddw ymm0, ymm0, ymm8
    vpaddw ymm4, ymm4, ymm9
    vmovdqu ymm9, [rdi + r15 + 80]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpmaddubsw ymm8, ymm8, ymm11
    vpmaddubsw ymm9, ymm9, ymm15
    vpaddw ymm1, ymm1, ymm8
    vpaddw ymm5, ymm5, ymm9
    vmovdqu ymm9, [r14 + 80]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpmaddubsw ymm8, ymm8, ymm11
    vpmaddubsw ymm9, ymm9, ymm15
    vpaddw ymm2, ymm2, ymm8
    vpaddw ymm6, ymm6, ymm9
    vmovdqu ymm9, [r14 + r15 + 80]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpmaddubsw ymm8, ymm8, ymm11
    vpmaddubsw ymm9, ymm9, ymm15
    vpaddw ymm3, ymm3, ymm8
    vpaddw ymm7, ymm7, ymm9
    vpbroadcastd ymm11, [r12 + 12]
    vpbroadcastd ymm15, [r12 + 28]
    vmovdqu ymm9, [rdi + 112]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpmaddubsw ymm8, ymm8, ymm11
    vpmaddubsw ymm9, ymm9, ymm15
    vpaddw ymm0, ymm0, ymm8
    vpaddw ymm4, ymm4, ymm9
    vmovdqu ymm9, [rdi + r15 + 112]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpmaddubsw ymm8, ymm8, ymm11
    vpmaddubsw ymm9, ymm9, ymm15
    vpaddw ymm1, ymm1, ymm8
    vpaddw ymm5, ymm5, ymm9
    vmovdqu ymm9, [r14 + 112]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpmaddubsw ymm8, ymm8, ymm11
    vpmaddubsw ymm9, ymm9, ymm15
    vpaddw ymm2, ymm2, ymm8
    vpaddw ymm6, ymm6, ymm9
    vmovdqu ymm9, [r14 + r15 + 112]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpmaddubsw ymm8, ymm8, ymm11
    vpmaddubsw ymm9, ymm9, ymm15
    vpaddw ymm3, ymm3, ymm8
    vpaddw ymm7, ymm7, ymm9
    vpaddw ymm0, ymm0, ymm4
    vpaddw ymm1, ymm1, ymm5
    vpaddw ymm2, ymm2, ymm6
    vpaddw ymm3, ymm3, ymm7
    vpbroadcastd ymm11, [r13 + 4]
    vpsrad ymm11, ymm11, 4
    vbroadcastss ymm10, [r13]
    vpmaddwd ymm0, ymm0, ymm12
    vpaddd ymm0, ymm0, ymm11
    vcvtph2ps ymm15, [rdi]
    vmulps ymm15, ymm15, ymm10
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm15, [r8]
    vmovups [r8], ymm0
    vpmaddwd ymm1, ymm1, ymm12
    vpaddd ymm1, ymm1, ymm11
    vcvtph2ps ymm15, [rdi + r15]
    vmulps ymm15, ymm15, ymm10
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm15, [r8 + r9]
    vmovups [r8 + r9], ymm1
    vpmaddwd ymm2, ymm2, ymm12
    vpaddd ymm2, ymm2, ymm11
    vcvtph2ps ymm15, [r14]
    vmulps ymm15, ymm15, ymm10
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm15, [r8 + 2*r9]
    vmovups [r8 + 2*r9], ymm2
    vpmaddwd ymm3, ymm3, ymm12
    vpaddd ymm3, ymm3, ymm11
    vcvtph2ps ymm15, [r14 + r15]
    vmulps ymm15, ymm15, ymm10
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm15, [r8 + r11]
    vmovups [r8 + r11], ymm3
    add rdi, 144
    add r14, 144
    add r12, 32
    add r13, 8
    dec rax
    jnz q4_avx2_regions_1_block
    add r8, 32
    dec rsi
    jnz q4_avx2_regions_1_group
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
iq4_avx2_1:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
    vbroadcasti128 ymm13, [rip + iq4_table]
iq4_avx2_1_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
iq4_avx2_1_block:
    vmovdqu ymm11, [rdi + 32]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 0]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm0, ymm10, ymm12
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 16]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm1, ymm10, ymm12
    vmovdqu ymm11, [rdi + 64]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 4]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm2, ymm10, ymm12
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 20]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm3, ymm10, ymm12
    vmovdqu ymm11, [rdi + 96]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 8]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 24]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vmovdqu ymm11, [rdi + 128]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 12]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 28]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpaddd ymm0, ymm0, ymm1
    vpaddd ymm0, ymm0, ymm2
    vpaddd ymm0, ymm0, ymm3
    vmovups ymm15, [rdi]
    mov r14, r8
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add rdi, 160
    add r12, 32
    add r13, 8
    dec rax
    jnz iq4_avx2_1_block
    add r8, 32
    dec rsi
    jnz iq4_avx2_1_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
iq4_avx2_2:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
    vbroadcasti128 ymm13, [rip + iq4_table]
iq4_avx2_2_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
iq4_avx2_2_block:
    vmovdqu ymm11, [rdi + 32]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 0]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm0, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 32]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm1, ymm10, ymm12
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 16]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm2, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 48]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm3, ymm10, ymm12
    vmovdqu ymm11, [rdi + 64]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 4]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm4, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 36]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm5, ymm10, ymm12
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 20]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm6, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 52]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm7, ymm10, ymm12
    vmovdqu ymm11, [rdi + 96]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 8]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 24]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vmovdqu ymm11, [rdi + 128]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 12]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 28]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vpaddd ymm0, ymm0, ymm2
    vpaddd ymm0, ymm0, ymm4
    vpaddd ymm0, ymm0, ymm6
    vpaddd ymm1, ymm1, ymm3
    vpaddd ymm1, ymm1, ymm5
    vpaddd ymm1, ymm1, ymm7
    vmovups ymm15, [rdi]
    mov r14, r8
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add rdi, 160
    add r12, 64
    add r13, 16
    dec rax
    jnz iq4_avx2_2_block
    add r8, 32
    dec rsi
    jnz iq4_avx2_2_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
iq4_avx2_3:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
    vbroadcasti128 ymm13, [rip + iq4_table]
iq4_avx2_3_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
iq4_avx2_3_block:
    vmovdqu ymm11, [rdi + 32]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 0]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm0, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 32]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm1, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 64]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm2, ymm10, ymm12
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 16]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm3, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 48]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm4, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 80]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm5, ymm10, ymm12
    vmovdqu ymm11, [rdi + 64]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 4]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 20]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm11, [rdi + 96]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 8]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 24]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm11, [rdi + 128]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 12]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 28]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpaddd ymm0, ymm0, ymm3
    vpaddd ymm1, ymm1, ymm4
    vpaddd ymm2, ymm2, ymm5
    vmovups ymm15, [rdi]
    mov r14, r8
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add rdi, 160
    add r12, 96
    add r13, 24
    dec rax
    jnz iq4_avx2_3_block
    add r8, 32
    dec rsi
    jnz iq4_avx2_3_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
iq4_avx2_4:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
    vbroadcasti128 ymm13, [rip + iq4_table]
iq4_avx2_4_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
iq4_avx2_4_block:
    vmovdqu ymm11, [rdi + 32]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 0]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm0, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 32]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm1, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 64]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm2, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 96]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm3, ymm10, ymm12
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 16]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm4, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 48]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm5, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 80]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm6, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 112]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm7, ymm10, ymm12
    vmovdqu ymm11, [rdi + 64]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 4]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 20]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vmovdqu ymm11, [rdi + 96]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 8]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 24]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vmovdqu ymm11, [rdi + 128]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 12]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 28]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vpaddd ymm0, ymm0, ymm4
    vpaddd ymm1, ymm1, ymm5
    vpaddd ymm2, ymm2, ymm6
    vpaddd ymm3, ymm3, ymm7
    vmovups ymm15, [rdi]
    mov r14, r8
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add r14, r9
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm10, [r14]
    vmovups [r14], ymm3
    add rdi, 160
    add r12, 128
    add r13, 32
    dec rax
    jnz iq4_avx2_4_block
    add r8, 32
    dec rsi
    jnz iq4_avx2_4_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
iq4_avx2_5:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
    vbroadcasti128 ymm13, [rip + iq4_table]
iq4_avx2_5_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
iq4_avx2_5_block:
    vmovdqu ymm11, [rdi + 32]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 0]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm0, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 32]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm1, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 64]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm2, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 96]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm3, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 128]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm4, ymm10, ymm12
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 16]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 144]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vmovdqu ymm11, [rdi + 64]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 4]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 20]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vmovdqu ymm11, [rdi + 96]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 8]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 136]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 24]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 152]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vmovdqu ymm11, [rdi + 128]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 12]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 28]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vmovups ymm15, [rdi]
    mov r14, r8
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add r14, r9
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm10, [r14]
    vmovups [r14], ymm3
    add r14, r9
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm4, ymm4
    vfmadd213ps ymm4, ymm10, [r14]
    vmovups [r14], ymm4
    add rdi, 160
    add r12, 160
    add r13, 40
    dec rax
    jnz iq4_avx2_5_block
    add r8, 32
    dec rsi
    jnz iq4_avx2_5_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
iq4_avx2_6:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
    vbroadcasti128 ymm13, [rip + iq4_table]
iq4_avx2_6_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
iq4_avx2_6_block:
    vmovdqu ymm11, [rdi + 32]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 0]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm0, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 32]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm1, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 64]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm2, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 96]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm3, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 128]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm4, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 160]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm5, ymm10, ymm12
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 16]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 144]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 176]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm11, [rdi + 64]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 4]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 164]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 20]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 180]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm11, [rdi + 96]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 8]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 136]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 168]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 24]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 152]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 184]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovdqu ymm11, [rdi + 128]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 12]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 172]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 28]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 188]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vmovups ymm15, [rdi]
    mov r14, r8
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add r14, r9
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm10, [r14]
    vmovups [r14], ymm3
    add r14, r9
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm4, ymm4
    vfmadd213ps ymm4, ymm10, [r14]
    vmovups [r14], ymm4
    add r14, r9
    vbroadcastss ymm10, [r13 + 40]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm5, ymm5
    vfmadd213ps ymm5, ymm10, [r14]
    vmovups [r14], ymm5
    add rdi, 160
    add r12, 192
    add r13, 48
    dec rax
    jnz iq4_avx2_6_block
    add r8, 32
    dec rsi
    jnz iq4_avx2_6_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
iq4_avx2_7:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
    vbroadcasti128 ymm13, [rip + iq4_table]
iq4_avx2_7_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
iq4_avx2_7_block:
    vmovdqu ymm11, [rdi + 32]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 0]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm0, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 32]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm1, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 64]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm2, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 96]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm3, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 128]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm4, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 160]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm5, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 192]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm6, ymm10, ymm12
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 16]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 144]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 176]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 208]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vmovdqu ymm11, [rdi + 64]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 4]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 164]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 196]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 20]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 180]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 212]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vmovdqu ymm11, [rdi + 96]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 8]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 136]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 168]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 200]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 24]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 152]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 184]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 216]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vmovdqu ymm11, [rdi + 128]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 12]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 172]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 204]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 28]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 188]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 220]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vmovups ymm15, [rdi]
    mov r14, r8
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add r14, r9
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm10, [r14]
    vmovups [r14], ymm3
    add r14, r9
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm4, ymm4
    vfmadd213ps ymm4, ymm10, [r14]
    vmovups [r14], ymm4
    add r14, r9
    vbroadcastss ymm10, [r13 + 40]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm5, ymm5
    vfmadd213ps ymm5, ymm10, [r14]
    vmovups [r14], ymm5
    add r14, r9
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm6, ymm6
    vfmadd213ps ymm6, ymm10, [r14]
    vmovups [r14], ymm6
    add rdi, 160
    add r12, 224
    add r13, 56
    dec rax
    jnz iq4_avx2_7_block
    add r8, 32
    dec rsi
    jnz iq4_avx2_7_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
iq4_avx2_8:
    push r12
    push r13
    push r14
    mov r10d, esi
    shr rsi, 32
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
    vbroadcasti128 ymm13, [rip + iq4_table]
iq4_avx2_8_group:
    vxorps ymm15, ymm15, ymm15
    mov r14, r8
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    add r14, r9
    vmovups [r14], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
iq4_avx2_8_block:
    vmovdqu ymm11, [rdi + 32]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 0]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm0, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 32]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm1, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 64]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm2, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 96]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm3, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 128]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm4, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 160]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm5, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 192]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm6, ymm10, ymm12
    vpbroadcastd ymm10, [r12 + 224]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm7, ymm10, ymm12
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 16]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 144]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 176]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 208]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 240]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vmovdqu ymm11, [rdi + 64]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 4]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 164]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 196]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 228]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 20]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 180]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 212]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 244]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vmovdqu ymm11, [rdi + 96]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 8]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 136]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 168]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 200]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 232]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 24]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 152]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 184]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 216]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 248]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vmovdqu ymm11, [rdi + 128]
    vpand ymm8, ymm11, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 12]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 172]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 204]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 236]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vpsrlw ymm8, ymm11, 4
    vpand ymm8, ymm8, ymm14
    vpshufb ymm9, ymm13, ymm8
    vpabsb ymm8, ymm9
    vpbroadcastd ymm10, [r12 + 28]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 188]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 220]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 252]
    vpsignb ymm10, ymm10, ymm9
    vpmaddubsw ymm10, ymm8, ymm10
    vpmaddwd ymm10, ymm10, ymm12
    vpaddd ymm7, ymm7, ymm10
    vmovups ymm15, [rdi]
    mov r14, r8
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm10, [r14]
    vmovups [r14], ymm0
    add r14, r9
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm10, [r14]
    vmovups [r14], ymm1
    add r14, r9
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm10, [r14]
    vmovups [r14], ymm2
    add r14, r9
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm10, [r14]
    vmovups [r14], ymm3
    add r14, r9
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm4, ymm4
    vfmadd213ps ymm4, ymm10, [r14]
    vmovups [r14], ymm4
    add r14, r9
    vbroadcastss ymm10, [r13 + 40]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm5, ymm5
    vfmadd213ps ymm5, ymm10, [r14]
    vmovups [r14], ymm5
    add r14, r9
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm6, ymm6
    vfmadd213ps ymm6, ymm10, [r14]
    vmovups [r14], ymm6
    add r14, r9
    vbroadcastss ymm10, [r13 + 56]
    vmulps ymm10, ymm10, ymm15
    vcvtdq2ps ymm7, ymm7
    vfmadd213ps ymm7, ymm10, [r14]
    vmovups [r14], ymm7
    add rdi, 160
    add r12, 256
    add r13, 64
    dec rax
    jnz iq4_avx2_8_block
    add r8, 32
    dec rsi
    jnz iq4_avx2_8_group
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
iq4_avx2_regions_1:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r15, r10, 160
    imul r15, r9
    shl r9, 5
    lea r11, [r9 + 2*r9]
    vpbroadcastd ymm12, [rip + ones16]
    vpbroadcastd ymm14, [rip + nibbles]
    vbroadcasti128 ymm13, [rip + iq4_table]
iq4_avx2_regions_1_group:
    vxorps ymm15, ymm15, ymm15
    vmovups [r8], ymm15
    vmovups [r8 + r9], ymm15
    vmovups [r8 + 2*r9], ymm15
    vmovups [r8 + r11], ymm15
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
    lea r14, [rdi + 2*r15]
iq4_avx2_regions_1_block:
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpxor ymm2, ymm2, ymm2
    vpxor ymm3, ymm3, ymm3
    vpxor ymm4, ymm4, ymm4
    vpxor ymm5, ymm5, ymm5
    vpxor ymm6, ymm6, ymm6
    vpxor ymm7, ymm7, ymm7
    vpbroadcastd ymm11, [r12 + 0]
    vpbroadcastd ymm15, [r12 + 16]
    vmovdqu ymm9, [rdi + 32]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpshufb ymm8, ymm13, ymm8
    vpshufb ymm9, ymm13, ymm9
    vpabsb ymm10, ymm8
    vpsignb ymm8, ymm11, ymm8
    vpmaddubsw ymm8, ymm10, ymm8
    vpmaddwd ymm8, ymm8, ymm12
    vpaddd ymm0, ymm0, ymm8
    vpabsb ymm10, ymm9
    vpsignb ymm9, ymm15, ymm9
    vpmaddubsw ymm9, ymm10, ymm9
    vpmaddwd ymm9, ymm9, ymm12
    vpaddd ymm4, ymm4, ymm9
    vmovdqu ymm9, [rdi + r15 + 32]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpshufb ymm8, ymm13, ymm8
    vpshufb ymm9, ymm13, ymm9
    vpabsb ymm10, ymm8
    vpsignb ymm8, ymm11, ymm8
    vpmaddubsw ymm8, ymm10, ymm8
    vpmaddwd ymm8, ymm8, ymm12
    vpaddd ymm1, ymm1, ymm8
    vpabsb ymm10, ymm9
    vpsignb ymm9, ymm15, ymm9
    vpmaddubsw ymm9, ymm10, ymm9
    vpmaddwd ymm9, ymm9, ymm12
    vpaddd ymm5, ymm5, ymm9
    vmovdqu ymm9, [r14 + 32]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpshufb ymm8, ymm13, ymm8
    vpshufb ymm9, ymm13, ymm9
    vpabsb ymm10, ymm8
    vpsignb ymm8, ymm11, ymm8
    vpmaddubsw ymm8, ymm10, ymm8
    vpmaddwd ymm8, ymm8, ymm12
    vpaddd ymm2, ymm2, ymm8
    vpabsb ymm10, ymm9
    vpsignb ymm9, ymm15, ymm9
    vpmaddubsw ymm9, ymm10, ymm9
    vpmaddwd ymm9, ymm9, ymm12
    vpaddd ymm6, ymm6, ymm9
    vmovdqu ymm9, [r14 + r15 + 32]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpshufb ymm8, ymm13, ymm8
    vpshufb ymm9, ymm13, ymm9
    vpabsb ymm10, ymm8
    vpsignb ymm8, ymm11, ymm8
    vpmaddubsw ymm8, ymm10, ymm8
    vpmaddwd ymm8, ymm8, ymm12
    vpaddd ymm3, ymm3, ymm8
    vpabsb ymm10, ymm9
    vpsignb ymm9, ymm15, ymm9
    vpmaddubsw ymm9, ymm10, ymm9
    vpmaddwd ymm9, ymm9, ymm12
    vpaddd ymm7, ymm7, ymm9
    vpbroadcastd ymm11, [r12 + 4]
    vpbroadcastd ymm15, [r12 + 20]
    vmovdqu ymm9, [rdi + 64]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpshufb ymm8, ymm13, ymm8
    vpshufb ymm9, ymm13, ymm9
    vpabsb ymm10, ymm8
    vpsignb ymm8, ymm11, ymm8
    vpmaddubsw ymm8, ymm10, ymm8
    vpmaddwd ymm8, ymm8, ymm12
    vpaddd ymm0, ymm0, ymm8
    vpabsb ymm10, ymm9
    vpsignb ymm9, ymm15, ymm9
    vpmaddubsw ymm9, ymm10, ymm9
    vpmaddwd ymm9, ymm9, ymm12
    vpaddd ymm4, ymm4, ymm9
    vmovdqu ymm9, [rdi + r15 + 64]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpshufb ymm8, ymm13, ymm8
    vpshufb ymm9, ymm13, ymm9
    vpabsb ymm10, ymm8
    vpsignb ymm8, ymm11, ymm8
    vpmaddubsw ymm8, ymm10, ymm8
    vpmaddwd ymm8, ymm8, ymm12
    vpaddd ymm1, ymm1, ymm8
    vpabsb ymm10, ymm9
    vpsignb ymm9, ymm15, ymm9
    vpmaddubsw ymm9, ymm10, ymm9
    vpmaddwd ymm9, ymm9, ymm12
    vpaddd ymm5, ymm5, ymm9
    vmovdqu ymm9, [r14 + 64]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpshufb ymm8, ymm13, ymm8
    vpshufb ymm9, ymm13, ymm9
    vpabsb ymm10, ymm8
    vpsignb ymm8, ymm11, ymm8
    vpmaddubsw ymm8, ymm10, ymm8
    vpmaddwd ymm8, ymm8, ymm12
    vpaddd ymm2, ymm2, ymm8
    vpabsb ymm10, ymm9
    vpsignb ymm9, ymm15, ymm9
    vpmaddubsw ymm9, ymm10, ymm9
    vpmaddwd ymm9, ymm9, ymm12
    vpaddd ymm6, ymm6, ymm9
    vmovdqu ymm9, [r14 + r15 + 64]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpshufb ymm8, ymm13, ymm8
    vpshufb ymm9, ymm13, ymm9
    vpabsb ymm10, ymm8
    vpsignb ymm8, ymm11, ymm8
    vpmaddubsw ymm8, ymm10, ymm8
    vpmaddwd ymm8, ymm8, ymm12
    vpaddd ymm3, ymm3, ymm8
    vpabsb ymm10, ymm9
    vpsignb ymm9, ymm15, ymm9
    vpmaddubsw ymm9, ymm10, ymm9
    vpmaddwd ymm9, ymm9, ymm12
    vpaddd ymm7, ymm7, ymm9
    vpbroadcastd ymm11, [r12 + 8]
    vpbroadcastd ymm15, [r12 + 24]
    vmovdqu ymm9, [rdi + 96]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpshufb ymm8, ymm13, ymm8
    vpshufb ymm9, ymm13, ymm9
    vpabsb ymm10, ymm8
    vpsignb ymm8, ymm11, ymm8
    vpmaddubsw ymm8, ymm10, ymm8
    vpmaddwd ymm8, ymm8, ymm12
    vpaddd ymm0, ymm0, ymm8
    vpabsb ymm10, ymm9
    vpsignb ymm9, ymm15, ymm9
    vpmaddubsw ymm9, ymm10, ymm9
    vpmaddwd ymm9, ymm9, ymm12
    vpaddd ymm4, ymm4, ymm9
    vmovdqu ymm9, [rdi + r15 + 96]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpshufb ymm8, ymm13, ymm8
    vpshufb ymm9, ymm13, ymm9
    vpabsb ymm10, ymm8
    vpsignb ymm8, ymm11, ymm8
    vpmaddubsw ymm8, ymm10, ymm8
    vpmaddwd ymm8, ymm8, ymm12
    vpaddd ymm1, ymm1, ymm8
    vpabsb ymm10, ymm9
    vpsignb ymm9, ymm15, ymm9
    vpmaddubsw ymm9, ymm10, ymm9
    vpmaddwd ymm9, ymm9, ymm12
    vpaddd ymm5, ymm5, ymm9
    vmovdqu ymm9, [r14 + 96]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpshufb ymm8, ymm13, ymm8
    vpshufb ymm9, ymm13, ymm9
    vpabsb ymm10, ymm8
    vpsignb ymm8, ymm11, ymm8
    vpmaddubsw ymm8, ymm10, ymm8
    vpmaddwd ymm8, ymm8, ymm12
    vpaddd ymm2, ymm2, ymm8
    vpabsb ymm10, ymm9
    vpsignb ymm9, ymm15, ymm9
    vpmaddubsw ymm9, ymm10, ymm9
    vpmaddwd ymm9, ymm9, ymm12
    vpaddd ymm6, ymm6, ymm9
    vmovdqu ymm9, [r14 + r15 + 96]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpshufb ymm8, ymm13, ymm8
    vpshufb ymm9, ymm13, ymm9
    vpabsb ymm10, ymm8
    vpsignb ymm8, ymm11, ymm8
    vpmaddubsw ymm8, ymm10, ymm8
    vpmaddwd ymm8, ymm8, ymm12
    vpaddd ymm3, ymm3, ymm8
    vpabsb ymm10, ymm9
    vpsignb ymm9, ymm15, ymm9
    vpmaddubsw ymm9, ymm10, ymm9
    vpmaddwd ymm9, ymm9, ymm12
    vpaddd ymm7, ymm7, ymm9
    vpbroadcastd ymm11, [r12 + 12]
    vpbroadcastd ymm15, [r12 + 28]
    vmovdqu ymm9, [rdi + 128]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpshufb ymm8, ymm13, ymm8
    vpshufb ymm9, ymm13, ymm9
    vpabsb ymm10, ymm8
    vpsignb ymm8, ymm11, ymm8
    vpmaddubsw ymm8, ymm10, ymm8
    vpmaddwd ymm8, ymm8, ymm12
    vpaddd ymm0, ymm0, ymm8
    vpabsb ymm10, ymm9
    vpsignb ymm9, ymm15, ymm9
    vpmaddubsw ymm9, ymm10, ymm9
    vpmaddwd ymm9, ymm9, ymm12
    vpaddd ymm4, ymm4, ymm9
    vmovdqu ymm9, [rdi + r15 + 128]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpshufb ymm8, ymm13, ymm8
    vpshufb ymm9, ymm13, ymm9
    vpabsb ymm10, ymm8
    vpsignb ymm8, ymm11, ymm8
    vpmaddubsw ymm8, ymm10, ymm8
    vpmaddwd ymm8, ymm8, ymm12
    vpaddd ymm1, ymm1, ymm8
    vpabsb ymm10, ymm9
    vpsignb ymm9, ymm15, ymm9
    vpmaddubsw ymm9, ymm10, ymm9
    vpmaddwd ymm9, ymm9, ymm12
    vpaddd ymm5, ymm5, ymm9
    vmovdqu ymm9, [r14 + 128]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpshufb ymm8, ymm13, ymm8
    vpshufb ymm9, ymm13, ymm9
    vpabsb ymm10, ymm8
    vpsignb ymm8, ymm11, ymm8
    vpmaddubsw ymm8, ymm10, ymm8
    vpmaddwd ymm8, ymm8, ymm12
    vpaddd ymm2, ymm2, ymm8
    vpabsb ymm10, ymm9
    vpsignb ymm9, ymm15, ymm9
    vpmaddubsw ymm9, ymm10, ymm9
    vpmaddwd ymm9, ymm9, ymm12
    vpaddd ymm6, ymm6, ymm9
    vmovdqu ymm9, [r14 + r15 + 128]
    vpand ymm8, ymm9, ymm14
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm14
    vpshufb ymm8, ymm13, ymm8
    vpshufb ymm9, ymm13, ymm9
    vpabsb ymm10, ymm8
    vpsignb ymm8, ymm11, ymm8
    vpmaddubsw ymm8, ymm10, ymm8
    vpmaddwd ymm8, ymm8, ymm12
    vpaddd ymm3, ymm3, ymm8
    vpabsb ymm10, ymm9
    vpsignb ymm9, ymm15, ymm9
    vpmaddubsw ymm9, ymm10, ymm9
    vpmaddwd ymm9, ymm9, ymm12
    vpaddd ymm7, ymm7, ymm9
    vpaddd ymm0, ymm0, ymm4
    vpaddd ymm1, ymm1, ymm5
    vpaddd ymm2, ymm2, ymm6
    vpaddd ymm3, ymm3, ymm7
    vbroadcastss ymm10, [r13]
    vmovups ymm15, [rdi]
    vmulps ymm15, ymm15, ymm10
    vcvtdq2ps ymm0, ymm0
    vfmadd213ps ymm0, ymm15, [r8]
    vmovups [r8], ymm0
    vmovups ymm15, [rdi + r15]
    vmulps ymm15, ymm15, ymm10
    vcvtdq2ps ymm1, ymm1
    vfmadd213ps ymm1, ymm15, [r8 + r9]
    vmovups [r8 + r9], ymm1
    vmovups ymm15, [r14]
    vmulps ymm15, ymm15, ymm10
    vcvtdq2ps ymm2, ymm2
    vfmadd213ps ymm2, ymm15, [r8 + 2*r9]
    vmovups [r8 + 2*r9], ymm2
    vmovups ymm15, [r14 + r15]
    vmulps ymm15, ymm15, ymm10
    vcvtdq2ps ymm3, ymm3
    vfmadd213ps ymm3, ymm15, [r8 + r11]
    vmovups [r8 + r11], ymm3
    add rdi, 160
    add r14, 160
    add r12, 32
    add r13, 8
    dec rax
    jnz iq4_avx2_regions_1_block
    add r8, 32
    dec rsi
    jnz iq4_avx2_regions_1_group
    vzeroupper
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4k_avx2_1:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 128
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1216
    not r11
    and rbx, r11
    vmovdqu ymm13, [rip + rows4]
    vmovdqu ymm14, [rip + columns4]
    vpbroadcastd ymm15, [rip + nibbles]
q4k_avx2_1_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4k_avx2_1_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    test rbx, rbx
    jz q4k_avx2_1_fetched
    prefetcht0 [rdi + rbx + 0]
    prefetcht0 [rdi + rbx + 64]
    prefetcht0 [rdi + rbx + 128]
    prefetcht0 [rdi + rbx + 192]
    prefetcht0 [rdi + rbx + 256]
    prefetcht0 [rdi + rbx + 320]
    prefetcht0 [rdi + rbx + 384]
    prefetcht0 [rdi + rbx + 448]
    prefetcht0 [rdi + rbx + 512]
    prefetcht0 [rdi + rbx + 576]
    prefetcht0 [rdi + rbx + 640]
    prefetcht0 [rdi + rbx + 704]
    prefetcht0 [rdi + rbx + 768]
    prefetcht0 [rdi + rbx + 832]
    prefetcht0 [rdi + rbx + 896]
    prefetcht0 [rdi + rbx + 960]
    prefetcht0 [rdi + rbx + 1024]
    prefetcht0 [rdi + rbx + 1088]
    prefetcht0 [rdi + rbx + 1152]
q4k_avx2_1_fetched:
    lea r15, [rdi + 64]
    mov r11d, 8
q4k_avx2_1_sub:
    vpmovzxbd ymm10, [r15]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 0], ymm10
    vpmovzxbd ymm10, [r15 + 8]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 32], ymm10
    vpxor ymm0, ymm0, ymm0
    vpermd ymm9, ymm13, [r15 + 16]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpermd ymm9, ymm13, [r15 + 48]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpermd ymm9, ymm13, [r15 + 80]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpermd ymm9, ymm13, [r15 + 112]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm0, ymm11, [rsp + 64]
    vmovaps [rsp + 64], ymm0
    vpbroadcastd ymm11, [r13 + 4]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm0, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rsp + 32]
    vmovaps [rsp + 96], ymm0
    add r15, 144
    add r12, 32
    add r13, 8
    dec r11d
    jnz q4k_avx2_1_sub
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovaps ymm11, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rdi + 32]
    vmovups [r14], ymm0
    add rdi, 1216
    dec rax
    jnz q4k_avx2_1_super
    add r8, 32
    dec rsi
    jnz q4k_avx2_1_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4k_avx2_2:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 192
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1216
    not r11
    and rbx, r11
    vmovdqu ymm13, [rip + rows4]
    vmovdqu ymm14, [rip + columns4]
    vpbroadcastd ymm15, [rip + nibbles]
q4k_avx2_2_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4k_avx2_2_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 128], ymm12
    vmovaps [rsp + 160], ymm12
    lea r15, [rdi + 64]
    mov r11d, 8
q4k_avx2_2_sub:
    vpmovzxbd ymm10, [r15]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 0], ymm10
    vpmovzxbd ymm10, [r15 + 8]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 32], ymm10
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpermd ymm9, ymm13, [r15 + 16]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 48]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpermd ymm9, ymm13, [r15 + 48]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 52]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpermd ymm9, ymm13, [r15 + 80]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 56]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpermd ymm9, ymm13, [r15 + 112]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 60]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm0, ymm11, [rsp + 64]
    vmovaps [rsp + 64], ymm0
    vpbroadcastd ymm11, [r13 + 4]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm0, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rsp + 32]
    vmovaps [rsp + 96], ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm1, ymm11, [rsp + 128]
    vmovaps [rsp + 128], ymm1
    vpbroadcastd ymm11, [r13 + 12]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm1, [rsp + 160]
    vfmadd231ps ymm1, ymm11, [rsp + 32]
    vmovaps [rsp + 160], ymm1
    add r15, 144
    add r12, 64
    add r13, 16
    dec r11d
    jnz q4k_avx2_2_sub
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovaps ymm11, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rdi + 32]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 128]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovaps ymm11, [rsp + 160]
    vfmadd231ps ymm1, ymm11, [rdi + 32]
    vmovups [r14], ymm1
    add rdi, 1216
    dec rax
    jnz q4k_avx2_2_super
    add r8, 32
    dec rsi
    jnz q4k_avx2_2_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4k_avx2_3:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 256
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1216
    not r11
    and rbx, r11
    vmovdqu ymm13, [rip + rows4]
    vmovdqu ymm14, [rip + columns4]
    vpbroadcastd ymm15, [rip + nibbles]
q4k_avx2_3_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4k_avx2_3_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 128], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    vmovaps [rsp + 224], ymm12
    lea r15, [rdi + 64]
    mov r11d, 8
q4k_avx2_3_sub:
    vpmovzxbd ymm10, [r15]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 0], ymm10
    vpmovzxbd ymm10, [r15 + 8]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 32], ymm10
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpxor ymm2, ymm2, ymm2
    vpermd ymm9, ymm13, [r15 + 16]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 48]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 80]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpermd ymm9, ymm13, [r15 + 48]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 52]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 84]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpermd ymm9, ymm13, [r15 + 80]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 56]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 88]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpermd ymm9, ymm13, [r15 + 112]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 60]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 92]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm0, ymm11, [rsp + 64]
    vmovaps [rsp + 64], ymm0
    vpbroadcastd ymm11, [r13 + 4]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm0, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rsp + 32]
    vmovaps [rsp + 96], ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm1, ymm11, [rsp + 128]
    vmovaps [rsp + 128], ymm1
    vpbroadcastd ymm11, [r13 + 12]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm1, [rsp + 160]
    vfmadd231ps ymm1, ymm11, [rsp + 32]
    vmovaps [rsp + 160], ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm2, ymm11, [rsp + 192]
    vmovaps [rsp + 192], ymm2
    vpbroadcastd ymm11, [r13 + 20]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm2, [rsp + 224]
    vfmadd231ps ymm2, ymm11, [rsp + 32]
    vmovaps [rsp + 224], ymm2
    add r15, 144
    add r12, 96
    add r13, 24
    dec r11d
    jnz q4k_avx2_3_sub
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovaps ymm11, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rdi + 32]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 128]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovaps ymm11, [rsp + 160]
    vfmadd231ps ymm1, ymm11, [rdi + 32]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 192]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovaps ymm11, [rsp + 224]
    vfmadd231ps ymm2, ymm11, [rdi + 32]
    vmovups [r14], ymm2
    add rdi, 1216
    dec rax
    jnz q4k_avx2_3_super
    add r8, 32
    dec rsi
    jnz q4k_avx2_3_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4k_avx2_4:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 320
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1216
    not r11
    and rbx, r11
    vmovdqu ymm13, [rip + rows4]
    vmovdqu ymm14, [rip + columns4]
    vpbroadcastd ymm15, [rip + nibbles]
q4k_avx2_4_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4k_avx2_4_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 128], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    vmovaps [rsp + 224], ymm12
    vmovaps [rsp + 256], ymm12
    vmovaps [rsp + 288], ymm12
    lea r15, [rdi + 64]
    mov r11d, 8
q4k_avx2_4_sub:
    vpmovzxbd ymm10, [r15]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 0], ymm10
    vpmovzxbd ymm10, [r15 + 8]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 32], ymm10
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpxor ymm2, ymm2, ymm2
    vpxor ymm3, ymm3, ymm3
    vpermd ymm9, ymm13, [r15 + 16]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 48]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 80]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 112]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpermd ymm9, ymm13, [r15 + 48]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 52]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 84]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 116]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpermd ymm9, ymm13, [r15 + 80]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 56]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 88]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 120]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpermd ymm9, ymm13, [r15 + 112]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 60]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 92]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 124]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm0, ymm11, [rsp + 64]
    vmovaps [rsp + 64], ymm0
    vpbroadcastd ymm11, [r13 + 4]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm0, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rsp + 32]
    vmovaps [rsp + 96], ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm1, ymm11, [rsp + 128]
    vmovaps [rsp + 128], ymm1
    vpbroadcastd ymm11, [r13 + 12]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm1, [rsp + 160]
    vfmadd231ps ymm1, ymm11, [rsp + 32]
    vmovaps [rsp + 160], ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm2, ymm11, [rsp + 192]
    vmovaps [rsp + 192], ymm2
    vpbroadcastd ymm11, [r13 + 20]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm2, [rsp + 224]
    vfmadd231ps ymm2, ymm11, [rsp + 32]
    vmovaps [rsp + 224], ymm2
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm3, ymm11, [rsp + 256]
    vmovaps [rsp + 256], ymm3
    vpbroadcastd ymm11, [r13 + 28]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm3, [rsp + 288]
    vfmadd231ps ymm3, ymm11, [rsp + 32]
    vmovaps [rsp + 288], ymm3
    add r15, 144
    add r12, 128
    add r13, 32
    dec r11d
    jnz q4k_avx2_4_sub
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovaps ymm11, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rdi + 32]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 128]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovaps ymm11, [rsp + 160]
    vfmadd231ps ymm1, ymm11, [rdi + 32]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 192]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovaps ymm11, [rsp + 224]
    vfmadd231ps ymm2, ymm11, [rdi + 32]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 256]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovaps ymm11, [rsp + 288]
    vfmadd231ps ymm3, ymm11, [rdi + 32]
    vmovups [r14], ymm3
    add rdi, 1216
    dec rax
    jnz q4k_avx2_4_super
    add r8, 32
    dec rsi
    jnz q4k_avx2_4_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4k_avx2_5:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 384
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1216
    not r11
    and rbx, r11
    vmovdqu ymm13, [rip + rows4]
    vmovdqu ymm14, [rip + columns4]
    vpbroadcastd ymm15, [rip + nibbles]
q4k_avx2_5_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4k_avx2_5_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 128], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    vmovaps [rsp + 224], ymm12
    vmovaps [rsp + 256], ymm12
    vmovaps [rsp + 288], ymm12
    vmovaps [rsp + 320], ymm12
    vmovaps [rsp + 352], ymm12
    lea r15, [rdi + 64]
    mov r11d, 8
q4k_avx2_5_sub:
    vpmovzxbd ymm10, [r15]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 0], ymm10
    vpmovzxbd ymm10, [r15 + 8]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 32], ymm10
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpxor ymm2, ymm2, ymm2
    vpxor ymm3, ymm3, ymm3
    vpxor ymm4, ymm4, ymm4
    vpermd ymm9, ymm13, [r15 + 16]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 48]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 80]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 112]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 128]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 144]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpermd ymm9, ymm13, [r15 + 48]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 52]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 84]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 116]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 132]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 148]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpermd ymm9, ymm13, [r15 + 80]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 56]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 88]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 120]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 136]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 152]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpermd ymm9, ymm13, [r15 + 112]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 60]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 92]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 124]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 140]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 156]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm0, ymm11, [rsp + 64]
    vmovaps [rsp + 64], ymm0
    vpbroadcastd ymm11, [r13 + 4]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm0, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rsp + 32]
    vmovaps [rsp + 96], ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm1, ymm11, [rsp + 128]
    vmovaps [rsp + 128], ymm1
    vpbroadcastd ymm11, [r13 + 12]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm1, [rsp + 160]
    vfmadd231ps ymm1, ymm11, [rsp + 32]
    vmovaps [rsp + 160], ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm2, ymm11, [rsp + 192]
    vmovaps [rsp + 192], ymm2
    vpbroadcastd ymm11, [r13 + 20]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm2, [rsp + 224]
    vfmadd231ps ymm2, ymm11, [rsp + 32]
    vmovaps [rsp + 224], ymm2
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm3, ymm11, [rsp + 256]
    vmovaps [rsp + 256], ymm3
    vpbroadcastd ymm11, [r13 + 28]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm3, [rsp + 288]
    vfmadd231ps ymm3, ymm11, [rsp + 32]
    vmovaps [rsp + 288], ymm3
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm4, ymm11, [rsp + 320]
    vmovaps [rsp + 320], ymm4
    vpbroadcastd ymm11, [r13 + 36]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm4, [rsp + 352]
    vfmadd231ps ymm4, ymm11, [rsp + 32]
    vmovaps [rsp + 352], ymm4
    add r15, 144
    add r12, 160
    add r13, 40
    dec r11d
    jnz q4k_avx2_5_sub
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovaps ymm11, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rdi + 32]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 128]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovaps ymm11, [rsp + 160]
    vfmadd231ps ymm1, ymm11, [rdi + 32]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 192]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovaps ymm11, [rsp + 224]
    vfmadd231ps ymm2, ymm11, [rdi + 32]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 256]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovaps ymm11, [rsp + 288]
    vfmadd231ps ymm3, ymm11, [rdi + 32]
    vmovups [r14], ymm3
    add r14, r9
    vmovups ymm4, [r14]
    vmovaps ymm10, [rsp + 320]
    vfmadd231ps ymm4, ymm10, [rdi]
    vmovaps ymm11, [rsp + 352]
    vfmadd231ps ymm4, ymm11, [rdi + 32]
    vmovups [r14], ymm4
    add rdi, 1216
    dec rax
    jnz q4k_avx2_5_super
    add r8, 32
    dec rsi
    jnz q4k_avx2_5_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4k_avx2_6:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 448
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1216
    not r11
    and rbx, r11
    vmovdqu ymm13, [rip + rows4]
    vmovdqu ymm14, [rip + columns4]
    vpbroadcastd ymm15, [rip + nibbles]
q4k_avx2_6_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4k_avx2_6_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 128], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    vmovaps [rsp + 224], ymm12
    vmovaps [rsp + 256], ymm12
    vmovaps [rsp + 288], ymm12
    vmovaps [rsp + 320], ymm12
    vmovaps [rsp + 352], ymm12
    vmovaps [rsp + 384], ymm12
    vmovaps [rsp + 416], ymm12
    lea r15, [rdi + 64]
    mov r11d, 8
q4k_avx2_6_sub:
    vpmovzxbd ymm10, [r15]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 0], ymm10
    vpmovzxbd ymm10, [r15 + 8]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 32], ymm10
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpxor ymm2, ymm2, ymm2
    vpxor ymm3, ymm3, ymm3
    vpxor ymm4, ymm4, ymm4
    vpxor ymm5, ymm5, ymm5
    vpermd ymm9, ymm13, [r15 + 16]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 48]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 80]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 112]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 128]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 144]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 160]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 176]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpermd ymm9, ymm13, [r15 + 48]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 52]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 84]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 116]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 132]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 148]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 164]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 180]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpermd ymm9, ymm13, [r15 + 80]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 56]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 88]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 120]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 136]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 152]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 168]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 184]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpermd ymm9, ymm13, [r15 + 112]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 60]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 92]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 124]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 140]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 156]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 172]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 188]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm0, ymm11, [rsp + 64]
    vmovaps [rsp + 64], ymm0
    vpbroadcastd ymm11, [r13 + 4]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm0, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rsp + 32]
    vmovaps [rsp + 96], ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm1, ymm11, [rsp + 128]
    vmovaps [rsp + 128], ymm1
    vpbroadcastd ymm11, [r13 + 12]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm1, [rsp + 160]
    vfmadd231ps ymm1, ymm11, [rsp + 32]
    vmovaps [rsp + 160], ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm2, ymm11, [rsp + 192]
    vmovaps [rsp + 192], ymm2
    vpbroadcastd ymm11, [r13 + 20]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm2, [rsp + 224]
    vfmadd231ps ymm2, ymm11, [rsp + 32]
    vmovaps [rsp + 224], ymm2
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm3, ymm11, [rsp + 256]
    vmovaps [rsp + 256], ymm3
    vpbroadcastd ymm11, [r13 + 28]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm3, [rsp + 288]
    vfmadd231ps ymm3, ymm11, [rsp + 32]
    vmovaps [rsp + 288], ymm3
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm4, ymm11, [rsp + 320]
    vmovaps [rsp + 320], ymm4
    vpbroadcastd ymm11, [r13 + 36]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm4, [rsp + 352]
    vfmadd231ps ymm4, ymm11, [rsp + 32]
    vmovaps [rsp + 352], ymm4
    vpmaddwd ymm5, ymm5, [rip + ones16x8]
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 40]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm5, ymm11, [rsp + 384]
    vmovaps [rsp + 384], ymm5
    vpbroadcastd ymm11, [r13 + 44]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm5, [rsp + 416]
    vfmadd231ps ymm5, ymm11, [rsp + 32]
    vmovaps [rsp + 416], ymm5
    add r15, 144
    add r12, 192
    add r13, 48
    dec r11d
    jnz q4k_avx2_6_sub
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovaps ymm11, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rdi + 32]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 128]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovaps ymm11, [rsp + 160]
    vfmadd231ps ymm1, ymm11, [rdi + 32]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 192]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovaps ymm11, [rsp + 224]
    vfmadd231ps ymm2, ymm11, [rdi + 32]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 256]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovaps ymm11, [rsp + 288]
    vfmadd231ps ymm3, ymm11, [rdi + 32]
    vmovups [r14], ymm3
    add r14, r9
    vmovups ymm4, [r14]
    vmovaps ymm10, [rsp + 320]
    vfmadd231ps ymm4, ymm10, [rdi]
    vmovaps ymm11, [rsp + 352]
    vfmadd231ps ymm4, ymm11, [rdi + 32]
    vmovups [r14], ymm4
    add r14, r9
    vmovups ymm5, [r14]
    vmovaps ymm10, [rsp + 384]
    vfmadd231ps ymm5, ymm10, [rdi]
    vmovaps ymm11, [rsp + 416]
    vfmadd231ps ymm5, ymm11, [rdi + 32]
    vmovups [r14], ymm5
    add rdi, 1216
    dec rax
    jnz q4k_avx2_6_super
    add r8, 32
    dec rsi
    jnz q4k_avx2_6_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4k_avx2_7:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 512
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1216
    not r11
    and rbx, r11
    vmovdqu ymm13, [rip + rows4]
    vmovdqu ymm14, [rip + columns4]
    vpbroadcastd ymm15, [rip + nibbles]
q4k_avx2_7_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4k_avx2_7_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 128], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    vmovaps [rsp + 224], ymm12
    vmovaps [rsp + 256], ymm12
    vmovaps [rsp + 288], ymm12
    vmovaps [rsp + 320], ymm12
    vmovaps [rsp + 352], ymm12
    vmovaps [rsp + 384], ymm12
    vmovaps [rsp + 416], ymm12
    vmovaps [rsp + 448], ymm12
    vmovaps [rsp + 480], ymm12
    lea r15, [rdi + 64]
    mov r11d, 8
q4k_avx2_7_sub:
    vpmovzxbd ymm10, [r15]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 0], ymm10
    vpmovzxbd ymm10, [r15 + 8]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 32], ymm10
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpxor ymm2, ymm2, ymm2
    vpxor ymm3, ymm3, ymm3
    vpxor ymm4, ymm4, ymm4
    vpxor ymm5, ymm5, ymm5
    vpxor ymm6, ymm6, ymm6
    vpermd ymm9, ymm13, [r15 + 16]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 48]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 80]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 112]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 128]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 144]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 160]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 176]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpbroadcastd ymm10, [r12 + 192]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm11, [r12 + 208]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm6, ymm6, ymm11
    vpermd ymm9, ymm13, [r15 + 48]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 52]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 84]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 116]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 132]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 148]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 164]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 180]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpbroadcastd ymm10, [r12 + 196]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm11, [r12 + 212]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm6, ymm6, ymm11
    vpermd ymm9, ymm13, [r15 + 80]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 56]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 88]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 120]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 136]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 152]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 168]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 184]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpbroadcastd ymm10, [r12 + 200]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm11, [r12 + 216]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm6, ymm6, ymm11
    vpermd ymm9, ymm13, [r15 + 112]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 60]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 92]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 124]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 140]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 156]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 172]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 188]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpbroadcastd ymm10, [r12 + 204]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm11, [r12 + 220]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm6, ymm6, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm0, ymm11, [rsp + 64]
    vmovaps [rsp + 64], ymm0
    vpbroadcastd ymm11, [r13 + 4]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm0, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rsp + 32]
    vmovaps [rsp + 96], ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm1, ymm11, [rsp + 128]
    vmovaps [rsp + 128], ymm1
    vpbroadcastd ymm11, [r13 + 12]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm1, [rsp + 160]
    vfmadd231ps ymm1, ymm11, [rsp + 32]
    vmovaps [rsp + 160], ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm2, ymm11, [rsp + 192]
    vmovaps [rsp + 192], ymm2
    vpbroadcastd ymm11, [r13 + 20]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm2, [rsp + 224]
    vfmadd231ps ymm2, ymm11, [rsp + 32]
    vmovaps [rsp + 224], ymm2
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm3, ymm11, [rsp + 256]
    vmovaps [rsp + 256], ymm3
    vpbroadcastd ymm11, [r13 + 28]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm3, [rsp + 288]
    vfmadd231ps ymm3, ymm11, [rsp + 32]
    vmovaps [rsp + 288], ymm3
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm4, ymm11, [rsp + 320]
    vmovaps [rsp + 320], ymm4
    vpbroadcastd ymm11, [r13 + 36]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm4, [rsp + 352]
    vfmadd231ps ymm4, ymm11, [rsp + 32]
    vmovaps [rsp + 352], ymm4
    vpmaddwd ymm5, ymm5, [rip + ones16x8]
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 40]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm5, ymm11, [rsp + 384]
    vmovaps [rsp + 384], ymm5
    vpbroadcastd ymm11, [r13 + 44]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm5, [rsp + 416]
    vfmadd231ps ymm5, ymm11, [rsp + 32]
    vmovaps [rsp + 416], ymm5
    vpmaddwd ymm6, ymm6, [rip + ones16x8]
    vcvtdq2ps ymm6, ymm6
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm6, ymm11, [rsp + 448]
    vmovaps [rsp + 448], ymm6
    vpbroadcastd ymm11, [r13 + 52]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm6, [rsp + 480]
    vfmadd231ps ymm6, ymm11, [rsp + 32]
    vmovaps [rsp + 480], ymm6
    add r15, 144
    add r12, 224
    add r13, 56
    dec r11d
    jnz q4k_avx2_7_sub
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovaps ymm11, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rdi + 32]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 128]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovaps ymm11, [rsp + 160]
    vfmadd231ps ymm1, ymm11, [rdi + 32]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 192]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovaps ymm11, [rsp + 224]
    vfmadd231ps ymm2, ymm11, [rdi + 32]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 256]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovaps ymm11, [rsp + 288]
    vfmadd231ps ymm3, ymm11, [rdi + 32]
    vmovups [r14], ymm3
    add r14, r9
    vmovups ymm4, [r14]
    vmovaps ymm10, [rsp + 320]
    vfmadd231ps ymm4, ymm10, [rdi]
    vmovaps ymm11, [rsp + 352]
    vfmadd231ps ymm4, ymm11, [rdi + 32]
    vmovups [r14], ymm4
    add r14, r9
    vmovups ymm5, [r14]
    vmovaps ymm10, [rsp + 384]
    vfmadd231ps ymm5, ymm10, [rdi]
    vmovaps ymm11, [rsp + 416]
    vfmadd231ps ymm5, ymm11, [rdi + 32]
    vmovups [r14], ymm5
    add r14, r9
    vmovups ymm6, [r14]
    vmovaps ymm10, [rsp + 448]
    vfmadd231ps ymm6, ymm10, [rdi]
    vmovaps ymm11, [rsp + 480]
    vfmadd231ps ymm6, ymm11, [rdi + 32]
    vmovups [r14], ymm6
    add rdi, 1216
    dec rax
    jnz q4k_avx2_7_super
    add r8, 32
    dec rsi
    jnz q4k_avx2_7_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4k_avx2_8:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 576
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1216
    not r11
    and rbx, r11
    vmovdqu ymm13, [rip + rows4]
    vmovdqu ymm14, [rip + columns4]
    vpbroadcastd ymm15, [rip + nibbles]
q4k_avx2_8_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4k_avx2_8_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 128], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    vmovaps [rsp + 224], ymm12
    vmovaps [rsp + 256], ymm12
    vmovaps [rsp + 288], ymm12
    vmovaps [rsp + 320], ymm12
    vmovaps [rsp + 352], ymm12
    vmovaps [rsp + 384], ymm12
    vmovaps [rsp + 416], ymm12
    vmovaps [rsp + 448], ymm12
    vmovaps [rsp + 480], ymm12
    vmovaps [rsp + 512], ymm12
    vmovaps [rsp + 544], ymm12
    lea r15, [rdi + 64]
    mov r11d, 8
q4k_avx2_8_sub:
    vpmovzxbd ymm10, [r15]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 0], ymm10
    vpmovzxbd ymm10, [r15 + 8]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 32], ymm10
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpxor ymm2, ymm2, ymm2
    vpxor ymm3, ymm3, ymm3
    vpxor ymm4, ymm4, ymm4
    vpxor ymm5, ymm5, ymm5
    vpxor ymm6, ymm6, ymm6
    vpxor ymm7, ymm7, ymm7
    vpermd ymm9, ymm13, [r15 + 16]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 48]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 80]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 112]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 128]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 144]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 160]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 176]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpbroadcastd ymm10, [r12 + 192]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm11, [r12 + 208]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm6, ymm6, ymm11
    vpbroadcastd ymm10, [r12 + 224]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vpbroadcastd ymm11, [r12 + 240]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm7, ymm7, ymm11
    vpermd ymm9, ymm13, [r15 + 48]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 52]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 84]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 116]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 132]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 148]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 164]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 180]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpbroadcastd ymm10, [r12 + 196]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm11, [r12 + 212]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm6, ymm6, ymm11
    vpbroadcastd ymm10, [r12 + 228]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vpbroadcastd ymm11, [r12 + 244]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm7, ymm7, ymm11
    vpermd ymm9, ymm13, [r15 + 80]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 56]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 88]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 120]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 136]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 152]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 168]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 184]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpbroadcastd ymm10, [r12 + 200]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm11, [r12 + 216]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm6, ymm6, ymm11
    vpbroadcastd ymm10, [r12 + 232]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vpbroadcastd ymm11, [r12 + 248]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm7, ymm7, ymm11
    vpermd ymm9, ymm13, [r15 + 112]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 60]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 92]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 124]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 140]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 156]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 172]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 188]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpbroadcastd ymm10, [r12 + 204]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm11, [r12 + 220]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm6, ymm6, ymm11
    vpbroadcastd ymm10, [r12 + 236]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vpbroadcastd ymm11, [r12 + 252]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm7, ymm7, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm0, ymm11, [rsp + 64]
    vmovaps [rsp + 64], ymm0
    vpbroadcastd ymm11, [r13 + 4]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm0, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rsp + 32]
    vmovaps [rsp + 96], ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm1, ymm11, [rsp + 128]
    vmovaps [rsp + 128], ymm1
    vpbroadcastd ymm11, [r13 + 12]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm1, [rsp + 160]
    vfmadd231ps ymm1, ymm11, [rsp + 32]
    vmovaps [rsp + 160], ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm2, ymm11, [rsp + 192]
    vmovaps [rsp + 192], ymm2
    vpbroadcastd ymm11, [r13 + 20]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm2, [rsp + 224]
    vfmadd231ps ymm2, ymm11, [rsp + 32]
    vmovaps [rsp + 224], ymm2
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm3, ymm11, [rsp + 256]
    vmovaps [rsp + 256], ymm3
    vpbroadcastd ymm11, [r13 + 28]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm3, [rsp + 288]
    vfmadd231ps ymm3, ymm11, [rsp + 32]
    vmovaps [rsp + 288], ymm3
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm4, ymm11, [rsp + 320]
    vmovaps [rsp + 320], ymm4
    vpbroadcastd ymm11, [r13 + 36]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm4, [rsp + 352]
    vfmadd231ps ymm4, ymm11, [rsp + 32]
    vmovaps [rsp + 352], ymm4
    vpmaddwd ymm5, ymm5, [rip + ones16x8]
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 40]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm5, ymm11, [rsp + 384]
    vmovaps [rsp + 384], ymm5
    vpbroadcastd ymm11, [r13 + 44]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm5, [rsp + 416]
    vfmadd231ps ymm5, ymm11, [rsp + 32]
    vmovaps [rsp + 416], ymm5
    vpmaddwd ymm6, ymm6, [rip + ones16x8]
    vcvtdq2ps ymm6, ymm6
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm6, ymm11, [rsp + 448]
    vmovaps [rsp + 448], ymm6
    vpbroadcastd ymm11, [r13 + 52]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm6, [rsp + 480]
    vfmadd231ps ymm6, ymm11, [rsp + 32]
    vmovaps [rsp + 480], ymm6
    vpmaddwd ymm7, ymm7, [rip + ones16x8]
    vcvtdq2ps ymm7, ymm7
    vbroadcastss ymm10, [r13 + 56]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm7, ymm11, [rsp + 512]
    vmovaps [rsp + 512], ymm7
    vpbroadcastd ymm11, [r13 + 60]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm7, [rsp + 544]
    vfmadd231ps ymm7, ymm11, [rsp + 32]
    vmovaps [rsp + 544], ymm7
    add r15, 144
    add r12, 256
    add r13, 64
    dec r11d
    jnz q4k_avx2_8_sub
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovaps ymm11, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rdi + 32]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 128]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovaps ymm11, [rsp + 160]
    vfmadd231ps ymm1, ymm11, [rdi + 32]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 192]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovaps ymm11, [rsp + 224]
    vfmadd231ps ymm2, ymm11, [rdi + 32]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 256]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovaps ymm11, [rsp + 288]
    vfmadd231ps ymm3, ymm11, [rdi + 32]
    vmovups [r14], ymm3
    add r14, r9
    vmovups ymm4, [r14]
    vmovaps ymm10, [rsp + 320]
    vfmadd231ps ymm4, ymm10, [rdi]
    vmovaps ymm11, [rsp + 352]
    vfmadd231ps ymm4, ymm11, [rdi + 32]
    vmovups [r14], ymm4
    add r14, r9
    vmovups ymm5, [r14]
    vmovaps ymm10, [rsp + 384]
    vfmadd231ps ymm5, ymm10, [rdi]
    vmovaps ymm11, [rsp + 416]
    vfmadd231ps ymm5, ymm11, [rdi + 32]
    vmovups [r14], ymm5
    add r14, r9
    vmovups ymm6, [r14]
    vmovaps ymm10, [rsp + 448]
    vfmadd231ps ymm6, ymm10, [rdi]
    vmovaps ymm11, [rsp + 480]
    vfmadd231ps ymm6, ymm11, [rdi + 32]
    vmovups [r14], ymm6
    add r14, r9
    vmovups ymm7, [r14]
    vmovaps ymm10, [rsp + 512]
    vfmadd231ps ymm7, ymm10, [rdi]
    vmovaps ymm11, [rsp + 544]
    vfmadd231ps ymm7, ymm11, [rdi + 32]
    vmovups [r14], ymm7
    add rdi, 1216
    dec rax
    jnz q4k_avx2_8_super
    add r8, 32
    dec rsi
    jnz q4k_avx2_8_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q6k_avx2_1:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 32
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1696
    not r11
    and rbx, r11
    vpbroadcastd ymm14, [rip + q6k_high]
    vpbroadcastd ymm15, [rip + nibbles]
q6k_avx2_1_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q6k_avx2_1_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 0], ymm12
    test rbx, rbx
    jz q6k_avx2_1_fetched
    prefetcht0 [rdi + rbx + 0]
    prefetcht0 [rdi + rbx + 64]
    prefetcht0 [rdi + rbx + 128]
    prefetcht0 [rdi + rbx + 192]
    prefetcht0 [rdi + rbx + 256]
    prefetcht0 [rdi + rbx + 320]
    prefetcht0 [rdi + rbx + 384]
    prefetcht0 [rdi + rbx + 448]
    prefetcht0 [rdi + rbx + 512]
    prefetcht0 [rdi + rbx + 576]
    prefetcht0 [rdi + rbx + 640]
    prefetcht0 [rdi + rbx + 704]
    prefetcht0 [rdi + rbx + 768]
    prefetcht0 [rdi + rbx + 832]
    prefetcht0 [rdi + rbx + 896]
    prefetcht0 [rdi + rbx + 960]
    prefetcht0 [rdi + rbx + 1024]
    prefetcht0 [rdi + rbx + 1088]
    prefetcht0 [rdi + rbx + 1152]
    prefetcht0 [rdi + rbx + 1216]
    prefetcht0 [rdi + rbx + 1280]
    prefetcht0 [rdi + rbx + 1344]
    prefetcht0 [rdi + rbx + 1408]
    prefetcht0 [rdi + rbx + 1472]
    prefetcht0 [rdi + rbx + 1536]
    prefetcht0 [rdi + rbx + 1600]
    prefetcht0 [rdi + rbx + 1664]
q6k_avx2_1_fetched:
    lea r14, [rdi + 32]
    lea r15, [rdi + 160]
    mov r11d, 8
q6k_avx2_1_block:
    vmovdqu ymm13, [r15 + 64]
    vpand ymm8, ymm15, [r15 + 0]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 0]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 32]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 32]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm0, ymm0, ymm13
    vpbroadcastd ymm10, [r13 + 4]
    vpaddd ymm0, ymm0, ymm10
    vpmovsxbd ymm12, [r14 + 0]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vmovdqu ymm13, [r15 + 160]
    vpand ymm8, ymm15, [r15 + 96]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 96]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 128]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 128]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm10, [r12 + 16]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 20]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 24]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 28]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm0, ymm0, ymm13
    vpbroadcastd ymm10, [r13 + 8]
    vpaddd ymm0, ymm0, ymm10
    vpmovsxbd ymm12, [r14 + 8]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    add r14, 16
    add r15, 192
    add r12, 32
    add r13, 12
    dec r11d
    jnz q6k_avx2_1_block
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 0]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovups [r14], ymm0
    add rdi, 1696
    dec rax
    jnz q6k_avx2_1_super
    add r8, 32
    dec rsi
    jnz q6k_avx2_1_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q6k_avx2_2:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 64
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1696
    not r11
    and rbx, r11
    vpbroadcastd ymm14, [rip + q6k_high]
    vpbroadcastd ymm15, [rip + nibbles]
q6k_avx2_2_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q6k_avx2_2_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 0], ymm12
    vmovaps [rsp + 32], ymm12
    lea r14, [rdi + 32]
    lea r15, [rdi + 160]
    mov r11d, 8
q6k_avx2_2_block:
    vmovdqu ymm13, [r15 + 64]
    vpand ymm8, ymm15, [r15 + 0]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 0]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 32]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 32]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm0, ymm0, ymm13
    vpbroadcastd ymm10, [r13 + 4]
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm1, ymm1, ymm13
    vpbroadcastd ymm10, [r13 + 16]
    vpaddd ymm1, ymm1, ymm10
    vpmovsxbd ymm12, [r14 + 0]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vmovdqu ymm13, [r15 + 160]
    vpand ymm8, ymm15, [r15 + 96]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 96]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 128]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 128]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm10, [r12 + 16]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 20]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 24]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 28]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm0, ymm0, ymm13
    vpbroadcastd ymm10, [r13 + 8]
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 56]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm1, ymm1, ymm13
    vpbroadcastd ymm10, [r13 + 20]
    vpaddd ymm1, ymm1, ymm10
    vpmovsxbd ymm12, [r14 + 8]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    add r14, 16
    add r15, 192
    add r12, 64
    add r13, 24
    dec r11d
    jnz q6k_avx2_2_block
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 0]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 32]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovups [r14], ymm1
    add rdi, 1696
    dec rax
    jnz q6k_avx2_2_super
    add r8, 32
    dec rsi
    jnz q6k_avx2_2_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q6k_avx2_3:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 96
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1696
    not r11
    and rbx, r11
    vpbroadcastd ymm14, [rip + q6k_high]
    vpbroadcastd ymm15, [rip + nibbles]
q6k_avx2_3_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q6k_avx2_3_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 0], ymm12
    vmovaps [rsp + 32], ymm12
    vmovaps [rsp + 64], ymm12
    lea r14, [rdi + 32]
    lea r15, [rdi + 160]
    mov r11d, 8
q6k_avx2_3_block:
    vmovdqu ymm13, [r15 + 64]
    vpand ymm8, ymm15, [r15 + 0]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 0]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 32]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 32]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm0, ymm0, ymm13
    vpbroadcastd ymm10, [r13 + 4]
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm1, ymm1, ymm13
    vpbroadcastd ymm10, [r13 + 16]
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm2, ymm2, ymm13
    vpbroadcastd ymm10, [r13 + 28]
    vpaddd ymm2, ymm2, ymm10
    vpmovsxbd ymm12, [r14 + 0]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vmovdqu ymm13, [r15 + 160]
    vpand ymm8, ymm15, [r15 + 96]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 96]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 128]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 128]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm10, [r12 + 16]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 20]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 24]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 28]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm0, ymm0, ymm13
    vpbroadcastd ymm10, [r13 + 8]
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 56]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm1, ymm1, ymm13
    vpbroadcastd ymm10, [r13 + 20]
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 88]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm2, ymm2, ymm13
    vpbroadcastd ymm10, [r13 + 32]
    vpaddd ymm2, ymm2, ymm10
    vpmovsxbd ymm12, [r14 + 8]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    add r14, 16
    add r15, 192
    add r12, 96
    add r13, 36
    dec r11d
    jnz q6k_avx2_3_block
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 0]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 32]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovups [r14], ymm2
    add rdi, 1696
    dec rax
    jnz q6k_avx2_3_super
    add r8, 32
    dec rsi
    jnz q6k_avx2_3_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q6k_avx2_4:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 128
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1696
    not r11
    and rbx, r11
    vpbroadcastd ymm14, [rip + q6k_high]
    vpbroadcastd ymm15, [rip + nibbles]
q6k_avx2_4_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q6k_avx2_4_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 0], ymm12
    vmovaps [rsp + 32], ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    lea r14, [rdi + 32]
    lea r15, [rdi + 160]
    mov r11d, 8
q6k_avx2_4_block:
    vmovdqu ymm13, [r15 + 64]
    vpand ymm8, ymm15, [r15 + 0]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 0]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 32]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 32]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm0, ymm0, ymm13
    vpbroadcastd ymm10, [r13 + 4]
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm1, ymm1, ymm13
    vpbroadcastd ymm10, [r13 + 16]
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm2, ymm2, ymm13
    vpbroadcastd ymm10, [r13 + 28]
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm3, ymm3, ymm13
    vpbroadcastd ymm10, [r13 + 40]
    vpaddd ymm3, ymm3, ymm10
    vpmovsxbd ymm12, [r14 + 0]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vmovdqu ymm13, [r15 + 160]
    vpand ymm8, ymm15, [r15 + 96]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 96]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 128]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 128]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm10, [r12 + 16]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 20]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 24]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 28]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm0, ymm0, ymm13
    vpbroadcastd ymm10, [r13 + 8]
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 56]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm1, ymm1, ymm13
    vpbroadcastd ymm10, [r13 + 20]
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 88]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm2, ymm2, ymm13
    vpbroadcastd ymm10, [r13 + 32]
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpmaddubsw ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 120]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm3, ymm3, ymm13
    vpbroadcastd ymm10, [r13 + 44]
    vpaddd ymm3, ymm3, ymm10
    vpmovsxbd ymm12, [r14 + 8]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    add r14, 16
    add r15, 192
    add r12, 128
    add r13, 48
    dec r11d
    jnz q6k_avx2_4_block
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 0]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 32]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 96]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovups [r14], ymm3
    add rdi, 1696
    dec rax
    jnz q6k_avx2_4_super
    add r8, 32
    dec rsi
    jnz q6k_avx2_4_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q6k_avx2_5:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 160
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1696
    not r11
    and rbx, r11
    vpbroadcastd ymm14, [rip + q6k_high]
    vpbroadcastd ymm15, [rip + nibbles]
q6k_avx2_5_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q6k_avx2_5_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 0], ymm12
    vmovaps [rsp + 32], ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 128], ymm12
    lea r14, [rdi + 32]
    lea r15, [rdi + 160]
    mov r11d, 8
q6k_avx2_5_block:
    vmovdqu ymm13, [r15 + 64]
    vpand ymm8, ymm15, [r15 + 0]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 0]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 32]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 32]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm0, ymm0, ymm13
    vpbroadcastd ymm10, [r13 + 4]
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm1, ymm1, ymm13
    vpbroadcastd ymm10, [r13 + 16]
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm2, ymm2, ymm13
    vpbroadcastd ymm10, [r13 + 28]
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm3, ymm3, ymm13
    vpbroadcastd ymm10, [r13 + 40]
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 128]
    vpmaddubsw ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 136]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm4, ymm4, ymm13
    vpbroadcastd ymm10, [r13 + 52]
    vpaddd ymm4, ymm4, ymm10
    vpmovsxbd ymm12, [r14 + 0]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm4, ymm10, [rsp + 128]
    vmovaps [rsp + 128], ymm4
    vmovdqu ymm13, [r15 + 160]
    vpand ymm8, ymm15, [r15 + 96]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 96]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 128]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 128]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm10, [r12 + 16]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 20]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 24]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 28]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm0, ymm0, ymm13
    vpbroadcastd ymm10, [r13 + 8]
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 56]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm1, ymm1, ymm13
    vpbroadcastd ymm10, [r13 + 20]
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 88]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm2, ymm2, ymm13
    vpbroadcastd ymm10, [r13 + 32]
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpmaddubsw ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 120]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm3, ymm3, ymm13
    vpbroadcastd ymm10, [r13 + 44]
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 144]
    vpmaddubsw ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 152]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm4, ymm4, ymm13
    vpbroadcastd ymm10, [r13 + 56]
    vpaddd ymm4, ymm4, ymm10
    vpmovsxbd ymm12, [r14 + 8]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm4, ymm10, [rsp + 128]
    vmovaps [rsp + 128], ymm4
    add r14, 16
    add r15, 192
    add r12, 160
    add r13, 60
    dec r11d
    jnz q6k_avx2_5_block
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 0]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 32]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 96]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovups [r14], ymm3
    add r14, r9
    vmovups ymm4, [r14]
    vmovaps ymm10, [rsp + 128]
    vfmadd231ps ymm4, ymm10, [rdi]
    vmovups [r14], ymm4
    add rdi, 1696
    dec rax
    jnz q6k_avx2_5_super
    add r8, 32
    dec rsi
    jnz q6k_avx2_5_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q6k_avx2_6:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 192
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1696
    not r11
    and rbx, r11
    vpbroadcastd ymm14, [rip + q6k_high]
    vpbroadcastd ymm15, [rip + nibbles]
q6k_avx2_6_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q6k_avx2_6_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 0], ymm12
    vmovaps [rsp + 32], ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 128], ymm12
    vmovaps [rsp + 160], ymm12
    lea r14, [rdi + 32]
    lea r15, [rdi + 160]
    mov r11d, 8
q6k_avx2_6_block:
    vmovdqu ymm13, [r15 + 64]
    vpand ymm8, ymm15, [r15 + 0]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 0]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 32]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 32]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm0, ymm0, ymm13
    vpbroadcastd ymm10, [r13 + 4]
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm1, ymm1, ymm13
    vpbroadcastd ymm10, [r13 + 16]
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm2, ymm2, ymm13
    vpbroadcastd ymm10, [r13 + 28]
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm3, ymm3, ymm13
    vpbroadcastd ymm10, [r13 + 40]
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 128]
    vpmaddubsw ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 136]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm4, ymm4, ymm13
    vpbroadcastd ymm10, [r13 + 52]
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 160]
    vpmaddubsw ymm5, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 164]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpmaddwd ymm5, ymm5, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 168]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 172]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm5, ymm5, ymm13
    vpbroadcastd ymm10, [r13 + 64]
    vpaddd ymm5, ymm5, ymm10
    vpmovsxbd ymm12, [r14 + 0]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm4, ymm10, [rsp + 128]
    vmovaps [rsp + 128], ymm4
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 60]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm5, ymm10, [rsp + 160]
    vmovaps [rsp + 160], ymm5
    vmovdqu ymm13, [r15 + 160]
    vpand ymm8, ymm15, [r15 + 96]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 96]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 128]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 128]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm10, [r12 + 16]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 20]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 24]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 28]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm0, ymm0, ymm13
    vpbroadcastd ymm10, [r13 + 8]
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 56]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm1, ymm1, ymm13
    vpbroadcastd ymm10, [r13 + 20]
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 88]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm2, ymm2, ymm13
    vpbroadcastd ymm10, [r13 + 32]
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpmaddubsw ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 120]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm3, ymm3, ymm13
    vpbroadcastd ymm10, [r13 + 44]
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 144]
    vpmaddubsw ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 152]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm4, ymm4, ymm13
    vpbroadcastd ymm10, [r13 + 56]
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 176]
    vpmaddubsw ymm5, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 180]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpmaddwd ymm5, ymm5, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 184]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 188]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm5, ymm5, ymm13
    vpbroadcastd ymm10, [r13 + 68]
    vpaddd ymm5, ymm5, ymm10
    vpmovsxbd ymm12, [r14 + 8]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm4, ymm10, [rsp + 128]
    vmovaps [rsp + 128], ymm4
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 60]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm5, ymm10, [rsp + 160]
    vmovaps [rsp + 160], ymm5
    add r14, 16
    add r15, 192
    add r12, 192
    add r13, 72
    dec r11d
    jnz q6k_avx2_6_block
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 0]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 32]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 96]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovups [r14], ymm3
    add r14, r9
    vmovups ymm4, [r14]
    vmovaps ymm10, [rsp + 128]
    vfmadd231ps ymm4, ymm10, [rdi]
    vmovups [r14], ymm4
    add r14, r9
    vmovups ymm5, [r14]
    vmovaps ymm10, [rsp + 160]
    vfmadd231ps ymm5, ymm10, [rdi]
    vmovups [r14], ymm5
    add rdi, 1696
    dec rax
    jnz q6k_avx2_6_super
    add r8, 32
    dec rsi
    jnz q6k_avx2_6_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q6k_avx2_7:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 224
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1696
    not r11
    and rbx, r11
    vpbroadcastd ymm14, [rip + q6k_high]
    vpbroadcastd ymm15, [rip + nibbles]
q6k_avx2_7_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q6k_avx2_7_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 0], ymm12
    vmovaps [rsp + 32], ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 128], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    lea r14, [rdi + 32]
    lea r15, [rdi + 160]
    mov r11d, 8
q6k_avx2_7_block:
    vmovdqu ymm13, [r15 + 64]
    vpand ymm8, ymm15, [r15 + 0]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 0]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 32]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 32]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm0, ymm0, ymm13
    vpbroadcastd ymm10, [r13 + 4]
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm1, ymm1, ymm13
    vpbroadcastd ymm10, [r13 + 16]
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm2, ymm2, ymm13
    vpbroadcastd ymm10, [r13 + 28]
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm3, ymm3, ymm13
    vpbroadcastd ymm10, [r13 + 40]
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 128]
    vpmaddubsw ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 136]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm4, ymm4, ymm13
    vpbroadcastd ymm10, [r13 + 52]
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 160]
    vpmaddubsw ymm5, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 164]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpmaddwd ymm5, ymm5, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 168]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 172]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm5, ymm5, ymm13
    vpbroadcastd ymm10, [r13 + 64]
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 192]
    vpmaddubsw ymm6, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 196]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpmaddwd ymm6, ymm6, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 200]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 204]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm6, ymm6, ymm13
    vpbroadcastd ymm10, [r13 + 76]
    vpaddd ymm6, ymm6, ymm10
    vpmovsxbd ymm12, [r14 + 0]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm4, ymm10, [rsp + 128]
    vmovaps [rsp + 128], ymm4
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 60]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm5, ymm10, [rsp + 160]
    vmovaps [rsp + 160], ymm5
    vcvtdq2ps ymm6, ymm6
    vbroadcastss ymm10, [r13 + 72]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm6, ymm10, [rsp + 192]
    vmovaps [rsp + 192], ymm6
    vmovdqu ymm13, [r15 + 160]
    vpand ymm8, ymm15, [r15 + 96]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 96]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 128]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 128]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm10, [r12 + 16]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 20]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 24]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 28]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm0, ymm0, ymm13
    vpbroadcastd ymm10, [r13 + 8]
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 56]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm1, ymm1, ymm13
    vpbroadcastd ymm10, [r13 + 20]
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 88]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm2, ymm2, ymm13
    vpbroadcastd ymm10, [r13 + 32]
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpmaddubsw ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 120]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm3, ymm3, ymm13
    vpbroadcastd ymm10, [r13 + 44]
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 144]
    vpmaddubsw ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 152]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm4, ymm4, ymm13
    vpbroadcastd ymm10, [r13 + 56]
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 176]
    vpmaddubsw ymm5, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 180]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpmaddwd ymm5, ymm5, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 184]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 188]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm5, ymm5, ymm13
    vpbroadcastd ymm10, [r13 + 68]
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 208]
    vpmaddubsw ymm6, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 212]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpmaddwd ymm6, ymm6, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 216]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 220]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm6, ymm6, ymm13
    vpbroadcastd ymm10, [r13 + 80]
    vpaddd ymm6, ymm6, ymm10
    vpmovsxbd ymm12, [r14 + 8]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm4, ymm10, [rsp + 128]
    vmovaps [rsp + 128], ymm4
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 60]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm5, ymm10, [rsp + 160]
    vmovaps [rsp + 160], ymm5
    vcvtdq2ps ymm6, ymm6
    vbroadcastss ymm10, [r13 + 72]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm6, ymm10, [rsp + 192]
    vmovaps [rsp + 192], ymm6
    add r14, 16
    add r15, 192
    add r12, 224
    add r13, 84
    dec r11d
    jnz q6k_avx2_7_block
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 0]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 32]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 96]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovups [r14], ymm3
    add r14, r9
    vmovups ymm4, [r14]
    vmovaps ymm10, [rsp + 128]
    vfmadd231ps ymm4, ymm10, [rdi]
    vmovups [r14], ymm4
    add r14, r9
    vmovups ymm5, [r14]
    vmovaps ymm10, [rsp + 160]
    vfmadd231ps ymm5, ymm10, [rdi]
    vmovups [r14], ymm5
    add r14, r9
    vmovups ymm6, [r14]
    vmovaps ymm10, [rsp + 192]
    vfmadd231ps ymm6, ymm10, [rdi]
    vmovups [r14], ymm6
    add rdi, 1696
    dec rax
    jnz q6k_avx2_7_super
    add r8, 32
    dec rsi
    jnz q6k_avx2_7_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q6k_avx2_8:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 256
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1696
    not r11
    and rbx, r11
    vpbroadcastd ymm14, [rip + q6k_high]
    vpbroadcastd ymm15, [rip + nibbles]
q6k_avx2_8_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q6k_avx2_8_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 0], ymm12
    vmovaps [rsp + 32], ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 128], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    vmovaps [rsp + 224], ymm12
    lea r14, [rdi + 32]
    lea r15, [rdi + 160]
    mov r11d, 8
q6k_avx2_8_block:
    vmovdqu ymm13, [r15 + 64]
    vpand ymm8, ymm15, [r15 + 0]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 0]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 32]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 32]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm0, ymm0, ymm13
    vpbroadcastd ymm10, [r13 + 4]
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm1, ymm1, ymm13
    vpbroadcastd ymm10, [r13 + 16]
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm2, ymm2, ymm13
    vpbroadcastd ymm10, [r13 + 28]
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm3, ymm3, ymm13
    vpbroadcastd ymm10, [r13 + 40]
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 128]
    vpmaddubsw ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 136]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm4, ymm4, ymm13
    vpbroadcastd ymm10, [r13 + 52]
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 160]
    vpmaddubsw ymm5, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 164]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpmaddwd ymm5, ymm5, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 168]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 172]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm5, ymm5, ymm13
    vpbroadcastd ymm10, [r13 + 64]
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 192]
    vpmaddubsw ymm6, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 196]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpmaddwd ymm6, ymm6, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 200]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 204]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm6, ymm6, ymm13
    vpbroadcastd ymm10, [r13 + 76]
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 224]
    vpmaddubsw ymm7, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 228]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm7, ymm7, ymm10
    vpmaddwd ymm7, ymm7, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 232]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 236]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm7, ymm7, ymm13
    vpbroadcastd ymm10, [r13 + 88]
    vpaddd ymm7, ymm7, ymm10
    vpmovsxbd ymm12, [r14 + 0]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm4, ymm10, [rsp + 128]
    vmovaps [rsp + 128], ymm4
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 60]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm5, ymm10, [rsp + 160]
    vmovaps [rsp + 160], ymm5
    vcvtdq2ps ymm6, ymm6
    vbroadcastss ymm10, [r13 + 72]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm6, ymm10, [rsp + 192]
    vmovaps [rsp + 192], ymm6
    vcvtdq2ps ymm7, ymm7
    vbroadcastss ymm10, [r13 + 84]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm7, ymm10, [rsp + 224]
    vmovaps [rsp + 224], ymm7
    vmovdqu ymm13, [r15 + 160]
    vpand ymm8, ymm15, [r15 + 96]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 96]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 128]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 128]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm10, [r12 + 16]
    vpmaddubsw ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 20]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 24]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 28]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm0, ymm0, ymm13
    vpbroadcastd ymm10, [r13 + 8]
    vpaddd ymm0, ymm0, ymm10
    vpbroadcastd ymm10, [r12 + 48]
    vpmaddubsw ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 56]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm1, ymm1, ymm13
    vpbroadcastd ymm10, [r13 + 20]
    vpaddd ymm1, ymm1, ymm10
    vpbroadcastd ymm10, [r12 + 80]
    vpmaddubsw ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 88]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm2, ymm2, ymm13
    vpbroadcastd ymm10, [r13 + 32]
    vpaddd ymm2, ymm2, ymm10
    vpbroadcastd ymm10, [r12 + 112]
    vpmaddubsw ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 120]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm3, ymm3, ymm13
    vpbroadcastd ymm10, [r13 + 44]
    vpaddd ymm3, ymm3, ymm10
    vpbroadcastd ymm10, [r12 + 144]
    vpmaddubsw ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 152]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm4, ymm4, ymm13
    vpbroadcastd ymm10, [r13 + 56]
    vpaddd ymm4, ymm4, ymm10
    vpbroadcastd ymm10, [r12 + 176]
    vpmaddubsw ymm5, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 180]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpmaddwd ymm5, ymm5, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 184]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 188]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm5, ymm5, ymm13
    vpbroadcastd ymm10, [r13 + 68]
    vpaddd ymm5, ymm5, ymm10
    vpbroadcastd ymm10, [r12 + 208]
    vpmaddubsw ymm6, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 212]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpmaddwd ymm6, ymm6, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 216]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 220]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm6, ymm6, ymm13
    vpbroadcastd ymm10, [r13 + 80]
    vpaddd ymm6, ymm6, ymm10
    vpbroadcastd ymm10, [r12 + 240]
    vpmaddubsw ymm7, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 244]
    vpmaddubsw ymm10, ymm9, ymm10
    vpaddw ymm7, ymm7, ymm10
    vpmaddwd ymm7, ymm7, [rip + ones16x8]
    vpbroadcastd ymm10, [r12 + 248]
    vpmaddubsw ymm13, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 252]
    vpmaddubsw ymm10, ymm12, ymm10
    vpaddw ymm13, ymm13, ymm10
    vpmaddwd ymm13, ymm13, [rip + ones16x8]
    vpaddd ymm7, ymm7, ymm13
    vpbroadcastd ymm10, [r13 + 92]
    vpaddd ymm7, ymm7, ymm10
    vpmovsxbd ymm12, [r14 + 8]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm4, ymm10, [rsp + 128]
    vmovaps [rsp + 128], ymm4
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 60]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm5, ymm10, [rsp + 160]
    vmovaps [rsp + 160], ymm5
    vcvtdq2ps ymm6, ymm6
    vbroadcastss ymm10, [r13 + 72]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm6, ymm10, [rsp + 192]
    vmovaps [rsp + 192], ymm6
    vcvtdq2ps ymm7, ymm7
    vbroadcastss ymm10, [r13 + 84]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm7, ymm10, [rsp + 224]
    vmovaps [rsp + 224], ymm7
    add r14, 16
    add r15, 192
    add r12, 256
    add r13, 96
    dec r11d
    jnz q6k_avx2_8_block
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 0]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 32]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 96]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovups [r14], ymm3
    add r14, r9
    vmovups ymm4, [r14]
    vmovaps ymm10, [rsp + 128]
    vfmadd231ps ymm4, ymm10, [rdi]
    vmovups [r14], ymm4
    add r14, r9
    vmovups ymm5, [r14]
    vmovaps ymm10, [rsp + 160]
    vfmadd231ps ymm5, ymm10, [rdi]
    vmovups [r14], ymm5
    add r14, r9
    vmovups ymm6, [r14]
    vmovaps ymm10, [rsp + 192]
    vfmadd231ps ymm6, ymm10, [rdi]
    vmovups [r14], ymm6
    add r14, r9
    vmovups ymm7, [r14]
    vmovaps ymm10, [rsp + 224]
    vfmadd231ps ymm7, ymm10, [rdi]
    vmovups [r14], ymm7
    add rdi, 1696
    dec rax
    jnz q6k_avx2_8_super
    add r8, 32
    dec rsi
    jnz q6k_avx2_8_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q5k_avx2_1:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 160
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1472
    not r11
    and rbx, r11
    vmovdqu ymm13, [rip + rows4]
    vmovdqu ymm14, [rip + columns4]
    vpbroadcastd ymm15, [rip + nibbles]
q5k_avx2_1_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q5k_avx2_1_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    test rbx, rbx
    jz q5k_avx2_1_fetched
    prefetcht0 [rdi + rbx + 0]
    prefetcht0 [rdi + rbx + 64]
    prefetcht0 [rdi + rbx + 128]
    prefetcht0 [rdi + rbx + 192]
    prefetcht0 [rdi + rbx + 256]
    prefetcht0 [rdi + rbx + 320]
    prefetcht0 [rdi + rbx + 384]
    prefetcht0 [rdi + rbx + 448]
    prefetcht0 [rdi + rbx + 512]
    prefetcht0 [rdi + rbx + 576]
    prefetcht0 [rdi + rbx + 640]
    prefetcht0 [rdi + rbx + 704]
    prefetcht0 [rdi + rbx + 768]
    prefetcht0 [rdi + rbx + 832]
    prefetcht0 [rdi + rbx + 896]
    prefetcht0 [rdi + rbx + 960]
    prefetcht0 [rdi + rbx + 1024]
    prefetcht0 [rdi + rbx + 1088]
    prefetcht0 [rdi + rbx + 1152]
    prefetcht0 [rdi + rbx + 1216]
    prefetcht0 [rdi + rbx + 1280]
    prefetcht0 [rdi + rbx + 1344]
    prefetcht0 [rdi + rbx + 1408]
q5k_avx2_1_fetched:
    lea r15, [rdi + 64]
    mov r11d, 8
q5k_avx2_1_sub:
    vpmovzxbd ymm10, [r15]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 0], ymm10
    vpmovzxbd ymm10, [r15 + 8]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 32], ymm10
    vpxor ymm0, ymm0, ymm0
    vpermd ymm9, ymm13, [r15 + 16]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 144]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpermd ymm9, ymm13, [r15 + 48]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 144]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vmovdqa [rsp + 128], ymm0
    vpxor ymm0, ymm0, ymm0
    vpermd ymm9, ymm13, [r15 + 80]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 160]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpermd ymm9, ymm13, [r15 + 112]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 160]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpaddd ymm0, ymm0, [rsp + 128]
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm0, ymm11, [rsp + 64]
    vmovaps [rsp + 64], ymm0
    vpbroadcastd ymm11, [r13 + 4]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm0, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rsp + 32]
    vmovaps [rsp + 96], ymm0
    add r15, 176
    add r12, 32
    add r13, 8
    dec r11d
    jnz q5k_avx2_1_sub
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovaps ymm11, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rdi + 32]
    vmovups [r14], ymm0
    add rdi, 1472
    dec rax
    jnz q5k_avx2_1_super
    add r8, 32
    dec rsi
    jnz q5k_avx2_1_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q5k_avx2_2:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 256
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1472
    not r11
    and rbx, r11
    vmovdqu ymm13, [rip + rows4]
    vmovdqu ymm14, [rip + columns4]
    vpbroadcastd ymm15, [rip + nibbles]
q5k_avx2_2_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q5k_avx2_2_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    lea r15, [rdi + 64]
    mov r11d, 8
q5k_avx2_2_sub:
    vpmovzxbd ymm10, [r15]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 0], ymm10
    vpmovzxbd ymm10, [r15 + 8]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 32], ymm10
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpermd ymm9, ymm13, [r15 + 16]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 144]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 48]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpermd ymm9, ymm13, [r15 + 48]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 144]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 52]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vmovdqa [rsp + 128], ymm0
    vpxor ymm0, ymm0, ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vmovdqa [rsp + 224], ymm1
    vpxor ymm1, ymm1, ymm1
    vpermd ymm9, ymm13, [r15 + 80]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 160]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 56]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpermd ymm9, ymm13, [r15 + 112]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 160]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 60]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpaddd ymm0, ymm0, [rsp + 128]
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm0, ymm11, [rsp + 64]
    vmovaps [rsp + 64], ymm0
    vpbroadcastd ymm11, [r13 + 4]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm0, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rsp + 32]
    vmovaps [rsp + 96], ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpaddd ymm1, ymm1, [rsp + 224]
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm1, ymm11, [rsp + 160]
    vmovaps [rsp + 160], ymm1
    vpbroadcastd ymm11, [r13 + 12]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm1, [rsp + 192]
    vfmadd231ps ymm1, ymm11, [rsp + 32]
    vmovaps [rsp + 192], ymm1
    add r15, 176
    add r12, 64
    add r13, 16
    dec r11d
    jnz q5k_avx2_2_sub
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovaps ymm11, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rdi + 32]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 160]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovaps ymm11, [rsp + 192]
    vfmadd231ps ymm1, ymm11, [rdi + 32]
    vmovups [r14], ymm1
    add rdi, 1472
    dec rax
    jnz q5k_avx2_2_super
    add r8, 32
    dec rsi
    jnz q5k_avx2_2_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q5k_avx2_3:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 352
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1472
    not r11
    and rbx, r11
    vmovdqu ymm13, [rip + rows4]
    vmovdqu ymm14, [rip + columns4]
    vpbroadcastd ymm15, [rip + nibbles]
q5k_avx2_3_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q5k_avx2_3_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    vmovaps [rsp + 256], ymm12
    vmovaps [rsp + 288], ymm12
    lea r15, [rdi + 64]
    mov r11d, 8
q5k_avx2_3_sub:
    vpmovzxbd ymm10, [r15]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 0], ymm10
    vpmovzxbd ymm10, [r15 + 8]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 32], ymm10
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpxor ymm2, ymm2, ymm2
    vpermd ymm9, ymm13, [r15 + 16]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 144]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 48]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 80]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpermd ymm9, ymm13, [r15 + 48]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 144]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 52]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 84]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vmovdqa [rsp + 128], ymm0
    vpxor ymm0, ymm0, ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vmovdqa [rsp + 224], ymm1
    vpxor ymm1, ymm1, ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vmovdqa [rsp + 320], ymm2
    vpxor ymm2, ymm2, ymm2
    vpermd ymm9, ymm13, [r15 + 80]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 160]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 56]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 88]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpermd ymm9, ymm13, [r15 + 112]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 160]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 60]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 92]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpaddd ymm0, ymm0, [rsp + 128]
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm0, ymm11, [rsp + 64]
    vmovaps [rsp + 64], ymm0
    vpbroadcastd ymm11, [r13 + 4]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm0, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rsp + 32]
    vmovaps [rsp + 96], ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpaddd ymm1, ymm1, [rsp + 224]
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm1, ymm11, [rsp + 160]
    vmovaps [rsp + 160], ymm1
    vpbroadcastd ymm11, [r13 + 12]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm1, [rsp + 192]
    vfmadd231ps ymm1, ymm11, [rsp + 32]
    vmovaps [rsp + 192], ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpaddd ymm2, ymm2, [rsp + 320]
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm2, ymm11, [rsp + 256]
    vmovaps [rsp + 256], ymm2
    vpbroadcastd ymm11, [r13 + 20]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm2, [rsp + 288]
    vfmadd231ps ymm2, ymm11, [rsp + 32]
    vmovaps [rsp + 288], ymm2
    add r15, 176
    add r12, 96
    add r13, 24
    dec r11d
    jnz q5k_avx2_3_sub
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovaps ymm11, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rdi + 32]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 160]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovaps ymm11, [rsp + 192]
    vfmadd231ps ymm1, ymm11, [rdi + 32]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 256]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovaps ymm11, [rsp + 288]
    vfmadd231ps ymm2, ymm11, [rdi + 32]
    vmovups [r14], ymm2
    add rdi, 1472
    dec rax
    jnz q5k_avx2_3_super
    add r8, 32
    dec rsi
    jnz q5k_avx2_3_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q5k_avx2_4:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 448
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1472
    not r11
    and rbx, r11
    vmovdqu ymm13, [rip + rows4]
    vmovdqu ymm14, [rip + columns4]
    vpbroadcastd ymm15, [rip + nibbles]
q5k_avx2_4_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q5k_avx2_4_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    vmovaps [rsp + 256], ymm12
    vmovaps [rsp + 288], ymm12
    vmovaps [rsp + 352], ymm12
    vmovaps [rsp + 384], ymm12
    lea r15, [rdi + 64]
    mov r11d, 8
q5k_avx2_4_sub:
    vpmovzxbd ymm10, [r15]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 0], ymm10
    vpmovzxbd ymm10, [r15 + 8]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 32], ymm10
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpxor ymm2, ymm2, ymm2
    vpxor ymm3, ymm3, ymm3
    vpermd ymm9, ymm13, [r15 + 16]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 144]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 48]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 80]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 112]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpermd ymm9, ymm13, [r15 + 48]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 144]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 52]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 84]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 116]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vmovdqa [rsp + 128], ymm0
    vpxor ymm0, ymm0, ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vmovdqa [rsp + 224], ymm1
    vpxor ymm1, ymm1, ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vmovdqa [rsp + 320], ymm2
    vpxor ymm2, ymm2, ymm2
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vmovdqa [rsp + 416], ymm3
    vpxor ymm3, ymm3, ymm3
    vpermd ymm9, ymm13, [r15 + 80]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 160]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 56]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 88]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 120]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpermd ymm9, ymm13, [r15 + 112]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 160]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 60]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 92]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 124]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpaddd ymm0, ymm0, [rsp + 128]
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm0, ymm11, [rsp + 64]
    vmovaps [rsp + 64], ymm0
    vpbroadcastd ymm11, [r13 + 4]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm0, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rsp + 32]
    vmovaps [rsp + 96], ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpaddd ymm1, ymm1, [rsp + 224]
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm1, ymm11, [rsp + 160]
    vmovaps [rsp + 160], ymm1
    vpbroadcastd ymm11, [r13 + 12]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm1, [rsp + 192]
    vfmadd231ps ymm1, ymm11, [rsp + 32]
    vmovaps [rsp + 192], ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpaddd ymm2, ymm2, [rsp + 320]
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm2, ymm11, [rsp + 256]
    vmovaps [rsp + 256], ymm2
    vpbroadcastd ymm11, [r13 + 20]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm2, [rsp + 288]
    vfmadd231ps ymm2, ymm11, [rsp + 32]
    vmovaps [rsp + 288], ymm2
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vpaddd ymm3, ymm3, [rsp + 416]
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm3, ymm11, [rsp + 352]
    vmovaps [rsp + 352], ymm3
    vpbroadcastd ymm11, [r13 + 28]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm3, [rsp + 384]
    vfmadd231ps ymm3, ymm11, [rsp + 32]
    vmovaps [rsp + 384], ymm3
    add r15, 176
    add r12, 128
    add r13, 32
    dec r11d
    jnz q5k_avx2_4_sub
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovaps ymm11, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rdi + 32]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 160]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovaps ymm11, [rsp + 192]
    vfmadd231ps ymm1, ymm11, [rdi + 32]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 256]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovaps ymm11, [rsp + 288]
    vfmadd231ps ymm2, ymm11, [rdi + 32]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 352]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovaps ymm11, [rsp + 384]
    vfmadd231ps ymm3, ymm11, [rdi + 32]
    vmovups [r14], ymm3
    add rdi, 1472
    dec rax
    jnz q5k_avx2_4_super
    add r8, 32
    dec rsi
    jnz q5k_avx2_4_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q5k_avx2_5:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 544
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1472
    not r11
    and rbx, r11
    vmovdqu ymm13, [rip + rows4]
    vmovdqu ymm14, [rip + columns4]
    vpbroadcastd ymm15, [rip + nibbles]
q5k_avx2_5_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q5k_avx2_5_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    vmovaps [rsp + 256], ymm12
    vmovaps [rsp + 288], ymm12
    vmovaps [rsp + 352], ymm12
    vmovaps [rsp + 384], ymm12
    vmovaps [rsp + 448], ymm12
    vmovaps [rsp + 480], ymm12
    lea r15, [rdi + 64]
    mov r11d, 8
q5k_avx2_5_sub:
    vpmovzxbd ymm10, [r15]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 0], ymm10
    vpmovzxbd ymm10, [r15 + 8]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 32], ymm10
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpxor ymm2, ymm2, ymm2
    vpxor ymm3, ymm3, ymm3
    vpxor ymm4, ymm4, ymm4
    vpermd ymm9, ymm13, [r15 + 16]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 144]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 48]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 80]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 112]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 128]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 144]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpermd ymm9, ymm13, [r15 + 48]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 144]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 52]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 84]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 116]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 132]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 148]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vmovdqa [rsp + 128], ymm0
    vpxor ymm0, ymm0, ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vmovdqa [rsp + 224], ymm1
    vpxor ymm1, ymm1, ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vmovdqa [rsp + 320], ymm2
    vpxor ymm2, ymm2, ymm2
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vmovdqa [rsp + 416], ymm3
    vpxor ymm3, ymm3, ymm3
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vmovdqa [rsp + 512], ymm4
    vpxor ymm4, ymm4, ymm4
    vpermd ymm9, ymm13, [r15 + 80]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 160]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 56]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 88]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 120]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 136]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 152]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpermd ymm9, ymm13, [r15 + 112]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 160]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 60]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 92]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 124]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 140]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 156]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpaddd ymm0, ymm0, [rsp + 128]
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm0, ymm11, [rsp + 64]
    vmovaps [rsp + 64], ymm0
    vpbroadcastd ymm11, [r13 + 4]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm0, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rsp + 32]
    vmovaps [rsp + 96], ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpaddd ymm1, ymm1, [rsp + 224]
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm1, ymm11, [rsp + 160]
    vmovaps [rsp + 160], ymm1
    vpbroadcastd ymm11, [r13 + 12]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm1, [rsp + 192]
    vfmadd231ps ymm1, ymm11, [rsp + 32]
    vmovaps [rsp + 192], ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpaddd ymm2, ymm2, [rsp + 320]
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm2, ymm11, [rsp + 256]
    vmovaps [rsp + 256], ymm2
    vpbroadcastd ymm11, [r13 + 20]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm2, [rsp + 288]
    vfmadd231ps ymm2, ymm11, [rsp + 32]
    vmovaps [rsp + 288], ymm2
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vpaddd ymm3, ymm3, [rsp + 416]
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm3, ymm11, [rsp + 352]
    vmovaps [rsp + 352], ymm3
    vpbroadcastd ymm11, [r13 + 28]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm3, [rsp + 384]
    vfmadd231ps ymm3, ymm11, [rsp + 32]
    vmovaps [rsp + 384], ymm3
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vpaddd ymm4, ymm4, [rsp + 512]
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm4, ymm11, [rsp + 448]
    vmovaps [rsp + 448], ymm4
    vpbroadcastd ymm11, [r13 + 36]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm4, [rsp + 480]
    vfmadd231ps ymm4, ymm11, [rsp + 32]
    vmovaps [rsp + 480], ymm4
    add r15, 176
    add r12, 160
    add r13, 40
    dec r11d
    jnz q5k_avx2_5_sub
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovaps ymm11, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rdi + 32]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 160]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovaps ymm11, [rsp + 192]
    vfmadd231ps ymm1, ymm11, [rdi + 32]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 256]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovaps ymm11, [rsp + 288]
    vfmadd231ps ymm2, ymm11, [rdi + 32]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 352]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovaps ymm11, [rsp + 384]
    vfmadd231ps ymm3, ymm11, [rdi + 32]
    vmovups [r14], ymm3
    add r14, r9
    vmovups ymm4, [r14]
    vmovaps ymm10, [rsp + 448]
    vfmadd231ps ymm4, ymm10, [rdi]
    vmovaps ymm11, [rsp + 480]
    vfmadd231ps ymm4, ymm11, [rdi + 32]
    vmovups [r14], ymm4
    add rdi, 1472
    dec rax
    jnz q5k_avx2_5_super
    add r8, 32
    dec rsi
    jnz q5k_avx2_5_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q5k_avx2_6:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 640
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1472
    not r11
    and rbx, r11
    vmovdqu ymm13, [rip + rows4]
    vmovdqu ymm14, [rip + columns4]
    vpbroadcastd ymm15, [rip + nibbles]
q5k_avx2_6_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q5k_avx2_6_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    vmovaps [rsp + 256], ymm12
    vmovaps [rsp + 288], ymm12
    vmovaps [rsp + 352], ymm12
    vmovaps [rsp + 384], ymm12
    vmovaps [rsp + 448], ymm12
    vmovaps [rsp + 480], ymm12
    vmovaps [rsp + 544], ymm12
    vmovaps [rsp + 576], ymm12
    lea r15, [rdi + 64]
    mov r11d, 8
q5k_avx2_6_sub:
    vpmovzxbd ymm10, [r15]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 0], ymm10
    vpmovzxbd ymm10, [r15 + 8]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 32], ymm10
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpxor ymm2, ymm2, ymm2
    vpxor ymm3, ymm3, ymm3
    vpxor ymm4, ymm4, ymm4
    vpxor ymm5, ymm5, ymm5
    vpermd ymm9, ymm13, [r15 + 16]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 144]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 48]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 80]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 112]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 128]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 144]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 160]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 176]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpermd ymm9, ymm13, [r15 + 48]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 144]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 52]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 84]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 116]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 132]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 148]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 164]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 180]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vmovdqa [rsp + 128], ymm0
    vpxor ymm0, ymm0, ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vmovdqa [rsp + 224], ymm1
    vpxor ymm1, ymm1, ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vmovdqa [rsp + 320], ymm2
    vpxor ymm2, ymm2, ymm2
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vmovdqa [rsp + 416], ymm3
    vpxor ymm3, ymm3, ymm3
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vmovdqa [rsp + 512], ymm4
    vpxor ymm4, ymm4, ymm4
    vpmaddwd ymm5, ymm5, [rip + ones16x8]
    vmovdqa [rsp + 608], ymm5
    vpxor ymm5, ymm5, ymm5
    vpermd ymm9, ymm13, [r15 + 80]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 160]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 56]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 88]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 120]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 136]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 152]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 168]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 184]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpermd ymm9, ymm13, [r15 + 112]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 160]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 60]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 92]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 124]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 140]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 156]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 172]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 188]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpaddd ymm0, ymm0, [rsp + 128]
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm0, ymm11, [rsp + 64]
    vmovaps [rsp + 64], ymm0
    vpbroadcastd ymm11, [r13 + 4]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm0, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rsp + 32]
    vmovaps [rsp + 96], ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpaddd ymm1, ymm1, [rsp + 224]
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm1, ymm11, [rsp + 160]
    vmovaps [rsp + 160], ymm1
    vpbroadcastd ymm11, [r13 + 12]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm1, [rsp + 192]
    vfmadd231ps ymm1, ymm11, [rsp + 32]
    vmovaps [rsp + 192], ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpaddd ymm2, ymm2, [rsp + 320]
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm2, ymm11, [rsp + 256]
    vmovaps [rsp + 256], ymm2
    vpbroadcastd ymm11, [r13 + 20]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm2, [rsp + 288]
    vfmadd231ps ymm2, ymm11, [rsp + 32]
    vmovaps [rsp + 288], ymm2
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vpaddd ymm3, ymm3, [rsp + 416]
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm3, ymm11, [rsp + 352]
    vmovaps [rsp + 352], ymm3
    vpbroadcastd ymm11, [r13 + 28]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm3, [rsp + 384]
    vfmadd231ps ymm3, ymm11, [rsp + 32]
    vmovaps [rsp + 384], ymm3
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vpaddd ymm4, ymm4, [rsp + 512]
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm4, ymm11, [rsp + 448]
    vmovaps [rsp + 448], ymm4
    vpbroadcastd ymm11, [r13 + 36]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm4, [rsp + 480]
    vfmadd231ps ymm4, ymm11, [rsp + 32]
    vmovaps [rsp + 480], ymm4
    vpmaddwd ymm5, ymm5, [rip + ones16x8]
    vpaddd ymm5, ymm5, [rsp + 608]
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 40]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm5, ymm11, [rsp + 544]
    vmovaps [rsp + 544], ymm5
    vpbroadcastd ymm11, [r13 + 44]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm5, [rsp + 576]
    vfmadd231ps ymm5, ymm11, [rsp + 32]
    vmovaps [rsp + 576], ymm5
    add r15, 176
    add r12, 192
    add r13, 48
    dec r11d
    jnz q5k_avx2_6_sub
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovaps ymm11, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rdi + 32]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 160]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovaps ymm11, [rsp + 192]
    vfmadd231ps ymm1, ymm11, [rdi + 32]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 256]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovaps ymm11, [rsp + 288]
    vfmadd231ps ymm2, ymm11, [rdi + 32]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 352]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovaps ymm11, [rsp + 384]
    vfmadd231ps ymm3, ymm11, [rdi + 32]
    vmovups [r14], ymm3
    add r14, r9
    vmovups ymm4, [r14]
    vmovaps ymm10, [rsp + 448]
    vfmadd231ps ymm4, ymm10, [rdi]
    vmovaps ymm11, [rsp + 480]
    vfmadd231ps ymm4, ymm11, [rdi + 32]
    vmovups [r14], ymm4
    add r14, r9
    vmovups ymm5, [r14]
    vmovaps ymm10, [rsp + 544]
    vfmadd231ps ymm5, ymm10, [rdi]
    vmovaps ymm11, [rsp + 576]
    vfmadd231ps ymm5, ymm11, [rdi + 32]
    vmovups [r14], ymm5
    add rdi, 1472
    dec rax
    jnz q5k_avx2_6_super
    add r8, 32
    dec rsi
    jnz q5k_avx2_6_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q5k_avx2_7:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 736
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1472
    not r11
    and rbx, r11
    vmovdqu ymm13, [rip + rows4]
    vmovdqu ymm14, [rip + columns4]
    vpbroadcastd ymm15, [rip + nibbles]
q5k_avx2_7_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q5k_avx2_7_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    vmovaps [rsp + 256], ymm12
    vmovaps [rsp + 288], ymm12
    vmovaps [rsp + 352], ymm12
    vmovaps [rsp + 384], ymm12
    vmovaps [rsp + 448], ymm12
    vmovaps [rsp + 480], ymm12
    vmovaps [rsp + 544], ymm12
    vmovaps [rsp + 576], ymm12
    vmovaps [rsp + 640], ymm12
    vmovaps [rsp + 672], ymm12
    lea r15, [rdi + 64]
    mov r11d, 8
q5k_avx2_7_sub:
    vpmovzxbd ymm10, [r15]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 0], ymm10
    vpmovzxbd ymm10, [r15 + 8]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 32], ymm10
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpxor ymm2, ymm2, ymm2
    vpxor ymm3, ymm3, ymm3
    vpxor ymm4, ymm4, ymm4
    vpxor ymm5, ymm5, ymm5
    vpxor ymm6, ymm6, ymm6
    vpermd ymm9, ymm13, [r15 + 16]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 144]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 48]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 80]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 112]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 128]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 144]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 160]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 176]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpbroadcastd ymm10, [r12 + 192]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm11, [r12 + 208]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm6, ymm6, ymm11
    vpermd ymm9, ymm13, [r15 + 48]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 144]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 52]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 84]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 116]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 132]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 148]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 164]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 180]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpbroadcastd ymm10, [r12 + 196]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm11, [r12 + 212]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm6, ymm6, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vmovdqa [rsp + 128], ymm0
    vpxor ymm0, ymm0, ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vmovdqa [rsp + 224], ymm1
    vpxor ymm1, ymm1, ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vmovdqa [rsp + 320], ymm2
    vpxor ymm2, ymm2, ymm2
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vmovdqa [rsp + 416], ymm3
    vpxor ymm3, ymm3, ymm3
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vmovdqa [rsp + 512], ymm4
    vpxor ymm4, ymm4, ymm4
    vpmaddwd ymm5, ymm5, [rip + ones16x8]
    vmovdqa [rsp + 608], ymm5
    vpxor ymm5, ymm5, ymm5
    vpmaddwd ymm6, ymm6, [rip + ones16x8]
    vmovdqa [rsp + 704], ymm6
    vpxor ymm6, ymm6, ymm6
    vpermd ymm9, ymm13, [r15 + 80]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 160]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 56]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 88]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 120]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 136]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 152]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 168]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 184]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpbroadcastd ymm10, [r12 + 200]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm11, [r12 + 216]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm6, ymm6, ymm11
    vpermd ymm9, ymm13, [r15 + 112]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 160]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 60]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 92]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 124]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 140]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 156]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 172]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 188]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpbroadcastd ymm10, [r12 + 204]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm11, [r12 + 220]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm6, ymm6, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpaddd ymm0, ymm0, [rsp + 128]
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm0, ymm11, [rsp + 64]
    vmovaps [rsp + 64], ymm0
    vpbroadcastd ymm11, [r13 + 4]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm0, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rsp + 32]
    vmovaps [rsp + 96], ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpaddd ymm1, ymm1, [rsp + 224]
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm1, ymm11, [rsp + 160]
    vmovaps [rsp + 160], ymm1
    vpbroadcastd ymm11, [r13 + 12]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm1, [rsp + 192]
    vfmadd231ps ymm1, ymm11, [rsp + 32]
    vmovaps [rsp + 192], ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpaddd ymm2, ymm2, [rsp + 320]
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm2, ymm11, [rsp + 256]
    vmovaps [rsp + 256], ymm2
    vpbroadcastd ymm11, [r13 + 20]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm2, [rsp + 288]
    vfmadd231ps ymm2, ymm11, [rsp + 32]
    vmovaps [rsp + 288], ymm2
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vpaddd ymm3, ymm3, [rsp + 416]
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm3, ymm11, [rsp + 352]
    vmovaps [rsp + 352], ymm3
    vpbroadcastd ymm11, [r13 + 28]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm3, [rsp + 384]
    vfmadd231ps ymm3, ymm11, [rsp + 32]
    vmovaps [rsp + 384], ymm3
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vpaddd ymm4, ymm4, [rsp + 512]
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm4, ymm11, [rsp + 448]
    vmovaps [rsp + 448], ymm4
    vpbroadcastd ymm11, [r13 + 36]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm4, [rsp + 480]
    vfmadd231ps ymm4, ymm11, [rsp + 32]
    vmovaps [rsp + 480], ymm4
    vpmaddwd ymm5, ymm5, [rip + ones16x8]
    vpaddd ymm5, ymm5, [rsp + 608]
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 40]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm5, ymm11, [rsp + 544]
    vmovaps [rsp + 544], ymm5
    vpbroadcastd ymm11, [r13 + 44]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm5, [rsp + 576]
    vfmadd231ps ymm5, ymm11, [rsp + 32]
    vmovaps [rsp + 576], ymm5
    vpmaddwd ymm6, ymm6, [rip + ones16x8]
    vpaddd ymm6, ymm6, [rsp + 704]
    vcvtdq2ps ymm6, ymm6
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm6, ymm11, [rsp + 640]
    vmovaps [rsp + 640], ymm6
    vpbroadcastd ymm11, [r13 + 52]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm6, [rsp + 672]
    vfmadd231ps ymm6, ymm11, [rsp + 32]
    vmovaps [rsp + 672], ymm6
    add r15, 176
    add r12, 224
    add r13, 56
    dec r11d
    jnz q5k_avx2_7_sub
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovaps ymm11, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rdi + 32]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 160]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovaps ymm11, [rsp + 192]
    vfmadd231ps ymm1, ymm11, [rdi + 32]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 256]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovaps ymm11, [rsp + 288]
    vfmadd231ps ymm2, ymm11, [rdi + 32]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 352]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovaps ymm11, [rsp + 384]
    vfmadd231ps ymm3, ymm11, [rdi + 32]
    vmovups [r14], ymm3
    add r14, r9
    vmovups ymm4, [r14]
    vmovaps ymm10, [rsp + 448]
    vfmadd231ps ymm4, ymm10, [rdi]
    vmovaps ymm11, [rsp + 480]
    vfmadd231ps ymm4, ymm11, [rdi + 32]
    vmovups [r14], ymm4
    add r14, r9
    vmovups ymm5, [r14]
    vmovaps ymm10, [rsp + 544]
    vfmadd231ps ymm5, ymm10, [rdi]
    vmovaps ymm11, [rsp + 576]
    vfmadd231ps ymm5, ymm11, [rdi + 32]
    vmovups [r14], ymm5
    add r14, r9
    vmovups ymm6, [r14]
    vmovaps ymm10, [rsp + 640]
    vfmadd231ps ymm6, ymm10, [rdi]
    vmovaps ymm11, [rsp + 672]
    vfmadd231ps ymm6, ymm11, [rdi + 32]
    vmovups [r14], ymm6
    add rdi, 1472
    dec rax
    jnz q5k_avx2_7_super
    add r8, 32
    dec rsi
    jnz q5k_avx2_7_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q5k_avx2_8:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 832
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1472
    not r11
    and rbx, r11
    vmovdqu ymm13, [rip + rows4]
    vmovdqu ymm14, [rip + columns4]
    vpbroadcastd ymm15, [rip + nibbles]
q5k_avx2_8_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q5k_avx2_8_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    vmovaps [rsp + 256], ymm12
    vmovaps [rsp + 288], ymm12
    vmovaps [rsp + 352], ymm12
    vmovaps [rsp + 384], ymm12
    vmovaps [rsp + 448], ymm12
    vmovaps [rsp + 480], ymm12
    vmovaps [rsp + 544], ymm12
    vmovaps [rsp + 576], ymm12
    vmovaps [rsp + 640], ymm12
    vmovaps [rsp + 672], ymm12
    vmovaps [rsp + 736], ymm12
    vmovaps [rsp + 768], ymm12
    lea r15, [rdi + 64]
    mov r11d, 8
q5k_avx2_8_sub:
    vpmovzxbd ymm10, [r15]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 0], ymm10
    vpmovzxbd ymm10, [r15 + 8]
    vcvtdq2ps ymm10, ymm10
    vmovaps [rsp + 32], ymm10
    vpxor ymm0, ymm0, ymm0
    vpxor ymm1, ymm1, ymm1
    vpxor ymm2, ymm2, ymm2
    vpxor ymm3, ymm3, ymm3
    vpxor ymm4, ymm4, ymm4
    vpxor ymm5, ymm5, ymm5
    vpxor ymm6, ymm6, ymm6
    vpxor ymm7, ymm7, ymm7
    vpermd ymm9, ymm13, [r15 + 16]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 144]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 0]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 16]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 32]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 48]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 64]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 80]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 96]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 112]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 128]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 144]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 160]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 176]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpbroadcastd ymm10, [r12 + 192]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm11, [r12 + 208]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm6, ymm6, ymm11
    vpbroadcastd ymm10, [r12 + 224]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vpbroadcastd ymm11, [r12 + 240]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm7, ymm7, ymm11
    vpermd ymm9, ymm13, [r15 + 48]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 144]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 4]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 20]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 36]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 52]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 68]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 84]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 100]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 116]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 132]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 148]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 164]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 180]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpbroadcastd ymm10, [r12 + 196]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm11, [r12 + 212]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm6, ymm6, ymm11
    vpbroadcastd ymm10, [r12 + 228]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vpbroadcastd ymm11, [r12 + 244]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm7, ymm7, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vmovdqa [rsp + 128], ymm0
    vpxor ymm0, ymm0, ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vmovdqa [rsp + 224], ymm1
    vpxor ymm1, ymm1, ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vmovdqa [rsp + 320], ymm2
    vpxor ymm2, ymm2, ymm2
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vmovdqa [rsp + 416], ymm3
    vpxor ymm3, ymm3, ymm3
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vmovdqa [rsp + 512], ymm4
    vpxor ymm4, ymm4, ymm4
    vpmaddwd ymm5, ymm5, [rip + ones16x8]
    vmovdqa [rsp + 608], ymm5
    vpxor ymm5, ymm5, ymm5
    vpmaddwd ymm6, ymm6, [rip + ones16x8]
    vmovdqa [rsp + 704], ymm6
    vpxor ymm6, ymm6, ymm6
    vpmaddwd ymm7, ymm7, [rip + ones16x8]
    vmovdqa [rsp + 800], ymm7
    vpxor ymm7, ymm7, ymm7
    vpermd ymm9, ymm13, [r15 + 80]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 160]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_0]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_0]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 8]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 24]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 40]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 56]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 72]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 88]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 104]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 120]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 136]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 152]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 168]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 184]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpbroadcastd ymm10, [r12 + 200]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm11, [r12 + 216]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm6, ymm6, ymm11
    vpbroadcastd ymm10, [r12 + 232]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vpbroadcastd ymm11, [r12 + 248]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm7, ymm7, ymm11
    vpermd ymm9, ymm13, [r15 + 112]
    vpshufb ymm9, ymm9, ymm14
    vpand ymm8, ymm9, ymm15
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vbroadcasti128 ymm12, [r15 + 160]
    vpshufb ymm12, ymm12, [rip + fifths]
    vpand ymm11, ymm12, [rip + fifth_low_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_low_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm8, ymm8, ymm11
    vpand ymm11, ymm12, [rip + fifth_high_1]
    vpcmpeqb ymm11, ymm11, [rip + fifth_high_1]
    vpand ymm11, ymm11, [rip + sixteens]
    vpor ymm9, ymm9, ymm11
    vpbroadcastd ymm10, [r12 + 12]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm0, ymm0, ymm10
    vpbroadcastd ymm11, [r12 + 28]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm0, ymm0, ymm11
    vpbroadcastd ymm10, [r12 + 44]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm1, ymm1, ymm10
    vpbroadcastd ymm11, [r12 + 60]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm1, ymm1, ymm11
    vpbroadcastd ymm10, [r12 + 76]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm2, ymm2, ymm10
    vpbroadcastd ymm11, [r12 + 92]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm2, ymm2, ymm11
    vpbroadcastd ymm10, [r12 + 108]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm3, ymm3, ymm10
    vpbroadcastd ymm11, [r12 + 124]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm3, ymm3, ymm11
    vpbroadcastd ymm10, [r12 + 140]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm4, ymm4, ymm10
    vpbroadcastd ymm11, [r12 + 156]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm4, ymm4, ymm11
    vpbroadcastd ymm10, [r12 + 172]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm5, ymm5, ymm10
    vpbroadcastd ymm11, [r12 + 188]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm5, ymm5, ymm11
    vpbroadcastd ymm10, [r12 + 204]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm6, ymm6, ymm10
    vpbroadcastd ymm11, [r12 + 220]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm6, ymm6, ymm11
    vpbroadcastd ymm10, [r12 + 236]
    vpmaddubsw ymm10, ymm8, ymm10
    vpaddw ymm7, ymm7, ymm10
    vpbroadcastd ymm11, [r12 + 252]
    vpmaddubsw ymm11, ymm9, ymm11
    vpaddw ymm7, ymm7, ymm11
    vpmaddwd ymm0, ymm0, [rip + ones16x8]
    vpaddd ymm0, ymm0, [rsp + 128]
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm0, ymm11, [rsp + 64]
    vmovaps [rsp + 64], ymm0
    vpbroadcastd ymm11, [r13 + 4]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm0, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rsp + 32]
    vmovaps [rsp + 96], ymm0
    vpmaddwd ymm1, ymm1, [rip + ones16x8]
    vpaddd ymm1, ymm1, [rsp + 224]
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 8]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm1, ymm11, [rsp + 160]
    vmovaps [rsp + 160], ymm1
    vpbroadcastd ymm11, [r13 + 12]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm1, [rsp + 192]
    vfmadd231ps ymm1, ymm11, [rsp + 32]
    vmovaps [rsp + 192], ymm1
    vpmaddwd ymm2, ymm2, [rip + ones16x8]
    vpaddd ymm2, ymm2, [rsp + 320]
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 16]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm2, ymm11, [rsp + 256]
    vmovaps [rsp + 256], ymm2
    vpbroadcastd ymm11, [r13 + 20]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm2, [rsp + 288]
    vfmadd231ps ymm2, ymm11, [rsp + 32]
    vmovaps [rsp + 288], ymm2
    vpmaddwd ymm3, ymm3, [rip + ones16x8]
    vpaddd ymm3, ymm3, [rsp + 416]
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm3, ymm11, [rsp + 352]
    vmovaps [rsp + 352], ymm3
    vpbroadcastd ymm11, [r13 + 28]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm3, [rsp + 384]
    vfmadd231ps ymm3, ymm11, [rsp + 32]
    vmovaps [rsp + 384], ymm3
    vpmaddwd ymm4, ymm4, [rip + ones16x8]
    vpaddd ymm4, ymm4, [rsp + 512]
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 32]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm4, ymm11, [rsp + 448]
    vmovaps [rsp + 448], ymm4
    vpbroadcastd ymm11, [r13 + 36]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm4, [rsp + 480]
    vfmadd231ps ymm4, ymm11, [rsp + 32]
    vmovaps [rsp + 480], ymm4
    vpmaddwd ymm5, ymm5, [rip + ones16x8]
    vpaddd ymm5, ymm5, [rsp + 608]
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 40]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm5, ymm11, [rsp + 544]
    vmovaps [rsp + 544], ymm5
    vpbroadcastd ymm11, [r13 + 44]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm5, [rsp + 576]
    vfmadd231ps ymm5, ymm11, [rsp + 32]
    vmovaps [rsp + 576], ymm5
    vpmaddwd ymm6, ymm6, [rip + ones16x8]
    vpaddd ymm6, ymm6, [rsp + 704]
    vcvtdq2ps ymm6, ymm6
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm6, ymm11, [rsp + 640]
    vmovaps [rsp + 640], ymm6
    vpbroadcastd ymm11, [r13 + 52]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm6, [rsp + 672]
    vfmadd231ps ymm6, ymm11, [rsp + 32]
    vmovaps [rsp + 672], ymm6
    vpmaddwd ymm7, ymm7, [rip + ones16x8]
    vpaddd ymm7, ymm7, [rsp + 800]
    vcvtdq2ps ymm7, ymm7
    vbroadcastss ymm10, [r13 + 56]
    vmulps ymm11, ymm10, [rsp + 0]
    vfmadd213ps ymm7, ymm11, [rsp + 736]
    vmovaps [rsp + 736], ymm7
    vpbroadcastd ymm11, [r13 + 60]
    vcvtdq2ps ymm11, ymm11
    vmulps ymm11, ymm11, [rip + inverse128]
    vmulps ymm11, ymm11, ymm10
    vmovaps ymm7, [rsp + 768]
    vfmadd231ps ymm7, ymm11, [rsp + 32]
    vmovaps [rsp + 768], ymm7
    add r15, 176
    add r12, 256
    add r13, 64
    dec r11d
    jnz q5k_avx2_8_sub
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovaps ymm11, [rsp + 96]
    vfmadd231ps ymm0, ymm11, [rdi + 32]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 160]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovaps ymm11, [rsp + 192]
    vfmadd231ps ymm1, ymm11, [rdi + 32]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 256]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovaps ymm11, [rsp + 288]
    vfmadd231ps ymm2, ymm11, [rdi + 32]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 352]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovaps ymm11, [rsp + 384]
    vfmadd231ps ymm3, ymm11, [rdi + 32]
    vmovups [r14], ymm3
    add r14, r9
    vmovups ymm4, [r14]
    vmovaps ymm10, [rsp + 448]
    vfmadd231ps ymm4, ymm10, [rdi]
    vmovaps ymm11, [rsp + 480]
    vfmadd231ps ymm4, ymm11, [rdi + 32]
    vmovups [r14], ymm4
    add r14, r9
    vmovups ymm5, [r14]
    vmovaps ymm10, [rsp + 544]
    vfmadd231ps ymm5, ymm10, [rdi]
    vmovaps ymm11, [rsp + 576]
    vfmadd231ps ymm5, ymm11, [rdi + 32]
    vmovups [r14], ymm5
    add r14, r9
    vmovups ymm6, [r14]
    vmovaps ymm10, [rsp + 640]
    vfmadd231ps ymm6, ymm10, [rdi]
    vmovaps ymm11, [rsp + 672]
    vfmadd231ps ymm6, ymm11, [rdi + 32]
    vmovups [r14], ymm6
    add r14, r9
    vmovups ymm7, [r14]
    vmovaps ymm10, [rsp + 736]
    vfmadd231ps ymm7, ymm10, [rdi]
    vmovaps ymm11, [rsp + 768]
    vfmadd231ps ymm7, ymm11, [rdi + 32]
    vmovups [r14], ymm7
    add rdi, 1472
    dec rax
    jnz q5k_avx2_8_super
    add r8, 32
    dec rsi
    jnz q5k_avx2_8_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
    .arch .avx512f
    .arch .avx512vl
    .arch .avx512bw
    .arch .avx512dq
    .arch .avx512_vnni
    .arch .avx512vbmi
q4k_pairs_1:
    push r12
    push r13
    push r14
    push r15
    push rbx
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 1216
    vmovdqu8 zmm31, [rip + permute]
    vpbroadcastd zmm29, [rip + nibbles]
q4k_pairs_1_pair:
    vpxord zmm28, zmm28, zmm28
    mov r14, r8
    vmovups [r14], zmm28
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4k_pairs_1_super:
    vpxord zmm8, zmm8, zmm8
    vpxord zmm16, zmm16, zmm16
    prefetcht0 [rdi + 2*r11 + 0]
    prefetcht0 [rdi + 2*r11 + 64]
    prefetcht0 [rdi + 2*r11 + 128]
    prefetcht0 [rdi + 2*r11 + 192]
    prefetcht0 [rdi + 2*r11 + 256]
    prefetcht0 [rdi + 2*r11 + 320]
    prefetcht0 [rdi + 2*r11 + 384]
    prefetcht0 [rdi + 2*r11 + 448]
    prefetcht0 [rdi + 2*r11 + 512]
    prefetcht0 [rdi + 2*r11 + 576]
    prefetcht0 [rdi + 2*r11 + 640]
    prefetcht0 [rdi + 2*r11 + 704]
    prefetcht0 [rdi + 2*r11 + 768]
    prefetcht0 [rdi + 2*r11 + 832]
    prefetcht0 [rdi + 2*r11 + 896]
    prefetcht0 [rdi + 2*r11 + 960]
    prefetcht0 [rdi + 2*r11 + 1024]
    prefetcht0 [rdi + 2*r11 + 1088]
    prefetcht0 [rdi + 2*r11 + 1152]
    lea rbx, [rdi + r11*2]
    prefetcht0 [rbx + r11 + 0]
    prefetcht0 [rbx + r11 + 64]
    prefetcht0 [rbx + r11 + 128]
    prefetcht0 [rbx + r11 + 192]
    prefetcht0 [rbx + r11 + 256]
    prefetcht0 [rbx + r11 + 320]
    prefetcht0 [rbx + r11 + 384]
    prefetcht0 [rbx + r11 + 448]
    prefetcht0 [rbx + r11 + 512]
    prefetcht0 [rbx + r11 + 576]
    prefetcht0 [rbx + r11 + 640]
    prefetcht0 [rbx + r11 + 704]
    prefetcht0 [rbx + r11 + 768]
    prefetcht0 [rbx + r11 + 832]
    prefetcht0 [rbx + r11 + 896]
    prefetcht0 [rbx + r11 + 960]
    prefetcht0 [rbx + r11 + 1024]
    prefetcht0 [rbx + r11 + 1088]
    prefetcht0 [rbx + r11 + 1152]
    lea r15, [rdi + 64]
    mov ebx, 8
q4k_pairs_1_sub:
    vmovq xmm26, [r15]
    vpinsrq xmm26, xmm26, [r15 + r11], 1
    vpmovzxbd zmm26, xmm26
    vcvtdq2ps zmm26, zmm26
    vmovq xmm27, [r15 + 8]
    vpinsrq xmm27, xmm27, [r15 + r11 + 8], 1
    vpmovzxbd zmm27, xmm27
    vcvtdq2ps zmm27, zmm27
    vpxord zmm0, zmm0, zmm0
    vmovdqu32 ymm24, [r15 + 16]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 16], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 16]{1to16}
    vmovdqu32 ymm24, [r15 + 48]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 48], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 20]{1to16}
    vmovdqu32 ymm24, [r15 + 80]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 80], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 24]{1to16}
    vmovdqu32 ymm24, [r15 + 112]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 112], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 28]{1to16}
    vcvtdq2ps zmm0, zmm0
    vmulps zmm28, zmm26, dword ptr [r13 + 0]{1to16}
    vfmadd231ps zmm8, zmm0, zmm28
    vpbroadcastd zmm30, [r13 + 4]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 0]{1to16}
    vfmadd231ps zmm16, zmm27, zmm30
    add r15, 144
    add r12, 32
    add r13, 8
    dec ebx
    jnz q4k_pairs_1_sub
    vmovups ymm26, [rdi]
    vinsertf32x8 zmm26, zmm26, [rdi + r11], 1
    vmovups ymm27, [rdi + 32]
    vinsertf32x8 zmm27, zmm27, [rdi + r11 + 32], 1
    mov r14, r8
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm8
    vfmadd231ps zmm28, zmm27, zmm16
    vmovups [r14], zmm28
    add rdi, 1216
    dec rax
    jnz q4k_pairs_1_super
    add rdi, r11
    add r8, 64
    dec rsi
    jnz q4k_pairs_1_pair
    vzeroupper
    pop rbx
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4k_pairs_2:
    push r12
    push r13
    push r14
    push r15
    push rbx
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 1216
    vmovdqu8 zmm31, [rip + permute]
    vpbroadcastd zmm29, [rip + nibbles]
q4k_pairs_2_pair:
    vpxord zmm28, zmm28, zmm28
    mov r14, r8
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4k_pairs_2_super:
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    prefetcht0 [rdi + 2*r11 + 0]
    prefetcht0 [rdi + 2*r11 + 64]
    prefetcht0 [rdi + 2*r11 + 128]
    prefetcht0 [rdi + 2*r11 + 192]
    prefetcht0 [rdi + 2*r11 + 256]
    prefetcht0 [rdi + 2*r11 + 320]
    prefetcht0 [rdi + 2*r11 + 384]
    prefetcht0 [rdi + 2*r11 + 448]
    prefetcht0 [rdi + 2*r11 + 512]
    prefetcht0 [rdi + 2*r11 + 576]
    prefetcht0 [rdi + 2*r11 + 640]
    prefetcht0 [rdi + 2*r11 + 704]
    prefetcht0 [rdi + 2*r11 + 768]
    prefetcht0 [rdi + 2*r11 + 832]
    prefetcht0 [rdi + 2*r11 + 896]
    prefetcht0 [rdi + 2*r11 + 960]
    prefetcht0 [rdi + 2*r11 + 1024]
    prefetcht0 [rdi + 2*r11 + 1088]
    prefetcht0 [rdi + 2*r11 + 1152]
    lea rbx, [rdi + r11*2]
    prefetcht0 [rbx + r11 + 0]
    prefetcht0 [rbx + r11 + 64]
    prefetcht0 [rbx + r11 + 128]
    prefetcht0 [rbx + r11 + 192]
    prefetcht0 [rbx + r11 + 256]
    prefetcht0 [rbx + r11 + 320]
    prefetcht0 [rbx + r11 + 384]
    prefetcht0 [rbx + r11 + 448]
    prefetcht0 [rbx + r11 + 512]
    prefetcht0 [rbx + r11 + 576]
    prefetcht0 [rbx + r11 + 640]
    prefetcht0 [rbx + r11 + 704]
    prefetcht0 [rbx + r11 + 768]
    prefetcht0 [rbx + r11 + 832]
    prefetcht0 [rbx + r11 + 896]
    prefetcht0 [rbx + r11 + 960]
    prefetcht0 [rbx + r11 + 1024]
    prefetcht0 [rbx + r11 + 1088]
    prefetcht0 [rbx + r11 + 1152]
    lea r15, [rdi + 64]
    mov ebx, 8
q4k_pairs_2_sub:
    vmovq xmm26, [r15]
    vpinsrq xmm26, xmm26, [r15 + r11], 1
    vpmovzxbd zmm26, xmm26
    vcvtdq2ps zmm26, zmm26
    vmovq xmm27, [r15 + 8]
    vpinsrq xmm27, xmm27, [r15 + r11 + 8], 1
    vpmovzxbd zmm27, xmm27
    vcvtdq2ps zmm27, zmm27
    vpxord zmm0, zmm0, zmm0
    vpxord zmm1, zmm1, zmm1
    vmovdqu32 ymm24, [r15 + 16]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 16], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 48]{1to16}
    vmovdqu32 ymm24, [r15 + 48]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 48], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 52]{1to16}
    vmovdqu32 ymm24, [r15 + 80]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 80], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 56]{1to16}
    vmovdqu32 ymm24, [r15 + 112]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 112], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 60]{1to16}
    vcvtdq2ps zmm0, zmm0
    vmulps zmm28, zmm26, dword ptr [r13 + 0]{1to16}
    vfmadd231ps zmm8, zmm0, zmm28
    vpbroadcastd zmm30, [r13 + 4]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 0]{1to16}
    vfmadd231ps zmm16, zmm27, zmm30
    vcvtdq2ps zmm1, zmm1
    vmulps zmm28, zmm26, dword ptr [r13 + 8]{1to16}
    vfmadd231ps zmm9, zmm1, zmm28
    vpbroadcastd zmm30, [r13 + 12]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 8]{1to16}
    vfmadd231ps zmm17, zmm27, zmm30
    add r15, 144
    add r12, 64
    add r13, 16
    dec ebx
    jnz q4k_pairs_2_sub
    vmovups ymm26, [rdi]
    vinsertf32x8 zmm26, zmm26, [rdi + r11], 1
    vmovups ymm27, [rdi + 32]
    vinsertf32x8 zmm27, zmm27, [rdi + r11 + 32], 1
    mov r14, r8
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm8
    vfmadd231ps zmm28, zmm27, zmm16
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm9
    vfmadd231ps zmm28, zmm27, zmm17
    vmovups [r14], zmm28
    add rdi, 1216
    dec rax
    jnz q4k_pairs_2_super
    add rdi, r11
    add r8, 64
    dec rsi
    jnz q4k_pairs_2_pair
    vzeroupper
    pop rbx
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4k_pairs_3:
    push r12
    push r13
    push r14
    push r15
    push rbx
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 1216
    vmovdqu8 zmm31, [rip + permute]
    vpbroadcastd zmm29, [rip + nibbles]
q4k_pairs_3_pair:
    vpxord zmm28, zmm28, zmm28
    mov r14, r8
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4k_pairs_3_super:
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vpxord zmm10, zmm10, zmm10
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    prefetcht0 [rdi + 2*r11 + 0]
    prefetcht0 [rdi + 2*r11 + 64]
    prefetcht0 [rdi + 2*r11 + 128]
    prefetcht0 [rdi + 2*r11 + 192]
    prefetcht0 [rdi + 2*r11 + 256]
    prefetcht0 [rdi + 2*r11 + 320]
    prefetcht0 [rdi + 2*r11 + 384]
    prefetcht0 [rdi + 2*r11 + 448]
    prefetcht0 [rdi + 2*r11 + 512]
    prefetcht0 [rdi + 2*r11 + 576]
    prefetcht0 [rdi + 2*r11 + 640]
    prefetcht0 [rdi + 2*r11 + 704]
    prefetcht0 [rdi + 2*r11 + 768]
    prefetcht0 [rdi + 2*r11 + 832]
    prefetcht0 [rdi + 2*r11 + 896]
    prefetcht0 [rdi + 2*r11 + 960]
    prefetcht0 [rdi + 2*r11 + 1024]
    prefetcht0 [rdi + 2*r11 + 1088]
    prefetcht0 [rdi + 2*r11 + 1152]
    lea rbx, [rdi + r11*2]
    prefetcht0 [rbx + r11 + 0]
    prefetcht0 [rbx + r11 + 64]
    prefetcht0 [rbx + r11 + 128]
    prefetcht0 [rbx + r11 + 192]
    prefetcht0 [rbx + r11 + 256]
    prefetcht0 [rbx + r11 + 320]
    prefetcht0 [rbx + r11 + 384]
    prefetcht0 [rbx + r11 + 448]
    prefetcht0 [rbx + r11 + 512]
    prefetcht0 [rbx + r11 + 576]
    prefetcht0 [rbx + r11 + 640]
    prefetcht0 [rbx + r11 + 704]
    prefetcht0 [rbx + r11 + 768]
    prefetcht0 [rbx + r11 + 832]
    prefetcht0 [rbx + r11 + 896]
    prefetcht0 [rbx + r11 + 960]
    prefetcht0 [rbx + r11 + 1024]
    prefetcht0 [rbx + r11 + 1088]
    prefetcht0 [rbx + r11 + 1152]
    lea r15, [rdi + 64]
    mov ebx, 8
q4k_pairs_3_sub:
    vmovq xmm26, [r15]
    vpinsrq xmm26, xmm26, [r15 + r11], 1
    vpmovzxbd zmm26, xmm26
    vcvtdq2ps zmm26, zmm26
    vmovq xmm27, [r15 + 8]
    vpinsrq xmm27, xmm27, [r15 + r11 + 8], 1
    vpmovzxbd zmm27, xmm27
    vcvtdq2ps zmm27, zmm27
    vpxord zmm0, zmm0, zmm0
    vpxord zmm1, zmm1, zmm1
    vpxord zmm2, zmm2, zmm2
    vmovdqu32 ymm24, [r15 + 16]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 16], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 80]{1to16}
    vmovdqu32 ymm24, [r15 + 48]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 48], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 84]{1to16}
    vmovdqu32 ymm24, [r15 + 80]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 80], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 88]{1to16}
    vmovdqu32 ymm24, [r15 + 112]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 112], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 92]{1to16}
    vcvtdq2ps zmm0, zmm0
    vmulps zmm28, zmm26, dword ptr [r13 + 0]{1to16}
    vfmadd231ps zmm8, zmm0, zmm28
    vpbroadcastd zmm30, [r13 + 4]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 0]{1to16}
    vfmadd231ps zmm16, zmm27, zmm30
    vcvtdq2ps zmm1, zmm1
    vmulps zmm28, zmm26, dword ptr [r13 + 8]{1to16}
    vfmadd231ps zmm9, zmm1, zmm28
    vpbroadcastd zmm30, [r13 + 12]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 8]{1to16}
    vfmadd231ps zmm17, zmm27, zmm30
    vcvtdq2ps zmm2, zmm2
    vmulps zmm28, zmm26, dword ptr [r13 + 16]{1to16}
    vfmadd231ps zmm10, zmm2, zmm28
    vpbroadcastd zmm30, [r13 + 20]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 16]{1to16}
    vfmadd231ps zmm18, zmm27, zmm30
    add r15, 144
    add r12, 96
    add r13, 24
    dec ebx
    jnz q4k_pairs_3_sub
    vmovups ymm26, [rdi]
    vinsertf32x8 zmm26, zmm26, [rdi + r11], 1
    vmovups ymm27, [rdi + 32]
    vinsertf32x8 zmm27, zmm27, [rdi + r11 + 32], 1
    mov r14, r8
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm8
    vfmadd231ps zmm28, zmm27, zmm16
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm9
    vfmadd231ps zmm28, zmm27, zmm17
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm10
    vfmadd231ps zmm28, zmm27, zmm18
    vmovups [r14], zmm28
    add rdi, 1216
    dec rax
    jnz q4k_pairs_3_super
    add rdi, r11
    add r8, 64
    dec rsi
    jnz q4k_pairs_3_pair
    vzeroupper
    pop rbx
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4k_pairs_4:
    push r12
    push r13
    push r14
    push r15
    push rbx
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 1216
    vmovdqu8 zmm31, [rip + permute]
    vpbroadcastd zmm29, [rip + nibbles]
q4k_pairs_4_pair:
    vpxord zmm28, zmm28, zmm28
    mov r14, r8
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4k_pairs_4_super:
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vpxord zmm10, zmm10, zmm10
    vpxord zmm11, zmm11, zmm11
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    prefetcht0 [rdi + 2*r11 + 0]
    prefetcht0 [rdi + 2*r11 + 64]
    prefetcht0 [rdi + 2*r11 + 128]
    prefetcht0 [rdi + 2*r11 + 192]
    prefetcht0 [rdi + 2*r11 + 256]
    prefetcht0 [rdi + 2*r11 + 320]
    prefetcht0 [rdi + 2*r11 + 384]
    prefetcht0 [rdi + 2*r11 + 448]
    prefetcht0 [rdi + 2*r11 + 512]
    prefetcht0 [rdi + 2*r11 + 576]
    prefetcht0 [rdi + 2*r11 + 640]
    prefetcht0 [rdi + 2*r11 + 704]
    prefetcht0 [rdi + 2*r11 + 768]
    prefetcht0 [rdi + 2*r11 + 832]
    prefetcht0 [rdi + 2*r11 + 896]
    prefetcht0 [rdi + 2*r11 + 960]
    prefetcht0 [rdi + 2*r11 + 1024]
    prefetcht0 [rdi + 2*r11 + 1088]
    prefetcht0 [rdi + 2*r11 + 1152]
    lea rbx, [rdi + r11*2]
    prefetcht0 [rbx + r11 + 0]
    prefetcht0 [rbx + r11 + 64]
    prefetcht0 [rbx + r11 + 128]
    prefetcht0 [rbx + r11 + 192]
    prefetcht0 [rbx + r11 + 256]
    prefetcht0 [rbx + r11 + 320]
    prefetcht0 [rbx + r11 + 384]
    prefetcht0 [rbx + r11 + 448]
    prefetcht0 [rbx + r11 + 512]
    prefetcht0 [rbx + r11 + 576]
    prefetcht0 [rbx + r11 + 640]
    prefetcht0 [rbx + r11 + 704]
    prefetcht0 [rbx + r11 + 768]
    prefetcht0 [rbx + r11 + 832]
    prefetcht0 [rbx + r11 + 896]
    prefetcht0 [rbx + r11 + 960]
    prefetcht0 [rbx + r11 + 1024]
    prefetcht0 [rbx + r11 + 1088]
    prefetcht0 [rbx + r11 + 1152]
    lea r15, [rdi + 64]
    mov ebx, 8
q4k_pairs_4_sub:
    vmovq xmm26, [r15]
    vpinsrq xmm26, xmm26, [r15 + r11], 1
    vpmovzxbd zmm26, xmm26
    vcvtdq2ps zmm26, zmm26
    vmovq xmm27, [r15 + 8]
    vpinsrq xmm27, xmm27, [r15 + r11 + 8], 1
    vpmovzxbd zmm27, xmm27
    vcvtdq2ps zmm27, zmm27
    vpxord zmm0, zmm0, zmm0
    vpxord zmm1, zmm1, zmm1
    vpxord zmm2, zmm2, zmm2
    vpxord zmm3, zmm3, zmm3
    vmovdqu32 ymm24, [r15 + 16]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 16], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 112]{1to16}
    vmovdqu32 ymm24, [r15 + 48]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 48], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 116]{1to16}
    vmovdqu32 ymm24, [r15 + 80]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 80], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 120]{1to16}
    vmovdqu32 ymm24, [r15 + 112]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 112], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 124]{1to16}
    vcvtdq2ps zmm0, zmm0
    vmulps zmm28, zmm26, dword ptr [r13 + 0]{1to16}
    vfmadd231ps zmm8, zmm0, zmm28
    vpbroadcastd zmm30, [r13 + 4]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 0]{1to16}
    vfmadd231ps zmm16, zmm27, zmm30
    vcvtdq2ps zmm1, zmm1
    vmulps zmm28, zmm26, dword ptr [r13 + 8]{1to16}
    vfmadd231ps zmm9, zmm1, zmm28
    vpbroadcastd zmm30, [r13 + 12]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 8]{1to16}
    vfmadd231ps zmm17, zmm27, zmm30
    vcvtdq2ps zmm2, zmm2
    vmulps zmm28, zmm26, dword ptr [r13 + 16]{1to16}
    vfmadd231ps zmm10, zmm2, zmm28
    vpbroadcastd zmm30, [r13 + 20]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 16]{1to16}
    vfmadd231ps zmm18, zmm27, zmm30
    vcvtdq2ps zmm3, zmm3
    vmulps zmm28, zmm26, dword ptr [r13 + 24]{1to16}
    vfmadd231ps zmm11, zmm3, zmm28
    vpbroadcastd zmm30, [r13 + 28]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 24]{1to16}
    vfmadd231ps zmm19, zmm27, zmm30
    add r15, 144
    add r12, 128
    add r13, 32
    dec ebx
    jnz q4k_pairs_4_sub
    vmovups ymm26, [rdi]
    vinsertf32x8 zmm26, zmm26, [rdi + r11], 1
    vmovups ymm27, [rdi + 32]
    vinsertf32x8 zmm27, zmm27, [rdi + r11 + 32], 1
    mov r14, r8
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm8
    vfmadd231ps zmm28, zmm27, zmm16
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm9
    vfmadd231ps zmm28, zmm27, zmm17
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm10
    vfmadd231ps zmm28, zmm27, zmm18
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm11
    vfmadd231ps zmm28, zmm27, zmm19
    vmovups [r14], zmm28
    add rdi, 1216
    dec rax
    jnz q4k_pairs_4_super
    add rdi, r11
    add r8, 64
    dec rsi
    jnz q4k_pairs_4_pair
    vzeroupper
    pop rbx
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4k_pairs_5:
    push r12
    push r13
    push r14
    push r15
    push rbx
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 1216
    vmovdqu8 zmm31, [rip + permute]
    vpbroadcastd zmm29, [rip + nibbles]
q4k_pairs_5_pair:
    vpxord zmm28, zmm28, zmm28
    mov r14, r8
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4k_pairs_5_super:
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vpxord zmm10, zmm10, zmm10
    vpxord zmm11, zmm11, zmm11
    vpxord zmm12, zmm12, zmm12
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    vpxord zmm20, zmm20, zmm20
    prefetcht0 [rdi + 2*r11 + 0]
    prefetcht0 [rdi + 2*r11 + 64]
    prefetcht0 [rdi + 2*r11 + 128]
    prefetcht0 [rdi + 2*r11 + 192]
    prefetcht0 [rdi + 2*r11 + 256]
    prefetcht0 [rdi + 2*r11 + 320]
    prefetcht0 [rdi + 2*r11 + 384]
    prefetcht0 [rdi + 2*r11 + 448]
    prefetcht0 [rdi + 2*r11 + 512]
    prefetcht0 [rdi + 2*r11 + 576]
    prefetcht0 [rdi + 2*r11 + 640]
    prefetcht0 [rdi + 2*r11 + 704]
    prefetcht0 [rdi + 2*r11 + 768]
    prefetcht0 [rdi + 2*r11 + 832]
    prefetcht0 [rdi + 2*r11 + 896]
    prefetcht0 [rdi + 2*r11 + 960]
    prefetcht0 [rdi + 2*r11 + 1024]
    prefetcht0 [rdi + 2*r11 + 1088]
    prefetcht0 [rdi + 2*r11 + 1152]
    lea rbx, [rdi + r11*2]
    prefetcht0 [rbx + r11 + 0]
    prefetcht0 [rbx + r11 + 64]
    prefetcht0 [rbx + r11 + 128]
    prefetcht0 [rbx + r11 + 192]
    prefetcht0 [rbx + r11 + 256]
    prefetcht0 [rbx + r11 + 320]
    prefetcht0 [rbx + r11 + 384]
    prefetcht0 [rbx + r11 + 448]
    prefetcht0 [rbx + r11 + 512]
    prefetcht0 [rbx + r11 + 576]
    prefetcht0 [rbx + r11 + 640]
    prefetcht0 [rbx + r11 + 704]
    prefetcht0 [rbx + r11 + 768]
    prefetcht0 [rbx + r11 + 832]
    prefetcht0 [rbx + r11 + 896]
    prefetcht0 [rbx + r11 + 960]
    prefetcht0 [rbx + r11 + 1024]
    prefetcht0 [rbx + r11 + 1088]
    prefetcht0 [rbx + r11 + 1152]
    lea r15, [rdi + 64]
    mov ebx, 8
q4k_pairs_5_sub:
    vmovq xmm26, [r15]
    vpinsrq xmm26, xmm26, [r15 + r11], 1
    vpmovzxbd zmm26, xmm26
    vcvtdq2ps zmm26, zmm26
    vmovq xmm27, [r15 + 8]
    vpinsrq xmm27, xmm27, [r15 + r11 + 8], 1
    vpmovzxbd zmm27, xmm27
    vcvtdq2ps zmm27, zmm27
    vpxord zmm0, zmm0, zmm0
    vpxord zmm1, zmm1, zmm1
    vpxord zmm2, zmm2, zmm2
    vpxord zmm3, zmm3, zmm3
    vpxord zmm4, zmm4, zmm4
    vmovdqu32 ymm24, [r15 + 16]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 16], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vpdpbusd zmm4, zmm25, dword ptr [r12 + 144]{1to16}
    vmovdqu32 ymm24, [r15 + 48]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 48], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 132]{1to16}
    vpdpbusd zmm4, zmm25, dword ptr [r12 + 148]{1to16}
    vmovdqu32 ymm24, [r15 + 80]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 80], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vpdpbusd zmm4, zmm25, dword ptr [r12 + 152]{1to16}
    vmovdqu32 ymm24, [r15 + 112]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 112], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 124]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 140]{1to16}
    vpdpbusd zmm4, zmm25, dword ptr [r12 + 156]{1to16}
    vcvtdq2ps zmm0, zmm0
    vmulps zmm28, zmm26, dword ptr [r13 + 0]{1to16}
    vfmadd231ps zmm8, zmm0, zmm28
    vpbroadcastd zmm30, [r13 + 4]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 0]{1to16}
    vfmadd231ps zmm16, zmm27, zmm30
    vcvtdq2ps zmm1, zmm1
    vmulps zmm28, zmm26, dword ptr [r13 + 8]{1to16}
    vfmadd231ps zmm9, zmm1, zmm28
    vpbroadcastd zmm30, [r13 + 12]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 8]{1to16}
    vfmadd231ps zmm17, zmm27, zmm30
    vcvtdq2ps zmm2, zmm2
    vmulps zmm28, zmm26, dword ptr [r13 + 16]{1to16}
    vfmadd231ps zmm10, zmm2, zmm28
    vpbroadcastd zmm30, [r13 + 20]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 16]{1to16}
    vfmadd231ps zmm18, zmm27, zmm30
    vcvtdq2ps zmm3, zmm3
    vmulps zmm28, zmm26, dword ptr [r13 + 24]{1to16}
    vfmadd231ps zmm11, zmm3, zmm28
    vpbroadcastd zmm30, [r13 + 28]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 24]{1to16}
    vfmadd231ps zmm19, zmm27, zmm30
    vcvtdq2ps zmm4, zmm4
    vmulps zmm28, zmm26, dword ptr [r13 + 32]{1to16}
    vfmadd231ps zmm12, zmm4, zmm28
    vpbroadcastd zmm30, [r13 + 36]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 32]{1to16}
    vfmadd231ps zmm20, zmm27, zmm30
    add r15, 144
    add r12, 160
    add r13, 40
    dec ebx
    jnz q4k_pairs_5_sub
    vmovups ymm26, [rdi]
    vinsertf32x8 zmm26, zmm26, [rdi + r11], 1
    vmovups ymm27, [rdi + 32]
    vinsertf32x8 zmm27, zmm27, [rdi + r11 + 32], 1
    mov r14, r8
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm8
    vfmadd231ps zmm28, zmm27, zmm16
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm9
    vfmadd231ps zmm28, zmm27, zmm17
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm10
    vfmadd231ps zmm28, zmm27, zmm18
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm11
    vfmadd231ps zmm28, zmm27, zmm19
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm12
    vfmadd231ps zmm28, zmm27, zmm20
    vmovups [r14], zmm28
    add rdi, 1216
    dec rax
    jnz q4k_pairs_5_super
    add rdi, r11
    add r8, 64
    dec rsi
    jnz q4k_pairs_5_pair
    vzeroupper
    pop rbx
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4k_pairs_6:
    push r12
    push r13
    push r14
    push r15
    push rbx
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 1216
    vmovdqu8 zmm31, [rip + permute]
    vpbroadcastd zmm29, [rip + nibbles]
q4k_pairs_6_pair:
    vpxord zmm28, zmm28, zmm28
    mov r14, r8
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4k_pairs_6_super:
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vpxord zmm10, zmm10, zmm10
    vpxord zmm11, zmm11, zmm11
    vpxord zmm12, zmm12, zmm12
    vpxord zmm13, zmm13, zmm13
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    vpxord zmm20, zmm20, zmm20
    vpxord zmm21, zmm21, zmm21
    prefetcht0 [rdi + 2*r11 + 0]
    prefetcht0 [rdi + 2*r11 + 64]
    prefetcht0 [rdi + 2*r11 + 128]
    prefetcht0 [rdi + 2*r11 + 192]
    prefetcht0 [rdi + 2*r11 + 256]
    prefetcht0 [rdi + 2*r11 + 320]
    prefetcht0 [rdi + 2*r11 + 384]
    prefetcht0 [rdi + 2*r11 + 448]
    prefetcht0 [rdi + 2*r11 + 512]
    prefetcht0 [rdi + 2*r11 + 576]
    prefetcht0 [rdi + 2*r11 + 640]
    prefetcht0 [rdi + 2*r11 + 704]
    prefetcht0 [rdi + 2*r11 + 768]
    prefetcht0 [rdi + 2*r11 + 832]
    prefetcht0 [rdi + 2*r11 + 896]
    prefetcht0 [rdi + 2*r11 + 960]
    prefetcht0 [rdi + 2*r11 + 1024]
    prefetcht0 [rdi + 2*r11 + 1088]
    prefetcht0 [rdi + 2*r11 + 1152]
    lea rbx, [rdi + r11*2]
    prefetcht0 [rbx + r11 + 0]
    prefetcht0 [rbx + r11 + 64]
    prefetcht0 [rbx + r11 + 128]
    prefetcht0 [rbx + r11 + 192]
    prefetcht0 [rbx + r11 + 256]
    prefetcht0 [rbx + r11 + 320]
    prefetcht0 [rbx + r11 + 384]
    prefetcht0 [rbx + r11 + 448]
    prefetcht0 [rbx + r11 + 512]
    prefetcht0 [rbx + r11 + 576]
    prefetcht0 [rbx + r11 + 640]
    prefetcht0 [rbx + r11 + 704]
    prefetcht0 [rbx + r11 + 768]
    prefetcht0 [rbx + r11 + 832]
    prefetcht0 [rbx + r11 + 896]
    prefetcht0 [rbx + r11 + 960]
    prefetcht0 [rbx + r11 + 1024]
    prefetcht0 [rbx + r11 + 1088]
    prefetcht0 [rbx + r11 + 1152]
    lea r15, [rdi + 64]
    mov ebx, 8
q4k_pairs_6_sub:
    vmovq xmm26, [r15]
    vpinsrq xmm26, xmm26, [r15 + r11], 1
    vpmovzxbd zmm26, xmm26
    vcvtdq2ps zmm26, zmm26
    vmovq xmm27, [r15 + 8]
    vpinsrq xmm27, xmm27, [r15 + r11 + 8], 1
    vpmovzxbd zmm27, xmm27
    vcvtdq2ps zmm27, zmm27
    vpxord zmm0, zmm0, zmm0
    vpxord zmm1, zmm1, zmm1
    vpxord zmm2, zmm2, zmm2
    vpxord zmm3, zmm3, zmm3
    vpxord zmm4, zmm4, zmm4
    vpxord zmm5, zmm5, zmm5
    vmovdqu32 ymm24, [r15 + 16]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 16], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vpdpbusd zmm4, zmm25, dword ptr [r12 + 144]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 160]{1to16}
    vpdpbusd zmm5, zmm25, dword ptr [r12 + 176]{1to16}
    vmovdqu32 ymm24, [r15 + 48]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 48], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 132]{1to16}
    vpdpbusd zmm4, zmm25, dword ptr [r12 + 148]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 164]{1to16}
    vpdpbusd zmm5, zmm25, dword ptr [r12 + 180]{1to16}
    vmovdqu32 ymm24, [r15 + 80]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 80], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vpdpbusd zmm4, zmm25, dword ptr [r12 + 152]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 168]{1to16}
    vpdpbusd zmm5, zmm25, dword ptr [r12 + 184]{1to16}
    vmovdqu32 ymm24, [r15 + 112]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 112], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 124]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 140]{1to16}
    vpdpbusd zmm4, zmm25, dword ptr [r12 + 156]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 172]{1to16}
    vpdpbusd zmm5, zmm25, dword ptr [r12 + 188]{1to16}
    vcvtdq2ps zmm0, zmm0
    vmulps zmm28, zmm26, dword ptr [r13 + 0]{1to16}
    vfmadd231ps zmm8, zmm0, zmm28
    vpbroadcastd zmm30, [r13 + 4]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 0]{1to16}
    vfmadd231ps zmm16, zmm27, zmm30
    vcvtdq2ps zmm1, zmm1
    vmulps zmm28, zmm26, dword ptr [r13 + 8]{1to16}
    vfmadd231ps zmm9, zmm1, zmm28
    vpbroadcastd zmm30, [r13 + 12]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 8]{1to16}
    vfmadd231ps zmm17, zmm27, zmm30
    vcvtdq2ps zmm2, zmm2
    vmulps zmm28, zmm26, dword ptr [r13 + 16]{1to16}
    vfmadd231ps zmm10, zmm2, zmm28
    vpbroadcastd zmm30, [r13 + 20]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 16]{1to16}
    vfmadd231ps zmm18, zmm27, zmm30
    vcvtdq2ps zmm3, zmm3
    vmulps zmm28, zmm26, dword ptr [r13 + 24]{1to16}
    vfmadd231ps zmm11, zmm3, zmm28
    vpbroadcastd zmm30, [r13 + 28]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 24]{1to16}
    vfmadd231ps zmm19, zmm27, zmm30
    vcvtdq2ps zmm4, zmm4
    vmulps zmm28, zmm26, dword ptr [r13 + 32]{1to16}
    vfmadd231ps zmm12, zmm4, zmm28
    vpbroadcastd zmm30, [r13 + 36]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 32]{1to16}
    vfmadd231ps zmm20, zmm27, zmm30
    vcvtdq2ps zmm5, zmm5
    vmulps zmm28, zmm26, dword ptr [r13 + 40]{1to16}
    vfmadd231ps zmm13, zmm5, zmm28
    vpbroadcastd zmm30, [r13 + 44]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 40]{1to16}
    vfmadd231ps zmm21, zmm27, zmm30
    add r15, 144
    add r12, 192
    add r13, 48
    dec ebx
    jnz q4k_pairs_6_sub
    vmovups ymm26, [rdi]
    vinsertf32x8 zmm26, zmm26, [rdi + r11], 1
    vmovups ymm27, [rdi + 32]
    vinsertf32x8 zmm27, zmm27, [rdi + r11 + 32], 1
    mov r14, r8
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm8
    vfmadd231ps zmm28, zmm27, zmm16
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm9
    vfmadd231ps zmm28, zmm27, zmm17
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm10
    vfmadd231ps zmm28, zmm27, zmm18
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm11
    vfmadd231ps zmm28, zmm27, zmm19
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm12
    vfmadd231ps zmm28, zmm27, zmm20
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm13
    vfmadd231ps zmm28, zmm27, zmm21
    vmovups [r14], zmm28
    add rdi, 1216
    dec rax
    jnz q4k_pairs_6_super
    add rdi, r11
    add r8, 64
    dec rsi
    jnz q4k_pairs_6_pair
    vzeroupper
    pop rbx
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4k_pairs_7:
    push r12
    push r13
    push r14
    push r15
    push rbx
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 1216
    vmovdqu8 zmm31, [rip + permute]
    vpbroadcastd zmm29, [rip + nibbles]
q4k_pairs_7_pair:
    vpxord zmm28, zmm28, zmm28
    mov r14, r8
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4k_pairs_7_super:
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vpxord zmm10, zmm10, zmm10
    vpxord zmm11, zmm11, zmm11
    vpxord zmm12, zmm12, zmm12
    vpxord zmm13, zmm13, zmm13
    vpxord zmm14, zmm14, zmm14
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    vpxord zmm20, zmm20, zmm20
    vpxord zmm21, zmm21, zmm21
    vpxord zmm22, zmm22, zmm22
    prefetcht0 [rdi + 2*r11 + 0]
    prefetcht0 [rdi + 2*r11 + 64]
    prefetcht0 [rdi + 2*r11 + 128]
    prefetcht0 [rdi + 2*r11 + 192]
    prefetcht0 [rdi + 2*r11 + 256]
    prefetcht0 [rdi + 2*r11 + 320]
    prefetcht0 [rdi + 2*r11 + 384]
    prefetcht0 [rdi + 2*r11 + 448]
    prefetcht0 [rdi + 2*r11 + 512]
    prefetcht0 [rdi + 2*r11 + 576]
    prefetcht0 [rdi + 2*r11 + 640]
    prefetcht0 [rdi + 2*r11 + 704]
    prefetcht0 [rdi + 2*r11 + 768]
    prefetcht0 [rdi + 2*r11 + 832]
    prefetcht0 [rdi + 2*r11 + 896]
    prefetcht0 [rdi + 2*r11 + 960]
    prefetcht0 [rdi + 2*r11 + 1024]
    prefetcht0 [rdi + 2*r11 + 1088]
    prefetcht0 [rdi + 2*r11 + 1152]
    lea rbx, [rdi + r11*2]
    prefetcht0 [rbx + r11 + 0]
    prefetcht0 [rbx + r11 + 64]
    prefetcht0 [rbx + r11 + 128]
    prefetcht0 [rbx + r11 + 192]
    prefetcht0 [rbx + r11 + 256]
    prefetcht0 [rbx + r11 + 320]
    prefetcht0 [rbx + r11 + 384]
    prefetcht0 [rbx + r11 + 448]
    prefetcht0 [rbx + r11 + 512]
    prefetcht0 [rbx + r11 + 576]
    prefetcht0 [rbx + r11 + 640]
    prefetcht0 [rbx + r11 + 704]
    prefetcht0 [rbx + r11 + 768]
    prefetcht0 [rbx + r11 + 832]
    prefetcht0 [rbx + r11 + 896]
    prefetcht0 [rbx + r11 + 960]
    prefetcht0 [rbx + r11 + 1024]
    prefetcht0 [rbx + r11 + 1088]
    prefetcht0 [rbx + r11 + 1152]
    lea r15, [rdi + 64]
    mov ebx, 8
q4k_pairs_7_sub:
    vmovq xmm26, [r15]
    vpinsrq xmm26, xmm26, [r15 + r11], 1
    vpmovzxbd zmm26, xmm26
    vcvtdq2ps zmm26, zmm26
    vmovq xmm27, [r15 + 8]
    vpinsrq xmm27, xmm27, [r15 + r11 + 8], 1
    vpmovzxbd zmm27, xmm27
    vcvtdq2ps zmm27, zmm27
    vpxord zmm0, zmm0, zmm0
    vpxord zmm1, zmm1, zmm1
    vpxord zmm2, zmm2, zmm2
    vpxord zmm3, zmm3, zmm3
    vpxord zmm4, zmm4, zmm4
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vmovdqu32 ymm24, [r15 + 16]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 16], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vpdpbusd zmm4, zmm25, dword ptr [r12 + 144]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 160]{1to16}
    vpdpbusd zmm5, zmm25, dword ptr [r12 + 176]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 192]{1to16}
    vpdpbusd zmm6, zmm25, dword ptr [r12 + 208]{1to16}
    vmovdqu32 ymm24, [r15 + 48]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 48], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 132]{1to16}
    vpdpbusd zmm4, zmm25, dword ptr [r12 + 148]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 164]{1to16}
    vpdpbusd zmm5, zmm25, dword ptr [r12 + 180]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 196]{1to16}
    vpdpbusd zmm6, zmm25, dword ptr [r12 + 212]{1to16}
    vmovdqu32 ymm24, [r15 + 80]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 80], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vpdpbusd zmm4, zmm25, dword ptr [r12 + 152]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 168]{1to16}
    vpdpbusd zmm5, zmm25, dword ptr [r12 + 184]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 200]{1to16}
    vpdpbusd zmm6, zmm25, dword ptr [r12 + 216]{1to16}
    vmovdqu32 ymm24, [r15 + 112]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 112], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 124]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 140]{1to16}
    vpdpbusd zmm4, zmm25, dword ptr [r12 + 156]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 172]{1to16}
    vpdpbusd zmm5, zmm25, dword ptr [r12 + 188]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 204]{1to16}
    vpdpbusd zmm6, zmm25, dword ptr [r12 + 220]{1to16}
    vcvtdq2ps zmm0, zmm0
    vmulps zmm28, zmm26, dword ptr [r13 + 0]{1to16}
    vfmadd231ps zmm8, zmm0, zmm28
    vpbroadcastd zmm30, [r13 + 4]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 0]{1to16}
    vfmadd231ps zmm16, zmm27, zmm30
    vcvtdq2ps zmm1, zmm1
    vmulps zmm28, zmm26, dword ptr [r13 + 8]{1to16}
    vfmadd231ps zmm9, zmm1, zmm28
    vpbroadcastd zmm30, [r13 + 12]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 8]{1to16}
    vfmadd231ps zmm17, zmm27, zmm30
    vcvtdq2ps zmm2, zmm2
    vmulps zmm28, zmm26, dword ptr [r13 + 16]{1to16}
    vfmadd231ps zmm10, zmm2, zmm28
    vpbroadcastd zmm30, [r13 + 20]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 16]{1to16}
    vfmadd231ps zmm18, zmm27, zmm30
    vcvtdq2ps zmm3, zmm3
    vmulps zmm28, zmm26, dword ptr [r13 + 24]{1to16}
    vfmadd231ps zmm11, zmm3, zmm28
    vpbroadcastd zmm30, [r13 + 28]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 24]{1to16}
    vfmadd231ps zmm19, zmm27, zmm30
    vcvtdq2ps zmm4, zmm4
    vmulps zmm28, zmm26, dword ptr [r13 + 32]{1to16}
    vfmadd231ps zmm12, zmm4, zmm28
    vpbroadcastd zmm30, [r13 + 36]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 32]{1to16}
    vfmadd231ps zmm20, zmm27, zmm30
    vcvtdq2ps zmm5, zmm5
    vmulps zmm28, zmm26, dword ptr [r13 + 40]{1to16}
    vfmadd231ps zmm13, zmm5, zmm28
    vpbroadcastd zmm30, [r13 + 44]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 40]{1to16}
    vfmadd231ps zmm21, zmm27, zmm30
    vcvtdq2ps zmm6, zmm6
    vmulps zmm28, zmm26, dword ptr [r13 + 48]{1to16}
    vfmadd231ps zmm14, zmm6, zmm28
    vpbroadcastd zmm30, [r13 + 52]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 48]{1to16}
    vfmadd231ps zmm22, zmm27, zmm30
    add r15, 144
    add r12, 224
    add r13, 56
    dec ebx
    jnz q4k_pairs_7_sub
    vmovups ymm26, [rdi]
    vinsertf32x8 zmm26, zmm26, [rdi + r11], 1
    vmovups ymm27, [rdi + 32]
    vinsertf32x8 zmm27, zmm27, [rdi + r11 + 32], 1
    mov r14, r8
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm8
    vfmadd231ps zmm28, zmm27, zmm16
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm9
    vfmadd231ps zmm28, zmm27, zmm17
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm10
    vfmadd231ps zmm28, zmm27, zmm18
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm11
    vfmadd231ps zmm28, zmm27, zmm19
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm12
    vfmadd231ps zmm28, zmm27, zmm20
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm13
    vfmadd231ps zmm28, zmm27, zmm21
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm14
    vfmadd231ps zmm28, zmm27, zmm22
    vmovups [r14], zmm28
    add rdi, 1216
    dec rax
    jnz q4k_pairs_7_super
    add rdi, r11
    add r8, 64
    dec rsi
    jnz q4k_pairs_7_pair
    vzeroupper
    pop rbx
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q4k_pairs_8:
    push r12
    push r13
    push r14
    push r15
    push rbx
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 1216
    vmovdqu8 zmm31, [rip + permute]
    vpbroadcastd zmm29, [rip + nibbles]
q4k_pairs_8_pair:
    vpxord zmm28, zmm28, zmm28
    mov r14, r8
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    add r14, r9
    vmovups [r14], zmm28
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q4k_pairs_8_super:
    vpxord zmm8, zmm8, zmm8
    vpxord zmm9, zmm9, zmm9
    vpxord zmm10, zmm10, zmm10
    vpxord zmm11, zmm11, zmm11
    vpxord zmm12, zmm12, zmm12
    vpxord zmm13, zmm13, zmm13
    vpxord zmm14, zmm14, zmm14
    vpxord zmm15, zmm15, zmm15
    vpxord zmm16, zmm16, zmm16
    vpxord zmm17, zmm17, zmm17
    vpxord zmm18, zmm18, zmm18
    vpxord zmm19, zmm19, zmm19
    vpxord zmm20, zmm20, zmm20
    vpxord zmm21, zmm21, zmm21
    vpxord zmm22, zmm22, zmm22
    vpxord zmm23, zmm23, zmm23
    prefetcht0 [rdi + 2*r11 + 0]
    prefetcht0 [rdi + 2*r11 + 64]
    prefetcht0 [rdi + 2*r11 + 128]
    prefetcht0 [rdi + 2*r11 + 192]
    prefetcht0 [rdi + 2*r11 + 256]
    prefetcht0 [rdi + 2*r11 + 320]
    prefetcht0 [rdi + 2*r11 + 384]
    prefetcht0 [rdi + 2*r11 + 448]
    prefetcht0 [rdi + 2*r11 + 512]
    prefetcht0 [rdi + 2*r11 + 576]
    prefetcht0 [rdi + 2*r11 + 640]
    prefetcht0 [rdi + 2*r11 + 704]
    prefetcht0 [rdi + 2*r11 + 768]
    prefetcht0 [rdi + 2*r11 + 832]
    prefetcht0 [rdi + 2*r11 + 896]
    prefetcht0 [rdi + 2*r11 + 960]
    prefetcht0 [rdi + 2*r11 + 1024]
    prefetcht0 [rdi + 2*r11 + 1088]
    prefetcht0 [rdi + 2*r11 + 1152]
    lea rbx, [rdi + r11*2]
    prefetcht0 [rbx + r11 + 0]
    prefetcht0 [rbx + r11 + 64]
    prefetcht0 [rbx + r11 + 128]
    prefetcht0 [rbx + r11 + 192]
    prefetcht0 [rbx + r11 + 256]
    prefetcht0 [rbx + r11 + 320]
    prefetcht0 [rbx + r11 + 384]
    prefetcht0 [rbx + r11 + 448]
    prefetcht0 [rbx + r11 + 512]
    prefetcht0 [rbx + r11 + 576]
    prefetcht0 [rbx + r11 + 640]
    prefetcht0 [rbx + r11 + 704]
    prefetcht0 [rbx + r11 + 768]
    prefetcht0 [rbx + r11 + 832]
    prefetcht0 [rbx + r11 + 896]
    prefetcht0 [rbx + r11 + 960]
    prefetcht0 [rbx + r11 + 1024]
    prefetcht0 [rbx + r11 + 1088]
    prefetcht0 [rbx + r11 + 1152]
    lea r15, [rdi + 64]
    mov ebx, 8
q4k_pairs_8_sub:
    vmovq xmm26, [r15]
    vpinsrq xmm26, xmm26, [r15 + r11], 1
    vpmovzxbd zmm26, xmm26
    vcvtdq2ps zmm26, zmm26
    vmovq xmm27, [r15 + 8]
    vpinsrq xmm27, xmm27, [r15 + r11 + 8], 1
    vpmovzxbd zmm27, xmm27
    vcvtdq2ps zmm27, zmm27
    vpxord zmm0, zmm0, zmm0
    vpxord zmm1, zmm1, zmm1
    vpxord zmm2, zmm2, zmm2
    vpxord zmm3, zmm3, zmm3
    vpxord zmm4, zmm4, zmm4
    vpxord zmm5, zmm5, zmm5
    vpxord zmm6, zmm6, zmm6
    vpxord zmm7, zmm7, zmm7
    vmovdqu32 ymm24, [r15 + 16]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 16], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vpdpbusd zmm4, zmm25, dword ptr [r12 + 144]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 160]{1to16}
    vpdpbusd zmm5, zmm25, dword ptr [r12 + 176]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 192]{1to16}
    vpdpbusd zmm6, zmm25, dword ptr [r12 + 208]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 224]{1to16}
    vpdpbusd zmm7, zmm25, dword ptr [r12 + 240]{1to16}
    vmovdqu32 ymm24, [r15 + 48]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 48], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 132]{1to16}
    vpdpbusd zmm4, zmm25, dword ptr [r12 + 148]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 164]{1to16}
    vpdpbusd zmm5, zmm25, dword ptr [r12 + 180]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 196]{1to16}
    vpdpbusd zmm6, zmm25, dword ptr [r12 + 212]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 228]{1to16}
    vpdpbusd zmm7, zmm25, dword ptr [r12 + 244]{1to16}
    vmovdqu32 ymm24, [r15 + 80]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 80], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vpdpbusd zmm4, zmm25, dword ptr [r12 + 152]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 168]{1to16}
    vpdpbusd zmm5, zmm25, dword ptr [r12 + 184]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 200]{1to16}
    vpdpbusd zmm6, zmm25, dword ptr [r12 + 216]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 232]{1to16}
    vpdpbusd zmm7, zmm25, dword ptr [r12 + 248]{1to16}
    vmovdqu32 ymm24, [r15 + 112]
    vinserti32x8 zmm24, zmm24, [r15 + r11 + 112], 1
    vpermb zmm24, zmm31, zmm24
    vpsrlw zmm25, zmm24, 4
    vpandd zmm24, zmm24, zmm29
    vpandd zmm25, zmm25, zmm29
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm0, zmm25, dword ptr [r12 + 28]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm1, zmm25, dword ptr [r12 + 60]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm2, zmm25, dword ptr [r12 + 92]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm3, zmm25, dword ptr [r12 + 124]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 140]{1to16}
    vpdpbusd zmm4, zmm25, dword ptr [r12 + 156]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 172]{1to16}
    vpdpbusd zmm5, zmm25, dword ptr [r12 + 188]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 204]{1to16}
    vpdpbusd zmm6, zmm25, dword ptr [r12 + 220]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 236]{1to16}
    vpdpbusd zmm7, zmm25, dword ptr [r12 + 252]{1to16}
    vcvtdq2ps zmm0, zmm0
    vmulps zmm28, zmm26, dword ptr [r13 + 0]{1to16}
    vfmadd231ps zmm8, zmm0, zmm28
    vpbroadcastd zmm30, [r13 + 4]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 0]{1to16}
    vfmadd231ps zmm16, zmm27, zmm30
    vcvtdq2ps zmm1, zmm1
    vmulps zmm28, zmm26, dword ptr [r13 + 8]{1to16}
    vfmadd231ps zmm9, zmm1, zmm28
    vpbroadcastd zmm30, [r13 + 12]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 8]{1to16}
    vfmadd231ps zmm17, zmm27, zmm30
    vcvtdq2ps zmm2, zmm2
    vmulps zmm28, zmm26, dword ptr [r13 + 16]{1to16}
    vfmadd231ps zmm10, zmm2, zmm28
    vpbroadcastd zmm30, [r13 + 20]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 16]{1to16}
    vfmadd231ps zmm18, zmm27, zmm30
    vcvtdq2ps zmm3, zmm3
    vmulps zmm28, zmm26, dword ptr [r13 + 24]{1to16}
    vfmadd231ps zmm11, zmm3, zmm28
    vpbroadcastd zmm30, [r13 + 28]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 24]{1to16}
    vfmadd231ps zmm19, zmm27, zmm30
    vcvtdq2ps zmm4, zmm4
    vmulps zmm28, zmm26, dword ptr [r13 + 32]{1to16}
    vfmadd231ps zmm12, zmm4, zmm28
    vpbroadcastd zmm30, [r13 + 36]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 32]{1to16}
    vfmadd231ps zmm20, zmm27, zmm30
    vcvtdq2ps zmm5, zmm5
    vmulps zmm28, zmm26, dword ptr [r13 + 40]{1to16}
    vfmadd231ps zmm13, zmm5, zmm28
    vpbroadcastd zmm30, [r13 + 44]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 40]{1to16}
    vfmadd231ps zmm21, zmm27, zmm30
    vcvtdq2ps zmm6, zmm6
    vmulps zmm28, zmm26, dword ptr [r13 + 48]{1to16}
    vfmadd231ps zmm14, zmm6, zmm28
    vpbroadcastd zmm30, [r13 + 52]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 48]{1to16}
    vfmadd231ps zmm22, zmm27, zmm30
    vcvtdq2ps zmm7, zmm7
    vmulps zmm28, zmm26, dword ptr [r13 + 56]{1to16}
    vfmadd231ps zmm15, zmm7, zmm28
    vpbroadcastd zmm30, [r13 + 60]
    vcvtdq2ps zmm30, zmm30
    vmulps zmm30, zmm30, dword ptr [rip + inverse128]{1to16}
    vmulps zmm30, zmm30, dword ptr [r13 + 56]{1to16}
    vfmadd231ps zmm23, zmm27, zmm30
    add r15, 144
    add r12, 256
    add r13, 64
    dec ebx
    jnz q4k_pairs_8_sub
    vmovups ymm26, [rdi]
    vinsertf32x8 zmm26, zmm26, [rdi + r11], 1
    vmovups ymm27, [rdi + 32]
    vinsertf32x8 zmm27, zmm27, [rdi + r11 + 32], 1
    mov r14, r8
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm8
    vfmadd231ps zmm28, zmm27, zmm16
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm9
    vfmadd231ps zmm28, zmm27, zmm17
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm10
    vfmadd231ps zmm28, zmm27, zmm18
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm11
    vfmadd231ps zmm28, zmm27, zmm19
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm12
    vfmadd231ps zmm28, zmm27, zmm20
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm13
    vfmadd231ps zmm28, zmm27, zmm21
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm14
    vfmadd231ps zmm28, zmm27, zmm22
    vmovups [r14], zmm28
    add r14, r9
    vmovups zmm28, [r14]
    vfmadd231ps zmm28, zmm26, zmm15
    vfmadd231ps zmm28, zmm27, zmm23
    vmovups [r14], zmm28
    add rdi, 1216
    dec rax
    jnz q4k_pairs_8_super
    add rdi, r11
    add r8, 64
    dec rsi
    jnz q4k_pairs_8_pair
    vzeroupper
    pop rbx
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q6k_vnni_1:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 32
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1696
    not r11
    and rbx, r11
    add rsi, rsi
    vpbroadcastd ymm14, [rip + q6k_high]
    vpbroadcastd ymm15, [rip + nibbles]
q6k_vnni_1_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q6k_vnni_1_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 0], ymm12
    test rbx, rbx
    jz q6k_vnni_1_fetched
    prefetcht0 [rdi + rbx + 0]
    prefetcht0 [rdi + rbx + 64]
    prefetcht0 [rdi + rbx + 128]
    prefetcht0 [rdi + rbx + 192]
    prefetcht0 [rdi + rbx + 256]
    prefetcht0 [rdi + rbx + 320]
    prefetcht0 [rdi + rbx + 384]
    prefetcht0 [rdi + rbx + 448]
    prefetcht0 [rdi + rbx + 512]
    prefetcht0 [rdi + rbx + 576]
    prefetcht0 [rdi + rbx + 640]
    prefetcht0 [rdi + rbx + 704]
    prefetcht0 [rdi + rbx + 768]
    prefetcht0 [rdi + rbx + 832]
    prefetcht0 [rdi + rbx + 896]
    prefetcht0 [rdi + rbx + 960]
    prefetcht0 [rdi + rbx + 1024]
    prefetcht0 [rdi + rbx + 1088]
    prefetcht0 [rdi + rbx + 1152]
    prefetcht0 [rdi + rbx + 1216]
    prefetcht0 [rdi + rbx + 1280]
    prefetcht0 [rdi + rbx + 1344]
    prefetcht0 [rdi + rbx + 1408]
    prefetcht0 [rdi + rbx + 1472]
    prefetcht0 [rdi + rbx + 1536]
    prefetcht0 [rdi + rbx + 1600]
    prefetcht0 [rdi + rbx + 1664]
q6k_vnni_1_fetched:
    lea r14, [rdi + 32]
    lea r15, [rdi + 160]
    mov r11d, 8
q6k_vnni_1_block:
    vmovdqu ymm13, [r15 + 64]
    vpand ymm8, ymm15, [r15 + 0]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 0]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 32]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 32]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm0, [r13 + 4]
    vpbroadcastd ymm10, [r12 + 0]
    vpdpbusd ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 4]
    vpdpbusd ymm0, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 8]
    vpdpbusd ymm0, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 12]
    vpdpbusd ymm0, ymm12, ymm10
    vpmovsxbd ymm12, [r14 + 0]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vmovdqu ymm13, [r15 + 160]
    vpand ymm8, ymm15, [r15 + 96]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 96]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 128]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 128]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm0, [r13 + 8]
    vpbroadcastd ymm10, [r12 + 16]
    vpdpbusd ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 20]
    vpdpbusd ymm0, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 24]
    vpdpbusd ymm0, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 28]
    vpdpbusd ymm0, ymm12, ymm10
    vpmovsxbd ymm12, [r14 + 8]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    add r14, 16
    add r15, 192
    add r12, 32
    add r13, 12
    dec r11d
    jnz q6k_vnni_1_block
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 0]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovups [r14], ymm0
    add rdi, 1696
    dec rax
    jnz q6k_vnni_1_super
    add r8, 32
    dec rsi
    jnz q6k_vnni_1_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q6k_vnni_2:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 64
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1696
    not r11
    and rbx, r11
    add rsi, rsi
    vpbroadcastd ymm14, [rip + q6k_high]
    vpbroadcastd ymm15, [rip + nibbles]
q6k_vnni_2_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q6k_vnni_2_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 0], ymm12
    vmovaps [rsp + 32], ymm12
    lea r14, [rdi + 32]
    lea r15, [rdi + 160]
    mov r11d, 8
q6k_vnni_2_block:
    vmovdqu ymm13, [r15 + 64]
    vpand ymm8, ymm15, [r15 + 0]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 0]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 32]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 32]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm0, [r13 + 4]
    vpbroadcastd ymm10, [r12 + 0]
    vpdpbusd ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 4]
    vpdpbusd ymm0, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 8]
    vpdpbusd ymm0, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 12]
    vpdpbusd ymm0, ymm12, ymm10
    vpbroadcastd ymm1, [r13 + 16]
    vpbroadcastd ymm10, [r12 + 32]
    vpdpbusd ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpdpbusd ymm1, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpdpbusd ymm1, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpdpbusd ymm1, ymm12, ymm10
    vpmovsxbd ymm12, [r14 + 0]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vmovdqu ymm13, [r15 + 160]
    vpand ymm8, ymm15, [r15 + 96]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 96]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 128]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 128]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm0, [r13 + 8]
    vpbroadcastd ymm10, [r12 + 16]
    vpdpbusd ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 20]
    vpdpbusd ymm0, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 24]
    vpdpbusd ymm0, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 28]
    vpdpbusd ymm0, ymm12, ymm10
    vpbroadcastd ymm1, [r13 + 20]
    vpbroadcastd ymm10, [r12 + 48]
    vpdpbusd ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpdpbusd ymm1, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpdpbusd ymm1, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpdpbusd ymm1, ymm12, ymm10
    vpmovsxbd ymm12, [r14 + 8]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    add r14, 16
    add r15, 192
    add r12, 64
    add r13, 24
    dec r11d
    jnz q6k_vnni_2_block
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 0]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 32]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovups [r14], ymm1
    add rdi, 1696
    dec rax
    jnz q6k_vnni_2_super
    add r8, 32
    dec rsi
    jnz q6k_vnni_2_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q6k_vnni_3:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 96
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1696
    not r11
    and rbx, r11
    add rsi, rsi
    vpbroadcastd ymm14, [rip + q6k_high]
    vpbroadcastd ymm15, [rip + nibbles]
q6k_vnni_3_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q6k_vnni_3_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 0], ymm12
    vmovaps [rsp + 32], ymm12
    vmovaps [rsp + 64], ymm12
    lea r14, [rdi + 32]
    lea r15, [rdi + 160]
    mov r11d, 8
q6k_vnni_3_block:
    vmovdqu ymm13, [r15 + 64]
    vpand ymm8, ymm15, [r15 + 0]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 0]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 32]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 32]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm0, [r13 + 4]
    vpbroadcastd ymm10, [r12 + 0]
    vpdpbusd ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 4]
    vpdpbusd ymm0, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 8]
    vpdpbusd ymm0, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 12]
    vpdpbusd ymm0, ymm12, ymm10
    vpbroadcastd ymm1, [r13 + 16]
    vpbroadcastd ymm10, [r12 + 32]
    vpdpbusd ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpdpbusd ymm1, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpdpbusd ymm1, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpdpbusd ymm1, ymm12, ymm10
    vpbroadcastd ymm2, [r13 + 28]
    vpbroadcastd ymm10, [r12 + 64]
    vpdpbusd ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpdpbusd ymm2, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpdpbusd ymm2, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpdpbusd ymm2, ymm12, ymm10
    vpmovsxbd ymm12, [r14 + 0]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vmovdqu ymm13, [r15 + 160]
    vpand ymm8, ymm15, [r15 + 96]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 96]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 128]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 128]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm0, [r13 + 8]
    vpbroadcastd ymm10, [r12 + 16]
    vpdpbusd ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 20]
    vpdpbusd ymm0, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 24]
    vpdpbusd ymm0, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 28]
    vpdpbusd ymm0, ymm12, ymm10
    vpbroadcastd ymm1, [r13 + 20]
    vpbroadcastd ymm10, [r12 + 48]
    vpdpbusd ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpdpbusd ymm1, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpdpbusd ymm1, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpdpbusd ymm1, ymm12, ymm10
    vpbroadcastd ymm2, [r13 + 32]
    vpbroadcastd ymm10, [r12 + 80]
    vpdpbusd ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpdpbusd ymm2, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpdpbusd ymm2, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpdpbusd ymm2, ymm12, ymm10
    vpmovsxbd ymm12, [r14 + 8]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    add r14, 16
    add r15, 192
    add r12, 96
    add r13, 36
    dec r11d
    jnz q6k_vnni_3_block
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 0]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 32]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovups [r14], ymm2
    add rdi, 1696
    dec rax
    jnz q6k_vnni_3_super
    add r8, 32
    dec rsi
    jnz q6k_vnni_3_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q6k_vnni_4:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 128
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1696
    not r11
    and rbx, r11
    add rsi, rsi
    vpbroadcastd ymm14, [rip + q6k_high]
    vpbroadcastd ymm15, [rip + nibbles]
q6k_vnni_4_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q6k_vnni_4_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 0], ymm12
    vmovaps [rsp + 32], ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    lea r14, [rdi + 32]
    lea r15, [rdi + 160]
    mov r11d, 8
q6k_vnni_4_block:
    vmovdqu ymm13, [r15 + 64]
    vpand ymm8, ymm15, [r15 + 0]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 0]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 32]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 32]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm0, [r13 + 4]
    vpbroadcastd ymm10, [r12 + 0]
    vpdpbusd ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 4]
    vpdpbusd ymm0, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 8]
    vpdpbusd ymm0, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 12]
    vpdpbusd ymm0, ymm12, ymm10
    vpbroadcastd ymm1, [r13 + 16]
    vpbroadcastd ymm10, [r12 + 32]
    vpdpbusd ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpdpbusd ymm1, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpdpbusd ymm1, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpdpbusd ymm1, ymm12, ymm10
    vpbroadcastd ymm2, [r13 + 28]
    vpbroadcastd ymm10, [r12 + 64]
    vpdpbusd ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpdpbusd ymm2, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpdpbusd ymm2, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpdpbusd ymm2, ymm12, ymm10
    vpbroadcastd ymm3, [r13 + 40]
    vpbroadcastd ymm10, [r12 + 96]
    vpdpbusd ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpdpbusd ymm3, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpdpbusd ymm3, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpdpbusd ymm3, ymm12, ymm10
    vpmovsxbd ymm12, [r14 + 0]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vmovdqu ymm13, [r15 + 160]
    vpand ymm8, ymm15, [r15 + 96]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 96]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 128]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 128]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm0, [r13 + 8]
    vpbroadcastd ymm10, [r12 + 16]
    vpdpbusd ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 20]
    vpdpbusd ymm0, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 24]
    vpdpbusd ymm0, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 28]
    vpdpbusd ymm0, ymm12, ymm10
    vpbroadcastd ymm1, [r13 + 20]
    vpbroadcastd ymm10, [r12 + 48]
    vpdpbusd ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpdpbusd ymm1, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpdpbusd ymm1, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpdpbusd ymm1, ymm12, ymm10
    vpbroadcastd ymm2, [r13 + 32]
    vpbroadcastd ymm10, [r12 + 80]
    vpdpbusd ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpdpbusd ymm2, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpdpbusd ymm2, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpdpbusd ymm2, ymm12, ymm10
    vpbroadcastd ymm3, [r13 + 44]
    vpbroadcastd ymm10, [r12 + 112]
    vpdpbusd ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpdpbusd ymm3, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpdpbusd ymm3, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpdpbusd ymm3, ymm12, ymm10
    vpmovsxbd ymm12, [r14 + 8]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    add r14, 16
    add r15, 192
    add r12, 128
    add r13, 48
    dec r11d
    jnz q6k_vnni_4_block
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 0]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 32]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 96]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovups [r14], ymm3
    add rdi, 1696
    dec rax
    jnz q6k_vnni_4_super
    add r8, 32
    dec rsi
    jnz q6k_vnni_4_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q6k_vnni_5:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 160
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1696
    not r11
    and rbx, r11
    add rsi, rsi
    vpbroadcastd ymm14, [rip + q6k_high]
    vpbroadcastd ymm15, [rip + nibbles]
q6k_vnni_5_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q6k_vnni_5_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 0], ymm12
    vmovaps [rsp + 32], ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 128], ymm12
    lea r14, [rdi + 32]
    lea r15, [rdi + 160]
    mov r11d, 8
q6k_vnni_5_block:
    vmovdqu ymm13, [r15 + 64]
    vpand ymm8, ymm15, [r15 + 0]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 0]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 32]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 32]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm0, [r13 + 4]
    vpbroadcastd ymm10, [r12 + 0]
    vpdpbusd ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 4]
    vpdpbusd ymm0, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 8]
    vpdpbusd ymm0, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 12]
    vpdpbusd ymm0, ymm12, ymm10
    vpbroadcastd ymm1, [r13 + 16]
    vpbroadcastd ymm10, [r12 + 32]
    vpdpbusd ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpdpbusd ymm1, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpdpbusd ymm1, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpdpbusd ymm1, ymm12, ymm10
    vpbroadcastd ymm2, [r13 + 28]
    vpbroadcastd ymm10, [r12 + 64]
    vpdpbusd ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpdpbusd ymm2, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpdpbusd ymm2, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpdpbusd ymm2, ymm12, ymm10
    vpbroadcastd ymm3, [r13 + 40]
    vpbroadcastd ymm10, [r12 + 96]
    vpdpbusd ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpdpbusd ymm3, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpdpbusd ymm3, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpdpbusd ymm3, ymm12, ymm10
    vpbroadcastd ymm4, [r13 + 52]
    vpbroadcastd ymm10, [r12 + 128]
    vpdpbusd ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpdpbusd ymm4, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 136]
    vpdpbusd ymm4, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpdpbusd ymm4, ymm12, ymm10
    vpmovsxbd ymm12, [r14 + 0]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm4, ymm10, [rsp + 128]
    vmovaps [rsp + 128], ymm4
    vmovdqu ymm13, [r15 + 160]
    vpand ymm8, ymm15, [r15 + 96]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 96]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 128]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 128]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm0, [r13 + 8]
    vpbroadcastd ymm10, [r12 + 16]
    vpdpbusd ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 20]
    vpdpbusd ymm0, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 24]
    vpdpbusd ymm0, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 28]
    vpdpbusd ymm0, ymm12, ymm10
    vpbroadcastd ymm1, [r13 + 20]
    vpbroadcastd ymm10, [r12 + 48]
    vpdpbusd ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpdpbusd ymm1, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpdpbusd ymm1, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpdpbusd ymm1, ymm12, ymm10
    vpbroadcastd ymm2, [r13 + 32]
    vpbroadcastd ymm10, [r12 + 80]
    vpdpbusd ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpdpbusd ymm2, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpdpbusd ymm2, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpdpbusd ymm2, ymm12, ymm10
    vpbroadcastd ymm3, [r13 + 44]
    vpbroadcastd ymm10, [r12 + 112]
    vpdpbusd ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpdpbusd ymm3, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpdpbusd ymm3, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpdpbusd ymm3, ymm12, ymm10
    vpbroadcastd ymm4, [r13 + 56]
    vpbroadcastd ymm10, [r12 + 144]
    vpdpbusd ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpdpbusd ymm4, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 152]
    vpdpbusd ymm4, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpdpbusd ymm4, ymm12, ymm10
    vpmovsxbd ymm12, [r14 + 8]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm4, ymm10, [rsp + 128]
    vmovaps [rsp + 128], ymm4
    add r14, 16
    add r15, 192
    add r12, 160
    add r13, 60
    dec r11d
    jnz q6k_vnni_5_block
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 0]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 32]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 96]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovups [r14], ymm3
    add r14, r9
    vmovups ymm4, [r14]
    vmovaps ymm10, [rsp + 128]
    vfmadd231ps ymm4, ymm10, [rdi]
    vmovups [r14], ymm4
    add rdi, 1696
    dec rax
    jnz q6k_vnni_5_super
    add r8, 32
    dec rsi
    jnz q6k_vnni_5_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q6k_vnni_6:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 192
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1696
    not r11
    and rbx, r11
    add rsi, rsi
    vpbroadcastd ymm14, [rip + q6k_high]
    vpbroadcastd ymm15, [rip + nibbles]
q6k_vnni_6_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q6k_vnni_6_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 0], ymm12
    vmovaps [rsp + 32], ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 128], ymm12
    vmovaps [rsp + 160], ymm12
    lea r14, [rdi + 32]
    lea r15, [rdi + 160]
    mov r11d, 8
q6k_vnni_6_block:
    vmovdqu ymm13, [r15 + 64]
    vpand ymm8, ymm15, [r15 + 0]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 0]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 32]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 32]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm0, [r13 + 4]
    vpbroadcastd ymm10, [r12 + 0]
    vpdpbusd ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 4]
    vpdpbusd ymm0, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 8]
    vpdpbusd ymm0, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 12]
    vpdpbusd ymm0, ymm12, ymm10
    vpbroadcastd ymm1, [r13 + 16]
    vpbroadcastd ymm10, [r12 + 32]
    vpdpbusd ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpdpbusd ymm1, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpdpbusd ymm1, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpdpbusd ymm1, ymm12, ymm10
    vpbroadcastd ymm2, [r13 + 28]
    vpbroadcastd ymm10, [r12 + 64]
    vpdpbusd ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpdpbusd ymm2, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpdpbusd ymm2, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpdpbusd ymm2, ymm12, ymm10
    vpbroadcastd ymm3, [r13 + 40]
    vpbroadcastd ymm10, [r12 + 96]
    vpdpbusd ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpdpbusd ymm3, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpdpbusd ymm3, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpdpbusd ymm3, ymm12, ymm10
    vpbroadcastd ymm4, [r13 + 52]
    vpbroadcastd ymm10, [r12 + 128]
    vpdpbusd ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpdpbusd ymm4, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 136]
    vpdpbusd ymm4, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpdpbusd ymm4, ymm12, ymm10
    vpbroadcastd ymm5, [r13 + 64]
    vpbroadcastd ymm10, [r12 + 160]
    vpdpbusd ymm5, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 164]
    vpdpbusd ymm5, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 168]
    vpdpbusd ymm5, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 172]
    vpdpbusd ymm5, ymm12, ymm10
    vpmovsxbd ymm12, [r14 + 0]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm4, ymm10, [rsp + 128]
    vmovaps [rsp + 128], ymm4
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 60]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm5, ymm10, [rsp + 160]
    vmovaps [rsp + 160], ymm5
    vmovdqu ymm13, [r15 + 160]
    vpand ymm8, ymm15, [r15 + 96]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 96]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 128]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 128]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm0, [r13 + 8]
    vpbroadcastd ymm10, [r12 + 16]
    vpdpbusd ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 20]
    vpdpbusd ymm0, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 24]
    vpdpbusd ymm0, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 28]
    vpdpbusd ymm0, ymm12, ymm10
    vpbroadcastd ymm1, [r13 + 20]
    vpbroadcastd ymm10, [r12 + 48]
    vpdpbusd ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpdpbusd ymm1, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpdpbusd ymm1, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpdpbusd ymm1, ymm12, ymm10
    vpbroadcastd ymm2, [r13 + 32]
    vpbroadcastd ymm10, [r12 + 80]
    vpdpbusd ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpdpbusd ymm2, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpdpbusd ymm2, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpdpbusd ymm2, ymm12, ymm10
    vpbroadcastd ymm3, [r13 + 44]
    vpbroadcastd ymm10, [r12 + 112]
    vpdpbusd ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpdpbusd ymm3, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpdpbusd ymm3, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpdpbusd ymm3, ymm12, ymm10
    vpbroadcastd ymm4, [r13 + 56]
    vpbroadcastd ymm10, [r12 + 144]
    vpdpbusd ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpdpbusd ymm4, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 152]
    vpdpbusd ymm4, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpdpbusd ymm4, ymm12, ymm10
    vpbroadcastd ymm5, [r13 + 68]
    vpbroadcastd ymm10, [r12 + 176]
    vpdpbusd ymm5, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 180]
    vpdpbusd ymm5, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 184]
    vpdpbusd ymm5, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 188]
    vpdpbusd ymm5, ymm12, ymm10
    vpmovsxbd ymm12, [r14 + 8]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm4, ymm10, [rsp + 128]
    vmovaps [rsp + 128], ymm4
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 60]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm5, ymm10, [rsp + 160]
    vmovaps [rsp + 160], ymm5
    add r14, 16
    add r15, 192
    add r12, 192
    add r13, 72
    dec r11d
    jnz q6k_vnni_6_block
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 0]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 32]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 96]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovups [r14], ymm3
    add r14, r9
    vmovups ymm4, [r14]
    vmovaps ymm10, [rsp + 128]
    vfmadd231ps ymm4, ymm10, [rdi]
    vmovups [r14], ymm4
    add r14, r9
    vmovups ymm5, [r14]
    vmovaps ymm10, [rsp + 160]
    vfmadd231ps ymm5, ymm10, [rdi]
    vmovups [r14], ymm5
    add rdi, 1696
    dec rax
    jnz q6k_vnni_6_super
    add r8, 32
    dec rsi
    jnz q6k_vnni_6_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q6k_vnni_7:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 224
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1696
    not r11
    and rbx, r11
    add rsi, rsi
    vpbroadcastd ymm14, [rip + q6k_high]
    vpbroadcastd ymm15, [rip + nibbles]
q6k_vnni_7_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q6k_vnni_7_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 0], ymm12
    vmovaps [rsp + 32], ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 128], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    lea r14, [rdi + 32]
    lea r15, [rdi + 160]
    mov r11d, 8
q6k_vnni_7_block:
    vmovdqu ymm13, [r15 + 64]
    vpand ymm8, ymm15, [r15 + 0]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 0]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 32]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 32]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm0, [r13 + 4]
    vpbroadcastd ymm10, [r12 + 0]
    vpdpbusd ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 4]
    vpdpbusd ymm0, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 8]
    vpdpbusd ymm0, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 12]
    vpdpbusd ymm0, ymm12, ymm10
    vpbroadcastd ymm1, [r13 + 16]
    vpbroadcastd ymm10, [r12 + 32]
    vpdpbusd ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpdpbusd ymm1, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpdpbusd ymm1, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpdpbusd ymm1, ymm12, ymm10
    vpbroadcastd ymm2, [r13 + 28]
    vpbroadcastd ymm10, [r12 + 64]
    vpdpbusd ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpdpbusd ymm2, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpdpbusd ymm2, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpdpbusd ymm2, ymm12, ymm10
    vpbroadcastd ymm3, [r13 + 40]
    vpbroadcastd ymm10, [r12 + 96]
    vpdpbusd ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpdpbusd ymm3, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpdpbusd ymm3, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpdpbusd ymm3, ymm12, ymm10
    vpbroadcastd ymm4, [r13 + 52]
    vpbroadcastd ymm10, [r12 + 128]
    vpdpbusd ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpdpbusd ymm4, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 136]
    vpdpbusd ymm4, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpdpbusd ymm4, ymm12, ymm10
    vpbroadcastd ymm5, [r13 + 64]
    vpbroadcastd ymm10, [r12 + 160]
    vpdpbusd ymm5, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 164]
    vpdpbusd ymm5, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 168]
    vpdpbusd ymm5, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 172]
    vpdpbusd ymm5, ymm12, ymm10
    vpbroadcastd ymm6, [r13 + 76]
    vpbroadcastd ymm10, [r12 + 192]
    vpdpbusd ymm6, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 196]
    vpdpbusd ymm6, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 200]
    vpdpbusd ymm6, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 204]
    vpdpbusd ymm6, ymm12, ymm10
    vpmovsxbd ymm12, [r14 + 0]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm4, ymm10, [rsp + 128]
    vmovaps [rsp + 128], ymm4
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 60]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm5, ymm10, [rsp + 160]
    vmovaps [rsp + 160], ymm5
    vcvtdq2ps ymm6, ymm6
    vbroadcastss ymm10, [r13 + 72]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm6, ymm10, [rsp + 192]
    vmovaps [rsp + 192], ymm6
    vmovdqu ymm13, [r15 + 160]
    vpand ymm8, ymm15, [r15 + 96]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 96]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 128]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 128]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm0, [r13 + 8]
    vpbroadcastd ymm10, [r12 + 16]
    vpdpbusd ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 20]
    vpdpbusd ymm0, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 24]
    vpdpbusd ymm0, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 28]
    vpdpbusd ymm0, ymm12, ymm10
    vpbroadcastd ymm1, [r13 + 20]
    vpbroadcastd ymm10, [r12 + 48]
    vpdpbusd ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpdpbusd ymm1, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpdpbusd ymm1, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpdpbusd ymm1, ymm12, ymm10
    vpbroadcastd ymm2, [r13 + 32]
    vpbroadcastd ymm10, [r12 + 80]
    vpdpbusd ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpdpbusd ymm2, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpdpbusd ymm2, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpdpbusd ymm2, ymm12, ymm10
    vpbroadcastd ymm3, [r13 + 44]
    vpbroadcastd ymm10, [r12 + 112]
    vpdpbusd ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpdpbusd ymm3, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpdpbusd ymm3, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpdpbusd ymm3, ymm12, ymm10
    vpbroadcastd ymm4, [r13 + 56]
    vpbroadcastd ymm10, [r12 + 144]
    vpdpbusd ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpdpbusd ymm4, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 152]
    vpdpbusd ymm4, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpdpbusd ymm4, ymm12, ymm10
    vpbroadcastd ymm5, [r13 + 68]
    vpbroadcastd ymm10, [r12 + 176]
    vpdpbusd ymm5, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 180]
    vpdpbusd ymm5, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 184]
    vpdpbusd ymm5, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 188]
    vpdpbusd ymm5, ymm12, ymm10
    vpbroadcastd ymm6, [r13 + 80]
    vpbroadcastd ymm10, [r12 + 208]
    vpdpbusd ymm6, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 212]
    vpdpbusd ymm6, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 216]
    vpdpbusd ymm6, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 220]
    vpdpbusd ymm6, ymm12, ymm10
    vpmovsxbd ymm12, [r14 + 8]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm4, ymm10, [rsp + 128]
    vmovaps [rsp + 128], ymm4
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 60]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm5, ymm10, [rsp + 160]
    vmovaps [rsp + 160], ymm5
    vcvtdq2ps ymm6, ymm6
    vbroadcastss ymm10, [r13 + 72]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm6, ymm10, [rsp + 192]
    vmovaps [rsp + 192], ymm6
    add r14, 16
    add r15, 192
    add r12, 224
    add r13, 84
    dec r11d
    jnz q6k_vnni_7_block
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 0]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 32]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 96]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovups [r14], ymm3
    add r14, r9
    vmovups ymm4, [r14]
    vmovaps ymm10, [rsp + 128]
    vfmadd231ps ymm4, ymm10, [rdi]
    vmovups [r14], ymm4
    add r14, r9
    vmovups ymm5, [r14]
    vmovaps ymm10, [rsp + 160]
    vfmadd231ps ymm5, ymm10, [rdi]
    vmovups [r14], ymm5
    add r14, r9
    vmovups ymm6, [r14]
    vmovaps ymm10, [rsp + 192]
    vfmadd231ps ymm6, ymm10, [rdi]
    vmovups [r14], ymm6
    add rdi, 1696
    dec rax
    jnz q6k_vnni_7_super
    add r8, 32
    dec rsi
    jnz q6k_vnni_7_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
q6k_vnni_8:
    push r12
    push r13
    push r14
    push r15
    push rbp
    push rbx
    mov rbp, rsp
    sub rsp, 256
    and rsp, -32
    mov r10d, esi
    shr rsi, 32
    btr r10d, 31
    sbb r11, r11
    imul rbx, r10, 1696
    not r11
    and rbx, r11
    add rsi, rsi
    vpbroadcastd ymm14, [rip + q6k_high]
    vpbroadcastd ymm15, [rip + nibbles]
q6k_vnni_8_group:
    vxorps ymm12, ymm12, ymm12
    mov r14, r8
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    add r14, r9
    vmovups [r14], ymm12
    mov r12, rdx
    mov r13, rcx
    mov rax, r10
q6k_vnni_8_super:
    vxorps ymm12, ymm12, ymm12
    vmovaps [rsp + 0], ymm12
    vmovaps [rsp + 32], ymm12
    vmovaps [rsp + 64], ymm12
    vmovaps [rsp + 96], ymm12
    vmovaps [rsp + 128], ymm12
    vmovaps [rsp + 160], ymm12
    vmovaps [rsp + 192], ymm12
    vmovaps [rsp + 224], ymm12
    lea r14, [rdi + 32]
    lea r15, [rdi + 160]
    mov r11d, 8
q6k_vnni_8_block:
    vmovdqu ymm13, [r15 + 64]
    vpand ymm8, ymm15, [r15 + 0]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 0]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 32]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 32]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm0, [r13 + 4]
    vpbroadcastd ymm10, [r12 + 0]
    vpdpbusd ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 4]
    vpdpbusd ymm0, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 8]
    vpdpbusd ymm0, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 12]
    vpdpbusd ymm0, ymm12, ymm10
    vpbroadcastd ymm1, [r13 + 16]
    vpbroadcastd ymm10, [r12 + 32]
    vpdpbusd ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 36]
    vpdpbusd ymm1, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 40]
    vpdpbusd ymm1, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 44]
    vpdpbusd ymm1, ymm12, ymm10
    vpbroadcastd ymm2, [r13 + 28]
    vpbroadcastd ymm10, [r12 + 64]
    vpdpbusd ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 68]
    vpdpbusd ymm2, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 72]
    vpdpbusd ymm2, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 76]
    vpdpbusd ymm2, ymm12, ymm10
    vpbroadcastd ymm3, [r13 + 40]
    vpbroadcastd ymm10, [r12 + 96]
    vpdpbusd ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 100]
    vpdpbusd ymm3, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 104]
    vpdpbusd ymm3, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 108]
    vpdpbusd ymm3, ymm12, ymm10
    vpbroadcastd ymm4, [r13 + 52]
    vpbroadcastd ymm10, [r12 + 128]
    vpdpbusd ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 132]
    vpdpbusd ymm4, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 136]
    vpdpbusd ymm4, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 140]
    vpdpbusd ymm4, ymm12, ymm10
    vpbroadcastd ymm5, [r13 + 64]
    vpbroadcastd ymm10, [r12 + 160]
    vpdpbusd ymm5, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 164]
    vpdpbusd ymm5, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 168]
    vpdpbusd ymm5, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 172]
    vpdpbusd ymm5, ymm12, ymm10
    vpbroadcastd ymm6, [r13 + 76]
    vpbroadcastd ymm10, [r12 + 192]
    vpdpbusd ymm6, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 196]
    vpdpbusd ymm6, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 200]
    vpdpbusd ymm6, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 204]
    vpdpbusd ymm6, ymm12, ymm10
    vpbroadcastd ymm7, [r13 + 88]
    vpbroadcastd ymm10, [r12 + 224]
    vpdpbusd ymm7, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 228]
    vpdpbusd ymm7, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 232]
    vpdpbusd ymm7, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 236]
    vpdpbusd ymm7, ymm12, ymm10
    vpmovsxbd ymm12, [r14 + 0]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm4, ymm10, [rsp + 128]
    vmovaps [rsp + 128], ymm4
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 60]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm5, ymm10, [rsp + 160]
    vmovaps [rsp + 160], ymm5
    vcvtdq2ps ymm6, ymm6
    vbroadcastss ymm10, [r13 + 72]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm6, ymm10, [rsp + 192]
    vmovaps [rsp + 192], ymm6
    vcvtdq2ps ymm7, ymm7
    vbroadcastss ymm10, [r13 + 84]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm7, ymm10, [rsp + 224]
    vmovaps [rsp + 224], ymm7
    vmovdqu ymm13, [r15 + 160]
    vpand ymm8, ymm15, [r15 + 96]
    vpsllw ymm10, ymm13, 4
    vpand ymm10, ymm10, ymm14
    vpor ymm8, ymm8, ymm10
    vmovdqu ymm9, [r15 + 96]
    vpsrlw ymm9, ymm9, 4
    vpand ymm9, ymm9, ymm15
    vpsllw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm9, ymm9, ymm10
    vpand ymm11, ymm15, [r15 + 128]
    vpand ymm10, ymm13, ymm14
    vpor ymm11, ymm11, ymm10
    vmovdqu ymm12, [r15 + 128]
    vpsrlw ymm12, ymm12, 4
    vpand ymm12, ymm12, ymm15
    vpsrlw ymm10, ymm13, 2
    vpand ymm10, ymm10, ymm14
    vpor ymm12, ymm12, ymm10
    vpbroadcastd ymm0, [r13 + 8]
    vpbroadcastd ymm10, [r12 + 16]
    vpdpbusd ymm0, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 20]
    vpdpbusd ymm0, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 24]
    vpdpbusd ymm0, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 28]
    vpdpbusd ymm0, ymm12, ymm10
    vpbroadcastd ymm1, [r13 + 20]
    vpbroadcastd ymm10, [r12 + 48]
    vpdpbusd ymm1, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 52]
    vpdpbusd ymm1, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 56]
    vpdpbusd ymm1, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 60]
    vpdpbusd ymm1, ymm12, ymm10
    vpbroadcastd ymm2, [r13 + 32]
    vpbroadcastd ymm10, [r12 + 80]
    vpdpbusd ymm2, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 84]
    vpdpbusd ymm2, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 88]
    vpdpbusd ymm2, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 92]
    vpdpbusd ymm2, ymm12, ymm10
    vpbroadcastd ymm3, [r13 + 44]
    vpbroadcastd ymm10, [r12 + 112]
    vpdpbusd ymm3, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 116]
    vpdpbusd ymm3, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 120]
    vpdpbusd ymm3, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 124]
    vpdpbusd ymm3, ymm12, ymm10
    vpbroadcastd ymm4, [r13 + 56]
    vpbroadcastd ymm10, [r12 + 144]
    vpdpbusd ymm4, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 148]
    vpdpbusd ymm4, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 152]
    vpdpbusd ymm4, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 156]
    vpdpbusd ymm4, ymm12, ymm10
    vpbroadcastd ymm5, [r13 + 68]
    vpbroadcastd ymm10, [r12 + 176]
    vpdpbusd ymm5, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 180]
    vpdpbusd ymm5, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 184]
    vpdpbusd ymm5, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 188]
    vpdpbusd ymm5, ymm12, ymm10
    vpbroadcastd ymm6, [r13 + 80]
    vpbroadcastd ymm10, [r12 + 208]
    vpdpbusd ymm6, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 212]
    vpdpbusd ymm6, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 216]
    vpdpbusd ymm6, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 220]
    vpdpbusd ymm6, ymm12, ymm10
    vpbroadcastd ymm7, [r13 + 92]
    vpbroadcastd ymm10, [r12 + 240]
    vpdpbusd ymm7, ymm8, ymm10
    vpbroadcastd ymm10, [r12 + 244]
    vpdpbusd ymm7, ymm9, ymm10
    vpbroadcastd ymm10, [r12 + 248]
    vpdpbusd ymm7, ymm11, ymm10
    vpbroadcastd ymm10, [r12 + 252]
    vpdpbusd ymm7, ymm12, ymm10
    vpmovsxbd ymm12, [r14 + 8]
    vcvtdq2ps ymm12, ymm12
    vcvtdq2ps ymm0, ymm0
    vbroadcastss ymm10, [r13 + 0]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm0, ymm10, [rsp + 0]
    vmovaps [rsp + 0], ymm0
    vcvtdq2ps ymm1, ymm1
    vbroadcastss ymm10, [r13 + 12]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm1, ymm10, [rsp + 32]
    vmovaps [rsp + 32], ymm1
    vcvtdq2ps ymm2, ymm2
    vbroadcastss ymm10, [r13 + 24]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm2, ymm10, [rsp + 64]
    vmovaps [rsp + 64], ymm2
    vcvtdq2ps ymm3, ymm3
    vbroadcastss ymm10, [r13 + 36]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm3, ymm10, [rsp + 96]
    vmovaps [rsp + 96], ymm3
    vcvtdq2ps ymm4, ymm4
    vbroadcastss ymm10, [r13 + 48]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm4, ymm10, [rsp + 128]
    vmovaps [rsp + 128], ymm4
    vcvtdq2ps ymm5, ymm5
    vbroadcastss ymm10, [r13 + 60]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm5, ymm10, [rsp + 160]
    vmovaps [rsp + 160], ymm5
    vcvtdq2ps ymm6, ymm6
    vbroadcastss ymm10, [r13 + 72]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm6, ymm10, [rsp + 192]
    vmovaps [rsp + 192], ymm6
    vcvtdq2ps ymm7, ymm7
    vbroadcastss ymm10, [r13 + 84]
    vmulps ymm10, ymm10, ymm12
    vfmadd213ps ymm7, ymm10, [rsp + 224]
    vmovaps [rsp + 224], ymm7
    add r14, 16
    add r15, 192
    add r12, 256
    add r13, 96
    dec r11d
    jnz q6k_vnni_8_block
    mov r14, r8
    vmovups ymm0, [r14]
    vmovaps ymm10, [rsp + 0]
    vfmadd231ps ymm0, ymm10, [rdi]
    vmovups [r14], ymm0
    add r14, r9
    vmovups ymm1, [r14]
    vmovaps ymm10, [rsp + 32]
    vfmadd231ps ymm1, ymm10, [rdi]
    vmovups [r14], ymm1
    add r14, r9
    vmovups ymm2, [r14]
    vmovaps ymm10, [rsp + 64]
    vfmadd231ps ymm2, ymm10, [rdi]
    vmovups [r14], ymm2
    add r14, r9
    vmovups ymm3, [r14]
    vmovaps ymm10, [rsp + 96]
    vfmadd231ps ymm3, ymm10, [rdi]
    vmovups [r14], ymm3
    add r14, r9
    vmovups ymm4, [r14]
    vmovaps ymm10, [rsp + 128]
    vfmadd231ps ymm4, ymm10, [rdi]
    vmovups [r14], ymm4
    add r14, r9
    vmovups ymm5, [r14]
    vmovaps ymm10, [rsp + 160]
    vfmadd231ps ymm5, ymm10, [rdi]
    vmovups [r14], ymm5
    add r14, r9
    vmovups ymm6, [r14]
    vmovaps ymm10, [rsp + 192]
    vfmadd231ps ymm6, ymm10, [rdi]
    vmovups [r14], ymm6
    add r14, r9
    vmovups ymm7, [r14]
    vmovaps ymm10, [rsp + 224]
    vfmadd231ps ymm7, ymm10, [rdi]
    vmovups [r14], ymm7
    add rdi, 1696
    dec rax
    jnz q6k_vnni_8_super
    add r8, 32
    dec rsi
    jnz q6k_vnni_8_group
    vzeroupper
    mov rsp, rbp
    pop rbx
    pop rbp
    pop r15
    pop r14
    pop r13
    pop r12
    ret
    .arch .noavx512f
round_avx2:
    push r12
    push r13
    push r14
    mov r10, r9
    shl r10, 5
    mov r11, r9
    shl r11, 3
    vbroadcastss ymm15, [rip + absolute]
    vbroadcastss ymm14, [rip + rounder]
    vmovdqu ymm10, [rip + dwords8]
round_avx2_token:
    mov r12, rdx
    mov r13, rcx
    mov r14, rsi
    shr r14, 1
    jz round_avx2_odd
round_avx2_pair:
    vandps ymm0, ymm15, [r8]
    vandps ymm1, ymm15, [r8 + 32]
    vpmaxud ymm0, ymm0, ymm1
    vandps ymm1, ymm15, [r8 + 64]
    vandps ymm2, ymm15, [r8 + 96]
    vpmaxud ymm1, ymm1, ymm2
    vpmaxud ymm0, ymm0, ymm1
    vextracti128 xmm1, ymm0, 1
    vpmaxud xmm0, xmm0, xmm1
    vpshufd xmm1, xmm0, 0x4e
    vpmaxud xmm0, xmm0, xmm1
    vpshufd xmm1, xmm0, 0xb1
    vpmaxud xmm0, xmm0, xmm1
    vandps ymm6, ymm15, [r8 + 128]
    vandps ymm7, ymm15, [r8 + 128 + 32]
    vpmaxud ymm6, ymm6, ymm7
    vandps ymm7, ymm15, [r8 + 128 + 64]
    vandps ymm8, ymm15, [r8 + 128 + 96]
    vpmaxud ymm7, ymm7, ymm8
    vpmaxud ymm6, ymm6, ymm7
    vextracti128 xmm7, ymm6, 1
    vpmaxud xmm6, xmm6, xmm7
    vpshufd xmm7, xmm6, 0x4e
    vpmaxud xmm6, xmm6, xmm7
    vpshufd xmm7, xmm6, 0xb1
    vpmaxud xmm6, xmm6, xmm7
    vdivss xmm0, xmm0, [rip + f127]
    vmovss [r13], xmm0
    vmovss xmm1, [rip + one]
    vdivss xmm1, xmm1, xmm0
    vcmpgess xmm2, xmm0, [rip + normal]
    vandps xmm1, xmm1, xmm2
    vbroadcastss ymm1, xmm1
    vdivss xmm6, xmm6, [rip + f127]
    vmovss [r13 + r11], xmm6
    vmovss xmm7, [rip + one]
    vdivss xmm7, xmm7, xmm6
    vcmpgess xmm8, xmm6, [rip + normal]
    vandps xmm7, xmm7, xmm8
    vbroadcastss ymm7, xmm7
    vmulps ymm2, ymm1, [r8 + 0]
    vaddps ymm2, ymm2, ymm14
    vsubps ymm2, ymm2, ymm14
    vcmpordps ymm0, ymm2, ymm2
    vandps ymm2, ymm2, ymm0
    vcvttps2dq ymm2, ymm2
    vmulps ymm3, ymm1, [r8 + 32]
    vaddps ymm3, ymm3, ymm14
    vsubps ymm3, ymm3, ymm14
    vcmpordps ymm0, ymm3, ymm3
    vandps ymm3, ymm3, ymm0
    vcvttps2dq ymm3, ymm3
    vmulps ymm4, ymm1, [r8 + 64]
    vaddps ymm4, ymm4, ymm14
    vsubps ymm4, ymm4, ymm14
    vcmpordps ymm0, ymm4, ymm4
    vandps ymm4, ymm4, ymm0
    vcvttps2dq ymm4, ymm4
    vmulps ymm5, ymm1, [r8 + 96]
    vaddps ymm5, ymm5, ymm14
    vsubps ymm5, ymm5, ymm14
    vcmpordps ymm0, ymm5, ymm5
    vandps ymm5, ymm5, ymm0
    vcvttps2dq ymm5, ymm5
    vmulps ymm8, ymm7, [r8 + 128 + 0]
    vaddps ymm8, ymm8, ymm14
    vsubps ymm8, ymm8, ymm14
    vcmpordps ymm6, ymm8, ymm8
    vandps ymm8, ymm8, ymm6
    vcvttps2dq ymm8, ymm8
    vmulps ymm9, ymm7, [r8 + 128 + 32]
    vaddps ymm9, ymm9, ymm14
    vsubps ymm9, ymm9, ymm14
    vcmpordps ymm6, ymm9, ymm9
    vandps ymm9, ymm9, ymm6
    vcvttps2dq ymm9, ymm9
    vmulps ymm11, ymm7, [r8 + 128 + 64]
    vaddps ymm11, ymm11, ymm14
    vsubps ymm11, ymm11, ymm14
    vcmpordps ymm6, ymm11, ymm11
    vandps ymm11, ymm11, ymm6
    vcvttps2dq ymm11, ymm11
    vmulps ymm12, ymm7, [r8 + 128 + 96]
    vaddps ymm12, ymm12, ymm14
    vsubps ymm12, ymm12, ymm14
    vcmpordps ymm6, ymm12, ymm12
    vandps ymm12, ymm12, ymm6
    vcvttps2dq ymm12, ymm12
    vpaddd ymm0, ymm2, ymm3
    vpaddd ymm1, ymm4, ymm5
    vpaddd ymm0, ymm0, ymm1
    vextracti128 xmm1, ymm0, 1
    vpaddd xmm0, xmm0, xmm1
    vpshufd xmm1, xmm0, 0x4e
    vpaddd xmm0, xmm0, xmm1
    vpshufd xmm1, xmm0, 0xb1
    vpaddd xmm0, xmm0, xmm1
    vmovd eax, xmm0
    imul eax, eax, -128
    mov [r13 + 4], eax
    vpackssdw ymm2, ymm2, ymm3
    vpackssdw ymm4, ymm4, ymm5
    vpacksswb ymm2, ymm2, ymm4
    vpermd ymm2, ymm10, ymm2
    vmovdqu [r12], ymm2
    vpaddd ymm6, ymm8, ymm9
    vpaddd ymm7, ymm11, ymm12
    vpaddd ymm6, ymm6, ymm7
    vextracti128 xmm7, ymm6, 1
    vpaddd xmm6, xmm6, xmm7
    vpshufd xmm7, xmm6, 0x4e
    vpaddd xmm6, xmm6, xmm7
    vpshufd xmm7, xmm6, 0xb1
    vpaddd xmm6, xmm6, xmm7
    vmovd edi, xmm6
    imul edi, edi, -128
    mov [r13 + r11 + 4], edi
    vpackssdw ymm8, ymm8, ymm9
    vpackssdw ymm11, ymm11, ymm12
    vpacksswb ymm8, ymm8, ymm11
    vpermd ymm8, ymm10, ymm8
    vmovdqu [r12 + r10], ymm8
    add r8, 256
    lea r12, [r12 + 2*r10]
    lea r13, [r13 + 2*r11]
    dec r14
    jnz round_avx2_pair
round_avx2_odd:
    test rsi, 1
    jz round_avx2_next
    vandps ymm0, ymm15, [r8]
    vandps ymm1, ymm15, [r8 + 32]
    vpmaxud ymm0, ymm0, ymm1
    vandps ymm1, ymm15, [r8 + 64]
    vandps ymm2, ymm15, [r8 + 96]
    vpmaxud ymm1, ymm1, ymm2
    vpmaxud ymm0, ymm0, ymm1
    vextracti128 xmm1, ymm0, 1
    vpmaxud xmm0, xmm0, xmm1
    vpshufd xmm1, xmm0, 0x4e
    vpmaxud xmm0, xmm0, xmm1
    vpshufd xmm1, xmm0, 0xb1
    vpmaxud xmm0, xmm0, xmm1
    vdivss xmm0, xmm0, [rip + f127]
    vmovss [r13], xmm0
    vmovss xmm1, [rip + one]
    vdivss xmm1, xmm1, xmm0
    vcmpgess xmm2, xmm0, [rip + normal]
    vandps xmm1, xmm1, xmm2
    vbroadcastss ymm1, xmm1
    vmulps ymm2, ymm1, [r8 + 0]
    vaddps ymm2, ymm2, ymm14
    vsubps ymm2, ymm2, ymm14
    vcmpordps ymm0, ymm2, ymm2
    vandps ymm2, ymm2, ymm0
    vcvttps2dq ymm2, ymm2
    vmulps ymm3, ymm1, [r8 + 32]
    vaddps ymm3, ymm3, ymm14
    vsubps ymm3, ymm3, ymm14
    vcmpordps ymm0, ymm3, ymm3
    vandps ymm3, ymm3, ymm0
    vcvttps2dq ymm3, ymm3
    vmulps ymm4, ymm1, [r8 + 64]
    vaddps ymm4, ymm4, ymm14
    vsubps ymm4, ymm4, ymm14
    vcmpordps ymm0, ymm4, ymm4
    vandps ymm4, ymm4, ymm0
    vcvttps2dq ymm4, ymm4
    vmulps ymm5, ymm1, [r8 + 96]
    vaddps ymm5, ymm5, ymm14
    vsubps ymm5, ymm5, ymm14
    vcmpordps ymm0, ymm5, ymm5
    vandps ymm5, ymm5, ymm0
    vcvttps2dq ymm5, ymm5
    vpaddd ymm0, ymm2, ymm3
    vpaddd ymm1, ymm4, ymm5
    vpaddd ymm0, ymm0, ymm1
    vextracti128 xmm1, ymm0, 1
    vpaddd xmm0, xmm0, xmm1
    vpshufd xmm1, xmm0, 0x4e
    vpaddd xmm0, xmm0, xmm1
    vpshufd xmm1, xmm0, 0xb1
    vpaddd xmm0, xmm0, xmm1
    vmovd eax, xmm0
    imul eax, eax, -128
    mov [r13 + 4], eax
    vpackssdw ymm2, ymm2, ymm3
    vpackssdw ymm4, ymm4, ymm5
    vpacksswb ymm2, ymm2, ymm4
    vpermd ymm2, ymm10, ymm2
    vmovdqu [r12], ymm2
    add r8, 128
round_avx2_next:
    add rdx, 32
    add rcx, 8
    dec r9
    jnz round_avx2_token
    vzeroupper
    pop r14
    pop r13
    pop r12
    ret
    .p2align 6
permute:
    .byte 0, 8, 16, 24, 1, 9, 17, 25, 2, 10, 18, 26, 3, 11, 19, 27
    .byte 4, 12, 20, 28, 5, 13, 21, 29, 6, 14, 22, 30, 7, 15, 23, 31
    .byte 32, 40, 48, 56, 33, 41, 49, 57, 34, 42, 50, 58, 35, 43, 51, 59
    .byte 36, 44, 52, 60, 37, 45, 53, 61, 38, 46, 54, 62, 39, 47, 55, 63
iq4_table:
    .byte 129, 152, 173, 191, 207, 221, 234, 246, 1, 13, 25, 38, 53, 69, 89, 113
iq4_flipped:
    .byte 1, 24, 45, 63, 79, 93, 106, 118, 129, 141, 153, 166, 181, 197, 217, 241
flip:
    .long 0x80808080
nibbles:
    .long 0x0f0f0f0f
ones16:
    .long 0x00010001
.p2align 5
ones16x8:
    .long 0x00010001, 0x00010001, 0x00010001, 0x00010001, 0x00010001, 0x00010001, 0x00010001, 0x00010001
inverse128:
    .long 0x3c000000, 0x3c000000, 0x3c000000, 0x3c000000, 0x3c000000, 0x3c000000, 0x3c000000, 0x3c000000
q6k_high:
    .long 0x30303030
.p2align 5
fifths:
    .byte 0, 1, 0, 1, 2, 3, 2, 3, 4, 5, 4, 5, 6, 7, 6, 7
    .byte 8, 9, 8, 9, 10, 11, 10, 11, 12, 13, 12, 13, 14, 15, 14, 15
fifth_low_0:
    .byte 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2
    .byte 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2
fifth_high_0:
    .byte 16, 16, 32, 32, 16, 16, 32, 32, 16, 16, 32, 32, 16, 16, 32, 32
    .byte 16, 16, 32, 32, 16, 16, 32, 32, 16, 16, 32, 32, 16, 16, 32, 32
fifth_low_1:
    .byte 4, 4, 8, 8, 4, 4, 8, 8, 4, 4, 8, 8, 4, 4, 8, 8
    .byte 4, 4, 8, 8, 4, 4, 8, 8, 4, 4, 8, 8, 4, 4, 8, 8
fifth_high_1:
    .byte 64, 64, 128, 128, 64, 64, 128, 128, 64, 64, 128, 128, 64, 64, 128, 128
    .byte 64, 64, 128, 128, 64, 64, 128, 128, 64, 64, 128, 128, 64, 64, 128, 128
sixteens:
    .byte 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16
    .byte 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16
.p2align 5
rows4:
    .long 0, 2, 4, 6, 1, 3, 5, 7
columns4:
    .byte 0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15
    .byte 0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15
.p2align 5
dwords8:
    .long 0, 4, 1, 5, 2, 6, 3, 7
absolute:
    .long 0x7fffffff
rounder:
    .long 0x4b400000
f127:
    .long 0x42fe0000
one:
    .long 0x3f800000
normal:
    .long 0x00800000
