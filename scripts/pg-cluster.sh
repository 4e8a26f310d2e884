#!/usr/bin/env bash
# A throwaway PostgreSQL cluster in a folder, for the tests, the benchmark
# and trying the PostgreSQL store: initdb into FOLDER/data as an unprivileged
# user (pantau-pg, created when this runs as root), served only on a Unix
# socket in FOLDER (or, when FOLDER's path is too long for a socket, in a
# folder under /tmp named after it), trusting local connections as the
# superuser "pantau". Nothing listens on the network.
#
#   scripts/pg-cluster.sh start FOLDER [--fast]   starts it (made on first use);
#                                                 prints the URL of its "postgres" database
#   scripts/pg-cluster.sh stop FOLDER             stops it, keeping its data
#   scripts/pg-cluster.sh restart FOLDER          stops it at once (-m immediate) and starts it
#   scripts/pg-cluster.sh destroy FOLDER          stops it and removes FOLDER
#
# --fast turns off fsync and full-page writes: for the test suite's
# scratch databases only, never for figures or data anyone keeps.
# The socket folder is written to FOLDER/socket-dir and the URL to FOLDER/url.
set -euo pipefail

action="${1:?usage: pg-cluster.sh start|stop|restart|destroy FOLDER [--fast]}"
folder="${2:?usage: pg-cluster.sh start|stop|restart|destroy FOLDER [--fast]}"
fast="${3:-}"

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "pg-cluster: no PostgreSQL server here (Debian package postgresql)" >&2
  exit 1
fi

mkdir -p "$folder"
folder="$(cd "$folder" && pwd)"
data="$folder/data"

# A Unix socket's path must fit in 107 bytes (".s.PGSQL.5432" included).
socket_dir="$folder"
if [ "${#folder}" -gt 80 ]; then
  socket_dir="/tmp/pantau-pg-$(printf '%s' "$folder" | md5sum | cut -c1-12)"
fi

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root.
  id -u pantau-pg > /dev/null 2>&1 ||
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin pantau-pg
  as_owner=(runuser -u pantau-pg --)
fi

running() {
  [ -f "$data/postmaster.pid" ] && "${as_owner[@]}" "$bin/pg_ctl" -D "$data" status > /dev/null 2>&1
}

start() {
  mkdir -p "$socket_dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown pantau-pg "$folder" "$socket_dir"
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    "${as_owner[@]}" "$bin/initdb" -D "$data" -U pantau --auth=trust --encoding=UTF8 \
      --locale=C.UTF-8 > "$folder/initdb.log"
  fi
  local settings=(-c listen_addresses= -c "unix_socket_directories=$socket_dir"
                  -c max_connections=300 -c shared_buffers=64MB)
  if [ "$fast" = "--fast" ]; then
    settings+=(-c fsync=off -c full_page_writes=off -c synchronous_commit=off)
  fi
  if ! running; then
    "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -l "$folder/server.log" -w -t 60 \
      -o "${settings[*]}" start > /dev/null
  fi
  printf '%s\n' "$socket_dir" > "$folder/socket-dir"
  printf '%s\n' "$fast" > "$folder/mode"
  local url="postgresql://pantau@/postgres?host=$socket_dir"
  printf '%s\n' "$url" > "$folder/url"
  echo "$url"
}

stop() {
  if running; then
    "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -w -t 60 -m "${1:-fast}" stop > /dev/null
  fi
}

case "$action" in
  start) start ;;
  stop) stop ;;
  restart)
    [ -f "$folder/mode" ] && fast="$(cat "$folder/mode")"
    stop immediate
    start > /dev/null
    ;;
  destroy)
    stop immediate
    rm -rf "$folder"
    if [ "$socket_dir" != "$folder" ]; then rm -rf "$socket_dir"; fi
    ;;
  *) echo "pg-cluster: unknown action $action" >&2; exit 2 ;;
esac
