#!/usr/bin/env bash
# Grain-state write benchmark (issue 2): Orleans ADO.NET storage through a silo vs. a plain pgbench upsert of the
# same size on the same server, at 16 in flight and at 1. Runs RUNS times (default 3) and prints medians and ratios.
# Starts a throwaway PostgreSQL cluster; VG_BENCH_NPGSQL_OPTIONS replaces the Npgsql settings the silo adds by default
# (Max Auto Prepare=20, as SiloSettings does).
#   bench/run-storage.sh [RUNS] [WRITES]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=../vg
source ./vg
RUNS=${1:-3}
WRITES=${2:-20000}
GRAINS=10000
BENCH_DIR="$(mktemp -d /tmp/vg-bench.XXXXXX)"; chmod 755 "$BENCH_DIR"
trap 'pg_stop "$BENCH_DIR/pg"; rm -rf "$BENCH_DIR"' EXIT

ensure_pg_bin
pg_os_user
info "building the benchmark (Release)..."
dotnet build bench/StorageBench -c Release -nologo -v q >/dev/null || die "benchmark build failed"
pg_init "$BENCH_DIR/pg"
PORT="$(free_port_from 56432)"
pg_start "$BENCH_DIR/pg" "$PORT" "$BENCH_DIR/postgres.log"
PASSWORD="$(cat "$BENCH_DIR/pg.password")"
pg_create_database "$PORT" "$PASSWORD" bench
export PGPASSWORD="$PASSWORD"
psql() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U "$PG_SUPERUSER" -d bench -qX "$@"; }
psql -c "CREATE TABLE IF NOT EXISTS bench_kv (id integer PRIMARY KEY, payload bytea NOT NULL, version integer NOT NULL)"
psql -c "INSERT INTO bench_kv SELECT g, decode(repeat('ab', 1024), 'hex'), 1 FROM generate_series(1, $GRAINS) g ON CONFLICT DO NOTHING"
cat >"$BENCH_DIR/upsert.sql" <<SQL
\set id random(1, $GRAINS)
INSERT INTO bench_kv (id, payload, version) VALUES (:id, decode(repeat('cd', 1024), 'hex'), 1)
ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, version = bench_kv.version + 1;
SQL

orleans() { # $1 concurrency -> "writes_per_s p50 p99"
  dotnet bench/StorageBench/bin/Release/net10.0/StorageBench.dll "$(npgsql_conn "$PORT" "$PASSWORD" bench);${VG_BENCH_NPGSQL_OPTIONS-Max Auto Prepare=20}" "$1" "$WRITES" "$GRAINS" |
    tail -n 1 | sed -E 's/.*writes_per_s=([0-9.]+) p50_ms=([0-9.]+) p99_ms=([0-9.]+).*/\1 \2 \3/'
}
pgbench() { # $1 clients -> "tps p50 p99"
  rm -f "$BENCH_DIR"/pgbench_log.*
  (cd "$BENCH_DIR" && "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PORT" -U "$PG_SUPERUSER" -n -M prepared -c "$1" -j "$(( $1 < 2 ? 1 : 2 ))" \
    -t $(( WRITES / $1 )) -f upsert.sql -l bench 2>/dev/null) | grep -E '^tps' | head -1 | sed -E 's/tps = ([0-9.]+).*/\1/' | tr -d '\n'
  cat "$BENCH_DIR"/pgbench_log.* | awk '{print $3/1000}' | sort -n | awk '{a[NR]=$1} END {printf " %.2f %.2f\n", a[int(NR/2)+1], a[int(NR*0.99)]}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for run in $(seq 1 "$RUNS"); do
  for c in 16 1; do
    echo "orleans c=$c $(orleans "$c")" | tee -a "$BENCH_DIR/results"
    echo "pgbench c=$c $(pgbench "$c")" | tee -a "$BENCH_DIR/results"
  done
done

echo "--- medians of $RUNS runs ($WRITES writes each, $GRAINS keys, 1 KiB payload; fields: per_s p50_ms p99_ms)"
for c in 16 1; do
  for tool in orleans pgbench; do
    line="$tool c=$c"
    for field in 3 4 5; do line="$line $(grep "^$tool c=$c " "$BENCH_DIR/results" | awk -v f=$field '{print $f}' | median)"; done
    echo "$line"
  done
  o="$(grep "^orleans c=$c " "$BENCH_DIR/results" | awk '{print $3}' | median)"
  p="$(grep "^pgbench c=$c " "$BENCH_DIR/results" | awk '{print $3}' | median)"
  echo "ratio c=$c orleans/pgbench = $(awk -v o="$o" -v p="$p" 'BEGIN {printf "%.2f", o / p}')"
done
