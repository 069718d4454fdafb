    .intel_syntax noprefix
    .text
q8_pairs_1:
    push r12
    push r13
    push r14
    push r15
    mov r10d, esi
    shr rsi, 32
    imul r11, r10, 272
    lea r15, [r11 + 2*r11]
    vmovdqu8 zmm31, [rip + permute]
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
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vmovdqu32 ymm24, [rdi + 48]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 4]{1to16}
    vmovdqu32 ymm24, [rdi + 80]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 8]{1to16}
    vmovdqu32 ymm24, [rdi + 112]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 12]{1to16}
    vmovdqu32 ymm24, [rdi + 144]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 16]{1to16}
    vmovdqu32 ymm24, [rdi + 176]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 20]{1to16}
    vmovdqu32 ymm24, [rdi + 208]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 24]{1to16}
    vmovdqu32 ymm24, [rdi + 240]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
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
    vmovdqu8 zmm31, [rip + permute]
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
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vmovdqu32 ymm24, [rdi + 48]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 36]{1to16}
    vmovdqu32 ymm24, [rdi + 80]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 40]{1to16}
    vmovdqu32 ymm24, [rdi + 112]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 44]{1to16}
    vmovdqu32 ymm24, [rdi + 144]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 48]{1to16}
    vmovdqu32 ymm24, [rdi + 176]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 52]{1to16}
    vmovdqu32 ymm24, [rdi + 208]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 56]{1to16}
    vmovdqu32 ymm24, [rdi + 240]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
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
    vmovdqu8 zmm31, [rip + permute]
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
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vmovdqu32 ymm24, [rdi + 48]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 68]{1to16}
    vmovdqu32 ymm24, [rdi + 80]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 72]{1to16}
    vmovdqu32 ymm24, [rdi + 112]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 76]{1to16}
    vmovdqu32 ymm24, [rdi + 144]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 80]{1to16}
    vmovdqu32 ymm24, [rdi + 176]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 84]{1to16}
    vmovdqu32 ymm24, [rdi + 208]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 88]{1to16}
    vmovdqu32 ymm24, [rdi + 240]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
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
    vmovdqu8 zmm31, [rip + permute]
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
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vmovdqu32 ymm24, [rdi + 48]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 100]{1to16}
    vmovdqu32 ymm24, [rdi + 80]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vmovdqu32 ymm24, [rdi + 112]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 108]{1to16}
    vmovdqu32 ymm24, [rdi + 144]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 112]{1to16}
    vmovdqu32 ymm24, [rdi + 176]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 116]{1to16}
    vmovdqu32 ymm24, [rdi + 208]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 120]{1to16}
    vmovdqu32 ymm24, [rdi + 240]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
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
    vmovdqu8 zmm31, [rip + permute]
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
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vmovdqu32 ymm24, [rdi + 48]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 132]{1to16}
    vmovdqu32 ymm24, [rdi + 80]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vmovdqu32 ymm24, [rdi + 112]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 140]{1to16}
    vmovdqu32 ymm24, [rdi + 144]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 144]{1to16}
    vmovdqu32 ymm24, [rdi + 176]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 148]{1to16}
    vmovdqu32 ymm24, [rdi + 208]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 152]{1to16}
    vmovdqu32 ymm24, [rdi + 240]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
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
    vmovdqu8 zmm31, [rip + permute]
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
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 32]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 64]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 96]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 128]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 160]{1to16}
    vmovdqu32 ymm24, [rdi + 48]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 4]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 36]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 68]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 100]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 132]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 164]{1to16}
    vmovdqu32 ymm24, [rdi + 80]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 8]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 40]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 72]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 104]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 136]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 168]{1to16}
    vmovdqu32 ymm24, [rdi + 112]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 12]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 44]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 76]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 108]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 140]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 172]{1to16}
    vmovdqu32 ymm24, [rdi + 144]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 16]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 48]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 80]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 112]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 144]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 176]{1to16}
    vmovdqu32 ymm24, [rdi + 176]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 20]{1to16}
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 52]{1to16}
    vpdpbusd zmm8, zmm24, dword ptr [r12 + 84]{1to16}
    vpdpbusd zmm9, zmm24, dword ptr [r12 + 116]{1to16}
    vpdpbusd zmm10, zmm24, dword ptr [r12 + 148]{1to16}
    vpdpbusd zmm11, zmm24, dword ptr [r12 + 180]{1to16}
    vmovdqu32 ymm24, [rdi + 208]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 24]{1to16}
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 56]{1to16}
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 88]{1to16}
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 120]{1to16}
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 152]{1to16}
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 184]{1to16}
    vmovdqu32 ymm24, [rdi + 240]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
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
    vmovdqu8 zmm31, [rip + permute]
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
    vpermb zmm24, zmm31, zmm24
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
    vpermb zmm24, zmm31, zmm24
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
    vpermb zmm24, zmm31, zmm24
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
    vpermb zmm24, zmm31, zmm24
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
    vpermb zmm24, zmm31, zmm24
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
    vpermb zmm24, zmm31, zmm24
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
    vpermb zmm24, zmm31, zmm24
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
    vpermb zmm24, zmm31, zmm24
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
    vmovdqu8 zmm31, [rip + permute]
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
    vpermb zmm24, zmm31, zmm24
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
    vpermb zmm24, zmm31, zmm24
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
    vpermb zmm24, zmm31, zmm24
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
    vpermb zmm24, zmm31, zmm24
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
    vpermb zmm24, zmm31, zmm24
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
    vpermb zmm24, zmm31, zmm24
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
    vpermb zmm24, zmm31, zmm24
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
    vpermb zmm24, zmm31, zmm24
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
    vmovdqu8 zmm31, [rip + permute]
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
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 0]{1to16}
    vmovdqu32 ymm24, [r14 + 16]
    vinserti32x8 zmm24, zmm24, [r14 + r11 + 16], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 0]{1to16}
    vmovdqu32 ymm24, [rdi + 48]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 4]{1to16}
    vmovdqu32 ymm24, [r14 + 48]
    vinserti32x8 zmm24, zmm24, [r14 + r11 + 48], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 4]{1to16}
    vmovdqu32 ymm24, [rdi + 80]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 8]{1to16}
    vmovdqu32 ymm24, [r14 + 80]
    vinserti32x8 zmm24, zmm24, [r14 + r11 + 80], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 8]{1to16}
    vmovdqu32 ymm24, [rdi + 112]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 12]{1to16}
    vmovdqu32 ymm24, [r14 + 112]
    vinserti32x8 zmm24, zmm24, [r14 + r11 + 112], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm7, zmm24, dword ptr [r12 + 12]{1to16}
    vmovdqu32 ymm24, [rdi + 144]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm0, zmm24, dword ptr [r12 + 16]{1to16}
    vmovdqu32 ymm24, [r14 + 144]
    vinserti32x8 zmm24, zmm24, [r14 + r11 + 144], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm4, zmm24, dword ptr [r12 + 16]{1to16}
    vmovdqu32 ymm24, [rdi + 176]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm1, zmm24, dword ptr [r12 + 20]{1to16}
    vmovdqu32 ymm24, [r14 + 176]
    vinserti32x8 zmm24, zmm24, [r14 + r11 + 176], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm5, zmm24, dword ptr [r12 + 20]{1to16}
    vmovdqu32 ymm24, [rdi + 208]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm2, zmm24, dword ptr [r12 + 24]{1to16}
    vmovdqu32 ymm24, [r14 + 208]
    vinserti32x8 zmm24, zmm24, [r14 + r11 + 208], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm6, zmm24, dword ptr [r12 + 24]{1to16}
    vmovdqu32 ymm24, [rdi + 240]
    vinserti32x8 zmm24, zmm24, [rdi + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
    vpdpbusd zmm3, zmm24, dword ptr [r12 + 28]{1to16}
    vmovdqu32 ymm24, [r14 + 240]
    vinserti32x8 zmm24, zmm24, [r14 + r11 + 240], 1
    vpxord zmm24, zmm24, zmm30
    vpermb zmm24, zmm31, zmm24
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
    .p2align 6
permute:
    .byte 0, 8, 16, 24, 1, 9, 17, 25, 2, 10, 18, 26, 3, 11, 19, 27, 4, 12, 20, 28, 5, 13, 21, 29, 6, 14, 22, 30, 7, 15, 23, 31, 32, 40, 48, 56, 33, 41, 49, 57, 34, 42, 50, 58, 35, 43, 51, 59, 36, 44, 52, 60, 37, 45, 53, 61, 38, 46, 54, 62, 39, 47, 55, 63
flip:
    .long 0x80808080
nibbles:
    .long 0x0f0f0f0f
