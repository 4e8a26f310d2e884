#!/usr/bin/env bash
# Mutation check of the rules: applies each one-line mutation listed in
# scripts/mutants.txt to a scratch copy of the tree (build-mutants/src),
# rebuilds only the test programs, runs them until one fails, and prints
# which mutants survived. A developer tool, not part of the test command.
#
#   scripts/mutants.sh [--list FILE] [--only PATTERN] [--tests "prog1 prog2"]
#
# --only runs the mutants whose file or text matches PATTERN (grep -E). Each
# mutant runs the programs that test its folder (programs_for below), or the
# --tests given.
# A mutant is "killed" when a test fails, "survived" when every test passes,
# and "stillborn" when it does not compile (counted apart, never as killed).
# The score is killed / (killed + survived). Exit status 1 below 90 %.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIST="$ROOT/scripts/mutants.txt"
ONLY=""
CHOSEN_TESTS=""
# The Qt-free test programs: every rule of shared/ and of the server is tested there.
TESTS="test_core test_org test_attendance test_discipline test_evaluation test_survey test_clock
test_records test_store test_sync pantau-test-service pantau-test-admin pantau-test-http"
while [ $# -gt 0 ]; do
  case "$1" in
    --list) LIST="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --tests) TESTS="$2"; CHOSEN_TESTS=1; shift 2 ;;
    *) echo "usage: $0 [--list FILE] [--only PATTERN] [--tests \"prog ...\"]" >&2; exit 2 ;;
  esac
done

SCRATCH="$ROOT/build-mutants"
SRC="$SCRATCH/src"
BUILD="$SCRATCH/build"
LOG="$SCRATCH/log"
mkdir -p "$SRC" "$LOG"

# The scratch copy holds the tracked files as they are in the work tree.
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard |
  tar --null -T - -cf -) | tar -xpf - -C "$SRC"

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O1 \
    -DPANTAU_BUILD_MOBILE=OFF "${launcher[@]}" >"$LOG/configure.txt"
fi
# shellcheck disable=SC2086
echo "Building the unmutated test programs once (build-mutants/build)..."
cmake --build "$BUILD" -j2 --target $TESTS >"$LOG/build-original.txt" 2>&1 ||
  { echo "the unmutated tree does not build: $LOG/build-original.txt" >&2; exit 2; }

# The test programs that test a file's rules (all of TESTS when --tests was given).
programs_for() {
  [ -n "$CHOSEN_TESTS" ] && { echo "$TESTS"; return; }
  case "$1" in
    shared/sync/engine*) echo "test_sync" ;;
    shared/sync/merge*) echo "test_sync test_store pantau-test-service" ;;
    shared/sync/*) echo "test_sync pantau-test-service" ;;
    shared/store/*) echo "test_store test_sync" ;;
    shared/attendance/* | shared/catalogues/pp94_absence*) echo "test_attendance" ;;
    shared/survey/* | shared/catalogues/skm*) echo "test_survey" ;;
    shared/evaluation/*) echo "test_evaluation" ;;
    shared/org/*) echo "test_org" ;;
    shared/discipline/*) echo "test_discipline pantau-test-service" ;;
    syncserver/http/*) echo "pantau-test-http" ;;
    syncserver/*) echo "pantau-test-service pantau-test-admin" ;;
    *) echo "$TESTS" ;;
  esac
}

# Runs the given test programs; returns 1 at the first that fails.
run_tests() {
  local out="$1" prog
  shift
  for prog in "$@"; do
    local exe
    exe="$(find "$BUILD/tests" -type f -name "$prog" -perm -u+x | head -1)"
    [ -n "$exe" ] || { echo "no test program $prog" >&2; return 2; }
    (cd "$(dirname "$exe")" && PANTAU_SYNC_SEEDS=100 timeout 600 "$exe" --abort >"$out" 2>&1) ||
      return 1
  done
  return 0
}

echo "Checking that the unmutated tree passes..."
# shellcheck disable=SC2086
run_tests "$LOG/tests-original.txt" $TESTS ||
  { echo "the unmutated tests fail: $LOG/tests-original.txt" >&2; exit 2; }

# Replaces FROM with TO in FILE, literally; fails unless FROM occurs exactly once.
mutate() {
  FROM="$2" TO="$3" perl -0 -i -e '
    my $text = do { local $/; <> };
    (my $from = $ENV{FROM}) =~ s/\\n/\n/g;
    (my $to = $ENV{TO}) =~ s/\\n/\n/g;
    my $count = () = $text =~ /\Q$from\E/g;
    if ($count != 1) { print $text; exit 3 }
    $text =~ s/\Q$from\E/$to/;
    print $text;' "$1"
}

killed=0 survived=0 stillborn=0 broken=0 n=0
survivors=()
file="" from="" to="" why=""

try_mutant() {
  [ -n "$file" ] || return 0
  if [ -n "$ONLY" ] && ! printf '%s\n%s\n' "$file" "$from" | grep -qE -- "$ONLY"; then
    return 0
  fi
  n=$((n + 1))
  local target="$SRC/$file" saved="$SCRATCH/saved"
  cp "$target" "$saved"
  local label="#$n $file: ${why:-$from}"
  if ! mutate "$target" "$from" "$to"; then
    cp "$saved" "$target"
    echo "BAD       $label (the text does not occur exactly once)"
    broken=$((broken + 1))
    return 0
  fi
  local programs
  programs="$(programs_for "$file")"
  # shellcheck disable=SC2086
  if ! cmake --build "$BUILD" -j2 --target $programs >"$LOG/build-$n.txt" 2>&1; then
    echo "stillborn $label"
    stillborn=$((stillborn + 1))
  # shellcheck disable=SC2086
  elif run_tests "$LOG/tests-$n.txt" $programs; then
    echo "SURVIVED  $label"
    survivors+=("$label")
    survived=$((survived + 1))
  else
    echo "killed    $label"
    killed=$((killed + 1))
  fi
  cp "$saved" "$target"
  touch "$target"
}

while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    "@ "*) file="${line#@ }" ;;
    "- "*) from="${line#- }" ;;
    "+ "*) to="${line#+ }" ;;
    "? "*) why="${line#? }" ;;
    "")
      try_mutant
      file="" from="" to="" why="" ;;
  esac
done < <(grep -v '^#' "$LIST"; echo)

# Leave the scratch build matching the tree again.
# shellcheck disable=SC2086
cmake --build "$BUILD" -j2 --target $TESTS >"$LOG/build-restored.txt" 2>&1 || true

total=$((killed + survived))
echo
echo "mutants: $n tried, $killed killed, $survived survived, $stillborn stillborn, $broken bad"
for s in "${survivors[@]}"; do echo "  survived: $s"; done
if [ "$total" -eq 0 ]; then
  echo "no mutant ran"
  exit 2
fi
score=$((100 * killed / total))
echo "score: $score % killed (target: at least 90 %)"
[ "$score" -ge 90 ]
