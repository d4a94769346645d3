#!/usr/bin/env bash
# Tessera against psql on the same machine, in the same run; writes the results into
# BENCHMARKS.md (between its bench:results markers) and prints them.
#
#   tests/bench/run.sh                 build dir: $TESSERA_BUILD_DIR, else ./build-bench, ../build-bench, ./build
#   RUNS=5 tests/bench/run.sh          repetitions per measurement (median is reported; default 3)
#   TESSERA_APP=/path/to/tessera       the program the startup scenario starts (default: the build's)
#   TESSERA_CLI=/path/to/tessera-cli   the program the wide CSV scenario runs (default: the build's)
#
# Needs: a RelWithDebInfo build with tessera-bench (cmake --build <dir> --target tessera-bench tessera tessera-cli),
# postgresql-15 server binaries, psql, python3, /usr/bin/time (Debian package "time").
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-3}
build=${TESSERA_BUILD_DIR:-}
if [ -z "$build" ]; then
    for candidate in "$repo/build-bench" "$repo/../build-bench" "$repo/build"; do
        if [ -x "$candidate/tests/bench/tessera-bench" ]; then build=$(cd "$candidate" && pwd); break; fi
    done
fi
bench=${build:+$build/tests/bench/tessera-bench}
[ -n "$bench" ] && [ -x "$bench" ] || { echo "tessera-bench not built: cmake --build <dir> --target tessera-bench; set TESSERA_BUILD_DIR" >&2; exit 1; }
cli=${TESSERA_CLI:-$build/app/cli/tessera-cli}
[ -x "$cli" ] || { echo "tessera-cli not built: cmake --build <dir> --target tessera-cli" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing: apt-get install time" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql missing" >&2; exit 1; }

state=$(mktemp -d /tmp/tessera-bench.XXXXXX)
cleanup() {
    "$repo/tests/support/pg-test-server.sh" stop "$state" >/dev/null 2>&1 || true
    rm -rf "$state"
}
trap cleanup EXIT
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$state/runtime}
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

echo "== starting a throwaway PostgreSQL" >&2
"$repo/tests/support/pg-test-server.sh" start "$state" >&2
conninfo=$(cat "$state/pg-conninfo.txt")
export PGCONNECT_TIMEOUT=10
results="$state/results.jsonl"
: > "$results"

now_ns() { date +%s%N; }
record() {   # record NAME JSON
    printf '{"name":"%s","data":%s}\n' "$1" "$2" >> "$results"
}
sql() { psql "$conninfo" -X -q -v ON_ERROR_STOP=1 "$@" >/dev/null; }

echo "== loading the 1M-row table big" >&2
sql -c "drop table if exists big" \
    -c "create table big as select g id, md5(g::text) txt, (g*1.5)::numeric num, now() - g * interval '1 second' ts from generate_series(1,1000000) g" \
    -c "vacuum analyze big"
sql -c "select count(*) from big"   # warm the cache for whoever comes first

echo "== creating the 1,600-column view wide (1,001 rows)" >&2
# As wide as a PostgreSQL result gets: text, integer, numeric and short text columns in turn.
wide_columns=$(awk 'BEGIN { for (i = 1; i <= 1600; i++) {
    m = i % 4
    if (m == 0) c = sprintf("md5((g*%d)::text) as c%d", i, i)
    else if (m == 1) c = sprintf("g*%d as c%d", i, i)
    else if (m == 2) c = sprintf("(g*%d*0.5)::numeric as c%d", i, i)
    else c = sprintf("'\''x'\'' || %d as c%d", i, i)
    printf "%s%s", (i > 1 ? ", " : ""), c } }')
sql -c "create or replace view wide as select $wide_columns from generate_series(1,1001) g"
wide_sql='select * from wide'

big_sql='select * from big'
stream_sql='select g, md5(g::text) from (select generate_series(1,10000000) as g) s'
script_file="$state/inserts.sql"
awk 'BEGIN { for (i = 1; i <= 10000; i++) printf "insert into bench_ins values (%d, '\''text %d'\'');\n", i, i }' > "$script_file"

# psql's own start and connection, subtracted from its wall times below (Tessera's figures
# start at execute(), on an open session).
psql_baseline() {
    local s e
    s=$(now_ns); psql "$conninfo" -X -q -c 'select 1' >/dev/null; e=$(now_ns)
    record psql_baseline "{\"wall_ms\":$(( (e - s) / 1000000 ))}"
}

psql_fetch() {
    local s e rss
    s=$(now_ns)
    /usr/bin/time -f '%M' -o "$state/rss" psql "$conninfo" -X -q -c "$big_sql" >/dev/null
    e=$(now_ns)
    rss=$(tail -n 1 "$state/rss")
    record psql_fetch "{\"wall_ms\":$(( (e - s) / 1000000 )),\"peak_rss_kb\":$rss}"
}

psql_first_byte() {
    # psql prints nothing before it has every row: its first row on screen is its first byte.
    local s
    s=$(now_ns)
    # Once head has its byte psql dies of SIGPIPE instead of printing 10M rows.
    psql "$conninfo" -X -q -c "$stream_sql" 2>/dev/null | { head -c 1 >/dev/null; now_ns > "$state/t1"; } || true
    record psql_stream "{\"first_row_ms\":$(( ($(cat "$state/t1") - s) / 1000000 ))}"
}

