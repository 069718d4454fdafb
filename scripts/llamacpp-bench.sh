#!/usr/bin/env bash
# Measures llama.cpp on this machine, on the engine benchmark's random-weight models, so that EngineBench can print
# its figures beside ours from the same machine (issue 5; see inference-engine/BENCH.md).
#
#   scripts/llamacpp-bench.sh [--native] [--models DIR] [--out FILE] [-r N] [--with-engine] [--only NAME[,NAME]]
#
# No model hub or GitHub is reachable here, so llama.cpp comes from the npm registry: node-llama-cpp ships the
# llama.cpp release it binds as a git bundle (llama/gitRelease.bundle). The script packs that npm package, clones
# the bundle, and builds llama-bench with CMake: AVX2/FMA/F16C only (the issue's machine class, and what the engine's
# benchmarks use with -XX:UseAVX=2 -Djrag.engine.q8=avx2), or -march=native with --native. Then it runs llama-bench like
# shared/reference/llamacpp-bench.md (2 threads, -p 512 and -n 128 as separate tests, llama-bench's defaults otherwise)
# on each model and appends the csv rows to --out (default target/llamacpp-bench.csv). The build is cached under
# ~/.cache/jrag. Models are written by EngineBench first when missing. With --with-engine, EngineBench runs on each
# model right after llama-bench (-XX:UseAVX=2 -Djrag.engine.q8=avx2, or the JVM's own vector width with --native; same
# tests), interleaved so that both sides of a ratio see the same machine state (a VM's memory bandwidth drifts), and
# prints its rows with the ratios. The models: the 135M and 1B shapes in Q8_0 and Q4_0 (the issue's table), the 1B shape
# with every matrix Q4_K, Q5_K or Q6_K (the types of a published *-Q4_K_M.gguf / *-Q5_K_M.gguf) or IQ4_XS (of a
# published *-IQ4_XS.gguf), and llama-quantize's
# own Q4_K_M and Q5_K_M mixes of the 135M Q8_0 file (smollm2-135m-mix-*: Q5_0 / Q5_1 for its 576-column matrices, where
# K-quants do not fit, as in a published SmolLM2-135M file) and Q3_K_M and Q2_K mixes of the 1B one (EngineBench --model
# prints no ratio for the mixes: compare its rows with llama-bench's lines); --only picks some by name (e.g. --only
# llama3.2-1b-random-Q4_K,smollm2-135m-mix-Q4_K_M).
#
#   scripts/llamacpp-bench.sh --serving [--native] [--models DIR] [-r N]
#
# compares batched decoding instead (issue 6 (a)): llama.cpp's llama-batched-bench on the 135M Q8_0 model (8-token
# prompts, 64 tokens each, 1 / 4 / 8 / 16 sequences, 2 threads) and the engine's ServingBench --parts a with the same
# shape, N rounds, the two alternating. Each side's ratio is its aggregate tokens/s at N streams over one stream's;
# llama.cpp's aggregate is its generated tokens over the whole run (T s, prompts included), as ServingBench counts.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
version=3.22.1                 # node-llama-cpp; its bundle is llama.cpp release v0.5.0 (commit de3ff81)
native=false
models="$root/inference-engine/target/bench-models"
out="$root/inference-engine/target/llamacpp-bench.csv"
reps=3
engine=false
serving=false
files=(smollm2-135m-random-Q8_0 smollm2-135m-random-Q4_0 llama3.2-1b-random-Q8_0 llama3.2-1b-random-Q4_0
  llama3.2-1b-random-Q4_K llama3.2-1b-random-Q5_K llama3.2-1b-random-Q6_K llama3.2-1b-random-IQ4_XS
  smollm2-135m-mix-Q4_K_M smollm2-135m-mix-Q5_K_M llama3.2-1b-mix-Q3_K_M llama3.2-1b-mix-Q2_K)
