#!/usr/bin/env bash
# Renders every screen of the field app offscreen at 360x640, in Bahasa
# Indonesia and English, into build/screenshots/{id,en}/*.png (not committed).
# It seeds a demo server on a free loopback port, enrols a phone to it,
# records a morning's roll call and a few survey answers, syncs, and renders.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
pantau_install_missing
pantau_build

server="$PANTAU_BUILD/syncserver/pantau-server"
driver="$PANTAU_BUILD/tests/e2e/pantau-mobile-driver"
tool="$PANTAU_BUILD/tests/mobile/pantau-mobile-screenshots"
out="${1:-$PANTAU_BUILD/screenshots}"
work="$(mktemp -d)"
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT

"$server" demo-data --store "sqlite:$work/central.db" > "$work/demo.txt"
code="$(grep -m1 -E '^  supervisor  UPT Puskesmas' "$work/demo.txt" |
        grep -oE '[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}')"
"$server" serve --store "sqlite:$work/central.db" --listen 127.0.0.1:0 > "$work/serve.out" 2> "$work/serve.log" &
server_pid=$!
for _ in $(seq 100); do
  grep -q '^listening on' "$work/serve.out" 2>/dev/null && break
  sleep 0.1
done
address="$(sed -n 's/^listening on //p' "$work/serve.out")"

export QT_QPA_PLATFORM=offscreen
phone="$work/phone"
"$driver" enrol --data "$phone" --server "http://$address" --code "$code" > /dev/null
"$driver" mark --data "$phone" --present 18 --late-minutes 25 > /dev/null
for scores in 4,4,3,4,3,4,4,3,4 3,3,3,4,2,3,4,3,3 4,4,4,4,4,3,4,4,4; do
  "$driver" survey --data "$phone" --scores "$scores" > /dev/null
done
"$driver" sync --data "$phone" > /dev/null

rm -rf "$out"
"$tool" --data "$phone" --out "$out"
echo "Screenshots in $out"
