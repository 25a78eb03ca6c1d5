#!/usr/bin/env bash
# Import speed: `marquee import catalog imdb` on synthetic IMDb files, into SQLite and PostgreSQL, beside the plain
# loaders on the same files in the same run (sqlite3 .import into bare tables; psql \copy). Reports rows/s, wall
# time, peak memory (max RSS) and the ratio to the baseline. Leaves the SQLite database for bench/search/run.sh.
# Usage: bench/import/run.sh [titles=1000000] [workdir]
set -euo pipefail
cd "$(dirname "$0")/../.."
titles=${1:-1000000}
work=${2:-$(mktemp -d /tmp/marquee-import-bench.XXXXXX)}
mkdir -p "$work"; chmod 755 "$work"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg_port=$(( 30000 + RANDOM % 10000 ))
stop_pg() { runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true; }
trap stop_pg EXIT

echo "building (Release) and generating $titles titles in $work"
dotnet publish src/Marquee -c Release -o "$work/app" -nologo -v q >/dev/null
dotnet run --project bench/Marquee.Bench -c Release -- gen-imdb "$work/imdb" --titles "$titles"
# Both our importer and the baselines read the same plain files, so neither pays for gzip.
mkdir -p "$work/plain"
for f in "$work"/imdb/*.tsv.gz; do zcat "$f" >"$work/plain/$(basename "${f%.gz}")"; done
cp "$work/imdb/queries.txt" "$work/queries.txt"
rows=$(for f in "$work"/plain/*.tsv; do tail -n +2 "$f" | wc -l; done | awk '{s+=$1} END {print s}')
echo "$rows data rows in 6 files"

timed() { # name command...: prints "name seconds maxrss_kb"
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.$name" "$@" >"$work/out.$name" 2>"$work/err.$name" || { cat "$work/err.$name" >&2; exit 1; }
  echo "$name $(cat "$work/time.$name")" >>"$work/results"
}
: >"$work/results"

# SQLite baseline: sqlite3 .import of every file into bare tables (ascii mode: no quote handling, tab-separated).
{
  echo ".mode ascii"; echo ".separator \"\t\" \"\n\""
  for f in "$work"/plain/*.tsv; do echo ".import --skip 1 '$f' '$(basename "$f" .tsv | tr . _)'"; done
} >"$work/sqlite-import.sql"
for f in "$work"/plain/*.tsv; do t=$(basename "$f" .tsv | tr . _); echo "CREATE TABLE \"$t\" ($(head -1 "$f" | tr '\t' '\n' | sed 's/.*/"&" TEXT/' | paste -sd,));"; done >"$work/tables.sql"
sqlite3 "$work/baseline.db" <"$work/tables.sql"
timed sqlite3-import sqlite3 "$work/baseline.db" ".read $work/sqlite-import.sql"
timed marquee-sqlite dotnet "$work/app/marquee.dll" import catalog imdb "$work/plain" --data "$work/sqlite"

# PostgreSQL: a throwaway server like test.sh's; baseline is psql \copy into bare tables.
mkdir -p "$work/pg" "$work/sock"; chown postgres:postgres "$work/pg" "$work/sock"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres --no-sync -E UTF8 >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -w -l "$work/pg/log" \
  -o "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c listen_addresses=127.0.0.1 -p $pg_port -k $work/sock" start >/dev/null
psql=(psql -q -h 127.0.0.1 -p "$pg_port" -U postgres)
"${psql[@]}" -c "CREATE DATABASE baseline" -c "CREATE DATABASE marquee"
"${psql[@]}" -d baseline -f "$work/tables.sql"
{ for f in "$work"/plain/*.tsv; do echo "\\copy \"$(basename "$f" .tsv | tr . _)\" from '$f' with (format text, header true)"; done; } >"$work/pg-copy.sql"
timed psql-copy "${psql[@]}" -d baseline -f "$work/pg-copy.sql"
timed marquee-postgres dotnet "$work/app/marquee.dll" import catalog imdb "$work/plain" \
  --database "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=marquee"

echo
printf '%-18s %10s %12s %12s %10s\n' loader seconds rows/s peak-MB vs-baseline
awk -v rows="$rows" '
  { t[$1]=$2; m[$1]=$3 }
  END {
    split("sqlite3-import marquee-sqlite psql-copy marquee-postgres", order, " ")
    base["marquee-sqlite"]="sqlite3-import"; base["marquee-postgres"]="psql-copy"
    for (i=1; i<=4; i++) { n=order[i]; r = (n in base) ? sprintf("%.1fx", t[n]/t[base[n]]) : "1.0x"
      printf "%-18s %10.1f %12.0f %12.0f %10s\n", n, t[n], rows/t[n], m[n]/1024, r }
  }' "$work/results"
echo "(peak-MB is the loader process; PostgreSQL server memory is not counted. SQLite data left in $work/sqlite)"
