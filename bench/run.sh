#!/usr/bin/env bash
# Handbook benchmark: start-up, throughput and latency of the app against nginx serving the same
# bytes over every profile tab of the bundled Handbook (on H2 and on PostgreSQL), RSS, and
# search and suggestions for everyday queries over it, and search/finder/API with 1,000 generated
# occupations. docs/performance.md tells
# how to read it; `bench/run.sh --help` lists the options.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: bench/run.sh [--no-build] [--no-record] [--cds] [--note TEXT] [--help]

  --no-build    use target/handbook.jar as it is (default: ./mvnw -B -q -DskipTests package)
  --no-record   trial run: results go to bench/results/tmp/, docs/performance.md is left alone
  --cds         start the app from the extracted jar with a CDS archive made by a training run
                (Spring Boot's recipe), for the start-up figure and every load run
  --note TEXT   the "what changed" line of docs/performance.md (or env NOTE)

Environment (defaults): DURATION=10 (s per wrk run), ROUNDS=3, WARMUP=10 (s of wrk before the
rounds, per target and server), THREADS=2, CONNECTIONS=64, STARTUP_RUNS=5, START_TIMEOUT=300
(s a start may take to the first 200), OCCUPATIONS=1000 (0 leaves that phase out),
APP_PORT=8490, NGINX_PORT=8491, BENCH_DB=handbook_bench, PGHOST=127.0.0.1, PGPORT=5432,
PGUSER=handbook, PGPASSWORD=handbook, JAVA_OPTS (options for every java start, JAVA_OPTS= for none; unset, those
docs/operations.md recommends: -Xmx128m -Xmn40m -XX:-TieredCompilation -XX:+UseSerialGC
-Xss512k -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=2000; with --cds as well),
MALLOC_ARENA_MAX=2 (glibc's malloc arenas, as recommended there).
Exit status: 0 when every target is met, 2 when one is not, 1 when the run itself failed.
EOF
}

BUILD=1
RECORD=1
CDS=0
NOTE=${NOTE:-}
while [ $# -gt 0 ]; do
    case $1 in
        --no-build) BUILD=0 ;;
        --no-record) RECORD=0 ;;
        --cds) CDS=1 ;;
        --note) [ $# -ge 2 ] || { echo "--note needs a text" >&2; exit 1; }; NOTE=$2; shift ;;
        --note=*) NOTE=${1#--note=} ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1" >&2; usage >&2; exit 1 ;;
    esac
    shift
done

DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-10}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
STARTUP_RUNS=${STARTUP_RUNS:-5}
START_TIMEOUT=${START_TIMEOUT:-300}
OCCUPATIONS=${OCCUPATIONS:-1000}
APP_PORT=${APP_PORT:-8490}
NGINX_PORT=${NGINX_PORT:-8491}
BENCH_DB=${BENCH_DB:-handbook_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-handbook}
export PGPASSWORD=${PGPASSWORD:-handbook} PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-5}
JAVA_OPTS=${JAVA_OPTS--Xmx128m -Xmn40m -XX:-TieredCompilation -XX:+UseSerialGC -Xss512k -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=2000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# Targets of the benchmark.
MIX_RATIO_MIN=0.6
MIX_P99_MAX_MS=10
SEARCH_P99_MAX_MS=50
STARTUP_MAX_MS=2500
RSS_MAX_MB=300

PROFILE=/healthcare/health-information-technologists-and-medical-registrars
# The same kind of queries with $OCCUPATIONS occupations on PostgreSQL, app only.
LARGE_TARGETS=(
    "search|Search|/search?q=health"
    "finder|Finder|/occupation-finder?education=associate&sort=pay"
    "api-list|API list|/api/v1/occupations?limit=20"
)

cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR=$ROOT/target/handbook.jar

missing=()
for tool in java curl wrk nginx gzip psql python3 awk timeout; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "missing: ${missing[*]}" >&2
    echo "install on Debian: apt-get install -y wrk nginx postgresql-client python3 curl gzip (and a JDK 17+)" >&2
    exit 1
fi
for port in "$APP_PORT" "$NGINX_PORT"; do
    if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
        echo "port $port already answers; stop what runs there or set APP_PORT/NGINX_PORT" >&2
        exit 1
    fi
done

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WORK=$(mktemp -d /tmp/handbook-bench.XXXXXX)
chmod 755 "$WORK"
APP_PID=""
NGINX_PID=""
APP_LOG=$WORK/app.log
RUNS=$WORK/runs.tsv
: >"$RUNS"

stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        local deadline=$(( $(date +%s) + 30 ))
        while [ "$(date +%s)" -lt "$deadline" ] && kill -0 "$APP_PID" 2>/dev/null; do sleep 0.1; done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}

