#!/usr/bin/env bash
# Start-up of Handbook against spring-petclinic (the canonical application of the same stack) and an
# empty Spring Boot web application, interleaved in one run (docs/performance.md, "Start-up").
#
#   bench/startup.sh [runs]                      (3 rounds by default)
#
# Needs target/handbook.jar (./mvnw -DskipTests package). Builds outside the project, in a temporary
# directory removed on exit: spring-petclinic from ../shared/peers (PETCLINIC_SOURCE names another
# .tar.gz) and the floor, a Spring Boot application of Handbook's version with one controller.
# Every round starts each of these in turn on 127.0.0.1:${BENCH_PORT:-8391}, with the same JVM options
# (JAVA_OPTS, none by default, so the JVM's defaults) and plain java -jar:
#   petclinic              its H2 in memory, first 200 of /
#   handbook-first         H2 in memory, so Flyway migrates and loads the bundled edition at the start
#   handbook-second        H2 in a file that holds the edition already (the file profile): a restart
#   floor                  first 200 of /
# and prints the milliseconds from launch to the first 200, then the RSS after 2,000 page views
# (Handbook: the first 2,000 addresses of its sitemap, every tab of the profiles; petclinic: its pages
# in turn; the floor: /). After the rounds, Handbook alone: the fastest start with the options
# docs/operations.md documents (a CDS archive; with JAVA25 set to a Java 25 or later, the JDK's AOT
# cache; Spring AOT, built with -Paot in a copy of the sources), and where its time goes (Spring's
# start-up steps, bench/StartupSteps.java, and the number of classes loaded).
set -euo pipefail

RUNS=${1:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/target/handbook.jar
PORT=${BENCH_PORT:-8391}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
VIEWS=2000
PAY=/healthcare/health-information-technologists-and-medical-registrars/pay
PETCLINIC_SOURCE=${PETCLINIC_SOURCE:-$(ls "$ROOT"/../shared/peers/spring-petclinic-*.tar.gz 2>/dev/null | head -1)}
WORK=$(mktemp -d /tmp/handbook-startup.XXXXXX)
APP=""

cleanup() {
    if [ -n "$APP" ] && kill -0 "$APP" 2>/dev/null; then kill "$APP"; wait "$APP" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw -DskipTests package first" >&2; exit 1; }
[ -f "$PETCLINIC_SOURCE" ] || { echo "no spring-petclinic source: set PETCLINIC_SOURCE" >&2; exit 1; }

build_petclinic() {
    mkdir -p "$WORK/petclinic"
    tar xzf "$PETCLINIC_SOURCE" -C "$WORK/petclinic"
    local dir
    dir=$(dirname "$(find "$WORK/petclinic" -maxdepth 2 -name pom.xml | head -1)")
    "$ROOT/mvnw" -B -q -f "$dir/pom.xml" package -DskipTests -Dcheckstyle.skip -Dspring-javaformat.skip=true \
        -Dnohttp.skip >"$WORK/petclinic-build.log" 2>&1 || { tail -30 "$WORK/petclinic-build.log"; exit 1; }
    cp "$(ls "$dir"/target/spring-petclinic-*.jar | head -1)" "$WORK/petclinic.jar"
}

build_floor() {
    local boot_version
    boot_version=$(sed -n '/<artifactId>spring-boot-starter-parent<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p}' "$ROOT/pom.xml")
    mkdir -p "$WORK/floor/src/main/java/floor"
    cat >"$WORK/floor/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>$boot_version</version>
  </parent>
  <groupId>floor</groupId>
  <artifactId>floor</artifactId>
  <version>1</version>
  <properties><java.version>17</java.version></properties>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-webmvc</artifactId>
    </dependency>
  </dependencies>
  <build>
    <finalName>floor</finalName>
    <plugins>
      <plugin>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-maven-plugin</artifactId>
      </plugin>
    </plugins>
  </build>
</project>
POM
    cat >"$WORK/floor/src/main/java/floor/FloorApplication.java" <<'JAVA'
package floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
@RestController
public class FloorApplication {

    @GetMapping("/")
    String home() {
        return "ok";
    }

    public static void main(String[] args) {
        SpringApplication.run(FloorApplication.class, args);
    }
}
JAVA
    "$ROOT/mvnw" -B -q -f "$WORK/floor/pom.xml" package -DskipTests >"$WORK/floor-build.log" 2>&1 \
        || { tail -30 "$WORK/floor-build.log"; exit 1; }
    cp "$WORK/floor/target/floor.jar" "$WORK/floor.jar"
}

# Writes a curl config of $VIEWS requests over the addresses on stdin, in turn.
views() {
    awk -v n="$VIEWS" -v base="http://127.0.0.1:$PORT" '{a[NR] = $0} END {
        for (i = 0; i < n; i++) { print "url = \"" base a[i % NR + 1] "\""; print "output = /dev/null" } }'
}

# Starts "$@" (a java command line, run in $WORK), waits for the first 200 of $1's page, makes the
# page views in the curl config $2, and prints "milliseconds RSS-in-MB CPU-seconds" (the CPU time
# all the JVM's threads took to the first 200: on two cores, how much work a start is); "$3..." is
# the command.
measure() {
    local page=$1 config=$2 start now rss cpu
    shift 2
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    (cd "$WORK" && exec "$JAVA" $JAVA_OPTS "$@" --server.address=127.0.0.1 --server.port="$PORT" \
        --spring.main.banner-mode=off >"$WORK/run.log" 2>&1) &
    APP=$!
    for _ in $(seq 1 2400); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT$page")" = 200 ]; then
            now=$(date +%s%N)
            cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$APP/stat")
            [ -z "$config" ] || curl -s -K "$config" || true
            rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$APP/status")
            kill "$APP"; wait "$APP" 2>/dev/null || true; APP=""
            echo "$(( (now - start) / 1000000 )) $rss $cpu"
            return 0
        fi
        sleep 0.05
    done
    echo "no 200 within 120 s:" >&2; tail -20 "$WORK/run.log" >&2; exit 1
}

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

