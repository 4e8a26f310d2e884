#!/usr/bin/env bash
# Installs what is missing, builds, and runs the main job: the sync server on
# its embedded SQLite store, seeded with the demo kabupaten and three months
# of its history, on 127.0.0.1:8787 (PANTAU_LISTEN changes it), the web
# dashboard at its address with the printed sign-ins, and the field app
# enrolled to it as the supervisor of UPT Puskesmas Sukamaju, with the
# shipped 2027 holiday table imported. Closing the app stops both.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
pantau_install_missing
pantau_build

server="$PANTAU_BUILD/syncserver/pantau-server"
app="$PANTAU_BUILD/mobile/pantau-mobile"
demo="$PANTAU_BUILD/demo"
# PANTAU_DEMO_STORE_URL serves another store (scripts/demo-pg.sh: PostgreSQL).
store="${PANTAU_DEMO_STORE_URL:-sqlite:${PANTAU_DEMO_STORE:-$demo/pantau.db}}"
listen="${PANTAU_LISTEN:-127.0.0.1:8787}"
mkdir -p "$demo"

# Seeding twice keeps the data and issues fresh enrolment codes.
"$server" demo-data --store "$store" | tee "$demo/demo-data.txt"
code="$(grep -m1 -E '^  supervisor  UPT Puskesmas' "$demo/demo-data.txt" |
        grep -oE '[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}')"

# The shipped 2027 holiday table, so limits across New Year count its
# holidays. A second run finds it (or a newer version) stored: the import
# answers not_newer, which is what this step wants; any other refusal stops.
holidays_2027="$PANTAU_ROOT/shared/catalogues/updates/holidays-2027.1.json"
if imported="$("$server" catalogue import --store "$store" "$holidays_2027" --json 2>"$demo/import.err")"; then
  echo "Imported the 2027 holiday table (holidays 2027.1)."
elif grep -q '"code":"not_newer"' <<< "$imported"; then
  echo "The store already holds the 2027 holiday table or a newer one."
else
  cat "$demo/import.err" >&2
  exit 1
fi

"$server" serve --store "$store" --listen "$listen" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null' EXIT
for _ in $(seq 50); do
  curl -sf "http://$listen/v1/health" > /dev/null 2>&1 && break
  sleep 0.2
done

echo
echo "Server: http://$listen (curl -s http://$listen/v1/health)"
echo "Dashboard: http://$listen/  (public IKM page: http://$listen/publik)"
echo "Dashboard sign-in (fresh passwords on every run; also in $demo/demo-data.txt):"
sed -n '/^Dashboard sign-in/,/^$/p' "$demo/demo-data.txt" | tail -n +2
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "This machine has no display, so the app cannot open a window here."
  echo "Run the same command under a virtual display:   xvfb-run -a scripts/demo.sh"
  echo "or render every screen to PNG files:              scripts/screenshots.sh"
  echo "The server keeps running for other clients; Ctrl-C stops it."
  wait "$server_pid"
  exit
fi
echo "Starting the app, enrolled as the supervisor of UPT Puskesmas Sukamaju."
"$app" --data "$demo/phone" --server "http://$listen" --enrol-code "$code" \
       --device-name "HP Supervisor (demo)"