psql_cancel() {
    # Ctrl-C in psql: it sends a cancel request and exits when the server has answered.
    local pid s e
    psql "$conninfo" -X -q -c 'select pg_sleep(60)' >/dev/null 2>&1 &
    pid=$!
    sleep 1
    s=$(now_ns); kill -INT "$pid"; wait "$pid" || true; e=$(now_ns)
    record psql_cancel "{\"cancel_ms\":$(( (e - s) / 1000000 ))}"
}

reset_inserts() { sql -c "drop table if exists bench_ins" -c "create table bench_ins (id int, txt text)"; }

psql_script() {
    local s e
    reset_inserts
    s=$(now_ns); psql "$conninfo" -X -q -v ON_ERROR_STOP=1 -f "$script_file" >/dev/null; e=$(now_ns)
    record psql_script "{\"wall_ms\":$(( (e - s) / 1000000 ))}"
}

# The wide result to CSV on /dev/null, the whole program each: its start, connection, the
# query and the writing (both programs pay for their own start; none is taken off).
psql_wide() {
    local s e rss
    s=$(now_ns)
    /usr/bin/time -f '%M' -o "$state/rss" psql "$conninfo" -X -q --csv -c "$wide_sql" >/dev/null
    e=$(now_ns)
    rss=$(tail -n 1 "$state/rss")
    record psql_wide "{\"wall_ms\":$(( (e - s) / 1000000 )),\"peak_rss_kb\":$rss}"
}

cli_wide() {
    local s e rss
    s=$(now_ns)
    /usr/bin/time -f '%M' -o "$state/rss" "$cli" --conninfo "$conninfo" --format csv -q -c "$wide_sql" \
        >/dev/null 2>>"$state/bench.stderr"
    e=$(now_ns)
    rss=$(tail -n 1 "$state/rss")
    record cli_wide "{\"wall_ms\":$(( (e - s) / 1000000 )),\"peak_rss_kb\":$rss}"
}

# Once: the two programs must write the same CSV, or the times compare different work.
wide_same_output() {
    psql "$conninfo" -X -q --csv -c "$wide_sql" > "$state/wide-psql.csv"
    "$cli" --conninfo "$conninfo" --format csv -q -c "$wide_sql" > "$state/wide-cli.csv" 2>>"$state/bench.stderr"
    local same=false
    cmp -s "$state/wide-psql.csv" "$state/wide-cli.csv" && same=true
    record wide_output "{\"same\":$same,\"bytes\":$(stat -c %s "$state/wide-cli.csv")}"
    rm -f "$state/wide-psql.csv" "$state/wide-cli.csv"
}

tessera() {   # tessera NAME ARGS...
    local name=$1 out failed='{"error":"tessera-bench failed"}'
    shift
    out=$("$bench" "$@" 2>>"$state/bench.stderr") || true
    record "$name" "${out:-$failed}"
}

wide_same_output
for run in $(seq 1 "$runs"); do
    echo "== run $run of $runs" >&2
    psql_baseline
    # Alternate who goes first so neither always gets the warmer cache.
    if [ $((run % 2)) -eq 1 ]; then
        tessera fetch fetch --conninfo "$conninfo" --sql "$big_sql"; psql_fetch
    else
        psql_fetch; tessera fetch fetch --conninfo "$conninfo" --sql "$big_sql"
    fi
    tessera stream fetch --conninfo "$conninfo" --sql "$stream_sql"
    # Diagnosis rows: the server without JIT (its compile time is in every client's first row),
    # and a prototype of the proposed ResultView change (see BENCHMARKS.md).
    tessera stream_nojit fetch --conninfo "$conninfo options='-c jit=off'" --sql "$stream_sql"
    tessera fetch_proto fetch --conninfo "$conninfo" --sql "$big_sql" --prototype-measure-visible
    tessera stream_proto fetch --conninfo "$conninfo" --sql "$stream_sql" --prototype-measure-visible
    psql_first_byte
    tessera cancel cancel --conninfo "$conninfo"
    psql_cancel
    # The script is round-trip bound and its time swings with where the scheduler puts the
    # client and the server process: three pairs a run, who goes first alternating.
    for pair in 1 2 3; do
        if [ $(((run + pair) % 2)) -eq 1 ]; then
            reset_inserts; tessera script script --conninfo "$conninfo" --file "$script_file"
            psql_script
        else
            psql_script
            reset_inserts; tessera script script --conninfo "$conninfo" --file "$script_file"
        fi
    done
    if [ $((run % 2)) -eq 1 ]; then cli_wide; psql_wide; else psql_wide; cli_wide; fi
    tessera startup startup ${TESSERA_APP:+--tessera "$TESSERA_APP"}
done

date_text=$(date -u '+%Y-%m-%d %H:%M UTC')
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$repo" status --porcelain 2>/dev/null | head -c1)
# The raw figures of every run stay next to the build, for a closer look.
cp "$results" "$build/bench-results.jsonl"
echo "raw results: $build/bench-results.jsonl" >&2
python3 "$repo/tests/bench/summarize.py" "$results" "$repo/BENCHMARKS.md" \
    --date "$date_text" --cpu "$cpu" --nproc "$(nproc)" --runs "$runs" \
    --commit "$commit${dirty:+ (uncommitted changes)}" --load "$(cut -d' ' -f1-3 /proc/loadavg)"
