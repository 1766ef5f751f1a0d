#!/usr/bin/env bash
# Start-up to the first 200 of a page, without and with Spring Boot's CDS support (and, on Java 25
# or later, with the JDK's AOT cache), and the resident memory after a few requests
# (docs/performance.md).
#
#   bench/startup.sh [target/handbook.jar] [runs]
#
# Extracts the jar (java -Djarmode=tools -jar handbook.jar extract), makes the CDS archive with a
# training run (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh), then starts the
# application $runs times each way on 127.0.0.1:${BENCH_PORT:-8391} and prints every time and the
# median. Environment: JAVA (the java command), JAVA_OPTS (given to every start), PAGE (the path
# polled, the Pay tab by default), BENCH_ARGS (application arguments, e.g.
# "--spring.profiles.active=postgres").
set -euo pipefail

JAR=${1:-target/handbook.jar}
RUNS=${2:-5}
PORT=${BENCH_PORT:-8391}
ARGS=${BENCH_ARGS:-}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
PAGE=${PAGE:-/healthcare/health-information-technologists-and-medical-registrars/pay}
WORK=$(mktemp -d /tmp/handbook-bench.XXXXXX)
APP=""
APP_JAR=$(basename "$JAR")

cleanup() {
    if [ -n "$APP" ] && kill -0 "$APP" 2>/dev/null; then kill "$APP"; wait "$APP" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Runs the application in the extracted directory until the end of its refresh, with $@ before -jar.
train() {
    # shellcheck disable=SC2086
    (cd "$WORK/app" && timeout 600 "$JAVA" $JAVA_OPTS "$@" -Dspring.context.exit=onRefresh \
        -jar "$APP_JAR" --server.port=0 $ARGS >"$WORK/training.log" 2>&1) || true
}

"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
train -XX:ArchiveClassesAtExit=application.jsa
[ -f "$WORK/app/application.jsa" ] || { echo "training run made no CDS archive:"; tail -20 "$WORK/training.log"; exit 1; }
JAVA_MAJOR=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "$JAVA_MAJOR" -ge 25 ]; then
    train -XX:AOTCacheOutput=application.aot
    [ -f "$WORK/app/application.aot" ] || { echo "training run made no AOT cache:"; tail -20 "$WORK/training.log"; exit 1; }
fi

# Prints milliseconds from launch to the first 200 of $PAGE, then the RSS in MB after 20 requests.
measure() {
    local start now rss
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    (cd "$WORK/app" && exec "$JAVA" $JAVA_OPTS "$@" -jar "$APP_JAR" --server.address=127.0.0.1 --server.port="$PORT" \
        --spring.main.banner-mode=off $ARGS >"$WORK/run.log" 2>&1) &
    APP=$!
    for _ in $(seq 1 2400); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT$PAGE")" = 200 ]; then
            now=$(date +%s%N)
            for _ in $(seq 1 20); do curl -s -o /dev/null "http://127.0.0.1:$PORT$PAGE"; done
            rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$APP/status")
            kill "$APP"; wait "$APP" 2>/dev/null || true; APP=""
            echo "$(( (now - start) / 1000000 )) $rss"
            return 0
        fi
        sleep 0.05
    done
    echo "no 200 within 120 s" >&2; tail -20 "$WORK/run.log" >&2; exit 1
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

report() {
    local label=$1; shift
    local results=()
    for _ in $(seq 1 "$RUNS"); do results+=("$(measure "$@")"); done
    printf '%s\n' "${results[@]}" | awk -v l="$label" '{t = t " " $1; r = $2} END {print l ": ms to first 200:" t "; RSS after load " r " MB"}'
    printf '%s\n' "${results[@]}" | awk '{print $1}' | median | sed "s/^/$label: median ms: /"
}

echo "jar: $APP_JAR; page: $PAGE; java: $("$JAVA" -version 2>&1 | head -1); JAVA_OPTS: ${JAVA_OPTS:-none}; cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
report "without CDS"
report "with CDS" -XX:SharedArchiveFile=application.jsa
if [ "$JAVA_MAJOR" -ge 25 ]; then
    report "with AOT cache" -XX:AOTCache=application.aot
fi
