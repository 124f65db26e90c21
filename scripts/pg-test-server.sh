#!/usr/bin/env bash
# pg-test-server.sh -- a throwaway PostgreSQL 15 server for tests and benchmarks.
#
#   scripts/pg-test-server.sh start   start (or reuse) the server; prints its URL
#   scripts/pg-test-server.sh url     print the URL of the running server
#   scripts/pg-test-server.sh stop    stop it and delete its data directory
#   scripts/pg-test-server.sh status  exit 0 when it is running
#
# The cluster lives in $DATAFLOW_PG_DIR (default /tmp/dataflow-pg), listens on 127.0.0.1 only, on
# $DATAFLOW_PG_PORT (default: the first free port from 55432). The superuser is "postgres" with the
# password "dataflow" -- a throwaway test credential, never used outside this server.
# PostgreSQL refuses to run as root, so when invoked as root the server runs as the "postgres" OS user.
# When the binaries are missing, they are installed with apt-get.
set -euo pipefail

DIR="${DATAFLOW_PG_DIR:-/tmp/dataflow-pg}"
DATA="$DIR/data"
PASSWORD="dataflow"

find_bin() {
  local d
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  done
  return 1
}

ensure_binaries() {
  if ! BIN="$(find_bin)"; then
    echo "pg-test-server: PostgreSQL binaries not found; installing with apt-get" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql postgresql-contrib >&2
    BIN="$(find_bin)" || { echo "pg-test-server: PostgreSQL is still missing after apt-get install" >&2; exit 1; }
  fi
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

url() { echo "postgresql://postgres:$PASSWORD@127.0.0.1:$(cat "$DIR/port")/postgres"; }

running() { [ -f "$DIR/port" ] && [ -n "${BIN:-}" ] && as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

start() {
  ensure_binaries
  if running; then url; return 0; fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  local port="${DATAFLOW_PG_PORT:-55432}"
  while ! port_free "$port"; do port=$((port + 1)); done
  echo "$port" > "$DIR/port"
  printf '%s\n' "$PASSWORD" > "$DIR/pwfile"
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$DIR"; fi
  chmod 700 "$DIR"
  as_pg "$BIN/initdb" -D "$DATA" -U postgres --pwfile="$DIR/pwfile" -A scram-sha-256 --auth-local=trust \
    -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
  cat >> "$DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$DIR'
max_connections = 300
shared_buffers = 256MB
fsync = off
synchronous_commit = off
full_page_writes = off
max_locks_per_transaction = 256
log_min_messages = warning
CONF
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
  url
}

stop() {
  BIN="$(find_bin)" || return 0
  if [ -d "$DATA" ]; then as_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) ensure_binaries; running && url || { echo "pg-test-server: not running" >&2; exit 1; } ;;
  status) ensure_binaries; running ;;
  *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
