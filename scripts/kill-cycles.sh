#!/usr/bin/env bash
# The long fault run: phones sync through the fault proxy (delays, requests
# cut in the middle, answers dropped after the commit, resets) while the
# server is killed with kill -9 and restarted, CYCLES times; then they must
# converge with nothing lost or duplicated. Prints the seed and the figures.
# Usage: scripts/kill-cycles.sh [CYCLES (100)] [SEED (from the clock)]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
CYCLES="${1:-100}"
SEED="${2:-$(($(date +%s) % 1000000))}"
if [ ! -f "$PANTAU_BUILD/CMakeCache.txt" ]; then
  cmake -S "$PANTAU_ROOT" -B "$PANTAU_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$PANTAU_BUILD" -j2 --target pantau-test-blackbox
echo "kill cycles: $CYCLES, seed: $SEED (replay: scripts/kill-cycles.sh $CYCLES $SEED)"
start=$(date +%s)
status=0
PANTAU_FAULT_CYCLES="$CYCLES" PANTAU_FAULT_SEED="$SEED" \
  "$PANTAU_BUILD/tests/syncserver/blackbox/pantau-test-blackbox" \
  "devices syncing through a faulty network while the server is killed converge" || status=$?
echo "took $(($(date +%s) - start)) s, exit status $status"
exit "$status"
