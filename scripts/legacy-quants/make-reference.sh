#!/usr/bin/env bash
# Writes the test fixtures of the engine's Q4_1, Q5_0, Q5_1, IQ4_NL, Q2_K and Q3_K tensors (issue 5) with llama.cpp:
# shared/models/stories260K.gguf quantized by llama-quantize to Q4_K_M and Q5_K_M (its 64-column matrices cannot
# hold K-quants, so llama.cpp falls back to Q5_0 / Q5_1, as it does for every model whose width is not a multiple of
# 256, e.g. SmolLM2-135M and Qwen2.5-0.5B), Q3_K_M (Q4_0, Q5_0, Q5_1 there), pure Q4_1 and pure IQ4_NL; llama.cpp's
# dequantization of those tensors (dequant-dump.c against libggml), greedy continuations (llama-completion --temp 0)
# and perplexities (llama-perplexity, n_ctx 128) in reference.json; and, for Q3_K and Q2_K (rows of 256 only),
# shared/reference/kquants' random-weight tiny-kq-F32.gguf in llama.cpp's Q3_K_M and Q2_K mixes (dequantization and
# perplexity only). Uses the llama.cpp that scripts/llamacpp-bench.sh builds (run that once first); writes into
# inference-engine/src/test/resources/legacy-quants.
#
#   scripts/legacy-quants/make-reference.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${JRAG_SHARED:-$root/../shared}"
llama="$(ls -d "$HOME"/.cache/jrag/llama.cpp-nlc-* | head -1)"
bin="$llama/build-avx2/bin"
out="$root/inference-engine/src/test/resources/legacy-quants"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cmake --build "$llama/build-avx2" --target llama-quantize llama-perplexity llama-completion -j "$(nproc)" >/dev/null
gcc -O1 -o "$work/dequant-dump" "$here/dequant-dump.c" -I"$llama/ggml/include" -L"$bin" -lggml-base -lggml \
    -Wl,-rpath,"$bin"
mkdir -p "$out"
model="$shared/models/stories260K.gguf"
"$bin/llama-quantize" "$model" "$out/stories260K-Q4_K_M.gguf" Q4_K_M 1 >"$work/q1.log" 2>&1
"$bin/llama-quantize" "$model" "$out/stories260K-Q5_K_M.gguf" Q5_K_M 1 >"$work/q2.log" 2>&1
"$bin/llama-quantize" --pure "$model" "$out/stories260K-Q4_1-pure.gguf" Q4_1 1 >"$work/q3.log" 2>&1
"$bin/llama-quantize" --pure "$model" "$out/stories260K-IQ4_NL-pure.gguf" IQ4_NL 1 >"$work/q5.log" 2>&1
# Q3_K_M of a narrow model: Q4_0, Q5_0 and Q5_1 where Q3_K, Q4_K and Q5_K do not fit
"$bin/llama-quantize" "$model" "$out/stories260K-Q3_K_M.gguf" Q3_K_M 1 >"$work/q6.log" 2>&1
# Q3_K needs rows of 256: the random-weight 256-wide llama of shared/reference/kquants, in llama.cpp's Q3_K_M mix
"$bin/llama-quantize" "$shared/reference/kquants/tiny-kq-F32.gguf" "$out/tiny-kq-Q3_K_M.gguf" Q3_K_M 1 \
    >"$work/q4.log" 2>&1
"$bin/llama-quantize" "$shared/reference/kquants/tiny-kq-F32.gguf" "$out/tiny-kq-Q2_K.gguf" Q2_K 1 >"$work/q7.log" 2>&1
"$bin/llama-quantize" --pure "$shared/reference/kquants/tiny-kq-F32.gguf" "$out/tiny-kq-IQ4_XS-pure.gguf" IQ4_XS 1 \
    >"$work/q8.log" 2>&1
files=(stories260K-Q4_K_M.gguf stories260K-Q5_K_M.gguf stories260K-Q4_1-pure.gguf stories260K-IQ4_NL-pure.gguf
    stories260K-Q3_K_M.gguf)
tiny=(tiny-kq-Q3_K_M.gguf tiny-kq-Q2_K.gguf tiny-kq-IQ4_XS-pure.gguf)
(cd "$out" && "$work/dequant-dump" "${files[@]}" "${tiny[@]}") >"$work/dequant.json"

prompts=("Once upon a time" "Lily and Ben went to the park" "The little dog was very happy because"
    "Tom said, \"Let's play" "Sam had a big red ball. One day, he")
: >"$work/runs.tsv"
for f in "${files[@]}" "${tiny[@]}"; do
    ppl=$("$bin/llama-perplexity" -m "$out/$f" -f "$shared/reference/stories260K/tinystories_excerpt.txt" -c 128 \
        -b 128 -t 1 -ctk f32 -ctv f32 2>&1 | sed -n 's/.*Final estimate: PPL = \([0-9.]*\).*/\1/p')
    printf 'ppl\t%s\t%s\n' "$f" "$ppl" >>"$work/runs.tsv"
    # random weights leave near-ties everywhere: no greedy cases for the tiny-kq file
    [[ $f == tiny-kq-* ]] && continue
    for p in "${prompts[@]}"; do
        # this llama-completion sometimes exits before its output is all written (a prefix of the text, without the
        # "\n\n" that ends a whole one): take a whole text that two runs print alike
        text=""
        alike=false
        for try in 1 2 3 4 5 6 7 8; do
            run=$("$bin/llama-completion" -m "$out/$f" -p "$p" -n 32 --temp 0 -t 1 -c 128 --no-display-prompt \
                -no-cnv --seed 42 -ctk f32 -ctv f32 2>/dev/null | base64 -w0)
            [[ "$(printf '%s' "$run" | base64 -d | tail -c 2 | od -An -c | tr -d ' ')" == '\n\n' ]] || continue
            if [[ "$run" == "$text" ]]; then
                alike=true
                break
            fi
            text="$run"
        done
        [[ $alike == true ]] || { echo "llama-completion prints no whole text twice for $f / $p" >&2; exit 1; }
        printf 'greedy\t%s\t%s\t%s\n' "$f" "$(printf '%s' "$p" | base64 -w0)" "$text" >>"$work/runs.tsv"
    done
done
python3 - "$work/runs.tsv" "$work/dequant.json" "$out/reference.json" "$(git -C "$llama" rev-parse HEAD 2>/dev/null \
    || basename "$llama")" <<'PY'
import base64, json, sys
runs, dequant, target, commit = sys.argv[1:5]
greedy, ppl = [], {}
for line in open(runs):
    kind, *rest = line.rstrip("\n").split("\t")
    if kind == "ppl":
        ppl[rest[0]] = float(rest[1])
    else:
        text = base64.b64decode(rest[2]).decode("utf-8")
        # llama-completion ends its output with "\n\n" (end of generation)
        greedy.append({"model": rest[0], "prompt": base64.b64decode(rest[1]).decode("utf-8"),
                       "generated_text": text[:-2] if text.endswith("\n\n") else text})
json.dump({"llama_cpp": commit,
           "description": "llama.cpp's outputs on stories260K quantized by llama-quantize (see README.md)",
           "perplexity": {"text": "shared/reference/stories260K/tinystories_excerpt.txt", "n_ctx": 128,
                          "kv_cache_type": "f32", "ppl": ppl},
           "greedy": {"n_predict": 32, "n_ctx": 128, "kv_cache_type": "f32", "cases": greedy},
           "dequant": json.load(open(dequant))},
          open(target, "w"), indent=1)
PY
echo "wrote $out"
