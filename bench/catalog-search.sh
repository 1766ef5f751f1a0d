#!/usr/bin/env bash
# Search latency with 1,000 occupations on PostgreSQL.
# Creates a scratch database (default handbook_catalog_bench), starts the packaged app on it,
# loads bench/catalog-1000-occupations.sql, warms up, then runs wrk and prints its latency
# percentiles and the server's own (Tomcat access log: time from request to response, without
# the client's queueing). Needs: target/handbook.jar (./mvnw -o package -DskipTests), psql, wrk.
# Goal: p99 <= 50 ms with 2 cores shared by the app and wrk.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-handbook_catalog_bench}
PORT=${BENCH_PORT:-8181}
PGHOST=${PGHOST:-127.0.0.1}
export PGPASSWORD=${PGPASSWORD:-handbook}
LOGS=$(mktemp -d /tmp/catalog-bench.XXXXXX)
PSQL=(psql -h "$PGHOST" -U handbook -v ON_ERROR_STOP=1 -q)

"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"

HANDBOOK_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" java -jar target/handbook.jar \
    --spring.profiles.active=postgres --server.port="$PORT" \
    --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$LOGS" \
    --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
    --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false \
    '--server.tomcat.accesslog.pattern=%U %D' >"$LOGS/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/robots.txt" 2>/dev/null && break
    sleep 1
done
# robots.txt does not touch the catalog, so the snapshot is built after the load, on first search.
"${PSQL[@]}" -d "$DB" -f bench/catalog-1000-occupations.sql
echo "occupations: $("${PSQL[@]}" -d "$DB" -Atc 'select count(*) from occupation')"

for _ in $(seq 1 200); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/search?q=medical+records"
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/occupation-finder?sort=pay"
done
echo "results for 'analysts': $(curl -fs "http://127.0.0.1:$PORT/search?q=analysts" | grep -o '[0-9]* occupations match' || true)"

: >"$LOGS/access.log"
cpu() { awk '{ print $14 + $15 }' "/proc/$APP/stat"; }
CPU_BEFORE=$(cpu)
wrk -t2 -c${BENCH_CONNECTIONS:-8} -d${BENCH_SECONDS:-30}s --latency -s bench/catalog-search.lua "http://127.0.0.1:$PORT"
# %D is in microseconds (Tomcat 10+).
sort -n -k2 "$LOGS/access.log" | awk '{ t[NR] = $2 } END {
    printf "server time over %d requests: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
        NR, t[int(NR * 0.5)] / 1000, t[int(NR * 0.9)] / 1000, t[int(NR * 0.99)] / 1000, t[NR] / 1000 }'
# The app's own CPU time per request: what the machine's other load cannot inflate much.
CPU_AFTER=$(cpu)
awk -v ticks="$((CPU_AFTER - CPU_BEFORE))" -v hz="$(getconf CLK_TCK)" -v n="$(wc -l <"$LOGS/access.log")" \
    'BEGIN { printf "app CPU per request: %.2f ms (%d requests)\n", ticks * 1000 / hz / n, n }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
