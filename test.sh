#!/usr/bin/env bash
# Installs what the tests need, starts a throwaway PostgreSQL on 127.0.0.1, runs every test,
# and prints "N passed, N failed, N skipped". Fails when anything failed or was skipped.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql postgresql-contrib)
command -v wrk >/dev/null || need+=(wrk)
# The README's examples run as written (tests/Marquee.Tests/Cli/ReadmeExampleTests.cs): they call curl.
command -v curl >/dev/null || need+=(curl)
# Showtimes convert with IANA zones (America/New_York, Europe/London): .NET on Linux reads them from tzdata.
[ -f /usr/share/zoneinfo/America/New_York ] || need+=(tzdata)
# Redocly CLI (tools/redocly, npm) lints the API document; it needs Node.js 20.19 or later.
command -v npm >/dev/null || need+=(nodejs npm)
if ((${#need[@]})); then
  echo "Installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

# The version is pinned by tools/redocly/package-lock.json; node_modules is git-ignored.
[ -x tools/redocly/node_modules/.bin/redocly ] || npm ci --prefix tools/redocly --no-audit --no-fund --loglevel=error
export MARQUEE_TEST_REDOCLY="$PWD/tools/redocly/node_modules/.bin/redocly"

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d /tmp/marquee-test.XXXXXX)
chmod 755 "$work"
pg_port=$(( 20000 + RANDOM % 20000 ))
cleanup() {
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/pg" "$work/sock"
chown postgres:postgres "$work/pg" "$work/sock"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres --no-sync -E UTF8 >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -w -l "$work/pg/log" \
  -o "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c listen_addresses=127.0.0.1 -p $pg_port -k $work/sock -c max_connections=200" start >/dev/null
export MARQUEE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
# Tests that stop or freeze PostgreSQL start clusters of their own with these tools (tests/Marquee.Tests/Infrastructure/OwnPostgres.cs).
export MARQUEE_TEST_PG_BIN="$pg_bin"
export MARQUEE_TEST_CHROMIUM=/usr/bin/chromium
export MARQUEE_TEST_ARTIFACTS="$PWD/artifacts/test"
mkdir -p "$MARQUEE_TEST_ARTIFACTS"

dotnet tool restore >/dev/null
dotnet build Marquee.slnx -c Release -nologo -v q 2>&1 | tail -3
set +e
dotnet test --solution Marquee.slnx -c Release --no-build 2>&1 | tee "$work/test.log"
status=${PIPESTATUS[0]}
set -e

# Microsoft.Testing.Platform prints per-project totals; sum them for the closing line.
read -r passed failed skipped < <(awk '
  /^[[:space:]]*succeeded:/ {p+=$2} /^[[:space:]]*failed:/ {f+=$2} /^[[:space:]]*skipped:/ {s+=$2}
  END {print p+0, f+0, s+0}' "$work/test.log")
# The app's own logs bury a failure in the middle of the output; repeat each failed test at the end.
if (( failed > 0 )); then
  echo "Failed tests:"
  awk '/^failed / {n = 40} n > 0 {print; n--}' "$work/test.log"
fi
echo "$passed passed, $failed failed, $skipped skipped"
if (( status != 0 || failed > 0 )); then exit 1; fi
if (( passed == 0 )); then echo "No test ran."; exit 1; fi
if (( skipped > 0 )); then echo "Tests were skipped; every service is provided here, so nothing may skip."; exit 1; fi
