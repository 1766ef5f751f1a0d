#!/usr/bin/env bash
# Follows docs/operations.md from a fresh PostgreSQL to two instances serving the site, then a
# backup, a restore and a data upgrade by migration.
#
#   .ci/operations-check.sh target/handbook.jar
#
# As root with PostgreSQL 15 (cluster main) running on 127.0.0.1:5432. Creates the roles
# handbook_migrator and handbook_reader and the databases handbook_opscheck and
# handbook_opscheck_restored, and removes them again at the end, whatever happens. Uses the
# ports 8392 and 8393. Exits non-zero with a message on the first failed check.
set -uo pipefail

JAR=${1:?usage: .ci/operations-check.sh path/to/handbook.jar}
DOCS=$(cd "$(dirname "$0")/.." && pwd)/docs
DB=handbook_opscheck
RESTORED=${DB}_restored
MIGRATOR_PASSWORD=migrator-secret
READER_PASSWORD=reader-secret
PAGE=/healthcare/health-information-technologists-and-medical-registrars/pay
WORK=$(mktemp -d /tmp/operations-check.XXXXXX)
PIDS=()

log() { echo "operations-check: $*"; }
as_postgres() { runuser -u postgres -- "$@"; }
sql() { as_postgres psql -X -q -v ON_ERROR_STOP=1 "$@"; }

drop_databases_and_roles() {
    sql -c "drop database if exists $DB with (force)" -c "drop database if exists $RESTORED with (force)" \
        -c "drop role if exists handbook_reader" -c "drop role if exists handbook_migrator" >/dev/null 2>&1
}

cleanup() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -9 "$pid" 2>/dev/null
    done
    drop_databases_and_roles
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
    log "FAIL: $*" >&2
    for logfile in "$WORK"/*.log; do [ -f "$logfile" ] && { log "last lines of $logfile:" >&2; tail -n 20 "$logfile" >&2; }; done
    exit 1
}

# Starts an instance on port $1 with the settings of docs/operations.md; extra arguments follow.
start_instance() {
    local port=$1; shift
    HANDBOOK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" HANDBOOK_DB_USER=handbook_reader \
    HANDBOOK_DB_PASSWORD=$READER_PASSWORD SPRING_FLYWAY_USER=handbook_migrator \
    SPRING_FLYWAY_PASSWORD=$MIGRATOR_PASSWORD \
        java -jar "$JAR" --spring.profiles.active=postgres --server.address=127.0.0.1 --server.port="$port" \
        --spring.main.banner-mode=off "$@" >"$WORK/instance-$port.log" 2>&1 &
    PIDS+=($!)
}

# Waits up to 300 s for an instance on port $1 to be ready and to serve the page.
await_ready() {
    for _ in $(seq 1 300); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$1/actuator/health/readiness")" = 200 ] \
            && [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$1$PAGE")" = 200 ]; then
            return 0
        fi
        sleep 1
    done
    fail "the instance on port $1 did not serve $PAGE within 300 s"
}

stop_instance() {
    local pid=$1
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
    fail "instance $pid did not stop within 30 s of SIGTERM"
}

[ -f "$JAR" ] || fail "no jar at $JAR"
drop_databases_and_roles

log "roles and database from docs/sql/roles.sql"
sql -v db=$DB -v migrator_password=$MIGRATOR_PASSWORD -v reader_password=$READER_PASSWORD \
    -f "$DOCS/sql/roles.sql" >/dev/null || fail "docs/sql/roles.sql failed"

log "two instances started together on one empty database"
start_instance 8392
start_instance 8393 --logging.structured.format.console=ecs --handbook.access-log.enabled=true
await_ready 8392
await_ready 8393
migrations=$(sql -d $DB -tA -c "select count(*) from flyway_schema_history where version is not null")
distinct=$(sql -d $DB -tA -c "select count(distinct version) from flyway_schema_history where version is not null")
[ "$migrations" = "$distinct" ] && [ "$migrations" -gt 0 ] || fail "flyway_schema_history: $migrations rows for $distinct versions"
owner=$(sql -d $DB -tA -c "select tableowner from pg_tables where tablename = 'occupation'")
[ "$owner" = handbook_migrator ] || fail "the schema belongs to $owner, not to the migration role"

log "JSON logs and the access log, each switched on with one setting"
grep -q '^{"@timestamp"' "$WORK/instance-8393.log" || fail "logging.structured.format.console=ecs gave no JSON log lines"
grep '"logger":"org.handbook.access"' "$WORK/instance-8393.log" | grep -q "\"message\":\"GET $PAGE 200 [0-9]*ms\"" \
    || fail "no JSON access log line for GET $PAGE"
if grep -q 'org.handbook.access' "$WORK/instance-8392.log"; then
    fail "the access log is on without its setting"
fi

log "the runtime role reads and cannot write"
PGPASSWORD=$READER_PASSWORD psql -X -q -h 127.0.0.1 -U handbook_reader -d $DB -tA \
    -c "select count(*) from occupation" >/dev/null || fail "the runtime role cannot read"
if PGPASSWORD=$READER_PASSWORD psql -X -q -h 127.0.0.1 -U handbook_reader -d $DB \
    -c "delete from glossary_term" >/dev/null 2>&1; then
    fail "the runtime role could delete"
fi
if PGPASSWORD=$READER_PASSWORD psql -X -q -h 127.0.0.1 -U handbook_reader -d $DB \
    -c "create table intruder (id int)" >/dev/null 2>&1; then
    fail "the runtime role could create a table"
fi

log "backup with pg_dump, restore with pg_restore"
as_postgres pg_dump -Fc -d $DB >"$WORK/handbook.dump" || fail "pg_dump failed"
sql -c "create database $RESTORED owner handbook_migrator" || fail "could not create $RESTORED"
as_postgres pg_restore --no-owner --role=handbook_migrator -d $RESTORED <"$WORK/handbook.dump" || fail "pg_restore failed"
for table in occupation narrative_block flyway_schema_history; do
    a=$(sql -d $DB -tA -c "select count(*) from $table")
    b=$(sql -d $RESTORED -tA -c "select count(*) from $table")
    [ "$a" = "$b" ] || fail "restored $table has $b rows, the original $a"
done

log "data upgrade: a new migration, instances restarted one by one"
etag_before=$(curl -s -D - -o /dev/null "http://127.0.0.1:8392$PAGE" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
mkdir -p "$WORK/migration"
cat >"$WORK/migration/V9999__operations_check_upgrade.sql" <<'SQL'
update occupation set last_modified_date = last_modified_date where slug = 'health-information-technologists-and-medical-registrars';
SQL
stop_instance "${PIDS[0]}"
start_instance 8392 --spring.flyway.locations=classpath:db/migration,filesystem:"$WORK/migration"
await_ready 8392
applied=$(sql -d $DB -tA -c "select count(*) from flyway_schema_history where version = '9999'")
[ "$applied" = 1 ] || fail "the new migration was not applied"
etag_after=$(curl -s -D - -o /dev/null "http://127.0.0.1:8392$PAGE" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
[ -n "$etag_before" ] && [ "$etag_before" != "$etag_after" ] || fail "the ETag did not change with the data ($etag_before)"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag_before" "http://127.0.0.1:8392$PAGE")
[ "$code" = 200 ] || fail "an ETag of the old data was answered $code, not 200"

log "OK: roles, two instances on one database, read-only runtime role, backup and restore, upgrade by migration"
