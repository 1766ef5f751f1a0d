#!/usr/bin/env bash
# Database outage and recovery under a running instance (docs/operations.md, "Resilience").
#
#   .ci/outage-check.sh target/handbook.jar
#
# Starts the jar with the postgres profile on 127.0.0.1:${OUTAGE_PORT:-8390} against
# HANDBOOK_DB_URL / HANDBOOK_DB_USER / HANDBOOK_DB_PASSWORD (defaults: the local database
# "handbook", role handbook/handbook), renders a page, stops PostgreSQL 15 (pg_ctlcluster, as root),
# and checks: the rendered page is still served (200), a page never rendered answers 503 with
# Retry-After, readiness is DOWN. Then starts PostgreSQL again and checks that readiness is UP and
# the other page answers 200 within 60 s, with no restart. PostgreSQL is started again whatever
# happens. Exits non-zero with a message on the first failed check.
set -uo pipefail

JAR=${1:?usage: .ci/outage-check.sh path/to/handbook.jar}
PORT=${OUTAGE_PORT:-8390}
BASE="http://127.0.0.1:$PORT"
PROFILE=/healthcare/health-information-technologists-and-medical-registrars
WARM="$PROFILE/pay"
COLD="$PROFILE/job-outlook"
LOG=$(mktemp /tmp/outage-check.XXXXXX.log)
APP=""
STOPPED=0

log() { echo "outage-check: $*"; }

cleanup() {
    if [ "$STOPPED" = 1 ]; then
        pg_ctlcluster 15 main start || log "could not start PostgreSQL again: start it by hand"
    fi
    if [ -n "$APP" ] && kill -0 "$APP" 2>/dev/null; then
        kill "$APP"
        for _ in $(seq 1 30); do kill -0 "$APP" 2>/dev/null || break; sleep 1; done
        kill -0 "$APP" 2>/dev/null && kill -9 "$APP"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
    log "FAIL: $*" >&2
    log "last lines of the application log ($LOG):" >&2
    tail -n 30 "$LOG" >&2
    exit 1
}

status() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$BASE$1"; }

# Waits up to $2 seconds for $1 to answer $3.
await() {
    local path=$1 seconds=$2 expected=$3
    for _ in $(seq 1 "$seconds"); do
        [ "$(status "$path")" = "$expected" ] && return 0
        [ -n "$APP" ] && ! kill -0 "$APP" 2>/dev/null && fail "the application exited"
        sleep 1
    done
    return 1
}

[ -f "$JAR" ] || fail "no jar at $JAR (run ./mvnw package first)"
pg_ctlcluster 15 main status >/dev/null 2>&1 || fail "PostgreSQL 15 (cluster main) is not running"

log "starting $JAR on $BASE"
java -jar "$JAR" --spring.profiles.active=postgres --server.address=127.0.0.1 --server.port="$PORT" \
    --spring.main.banner-mode=off >"$LOG" 2>&1 &
APP=$!
await /actuator/health/readiness 300 200 || fail "not ready within 300 s"

for _ in 1 2; do
    [ "$(status "$WARM")" = 200 ] || fail "$WARM did not answer 200 before the outage"
done

log "stopping PostgreSQL"
pg_ctlcluster 15 main stop || fail "pg_ctlcluster 15 main stop failed"
STOPPED=1
down_at=$(date +%s)

code=$(status "$WARM")
[ "$code" = 200 ] || fail "during the outage the rendered page $WARM answered $code, not 200"

headers=$(curl -s -D - -o /dev/null --max-time 10 "$BASE$COLD")
code=$(printf '%s' "$headers" | head -n 1 | awk '{print $2}')
[ "$code" = 503 ] || fail "during the outage $COLD answered $code, not 503"
printf '%s' "$headers" | grep -qi '^Retry-After: [0-9]' || fail "the 503 of $COLD has no Retry-After"
curl -s --max-time 10 "$BASE$COLD" | grep -q 'briefly unavailable' || fail "the 503 of $COLD is not the friendly error page"

code=$(status /actuator/health/readiness)
[ "$code" = 503 ] || fail "during the outage readiness answered $code, not 503 (DOWN)"
code=$(status /actuator/health/liveness)
[ "$code" = 200 ] || fail "during the outage liveness answered $code: the instance would be restarted for nothing"

log "starting PostgreSQL again"
pg_ctlcluster 15 main start || fail "pg_ctlcluster 15 main start failed"
STOPPED=0
log "PostgreSQL was down for $(( $(date +%s) - down_at )) s"

await /actuator/health/readiness 60 200 || fail "readiness not UP within 60 s after PostgreSQL came back"
await "$COLD" 60 200 || fail "$COLD did not answer 200 within 60 s after PostgreSQL came back"

log "OK: rendered pages served through the outage, 503 with Retry-After and readiness DOWN during it, recovery without restart"
