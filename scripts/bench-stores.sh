#!/usr/bin/env bash
# Push and pull throughput of the sync server on SQLite and on PostgreSQL,
# in one run: 1 and 16 devices on each store, and 16 devices split over two
# servers on one PostgreSQL (pantau-bench-server; medians, with plain SQLite
# as the baseline of every line). PostgreSQL is a throwaway cluster in
# build/pg-bench with its default durability (fsync on), removed at the end.
#   scripts/bench-stores.sh [RUNS]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
pantau_install_missing
pantau_build
runs="${1:-3}"
bench="$PANTAU_BUILD/tests/bench/pantau-bench-server"
cluster="$PANTAU_BUILD/pg-bench"
url="$("$PANTAU_ROOT/scripts/pg-cluster.sh" start "$cluster")"
trap '"$PANTAU_ROOT/scripts/pg-cluster.sh" destroy "$cluster"' EXIT
for devices in 1 16; do
  "$bench" --runs "$runs" --devices "$devices" 2>/dev/null
  "$bench" --runs "$runs" --devices "$devices" --postgresql "$url" 2>/dev/null
done
"$bench" --runs "$runs" --devices 16 --postgresql "$url" --servers 2 2>/dev/null
