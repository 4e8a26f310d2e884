#!/usr/bin/env bash
# A long mixed load on the real server: pantau-soak starts pantau-server on a
# demo store on loopback, pushes and pulls from a few hundred kept-alive
# connections for the given time, and prints the answers by status, latency
# and the server's memory curve; it exits non-zero on any answer other than
# 200, 201 and 429 (the rate limit, by design), a request left unanswered, or
# memory that keeps growing.
#
#   scripts/soak.sh [SECONDS=600] [CONNECTIONS=300] [DEVICES=24]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
pantau_install_missing
pantau_build
exec "$PANTAU_BUILD/tests/bench/pantau-soak" --seconds "${1:-600}" --connections "${2:-300}" \
  --devices "${3:-24}"
