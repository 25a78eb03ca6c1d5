#!/usr/bin/env bash
# Search latency: p50/p95/p99 of /api/v1/search and /api/v1/search/suggest over the 1,000 mixed queries the generator
# wrote (exact, prefix, one typo, other transliterations), with the app in Release on the SQLite catalogue that
# bench/import/run.sh left; /healthz on the same server is the baseline.
# Usage: bench/search/run.sh WORKDIR [seconds=15] [connections=4]
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:?usage: bench/search/run.sh WORKDIR (from bench/import/run.sh)}
duration=${2:-15}
connections=${3:-4}
port=$(( 40000 + RANDOM % 10000 ))
base="http://127.0.0.1:$port"
(cd "$work/app" && exec env Logging__LogLevel__Default=Warning RateLimits__ApiPerMinute=0 dotnet marquee.dll serve --no-demo --data "$work/sqlite" --urls "$base") >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.5; done
run() { # path
  SEARCH_PATH=$1 QUERIES="$work/queries.txt" wrk -t1 -c"$connections" -d3s -s bench/search/queries.lua "$base" >/dev/null # warm-up
  SEARCH_PATH=$1 QUERIES="$work/queries.txt" wrk -t1 -c"$connections" -d"${duration}s" -s bench/search/queries.lua "$base" | grep '^RESULT'
}
echo "wrk -t1 -c$connections ${duration}s, $(wc -l <"$work/queries.txt") queries, $(sqlite3 "$work/sqlite/marquee.db" 'select count(*) from SearchDocuments') search documents"
run /healthz
run /api/v1/search
run /api/v1/search/suggest
