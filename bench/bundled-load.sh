#!/usr/bin/env bash
# Loading the bundled edition at start (docs/performance.md): the migration's read and write times
# from its log line, on an empty embedded H2 and an empty PostgreSQL database, the start-up to the
# first 200 with and without the bundled edition, and a restart against a loaded PostgreSQL
# database (which must load nothing).
#
#   bench/bundled-load.sh [target/handbook.jar] [runs]
#
# Each series starts the jar $runs times (default 3) on 127.0.0.1:${BENCH_PORT:-8392} and prints every
# figure and the median. Environment: JAVA_OPTS (given to every start; none by default, as a plain
# `java -jar`), PAGE (the path polled, the seed's Summary tab, there with or without the bundled
# edition), BENCH_DB (handbook_load, dropped and created again for every start on an empty database),
# PGHOST/PGPORT/PGUSER/PGPASSWORD, START_TIMEOUT (s, 300).
set -euo pipefail

JAR=${1:-target/handbook.jar}
RUNS=${2:-3}
PORT=${BENCH_PORT:-8392}
JAVA_OPTS=${JAVA_OPTS:-}
PAGE=${PAGE:-/healthcare/health-information-technologists-and-medical-registrars/}
BENCH_DB=${BENCH_DB:-handbook_load}
START_TIMEOUT=${START_TIMEOUT:-300}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-handbook}
export PGPASSWORD=${PGPASSWORD:-handbook} PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-5}
PG_ARGS="--spring.profiles.active=postgres"
export HANDBOOK_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" HANDBOOK_DB_USER=$PGUSER HANDBOOK_DB_PASSWORD=$PGPASSWORD
OFF="--handbook.bundled-edition.enabled=false"
WORK=$(mktemp -d /tmp/handbook-load.XXXXXX)
APP=""
RESULT=""

[ -f "$JAR" ] || { echo "no $JAR: build it first (./mvnw -B -q -DskipTests package)" >&2; exit 1; }
if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/"; then
    echo "port $PORT already answers; set BENCH_PORT" >&2; exit 1
fi

stop() {
    if [ -n "$APP" ] && kill -0 "$APP" 2>/dev/null; then
        kill "$APP" 2>/dev/null || true
        local deadline=$(( $(date +%s) + 30 ))
        while [ "$(date +%s)" -lt "$deadline" ] && kill -0 "$APP" 2>/dev/null; do sleep 0.1; done
        kill -9 "$APP" 2>/dev/null || true
        wait "$APP" 2>/dev/null || true
    fi
    APP=""
}
cleanup() { stop; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

fresh_db() {
    timeout 120 psql -X -q -v ON_ERROR_STOP=1 -d postgres \
        -c "drop database if exists $BENCH_DB with (force)" -c "create database $BENCH_DB"
}

# Starts the jar with the given application arguments, waits for the first 200 of $PAGE and stops it;
# sets RESULT to "ms_to_first_200 read_ms written_ms" (read and written "-" when the log has no load
# line). Not run in a subshell, so that the exit trap knows the app's pid and stops it.
measure() {
    local log=$WORK/run.log start now deadline line read_ms written_ms
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    java $JAVA_OPTS -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
        --spring.main.banner-mode=off "$@" >"$log" 2>&1 &
    APP=$!
    deadline=$(( $(date +%s) + START_TIMEOUT ))
    while :; do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT$PAGE" || true)" = 200 ]; then
            now=$(date +%s%N)
            break
        fi
        if ! kill -0 "$APP" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
            echo "no 200 from the app; its log ends:" >&2; tail -30 "$log" >&2; exit 1
        fi
        sleep 0.05
    done
    stop
    line=$(grep -o 'Bundled edition .*' "$log" | tail -1 || true)
    [ -z "$line" ] || echo "    $line" >&2
    read_ms=$(sed -n 's/.*read in \([0-9]*\) ms.*/\1/p' <<<"$line")
    written_ms=$(sed -n 's/.*written in \([0-9]*\) ms.*/\1/p' <<<"$line")
    RESULT="$(( (now - start) / 1000000 )) ${read_ms:--} ${written_ms:--}"
}

median() { grep -v '^-$' | sort -n | awk '{v[NR] = $1} END {if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# series LABEL FRESH_DB ARGS...: $RUNS starts; FRESH_DB=1 recreates $BENCH_DB before each.
series() {
    local label=$1 fresh=$2; shift 2
    local results=()
    for _ in $(seq 1 "$RUNS"); do
        [ "$fresh" = 1 ] && fresh_db
        measure "$@"
        results+=("$RESULT")
    done
    printf '%-52s first 200 ms: %-26s median %6s | read ms: %-16s median %5s | written ms: %-18s median %5s\n' "$label" \
        "$(printf '%s\n' "${results[@]}" | awk '{printf "%s ", $1}')" "$(printf '%s\n' "${results[@]}" | awk '{print $1}' | median)" \
        "$(printf '%s\n' "${results[@]}" | awk '{printf "%s ", $2}')" "$(printf '%s\n' "${results[@]}" | awk '{print $2}' | median)" \
        "$(printf '%s\n' "${results[@]}" | awk '{printf "%s ", $3}')" "$(printf '%s\n' "${results[@]}" | awk '{print $3}' | median)"
}

echo "$(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown); jar $JAR; runs $RUNS; page $PAGE"
echo "java: $(java -version 2>&1 | head -1); JAVA_OPTS: ${JAVA_OPTS:-none}; cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
series "H2 (empty, in memory), bundled edition" 0
series "H2, without the bundled edition" 0 "$OFF"
series "PostgreSQL, empty database, bundled edition" 1 "$PG_ARGS"
series "PostgreSQL, empty database, without it" 1 "$PG_ARGS" "$OFF"
# The database the last run left holds only the seed: load the edition once, then restart on it.
fresh_db
measure "$PG_ARGS"
series "PostgreSQL, restart on the loaded database" 0 "$PG_ARGS"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
timeout 120 psql -X -q -d postgres -c "drop database if exists $BENCH_DB with (force)"
