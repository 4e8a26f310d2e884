#!/usr/bin/env bash
# Installs what is missing, builds, and runs the main job: the sync server on
# its embedded SQLite store, seeded with the demo kabupaten, on
# 127.0.0.1:8787 (PANTAU_LISTEN changes it). Ctrl-C stops it.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
pantau_install_missing
pantau_build

server="$PANTAU_BUILD/syncserver/pantau-server"
store="sqlite:${PANTAU_DEMO_STORE:-$PANTAU_BUILD/demo/pantau.db}"
listen="${PANTAU_LISTEN:-127.0.0.1:8787}"
mkdir -p "$PANTAU_BUILD/demo"

# Seeding twice keeps the data and issues fresh enrolment codes.
"$server" demo-data --store "$store"
echo
echo "Try it (a code above enrols a device):"
echo "  curl -s http://$listen/v1/health"
echo "  curl -s -X POST http://$listen/v1/enroll -H 'Content-Type: application/json' \\"
echo "       -d '{\"code\": \"<CODE>\", \"device_name\": \"HP Supervisor\"}'"
echo
exec "$server" serve --store "$store" --listen "$listen"
