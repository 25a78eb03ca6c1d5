#!/usr/bin/env bash
# Search latency on a large SQLite catalogue: p50/p95/p99 of /api/v1/search and /api/v1/search/suggest over a fixed mix
# of 1,000 queries (exact, prefix, one typo, another transliteration or script), with the app in Release on 127.0.0.1.
# Builds the catalogue itself (bench/Marquee.Bench gen-search-db: films, alternative titles, ratings, people, aliases,
# credits and their search documents, written through the app's own triggers) unless WORKDIR already holds one.
# Baselines in the same run and server: /healthz (one database round trip) and a static file.
# One connection measures a reader's latency; four (two per core) measure it under load.
# Usage: bench/search/run.sh [titles=1000000] [workdir] [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/../.."
titles=${1:-1000000}
work=${2:-/tmp/marquee-search-bench-$titles}
duration=${3:-20}
mkdir -p "$work"

echo "building (Release) into $work"
dotnet publish src/Marquee -c Release -o "$work/app" -nologo -v q >/dev/null
dotnet build bench/Marquee.Bench -c Release -nologo -v q >/dev/null
if [ ! -f "$work/sqlite/queries.txt" ]; then
  rm -rf "$work/sqlite"; mkdir -p "$work/sqlite"
  dotnet "$work/app/marquee.dll" migrate --data "$work/sqlite" >/dev/null
  /usr/bin/time -f "catalogue built in %e s, peak %M KB" \
    dotnet run --project bench/Marquee.Bench -c Release --no-build -- gen-search-db "$work/sqlite" --titles "$titles"
fi
queries="$work/sqlite/queries.txt"

port=$(( 40000 + RANDOM % 10000 ))
base="http://127.0.0.1:$port"
(cd "$work/app" && exec env Logging__LogLevel__Default=Warning RateLimits__ApiPerMinute=0 \
  dotnet marquee.dll serve --no-demo --data "$work/sqlite" --urls "$base") >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.5; done

run() { # path connections
  SEARCH_PATH=$1 QUERIES=$queries wrk -t1 -c"$2" -d3s -s bench/search/queries.lua "$base" >/dev/null # warm-up
  SEARCH_PATH=$1 QUERIES=$queries wrk -t1 -c"$2" -d"${duration}s" -s bench/search/queries.lua "$base" | grep '^RESULT' | sed "s/^RESULT/RESULT c=$2/"
}
: >"$work/results"
for c in 1 4; do
  for path in /healthz /css/site.css /api/v1/search /api/v1/search/suggest; do run "$path" "$c" | tee -a "$work/results"; done
done

docs=$(sqlite3 "$work/sqlite/marquee.db" 'select count(*) from SearchDocuments')
films=$(sqlite3 "$work/sqlite/marquee.db" 'select count(*) from Films')
people=$(sqlite3 "$work/sqlite/marquee.db" 'select count(*) from People')
echo
echo "$films films, $people people, $docs search documents; $(wc -l <"$queries") queries; wrk -t1, ${duration}s each; $(nproc) cores"
printf '%-4s %-24s %9s %9s %9s %8s %9s %9s\n' conn endpoint p50_ms p95_ms p99_ms req/s p50/base p95/base
awk '
  { c=$2; sub("c=", "", c); path=$3
    for (i=4; i<=NF; i++) { split($i, kv, "="); v[kv[1]]=kv[2] }
    if (path == "/healthz") { b50[c]=v["p50_ms"]; b95[c]=v["p95_ms"] }
    r50 = (b50[c] > 0) ? sprintf("%.1fx", v["p50_ms"]/b50[c]) : "-"; r95 = (b95[c] > 0) ? sprintf("%.1fx", v["p95_ms"]/b95[c]) : "-"
    printf "%-4s %-24s %9s %9s %9s %8s %9s %9s\n", c, path, v["p50_ms"], v["p95_ms"], v["p99_ms"], v["rps"], r50, r95
    if (v["non2xx"] > 0) printf "     (%s non-2xx responses)\n", v["non2xx"] }' "$work/results"
echo "(ratios are to /healthz on the same server and connection count)"