echo "building spring-petclinic and the floor in $WORK ..."
build_petclinic
build_floor

printf '%s\n' / /owners/find "/owners?lastName=" /owners/1 /owners/2 /owners/3 /vets.html /owners/4/pets/new \
    | views >"$WORK/petclinic.views"
printf '/\n' | views >"$WORK/floor.views"
HANDBOOK="-jar $JAR"
FILE_DB="--spring.profiles.active=file --handbook.data-dir=$WORK/data"

# The second start's database: one start loads the edition into the file, then the sitemap is read.
# shellcheck disable=SC2086
measure "$PAY" "" $HANDBOOK $FILE_DB >/dev/null
(cd "$WORK" && exec "$JAVA" -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" $FILE_DB >"$WORK/run.log" 2>&1) &
APP=$!
for _ in $(seq 1 2400); do curl -sf -o "$WORK/sitemap.xml" "http://127.0.0.1:$PORT/sitemap.xml" && break; sleep 0.05; done
kill "$APP"; wait "$APP" 2>/dev/null || true; APP=""
grep -o '<loc>[^<]*</loc>' "$WORK/sitemap.xml" | sed -E 's#<loc>https?://[^/]+##; s#</loc>##' | views >"$WORK/handbook.views"

echo "java: $("$JAVA" -version 2>&1 | head -1); JAVA_OPTS: ${JAVA_OPTS:-none}; cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$VIEWS page views before the RSS: $(grep -c '^url' "$WORK/handbook.views") Handbook addresses from its sitemap"
for round in $(seq 1 "$RUNS"); do
    # shellcheck disable=SC2086
    {
        echo "petclinic $(measure / "$WORK/petclinic.views" -jar "$WORK/petclinic.jar")"
        echo "handbook-first $(measure "$PAY" "$WORK/handbook.views" $HANDBOOK)"
        echo "handbook-second $(measure "$PAY" "$WORK/handbook.views" $HANDBOOK $FILE_DB)"
        echo "floor $(measure / "$WORK/floor.views" -jar "$WORK/floor.jar")"
    } | sed "s/^/round $round: /" | tee -a "$WORK/rounds"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in petclinic handbook-first handbook-second floor; do
    ms=$(awk -v n="$name" '$3 == n {print $4}' "$WORK/rounds" | median)
    rss=$(awk -v n="$name" '$3 == n {print $5}' "$WORK/rounds" | median)
    cpu=$(awk -v n="$name" '$3 == n {print $6}' "$WORK/rounds" | median)
    echo "median $name: first 200 in $ms ms ($cpu CPU-seconds), RSS after $VIEWS views $rss MB"
done
pet=$(awk '$3 == "petclinic" {print $4}' "$WORK/rounds" | median)
for name in handbook-first handbook-second; do
    ms=$(awk -v n="$name" '$3 == n {print $4}' "$WORK/rounds" | median)
    awk -v n="$name" -v a="$ms" -v b="$pet" 'BEGIN {printf "ratio %s / petclinic: %.2f\n", n, a / b}'
done

# Handbook alone with the documented fast-start options, each after a training run in the extracted jar.
fast_start() {
    local java=$1 label=$2 make=$3 use=$4
    rm -rf "$WORK/app"
    "$java" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
    # shellcheck disable=SC2086
    (cd "$WORK/app" && timeout 600 "$java" $JAVA_OPTS "$make" -Dspring.context.exit=onRefresh -jar "$WORK/app/handbook.jar" \
        --server.port=0 >"$WORK/training.log" 2>&1) || true
    local results=() saved=$JAVA
    JAVA=$java
    for _ in $(seq 1 "$RUNS"); do
        results+=("$(measure "$PAY" "" "$use" -jar "$WORK/app/handbook.jar" | cut -d' ' -f1)")
    done
    JAVA=$saved
    echo "fast start, $label: ${results[*]} ms; median $(printf '%s\n' "${results[@]}" | median) ms"
}
fast_start "$JAVA" "CDS ($("$JAVA" -version 2>&1 | head -1))" -XX:ArchiveClassesAtExit=app.jsa -XX:SharedArchiveFile="$WORK/app/app.jsa"
if [ -n "${JAVA25:-}" ]; then
    fast_start "$JAVA25" "AOT cache ($("$JAVA25" -version 2>&1 | head -1))" -XX:AOTCacheOutput=app.aot -XX:AOTCache="$WORK/app/app.aot"
fi

# Spring AOT on the JVM: the same sources built with -Paot in a copy, started with spring.aot.enabled.
mkdir -p "$WORK/aot-src"
cp -r "$ROOT/pom.xml" "$ROOT/mvnw" "$ROOT/.mvn" "$ROOT/src" "$WORK/aot-src/"
"$ROOT/mvnw" -B -q -o -f "$WORK/aot-src/pom.xml" -Paot -DskipTests package >"$WORK/aot-build.log" 2>&1 \
    || { tail -30 "$WORK/aot-build.log"; exit 1; }
results=()
for _ in $(seq 1 "$RUNS"); do
    results+=("$(measure "$PAY" "" -Dspring.aot.enabled=true -jar "$WORK/aot-src/target/handbook.jar" | cut -d' ' -f1)")
done
echo "fast start, Spring AOT (-Paot, -Dspring.aot.enabled=true): ${results[*]} ms; median $(printf '%s\n' "${results[@]}" | median) ms"

# Where the time goes: Spring's start-up steps and the classes loaded, in one start of the extracted jar.
# shellcheck disable=SC2086
(cd "$WORK/app" && timeout 600 "$JAVA" $JAVA_OPTS -Xlog:class+load:file="$WORK/classes.log" -cp handbook.jar \
    "$ROOT/bench/StartupSteps.java" --server.address=127.0.0.1 --server.port=0 --spring.main.banner-mode=off \
    >"$WORK/steps.log" 2>&1) || { tail -30 "$WORK/steps.log"; exit 1; }
grep '^steps:' "$WORK/steps.log"
grep -E 'Bundled edition|Successfully applied|Started HandbookApplication' "$WORK/steps.log" | sed -E 's/^.*(INFO|WARN) [0-9]+ --- \[[^]]*\] //'
echo "classes loaded: $(grep -c ' source: ' "$WORK/classes.log") ($(grep -c 'source: jrt:/\|shared objects file' "$WORK/classes.log") from the JDK)"
