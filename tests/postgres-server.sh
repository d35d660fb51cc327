#!/usr/bin/env bash
# Starts one throwaway PostgreSQL server for a whole test run and prints its URL, or stops it.
#   url=$(bash tests/postgres-server.sh start DIR)   # DIR: an empty temporary directory
#   bash tests/postgres-server.sh stop DIR
# Store tests use it through CASELINE_TEST_POSTGRES_URL (one fresh database per test); without
# it, each test process starts its own server (tests/support/PostgresTestServer).
set -euo pipefail

action=$1
dir=$2
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

# PostgreSQL refuses to run as root: the server runs as the postgres user then.
as_server() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_server "$bindir/initdb" -D "$dir/data" -U caseline -A trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    for port in $(seq 55432 55462); do
        if as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null 2>&1; then
            echo "postgresql://caseline@127.0.0.1:$port/postgres"
            exit 0
        fi
    done
    echo "PostgreSQL did not start:" >&2
    tail -n 20 "$dir/server.log" >&2 || true
    exit 1
    ;;
stop)
    as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
esac
