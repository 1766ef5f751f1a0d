#!/usr/bin/env bash
# Search and finder latency with 1,000 occupations on PostgreSQL.
# Creates a scratch database (default handbook_catalog_bench), starts the packaged app on it,
# loads bench/catalog-1000-occupations.sql, warms up, then runs wrk and prints its latency
# percentiles. Needs: target/handbook.jar (./mvnw -o package -DskipTests), psql, wrk.
# Goal: p99 <= 50 ms with 2 cores shared by the app and wrk.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-handbook_catalog_bench}
PORT=${BENCH_PORT:-8181}
PGHOST=${PGHOST:-127.0.0.1}
export PGPASSWORD=${PGPASSWORD:-handbook}
PSQL=(psql -h "$PGHOST" -U handbook -v ON_ERROR_STOP=1 -q)

"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"

HANDBOOK_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" java -jar target/handbook.jar \
    --spring.profiles.active=postgres --server.port="$PORT" >/tmp/catalog-bench-app.log 2>&1 &
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

wrk -t2 -c${BENCH_CONNECTIONS:-8} -d${BENCH_SECONDS:-30}s --latency -s bench/catalog-search.lua "http://127.0.0.1:$PORT"