stop_nginx() {
    if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID" 2>/dev/null || true
        local deadline=$(( $(date +%s) + 10 ))
        while [ "$(date +%s)" -lt "$deadline" ] && kill -0 "$NGINX_PID" 2>/dev/null; do sleep 0.1; done
        kill -9 "$NGINX_PID" 2>/dev/null || true
        wait "$NGINX_PID" 2>/dev/null || true
    fi
    NGINX_PID=""
}

cleanup() {
    stop_app
    stop_nginx
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

median() { sort -g | awk '{v[NR] = $1} END {if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# --- build ---------------------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
    log "building the jar"
    timeout 1800 ./mvnw -B -q -DskipTests package
fi
[ -f "$JAR" ] || { echo "no $JAR: build it (./mvnw -B -q -DskipTests package) or drop --no-build" >&2; exit 1; }

APP_DIR=$WORK/app
APP_JAR=$JAR
CDS_OPTS=""
if [ "$CDS" = 1 ]; then
    log "extracting the jar and making the CDS archive (training run)"
    java -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" >/dev/null
    # shellcheck disable=SC2086
    (cd "$APP_DIR" && timeout 300 java $JAVA_OPTS -XX:ArchiveClassesAtExit=application.jsa \
        -Dspring.context.exit=onRefresh -jar handbook.jar --server.port=0 >"$WORK/training.log" 2>&1) || true
    [ -f "$APP_DIR/application.jsa" ] || { echo "the training run made no CDS archive:" >&2; tail -20 "$WORK/training.log" >&2; exit 1; }
    APP_JAR=handbook.jar
    CDS_OPTS=-XX:SharedArchiveFile=application.jsa
else
    mkdir -p "$APP_DIR"
fi

# Starts the app in the background (extra arguments are Spring Boot arguments); APP_PID is java's pid.
start_app() {
    # shellcheck disable=SC2086
    (cd "$APP_DIR" && exec java $JAVA_OPTS $CDS_OPTS -jar "$APP_JAR" --server.address=127.0.0.1 \
        --server.port="$APP_PORT" --spring.main.banner-mode=off "$@" >>"$APP_LOG" 2>&1) &
    APP_PID=$!
}

# Waits for a 200 of the Summary tab (polling every 50 ms, at most START_TIMEOUT s); fails if the app dies.
wait_for_app() {
    local deadline=$(( $(date +%s) + START_TIMEOUT ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$APP_PORT$PROFILE/" || true)" = 200 ]; then
            return 0
        fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            echo "the app exited before answering; its log ends:" >&2; tail -30 "$APP_LOG" >&2; exit 1
        fi
        sleep 0.05
    done
    echo "no 200 from the app within $START_TIMEOUT s; its log ends:" >&2; tail -30 "$APP_LOG" >&2; exit 1
}

rss_mb() { ps -o rss= -p "$APP_PID" | awk '{printf "%d", $1 / 1024}'; }

# Runs wrk against a URL (with the wrk script $4 when given, e.g. the mix's), saving its output; prints
# "req/s p50_ms p99_ms errors requests".
run_wrk() {
    local url=$1 seconds=$2 out=$3 script=()
    [ -n "${4:-}" ] && script=(-s "$4")
    timeout $((seconds + 60)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency \
        -H 'Accept-Encoding: gzip' "${script[@]}" "$url" >"$out" 2>&1 || echo "wrk failed: exit $?" >>"$out"
    awk '
        function ms(v) {
            if (v ~ /us$/) return v / 1000
            if (v ~ /ms$/) return v + 0
            if (v ~ /m$/) return v * 60000
            if (v ~ /s$/) return v * 1000
            return v + 0
        }
        BEGIN { rps = 0; p50 = "-"; p99 = "-"; errors = 0; requests = 0 }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        / requests in / { requests = $1 }
        /^Requests\/sec:/ { rps = $2 }
        /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
        /Non-2xx or 3xx responses:/ { errors += $5 }
        /^wrk failed/ { errors += 1 }
        END { if (requests == 0) errors += 1; printf "%s %s %s %d %d\n", rps, p50, p99, errors, requests }
    ' "$out"
}

# --- machine -------------------------------------------------------------------------------------
CPU=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
MEM=$(awk '/^MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)
JAVA_VERSION=$(java -version 2>&1 | head -1)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
BRANCH=$(git rev-parse --abbrev-ref HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain -- . ':!bench/results' ':!docs/performance.md' 2>/dev/null)" ]; then
    COMMIT="$COMMIT (with uncommitted changes)"
fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
MODE="java -jar"
[ "$CDS" = 1 ] && MODE="java -jar with CDS archive"
log "machine: $(nproc) cores, $MEM, $CPU; $JAVA_VERSION; load $LOAD_BEFORE"

# --- 1. start-up ---------------------------------------------------------------------------------
log "start-up: $STARTUP_RUNS runs ($MODE, embedded H2) to the first 200 of $PROFILE/"
STARTUP_TIMES=()
STARTUP_RSS=()
for _ in $(seq 1 "$STARTUP_RUNS"); do
    t0=$(date +%s%N)
    start_app
    wait_for_app
    t1=$(date +%s%N)
    STARTUP_TIMES+=($(( (t1 - t0) / 1000000 )))
    STARTUP_RSS+=("$(rss_mb)")
    stop_app
done
STARTUP_MS=$(printf '%s\n' "${STARTUP_TIMES[@]}" | median)
STARTUP_RSS_MB=$(printf '%s\n' "${STARTUP_RSS[@]}" | median)
log "start-up ms: ${STARTUP_TIMES[*]} (median $STARTUP_MS); RSS at first 200: ${STARTUP_RSS[*]} MB"

# --- 2. the whole Handbook against nginx serving the same bytes ----------------------------------
# Every profile tab of the sitemap (342 profiles x 9 tabs with the bundled edition), once from the
# app gzipped, laid out as files for nginx (gzip_static); wrk cycles through all of them, so the
# render cache and the snapshots must hold the whole Handbook, not one hot page.
MIX_LIST=$WORK/mix-paths.txt
MIX_LUA=$WORK/mix.lua
NGINX_DIR=$WORK/nginx
declare -A MIX_PAGES MIX_GZ_BYTES MIX_PLAIN_BYTES MIX_RSS MIX_LOAD

# The profile tabs of the sitemap: /{group}/{slug}/ and /{group}/{slug}/{tab}.
mix_paths() {
    curl -s --max-time 60 "http://127.0.0.1:$APP_PORT/sitemap.xml" |
        grep -o '<loc>[^<]*</loc>' | sed -e 's|<loc>[a-z]*://[^/]*||' -e 's|</loc>||' |
        grep -E '^/[^/]+/[^/]+/([^/]+)?$' | grep -v '/print$' | sort -u
}

# Fetches every path of $MIX_LIST from the app, gzipped, into docroot $1 (a path ending in / as
# its index.html); the plain file beside it is what curl --compressed must get back from nginx.
fetch_docroot() {
    local root=$1 config=$WORK/fetch.curl path file
    rm -rf "$root"; mkdir -p "$root"
    : >"$config"
    while read -r path; do
        file=$path; [ "${file%/}" != "$file" ] && file=${file}index.html
        mkdir -p "$root$(dirname "$file")"
        printf 'url = "http://127.0.0.1:%s%s"\noutput = "%s.gz"\n' "$APP_PORT" "$path" "$root$file" >>"$config"
    done <"$MIX_LIST"
    # Four at a time: each page renders once here, so this is the render cache's fill.
    timeout 3600 curl -s --no-progress-meter --fail --max-time 30 -Z --parallel-max 4 -H 'Accept-Encoding: gzip' -K "$config" ||
        { echo "fetching the pages from the app failed (curl exit $?)" >&2; exit 1; }
    find "$root" -name '*.gz' -print0 | xargs -0 gunzip -k -f -q 2>/dev/null || true
    # A body the app sent uncompressed (under 1 KB) is not gzip: keep it as the plain file.
    find "$root" -name '*.gz' | while read -r gz; do
        [ -f "${gz%.gz}" ] || { cp "$gz" "${gz%.gz}"; gzip -n -f -k "${gz%.gz}" 2>/dev/null || true; }
    done
    chmod -R a+rX "$root"
}

start_nginx() {
    local root=$1
    mkdir -p "$NGINX_DIR/tmp"
    cat >"$NGINX_DIR/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    types { }
    default_type "text/html;charset=UTF-8";
    gzip off;
    gzip_static on;
    client_body_temp_path $NGINX_DIR/tmp/body;
    proxy_temp_path $NGINX_DIR/tmp/proxy;
    fastcgi_temp_path $NGINX_DIR/tmp/fastcgi;
    uwsgi_temp_path $NGINX_DIR/tmp/uwsgi;
    scgi_temp_path $NGINX_DIR/tmp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $root;
        index index.html;
    }
}
CONF
    nginx -e "$NGINX_DIR/error.log" -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -t -q
    nginx -e "$NGINX_DIR/error.log" -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" &
    NGINX_PID=$!
    for _ in $(seq 1 100); do
        curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$NGINX_PORT/" && return 0
        kill -0 "$NGINX_PID" 2>/dev/null || { echo "nginx exited:" >&2; cat "$NGINX_DIR/error.log" >&2; exit 1; }
        sleep 0.1
    done
    echo "nginx does not answer" >&2; exit 1
}

# A wrk script cycling through the paths of file $1 (one a line); each connection's thread starts
# at its own place in the list.
cycling_lua() {
    cat <<LUA
local paths = {}
for line in io.lines("$1") do paths[#paths + 1] = line end
local requests, i = {}, 0
function init(args)
    for n, path in ipairs(paths) do requests[n] = wrk.format(nil, path) end
    i = math.random(#requests)
end
function request()
    i = i % #requests + 1
    return requests[i]
end
LUA
}
cycling_lua "$MIX_LIST" >"$MIX_LUA"

# Search as people use it: the search page and the suggestions while typing (its first four
# letters) for each everyday query of the test suite. Search pages are kept by the render cache
# after their first request, as in production; suggestions are computed on every request.
SEARCH_LIST=$WORK/search-paths.txt
SEARCH_LUA=$WORK/search.lua
python3 - "$ROOT/src/test/resources/search/everyday-queries.tsv" >"$SEARCH_LIST" <<'PY'
import sys, urllib.parse
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        query = line.split("\t")[0]
        print("/search?q=" + urllib.parse.quote_plus(query))
        print("/search/suggestions?q=" + urllib.parse.quote_plus(query[:4]))
PY
cycling_lua "$SEARCH_LIST" >"$SEARCH_LUA"
declare -A SEARCH_PATHS

# Runs the mix against one database ($1: h2 or postgres; the rest are the app's arguments).
mix_phase() {
    local db=$1; shift
    log "mix on $db: starting the app"
    start_app "$@"
    wait_for_app
    mix_paths >"$MIX_LIST"
    MIX_PAGES[$db]=$(wc -l <"$MIX_LIST")
    [ "${MIX_PAGES[$db]}" -gt 0 ] || { echo "no profile tab in /sitemap.xml" >&2; exit 1; }
    log "mix on $db: fetching ${MIX_PAGES[$db]} profile tabs from the app"
    local root=$WORK/docroot-$db
    fetch_docroot "$root"
    MIX_GZ_BYTES[$db]=$(find "$root" -name '*.gz' -printf '%s\n' | awk '{t += $1} END {print t + 0}')
    MIX_PLAIN_BYTES[$db]=$(find "$root" -type f ! -name '*.gz' -printf '%s\n' | awk '{t += $1} END {print t + 0}')
    start_nginx "$root"
    # nginx must serve the app's bytes; every 25th page is compared after decompression.
    local n=0 path
    while read -r path; do
        n=$((n + 1)); [ $((n % 25)) = 1 ] || continue
        if ! cmp -s <(curl -s --max-time 10 --compressed "http://127.0.0.1:$NGINX_PORT$path") \
                    <(curl -s --max-time 10 --compressed "http://127.0.0.1:$APP_PORT$path"); then
            echo "nginx does not serve the app's bytes for $path" >&2; exit 1
        fi
    done <"$MIX_LIST"
    log "mix on $db: ${MIX_PAGES[$db]} pages, $(( MIX_GZ_BYTES[$db] / 1024 )) KB gzipped, $(( MIX_PLAIN_BYTES[$db] / 1024 )) KB plain; warm-up ${WARMUP}s each"
    run_wrk "http://127.0.0.1:$APP_PORT" "$WARMUP" "$WORK/warmup-mix-$db-app.txt" "$MIX_LUA" >/dev/null
    run_wrk "http://127.0.0.1:$NGINX_PORT" "$WARMUP" "$WORK/warmup-mix-$db-nginx.txt" "$MIX_LUA" >/dev/null
    local round server port result
    for round in $(seq 1 "$ROUNDS"); do
        for server in app nginx; do
            port=$APP_PORT
            [ "$server" = nginx ] && port=$NGINX_PORT
            result=$(run_wrk "http://127.0.0.1:$port" "$DURATION" "$WORK/mix-$db-$server-$round.txt" "$MIX_LUA")
            printf 'mix\t%s\t%s\t%s\t%s\n' "$db" "$server" "$round" "${result// /$'\t'}" >>"$RUNS"
            log "round $round mix on $db, $server: $result (req/s p50 p99 errors requests)"
        done
    done
    SEARCH_PATHS[$db]=$(wc -l <"$SEARCH_LIST")
    log "search on $db: ${SEARCH_PATHS[$db]} search and suggestion addresses; warm-up ${WARMUP}s"
    run_wrk "http://127.0.0.1:$APP_PORT" "$WARMUP" "$WORK/warmup-search-$db.txt" "$SEARCH_LUA" >/dev/null
    for round in $(seq 1 "$ROUNDS"); do
        result=$(run_wrk "http://127.0.0.1:$APP_PORT" "$DURATION" "$WORK/search-$db-app-$round.txt" "$SEARCH_LUA")
        printf 'search\t%s\t%s\t%s\t%s\n' "$db" app "$round" "${result// /$'\t'}" >>"$RUNS"
        log "round $round search on $db: $result (req/s p50 p99 errors requests)"
    done
    MIX_RSS[$db]=$(rss_mb)
    log "app RSS after the mix on $db: ${MIX_RSS[$db]} MB"
    MIX_LOAD[$db]=$(grep -o 'Bundled edition .*' "$APP_LOG" | tail -1 || true)
    log "${MIX_LOAD[$db]:-no bundled-edition line in the log}"
    stop_app
    stop_nginx
}

mix_phase h2

PSQL=(timeout 600 psql -X -q -v ON_ERROR_STOP=1)
log "recreating database $BENCH_DB on $PGHOST:$PGPORT"
"${PSQL[@]}" -d postgres -c "drop database if exists $BENCH_DB with (force)" -c "create database $BENCH_DB"
export HANDBOOK_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" HANDBOOK_DB_USER=$PGUSER HANDBOOK_DB_PASSWORD=$PGPASSWORD
mix_phase postgres --spring.profiles.active=postgres

# --- 4. 1,000 occupations on PostgreSQL ----------------------------------------------------------
# Skipped with OCCUPATIONS=0.
declare -A LARGE_STATUS
LARGE_PRESENT=()
RSS_LARGE_MB="-"
RSS_LARGE_NOTE=" (skipped: OCCUPATIONS=0)"
DB_COUNT="-"; API_TOTAL="-"; GENERATED_PAGE="-"; GENERATED_STATUS="-"
if [ "$OCCUPATIONS" -gt 0 ]; then
    log "recreating database $BENCH_DB on $PGHOST:$PGPORT"
    "${PSQL[@]}" -d postgres -c "drop database if exists $BENCH_DB with (force)" -c "create database $BENCH_DB"
    export HANDBOOK_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" HANDBOOK_DB_USER=$PGUSER HANDBOOK_DB_PASSWORD=$PGPASSWORD
    log "first start on PostgreSQL: Flyway creates the schema and the seed"
    start_app --spring.profiles.active=postgres
    wait_for_app
    stop_app
    log "generating $OCCUPATIONS occupations"
    python3 bench/generate-occupations.py "$OCCUPATIONS" >"$WORK/occupations.sql"
    "${PSQL[@]}" -d "$BENCH_DB" -f "$WORK/occupations.sql"
    DB_COUNT=$("${PSQL[@]}" -d "$BENCH_DB" -Atc "select count(*) from occupation")
    log "occupations in $BENCH_DB: $DB_COUNT; restarting the app so its indexes see them"
    start_app --spring.profiles.active=postgres
    wait_for_app

    for target in "${LARGE_TARGETS[@]}"; do
        IFS='|' read -r id label path <<<"$target"
        code=$(curl -s -o "$WORK/large-$id.body" -w '%{http_code}' --max-time 20 "http://127.0.0.1:$APP_PORT$path" || echo 000)
        if [ "$code" != 200 ]; then
            LARGE_STATUS[$id]="missing ($code)"
            [ "$code" = 404 ] || LARGE_STATUS[$id]="error (HTTP $code)"
            log "$label $path: ${LARGE_STATUS[$id]}, not measured"
            continue
        fi
        LARGE_STATUS[$id]=ok
        LARGE_PRESENT+=("$target")
    done
    API_TOTAL=$(grep -o '"total" *: *[0-9]*' "$WORK/large-api-list.body" 2>/dev/null | grep -o '[0-9]*$' || echo "-")
    # A generated profile must render, or the generated data is not what the app expects.
    GENERATED_PAGE=$("${PSQL[@]}" -d "$BENCH_DB" -Atc "select '/' || g.slug || '/' || o.slug || '/' from occupation o
        join occupation_group g on g.id = o.group_id where o.source_url like 'https://bench.invalid/%' order by o.id limit 1")
    GENERATED_STATUS=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 "http://127.0.0.1:$APP_PORT$GENERATED_PAGE" || echo 000)
    log "a generated profile, $GENERATED_PAGE: HTTP $GENERATED_STATUS"
    for target in "${LARGE_PRESENT[@]}"; do
        IFS='|' read -r id label path <<<"$target"
        log "warm-up $label (${OCCUPATIONS} occupations): ${WARMUP}s"
        run_wrk "http://127.0.0.1:$APP_PORT$path" "$WARMUP" "$WORK/warmup-large-$id.txt" >/dev/null
    done
    for round in $(seq 1 "$ROUNDS"); do
        for target in "${LARGE_PRESENT[@]}"; do
            IFS='|' read -r id label path <<<"$target"
            result=$(run_wrk "http://127.0.0.1:$APP_PORT$path" "$DURATION" "$WORK/large-$id-$round.txt")
            printf 'large\t%s\t%s\t%s\t%s\n' "$id" app "$round" "${result// /$'\t'}" >>"$RUNS"
            log "round $round $label ($OCCUPATIONS occupations): $result"
        done
    done
    RSS_LARGE_MB=$(rss_mb)
    RSS_LARGE_NOTE=""
    [ ${#LARGE_PRESENT[@]} -gt 0 ] || RSS_LARGE_NOTE=" (no target answered, so no load)"
    log "app RSS after load with $OCCUPATIONS occupations: $RSS_LARGE_MB MB$RSS_LARGE_NOTE"
    stop_app
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- 5. report -----------------------------------------------------------------------------------
# stat PHASE ID SERVER COLUMN: median over rounds (column 5 req/s, 6 p50, 7 p99); 8 errors: the sum.
stat() {
    awk -F'\t' -v p="$1" -v i="$2" -v s="$3" -v c="$4" '$1 == p && $2 == i && $3 == s {print $c}' "$RUNS" |
        if [ "$4" = 8 ]; then awk '{t += $1} END {print t + 0}'; else median; fi
}
fmt() { awk -v v="$1" -v d="${2:-1}" 'BEGIN {if (v == "-" || v == "") print "-"; else printf "%.*f", d, v}'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN {exit !(a != "-" && a + 0 <= b + 0)}'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN {exit !(a != "-" && a + 0 >= b + 0)}'; }

FAILED=0
VERDICTS=()
verdict() {
    local ok=$1 text=$2
    if [ "$ok" = 1 ]; then VERDICTS+=("PASS  $text"); else VERDICTS+=("FAIL  $text"); FAILED=1; fi
}

MIX_TABLE="| database | pages | app req/s | nginx req/s | app/nginx | app p50 ms | app p99 ms | nginx p50 ms | nginx p99 ms | errors app/nginx | app RSS after | gzipped / plain bytes of the pages |"$'\n'
MIX_TABLE+="|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"$'\n'
for db in h2 postgres; do
    a_rps=$(stat mix "$db" app 5); n_rps=$(stat mix "$db" nginx 5)
    a_p50=$(stat mix "$db" app 6); a_p99=$(stat mix "$db" app 7)
    n_p50=$(stat mix "$db" nginx 6); n_p99=$(stat mix "$db" nginx 7)
    a_err=$(stat mix "$db" app 8); n_err=$(stat mix "$db" nginx 8)
    ratio=$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN {if (n > 0) printf "%.3f", a / n; else print "-"}')
    MIX_TABLE+="| $db | ${MIX_PAGES[$db]} | $(fmt "$a_rps" 0) | $(fmt "$n_rps" 0) | $ratio | $(fmt "$a_p50" 2) | $(fmt "$a_p99" 2) | $(fmt "$n_p50" 2) | $(fmt "$n_p99" 2) | $a_err/$n_err | ${MIX_RSS[$db]} MB | ${MIX_GZ_BYTES[$db]} / ${MIX_PLAIN_BYTES[$db]} |"$'\n'
    ok=0
    ge "$ratio" "$MIX_RATIO_MIN" && le "$a_p99" "$MIX_P99_MAX_MS" && [ "$a_err" = 0 ] && ok=1
    verdict "$ok" "Mix of ${MIX_PAGES[$db]} profile tabs ($db): ${ratio}x nginx (>= ${MIX_RATIO_MIN}x), p99 $(fmt "$a_p99" 2) ms (<= $MIX_P99_MAX_MS ms), $a_err errors"
done

SEARCH_TABLE="| database | addresses | req/s | p50 ms | p99 ms | errors |"$'\n'"|---|---:|---:|---:|---:|---:|"$'\n'
for db in h2 postgres; do
    rps=$(stat search "$db" app 5); p50=$(stat search "$db" app 6); p99=$(stat search "$db" app 7); err=$(stat search "$db" app 8)
    SEARCH_TABLE+="| $db | ${SEARCH_PATHS[$db]} | $(fmt "$rps" 0) | $(fmt "$p50" 2) | $(fmt "$p99" 2) | $err |"$'\n'
    ok=0
    le "$p99" "$MIX_P99_MAX_MS" && [ "$err" = 0 ] && ok=1
    verdict "$ok" "Search and suggestions, everyday queries ($db): p99 $(fmt "$p99" 2) ms (<= $MIX_P99_MAX_MS ms), $err errors"
done

LARGE_TABLE="| target | URL | req/s | p50 ms | p99 ms | errors |"$'\n'"|---|---|---:|---:|---:|---:|"$'\n'
if [ "$OCCUPATIONS" -gt 0 ]; then
    for target in "${LARGE_TARGETS[@]}"; do
        IFS='|' read -r id label path <<<"$target"
        if [ "${LARGE_STATUS[$id]}" != ok ]; then
            LARGE_TABLE+="| $label | \`$path\` | ${LARGE_STATUS[$id]} | | | |"$'\n'
            verdict 0 "$label ($OCCUPATIONS occupations): ${LARGE_STATUS[$id]}"
            continue
        fi
        rps=$(stat large "$id" app 5); p50=$(stat large "$id" app 6); p99=$(stat large "$id" app 7); err=$(stat large "$id" app 8)
        LARGE_TABLE+="| $label | \`$path\` | $(fmt "$rps" 0) | $(fmt "$p50" 2) | $(fmt "$p99" 2) | $err |"$'\n'
        ok=0
        if [ "$id" = api-list ]; then
            [ "$err" = 0 ] && ok=1
            verdict "$ok" "$label ($OCCUPATIONS occupations): $err errors, p99 $(fmt "$p99" 2) ms (no latency target)"
        else
            le "$p99" "$SEARCH_P99_MAX_MS" && [ "$err" = 0 ] && ok=1
            verdict "$ok" "$label ($OCCUPATIONS occupations): p99 $(fmt "$p99" 2) ms (<= $SEARCH_P99_MAX_MS ms), $err errors"
        fi
    done
else
    LARGE_TABLE="(skipped: OCCUPATIONS=0)"$'\n'
fi

if [ "$OCCUPATIONS" -gt 0 ]; then
    ok=0; [ "$GENERATED_STATUS" = 200 ] && ok=1
    verdict "$ok" "Generated data: a generated profile answers HTTP $GENERATED_STATUS"
fi
ok=0; le "$STARTUP_MS" "$STARTUP_MAX_MS" && ok=1
verdict "$ok" "Start-up ($MODE, H2): median $STARTUP_MS ms (<= $STARTUP_MAX_MS ms)"
RSS_MAX=$(printf '%s\n' "${MIX_RSS[h2]}" "${MIX_RSS[postgres]}" "$RSS_LARGE_MB" | grep -v '^-$' | sort -n | tail -1)
ok=0; le "$RSS_MAX" "$RSS_MAX_MB" && ok=1
verdict "$ok" "RSS under load: ${MIX_RSS[h2]} MB (H2, mix), ${MIX_RSS[postgres]} MB (PostgreSQL, mix), $RSS_LARGE_MB MB (PostgreSQL, $OCCUPATIONS occupations$RSS_LARGE_NOTE) (<= $RSS_MAX_MB MB)"
OVERALL="every target met"
[ "$FAILED" = 1 ] && OVERALL="one or more targets NOT met"

if [ "$RECORD" = 1 ]; then
    RESULTS_DIR=bench/results
else
    RESULTS_DIR=bench/results/tmp
fi
RESULTS=$RESULTS_DIR/$STAMP.txt
# Over a 1-minute load of 3 on these 2 cores the other work moves the figures more than a change would.
BUSY=""
if awk -v a="${LOAD_BEFORE%% *}" -v b="${LOAD_AFTER%% *}" 'BEGIN {exit !(a > 3 || b > 3)}'; then
    BUSY=" (load over 3: the machine was too busy for a meaningful figure; read the ratios, not the absolute figures, and even those are noisy)"
fi

REPORT=$(cat <<EOF
## Run of $(date -u '+%Y-%m-%d %H:%M UTC')

- What changed: ${NOTE:-(no note given)}
- Commit: $COMMIT on $BRANCH
- Machine: $(nproc) cores ($CPU), $MEM memory; load average $LOAD_BEFORE before, $LOAD_AFTER after$BUSY
- Java: $JAVA_VERSION; JAVA_OPTS: ${JAVA_OPTS:-(none)}; MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX; started with: $MODE
- wrk: -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency -H 'Accept-Encoding: gzip' (the mix: -s with a script cycling through the pages); $ROUNDS interleaved rounds after ${WARMUP}s of warm-up per target and server; figures are medians over the rounds, errors the sum
- Raw results: $RESULTS

Start-up and memory:

| measure | value | target |
|---|---:|---:|
| start-up to first 200 of the Summary tab, median of $STARTUP_RUNS ($MODE, H2) | $STARTUP_MS ms | <= $STARTUP_MAX_MS ms |
| start-up runs | ${STARTUP_TIMES[*]} ms | |
| RSS at the first 200 (median) | $STARTUP_RSS_MB MB | |
| RSS after the mix, H2 | ${MIX_RSS[h2]} MB | <= $RSS_MAX_MB MB |
| RSS after the mix, PostgreSQL | ${MIX_RSS[postgres]} MB | <= $RSS_MAX_MB MB |
| RSS after load, PostgreSQL with $OCCUPATIONS generated occupations | $RSS_LARGE_MB MB$RSS_LARGE_NOTE | <= $RSS_MAX_MB MB |

Every profile tab of the sitemap, wrk cycling through them, the app against nginx serving the same
bytes pre-compressed (the bundled edition loaded at start: H2 "${MIX_LOAD[h2]:-}"; PostgreSQL "${MIX_LOAD[postgres]:-}"):

$MIX_TABLE
Search over the same Handbook: wrk cycling through the search page and the suggestions (first four
letters) of each everyday query of \`src/test/resources/search/everyday-queries.tsv\`, app only:

$SEARCH_TABLE
With $OCCUPATIONS generated occupations (PostgreSQL; $DB_COUNT rows in occupation, the API reports total $API_TOTAL; a generated profile, \`$GENERATED_PAGE\`, answers HTTP $GENERATED_STATUS):

$LARGE_TABLE
Verdicts ($OVERALL):

\`\`\`
$(printf '%s\n' "${VERDICTS[@]}")
\`\`\`
EOF
)

mkdir -p "$RESULTS_DIR"
{
    printf '%s\n\n' "$REPORT"
    printf 'Every wrk run (phase, target, server, round, req/s, p50 ms, p99 ms, errors, requests):\n'
    cat "$RUNS"
    printf '\nwrk output of each run:\n'
    for f in "$WORK"/mix-*-[0-9]*.txt "$WORK"/search-*-[0-9]*.txt "$WORK"/large-*-[0-9]*.txt; do
        [ -f "$f" ] || continue
        printf '\n== %s\n' "$(basename "$f" .txt)"
        cat "$f"
    done
} >"$RESULTS"

if [ "$RECORD" = 1 ]; then
    [ -f docs/performance.md ] || printf '# Performance\n' >docs/performance.md
    printf '\n%s\n' "$REPORT" >>docs/performance.md
    log "appended to docs/performance.md; raw results in $RESULTS"
else
    log "trial run (--no-record): docs/performance.md left alone; raw results in $RESULTS"
fi

printf '\n%s\n' "$REPORT"
[ "$FAILED" = 0 ] || exit 2
