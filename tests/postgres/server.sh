#!/usr/bin/env bash
# A throwaway PostgreSQL server for the storage tests: Debian's postgresql binaries, a cluster in a temporary folder,
# loopback only, on a port of its own, trust authentication for the test role. Never a shared or system cluster.
#   tests/postgres/server.sh start   prints the connection string for TEAMBOT_TEST_POSTGRES
#   tests/postgres/server.sh stop    stops the server and removes its folder
set -euo pipefail
state=${TEAMBOT_PG_DIR:-/tmp/teambot-test-postgres}
port=${TEAMBOT_PG_PORT:-55439}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "server.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

# initdb and postgres refuse to run as root: as root they run as Debian's postgres user.
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    "$0" stop >/dev/null 2>&1 || true
    mkdir -p "$state"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$state"
    as_owner "$bin/initdb" -D "$state/data" -U teambot -A trust -E UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 \
      || { cat "$state/initdb.log" >&2; exit 1; }
    # Tests create a database each: durability is not what they test, so fsync is off.
    as_owner "$bin/pg_ctl" -D "$state/data" -l "$state/server.log" -w -t 60 \
      -o "-p $port -k $state -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null || { cat "$state/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=teambot;Database=postgres"
    ;;
  stop)
    [ -d "$state/data" ] && as_owner "$bin/pg_ctl" -D "$state/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$state"
    ;;
  *)
    echo "usage: $0 start|stop" >&2; exit 2
    ;;
esac
