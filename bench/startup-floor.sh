#!/usr/bin/env bash
# The start-up floor of this machine: a Spring Boot application with one controller and nothing
# else (same Spring Boot version as Handbook), measured by bench/startup.sh exactly as Handbook is.
# What Handbook adds on top (JPA, Flyway, Thymeleaf, actuator, the API docs) can only add to it
# (docs/performance.md).
#
#   bench/startup-floor.sh [runs]
#
# Builds the application offline from the local Maven repository (./mvnw -o), in a temporary
# directory removed on exit. JAVA and JAVA_OPTS are passed on to bench/startup.sh.
set -euo pipefail

RUNS=${1:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BOOT_VERSION=$(sed -n '/<artifactId>spring-boot-starter-parent<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p}' "$ROOT/pom.xml")
WORK=$(mktemp -d /tmp/handbook-floor.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

mkdir -p "$WORK/src/main/java/floor"
cat >"$WORK/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>$BOOT_VERSION</version>
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
cat >"$WORK/src/main/java/floor/FloorApplication.java" <<'JAVA'
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

"$ROOT/mvnw" -B -q -o -f "$WORK/pom.xml" package -DskipTests
PAGE=/ "$ROOT/bench/startup.sh" "$WORK/target/floor.jar" "$RUNS"