while [[ $# -gt 0 ]]; do
  case "$1" in
    --native) native=true; shift ;;
    --models) models="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -r) reps="$2"; shift 2 ;;
    --with-engine) engine=true; shift ;;
    --serving) serving=true; shift ;;
    --only) IFS=, read -r -a files <<< "$2"; shift 2 ;;
    *) echo "unknown option $1 (use --native, --models DIR, --out FILE, -r N, --with-engine, --only NAME[,NAME]," \
         "--serving)" >&2
       exit 2 ;;
  esac
done
mkdir -p "$models"
models="$(cd "$models" && pwd)" # EngineBench runs in inference-engine/: an absolute path
export JAVA_HOME="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"

cache="${XDG_CACHE_HOME:-$HOME/.cache}/jrag"
src="$cache/llama.cpp-nlc-$version"
flavour=$([[ $native == true ]] && echo native || echo avx2)
# the engine's vector width and integer passes beside llama.cpp: AVX2 (the JVM's vectors and the machine-code passes),
# or the machine's own with --native
avx=(-XX:UseAVX=2 -Djrag.engine.q8=avx2)
[[ $native == true ]] && avx=()
jit=(-XX:PerMethodTrapLimit=10000) # as the services run (org.jrag.engine.serving.TrapLimit)
bench="$src/build-$flavour/bin/llama-bench"

# builds one llama.cpp tool; the compiler's output goes to a log (the native build warns at length), shown on failure
build() {
  local log="$src/build-$flavour-$1.log"
  cmake --build "$src/build-$flavour" --target "$1" -j "$(nproc)" >"$log" 2>&1 || { tail -n 30 "$log" >&2; exit 1; }
}

if [[ ! -x "$bench" ]]; then
  for tool in npm git cmake g++; do
    command -v "$tool" >/dev/null || { echo "llamacpp-bench: $tool is needed to build llama.cpp" >&2; exit 1; }
  done
  if [[ ! -d "$src" ]]; then
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-llama-cpp@$version" >/dev/null \
      && tar xzf "node-llama-cpp-$version.tgz" package/llama/gitRelease.bundle)
    mkdir -p "$cache"
    git -c advice.detachedHead=false clone -q "$tmp/package/llama/gitRelease.bundle" "$src"
    rm -rf "$tmp"
  fi
  if [[ $native == true ]]; then
    simd=(-DGGML_NATIVE=ON)
  else
    simd=(-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON -DGGML_AVX512=OFF)
  fi
  cmake -S "$src" -B "$src/build-$flavour" -DCMAKE_BUILD_TYPE=Release "${simd[@]}" -DGGML_OPENMP=ON \
    -DLLAMA_CURL=OFF -DLLAMA_BUILD_SERVER=OFF -DLLAMA_BUILD_TESTS=OFF >/dev/null
  build llama-bench
fi
quantize="$src/build-$flavour/bin/llama-quantize"

