#!/usr/bin/env bash
# Fuzzes the targets of tests/fuzz with libFuzzer (clang, ASan + UBSan) in
# build-fuzz/, each for SECONDS_PER_TARGET (default 60), starting from a copy
# of its seed corpus and regressions: the tree's corpus is never written to.
# Prints executions, executions per second and the result of each target;
# a crash, timeout or out-of-memory input is kept in
# build-fuzz/runs/<target>/crashes/ and the script exits 1 with the command
# that reproduces it.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]    targets: request change validators pull gzip csv
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ALL_TARGETS=(request change validators pull gzip csv)
seconds="${1:-60}"
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${ALL_TARGETS[@]}")
for t in "${targets[@]}"; do
  [[ " ${ALL_TARGETS[*]} " == *" $t "* ]] || { echo "no fuzz target '$t' (${ALL_TARGETS[*]})" >&2; exit 2; }
done

# Only what the server and the fuzz targets need, and clang with its runtime.
PANTAU_PACKAGES=(cmake ninja-build pkg-config libsqlite3-dev nlohmann-json3-dev zlib1g-dev libssl-dev
                 libboost-dev libboost-system-dev "${PANTAU_FUZZ_PACKAGES[@]}")
pantau_install_missing

# The longest input each target tries: a few times its largest seed.
declare -A MAX_LEN=([request]=32768 [change]=16384 [validators]=4096 [pull]=16384 [gzip]=8192
                    [csv]=8192)

build="$PANTAU_ROOT/build-fuzz"
if [ ! -f "$build/CMakeCache.txt" ]; then
  launcher=()
  command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$PANTAU_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DPANTAU_FUZZ=ON -DPANTAU_BUILD_TESTS=OFF \
    -DPANTAU_BUILD_MOBILE=OFF "${launcher[@]}" > /dev/null
fi
cmake --build "$build" -j2 --target "${targets[@]/%/_fuzz}"

failed=0
rows=()
repro=()
for t in "${targets[@]}"; do
  run="$build/runs/$t"
  rm -rf "$run"
  mkdir -p "$run/corpus" "$run/crashes"
  cp -r "$PANTAU_ROOT/tests/fuzz/corpus/$t/." "$run/corpus/"
  [ -d "$PANTAU_ROOT/tests/fuzz/regressions/$t" ] &&
    cp -r "$PANTAU_ROOT/tests/fuzz/regressions/$t/." "$run/corpus/"
  echo "fuzzing $t for ${seconds}s (log: $run/log.txt)"
  status=0
  "$build/tests/fuzz/${t}_fuzz" -max_total_time="$seconds" -print_final_stats=1 \
    -rss_limit_mb=2048 -timeout=10 -max_len="${MAX_LEN[$t]}" \
    -artifact_prefix="$run/crashes/" "$run/corpus" > "$run/log.txt" 2>&1 || status=$?
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$run/log.txt" | tail -1)"
  speed="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$run/log.txt" | tail -1)"
  artifact="$(find "$run/crashes" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \
              -o -name 'leak-*' \) | head -1)"
  if [ "$status" -eq 0 ] && [ -z "$artifact" ]; then
    result=ok
  else
    failed=1
    result="$(basename "${artifact:-exit-$status}" | cut -d- -f1)"
    [ -z "$artifact" ] && result="exit $status"
    repro+=("$t: $result, see $run/log.txt")
    [ -n "$artifact" ] && repro+=("  reproduce: $build/tests/fuzz/${t}_fuzz $artifact"
                                  "  then keep it: cp $artifact tests/fuzz/regressions/$t/")
  fi
  rows+=("$(printf '%-12s %12s %10s  %s' "$t" "${execs:-?}" "${speed:-?}" "$result")")
done

echo
printf '%-12s %12s %10s  %s\n' target executions exec/s result
printf '%s\n' "${rows[@]}"
if [ "$failed" -ne 0 ]; then
  echo
  printf '%s\n' "${repro[@]}"
  exit 1
fi
