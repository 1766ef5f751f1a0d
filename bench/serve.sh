#!/usr/bin/env bash
# A tab page from the render cache against nginx serving the same bytes (docs/performance.md).
#
#   bench/serve.sh [target/handbook.jar] [seconds]
#
# Starts the jar on 127.0.0.1:${BENCH_PORT:-8391}, saves the Pay tab's plain and gzipped bytes,
# serves them with nginx (gzip_static) on 127.0.0.1:${NGINX_PORT:-8395}, and runs wrk against
# both with Accept-Encoding: gzip (2 threads, 16 connections).
set -euo pipefail

JAR=${1:-target/handbook.jar}
SECONDS_EACH=${2:-10}
PORT=${BENCH_PORT:-8391}
NGINX_PORT=${NGINX_PORT:-8395}
PAGE=/healthcare/health-information-technologists-and-medical-registrars/pay
WORK=$(mktemp -d /tmp/handbook-serve.XXXXXX)
APP=""

cleanup() {
    [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

java -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" --spring.main.banner-mode=off >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$PAGE")" = 200 ] && break
    sleep 0.1
done
mkdir -p "$WORK/root$(dirname "$PAGE")"
curl -s "http://127.0.0.1:$PORT$PAGE" >"$WORK/root$PAGE"
curl -s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$PAGE" >"$WORK/root$PAGE.gz"

cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    types { text/html html; }
    default_type text/html;
    client_body_temp_path $WORK;
    proxy_temp_path $WORK;
    fastcgi_temp_path $WORK;
    uwsgi_temp_path $WORK;
    scgi_temp_path $WORK;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/root;
        gzip_static on;
    }
}
CONF
nginx -c "$WORK/nginx.conf"
sleep 0.5

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "bytes: $(wc -c <"$WORK/root$PAGE") plain, $(wc -c <"$WORK/root$PAGE.gz") gzipped"
wrk -t2 -c16 -d5s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$PAGE" >/dev/null
for target in "handbook http://127.0.0.1:$PORT$PAGE" "nginx http://127.0.0.1:$NGINX_PORT$PAGE"; do
    set -- $target
    echo "== $1"
    wrk -t2 -c16 -d"${SECONDS_EACH}s" --latency -H 'Accept-Encoding: gzip' "$2" | grep -E 'Requests/sec|50%|99%|Transfer/sec'
done
