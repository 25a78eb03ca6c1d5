#!/usr/bin/env bash
# Measures the film page and the film API with wrk against a Release build on a SQLite demo database,
# beside a static copy of the same page served by the same Kestrel (the baseline).
# Usage: bench/http/run.sh [seconds=15] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-15}
connections=${2:-32}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

work=$(mktemp -d /tmp/marquee-bench.XXXXXX)
port=$(( 40000 + RANDOM % 10000 ))
base="http://127.0.0.1:$port"
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet publish src/Marquee -c Release -o "$work/app" -nologo -v q >/dev/null
(cd "$work/app" && exec env Logging__LogLevel__Default=Warning RateLimits__ApiPerMinute=0 dotnet marquee.dll serve --data "$work/data" --urls "$base") >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.5; done
curl -sf "$base/healthz" >/dev/null || { cat "$work/server.log"; exit 1; }

# The baseline: the same HTML as a static file, so both transfer the same bytes.
mkdir -p "$work/app/wwwroot/bench"
curl -sf "$base/films/anora-2024" >"$work/app/wwwroot/bench/anora.html"

measure() { # name path
  local out rps p99
  curl -sf "$base$2" >/dev/null
  wrk -t1 -c"$connections" -d3s "$base$2" >/dev/null  # warm-up (JIT, caches), discarded
  out=$(wrk -t1 -c"$connections" -d"${duration}s" --latency "$base$2")
  if grep -q "Non-2xx" <<<"$out"; then echo "$1: some responses were not 2xx" >&2; grep "Non-2xx" <<<"$out" >&2; exit 1; fi
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  printf '%-34s %12s %10s\n' "$1" "$rps" "$p99"
  echo "$rps" >"$work/$1.rps"
}

printf '%-34s %12s %10s\n' "endpoint (wrk -t1 -c$connections ${duration}s)" "requests/s" "p99"
measure static-baseline /bench/anora.html
measure film-page /films/anora-2024
measure film-api /api/v1/films/anora-2024
awk -v s="$(cat "$work/static-baseline.rps")" -v p="$(cat "$work/film-page.rps")" -v a="$(cat "$work/film-api.rps")" \
  'BEGIN { printf "ratio to baseline: film page %.2f, film API %.2f\n", p / s, a / s }'