if [[ $serving == true ]]; then
  batched="$src/build-$flavour/bin/llama-batched-bench"
  [[ -x "$batched" ]] || build llama-batched-bench
  model=smollm2-135m-random-Q8_0
  if [[ ! -f "$models/$model.gguf" ]]; then
    (cd "$root" && ./mvnw -B -q -o -pl inference-engine compile >/dev/null)
    (cd "$root/inference-engine" && "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -cp target/classes \
      org.jrag.engine.bench.EngineBench --shape smollm2-135m --type Q8_0 -p 0 -n 0 -r 1 --dir "$models" >/dev/null 2>&1)
  fi
  for ((round = 1; round <= reps; round++)); do
    echo "round $round: llama.cpp (llama-batched-bench), then the engine (ServingBench --parts a)"
    # the table's rows: PP, TG, B, N_KV, T_PP, S_PP, T_TG, S_TG, T, S; aggregate = B * TG / T
    "$batched" -m "$models/$model.gguf" -c 4096 -b 512 -ub 512 -npp 8 -ntg 64 -npl 1,4,8,16 -t 2 2>/dev/null \
      | awk -F'|' '$2 ~ /^ *[0-9]+ *$/ {
          b = $4 + 0; agg = b * $3 / $10
          if (b == 1) { one = agg }
          printf "llama.cpp %2d streams: %.2f t/s (decode alone %.2f), %.2fx one stream\n", b, agg, $9, agg / one
        }'
    (cd "$root/inference-engine" && "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector \
      --enable-native-access=ALL-UNNAMED "${jit[@]}" "${avx[@]}" -cp target/classes org.jrag.engine.bench.ServingBench \
      --threads 2 -n 64 --streams 1,4,8,16 --parts a -r 1 --dir "$models" 2>/dev/null | grep '^(a)' \
      | awk '{ printf "engine    %2d streams: %.2f t/s batched, %.2f one at a time, %.2fx\n", $2, $5, $11, $5 / $11 }')
  done
  exit 0
fi

for f in "${files[@]}"; do
  if [[ $f == *-mix-* && ! -f "$models/$f.gguf" ]]; then
    # llama-quantize's own mix, from the Q8_0 file: in the 135M shape (576 wide) it writes Q5_0 (Q4_K_M) or Q5_1
    # (Q5_K_M) for every matrix with 576 columns, where K-quants do not fit, as in a published SmolLM2-135M file
    source="${f%-mix-*}-random-Q8_0"
    if [[ ! -f "$models/$source.gguf" ]]; then
      (cd "$root" && ./mvnw -B -q -o -pl inference-engine compile >/dev/null)
      (cd "$root/inference-engine" && "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -cp target/classes \
        org.jrag.engine.bench.EngineBench --shape "${f%-mix-*}" --type Q8_0 -p 0 -n 0 -r 1 --dir "$models" \
        >/dev/null 2>&1)
    fi
    [[ -x "$quantize" ]] || build llama-quantize
    "$quantize" --allow-requantize "$models/$source.gguf" "$models/$f.gguf" "${f##*-mix-}" 2 >/dev/null 2>&1
  elif [[ ! -f "$models/$f.gguf" ]]; then
    (cd "$root" && ./mvnw -B -q -o -pl inference-engine compile >/dev/null)
    (cd "$root/inference-engine" && "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -cp target/classes \
      org.jrag.engine.bench.EngineBench --shape "${f%-random-*}" --type "${f##*-random-}" -p 0 -n 0 -r 1 \
      --dir "$models" >/dev/null 2>&1)
  fi
done

mkdir -p "$(dirname "$out")"
for f in "${files[@]}"; do
  for test in "-p 512 -n 0" "-p 0 -n 128"; do
    # shellcheck disable=SC2086
    "$bench" -m "$models/$f.gguf" -t 2 -r "$reps" $test -o csv 2>/dev/null | tee -a "$out" | tail -n +2 \
      | awk -F'","' -v f="$f" '{ n = split($0, c, "\",\""); printf "llama.cpp %s %s\n", f, c[n-1] " t/s" }'
  done
  if [[ $engine == true && $f == *-mix-* ]]; then
    (cd "$root/inference-engine" && "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector "${jit[@]}" "${avx[@]}" \
      -cp target/classes org.jrag.engine.bench.EngineBench --shape "${f%-mix-*}" --model "$models/$f.gguf" \
      --threads 2 -p 512 -n 128 -r "$reps" 2>/dev/null | grep '^| [a-z]' | tail -n 2)
  elif [[ $engine == true ]]; then
    shape=${f%-random-*}
    type=${f##*-random-}
    (cd "$root/inference-engine" && "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector "${jit[@]}" "${avx[@]}" \
      -cp target/classes org.jrag.engine.bench.EngineBench --shape "$shape" --type "$type" --threads 2 -p 512 -n 128 \
      -r "$reps" --dir "$models" --llamacpp "$out" 2>/dev/null | grep '^| [a-z]' | tail -n 2)
  fi
done
echo "llamacpp-bench: rows appended to $out; run EngineBench with --llamacpp $out"
