#!/usr/bin/env bash
# The main job (scripts/demo.sh) on the PostgreSQL store instead of SQLite:
# a throwaway PostgreSQL cluster in build/pg-demo (scripts/pg-cluster.sh,
# on a Unix socket there, nothing on the network), a database "pantau_demo"
# in it, the demo seeded into it and served on 127.0.0.1:8787, and the app
# enrolled. The cluster stops when the demo ends and keeps its data for the
# next run; `scripts/pg-cluster.sh destroy build/pg-demo` throws it away.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
pantau_install_missing
pantau_build

cluster="$PANTAU_BUILD/pg-demo"
url="$("$PANTAU_ROOT/scripts/pg-cluster.sh" start "$cluster")"
trap '"$PANTAU_ROOT/scripts/pg-cluster.sh" stop "$cluster"' EXIT
socket_dir="$(cat "$cluster/socket-dir")"
if ! psql -XtAq "$url" -c "SELECT 1 FROM pg_database WHERE datname = 'pantau_demo'" | grep -q 1; then
  psql -Xq "$url" -c "CREATE DATABASE pantau_demo"
fi
export PANTAU_DEMO_STORE_URL="postgresql://pantau@/pantau_demo?host=$socket_dir"
echo "Store: $PANTAU_DEMO_STORE_URL"
"$PANTAU_ROOT/scripts/demo.sh"
