#!/usr/bin/env bash
# Throwaway PostgreSQL for the test suite (a CTest fixture).
#   pg-test-server.sh start STATE_DIR   initdb into a temp dir, start, write STATE_DIR/pg-conninfo.txt
#   pg-test-server.sh stop  STATE_DIR   stop the server and remove its directory
# When TESSERA_TEST_PG holds a superuser conninfo, that server is used instead: start only
# records it and stop does nothing.
# PostgreSQL refuses to run as root: as root the server runs as the 'postgres' OS user.
set -euo pipefail

action=${1:?start|stop}
state_dir=${2:?state directory}
mkdir -p "$state_dir"
conninfo_file="$state_dir/pg-conninfo.txt"
datadir_file="$state_dir/pg-datadir.txt"

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pg_bin" ] || { echo "PostgreSQL server binaries not found (install postgresql-15)" >&2; exit 1; }

as_server_user() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 - <<'PY' 2>/dev/null || echo $(( 20000 + RANDOM % 20000 ))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

stop_server() {
    [ -f "$datadir_file" ] || return 0
    local dir; dir=$(cat "$datadir_file")
    if [ -d "$dir/data" ]; then
        as_server_user "$pg_bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    rm -f "$datadir_file"
}

case "$action" in
start)
    if [ -n "${TESSERA_TEST_PG:-}" ]; then
        printf '%s\n' "$TESSERA_TEST_PG" > "$conninfo_file"
        echo "using the server in TESSERA_TEST_PG"
        exit 0
    fi
    stop_server   # a leftover from an interrupted run
    # Short path under /tmp: the socket path must stay under 107 bytes, and the postgres user
    # must be able to reach it (a build dir under /root is not traversable for it).
    dir=$(mktemp -d /tmp/tessera-pg.XXXXXX)
    chmod 755 "$dir"
    echo "$dir" > "$datadir_file"
    password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
    printf '%s\n' "$password" > "$dir/pwfile"
    if [ "$(id -u)" = 0 ]; then chown -R postgres: "$dir"; fi
    as_server_user "$pg_bin/initdb" -D "$dir/data" -U tessera_admin --pwfile="$dir/pwfile" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"
    port=$(free_port)
    as_server_user "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    printf 'host=%s port=%s user=tessera_admin password=%s dbname=postgres\n' "$dir" "$port" "$password" > "$conninfo_file"
    chmod 600 "$conninfo_file"
    echo "throwaway PostgreSQL on port $port, socket in $dir"
    ;;
stop)
    [ -n "${TESSERA_TEST_PG:-}" ] && exit 0
    stop_server
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
