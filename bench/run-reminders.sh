#!/usr/bin/env bash
# Reminder benchmark (issue 5). (a) The deadline sweep: 100,000 contracts in vg.deadline_index, 10 % with a reminder
# point reached, swept once by DeadlineSweepJob from a cold silo; wall time, and notification rows vs. unique operation
# keys (plus a second sweep that must create nothing). (b) The idle cost of the Hangfire server: statements and commits
# per second on the database over 60 s with an idle silo, with and without the Hangfire server.
# RUNS times each (default 3), each sweep run on a fresh database. Starts a throwaway PostgreSQL with pg_stat_statements.
#   bench/run-reminders.sh [RUNS] [CONTRACTS] [IDLE_SECONDS]   (IDLE_SECONDS=0: the sweep only)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=../vg
source ./vg
RUNS=${1:-3}
CONTRACTS=${2:-100000}
IDLE_SECONDS=${3:-60}
BENCH_DIR="$(mktemp -d /tmp/vg-bench.XXXXXX)"; chmod 755 "$BENCH_DIR"
trap 'pg_stop "$BENCH_DIR/pg"; rm -rf "$BENCH_DIR"' EXIT

ensure_pg_bin
pg_os_user
info "building the benchmark (Release)..."
dotnet build bench/ReminderBench -c Release -nologo -v q >/dev/null || die "benchmark build failed"
pg_init "$BENCH_DIR/pg"
echo "shared_preload_libraries = 'pg_stat_statements'" >>"$BENCH_DIR/pg/postgresql.conf"
PORT="$(free_port_from 56532)"
pg_start "$BENCH_DIR/pg" "$PORT" "$BENCH_DIR/postgres.log"
PASSWORD="$(cat "$BENCH_DIR/pg.password")"
bench() { dotnet bench/ReminderBench/bin/Release/net10.0/ReminderBench.dll "$@" 2>/dev/null | grep -E "^(sweep|idle) " || true; }

for run in $(seq 1 "$RUNS"); do
  pg_create_database "$PORT" "$PASSWORD" "sweep$run"
  bench sweep "$(npgsql_conn "$PORT" "$PASSWORD" "sweep$run");Max Auto Prepare=20" "$CONTRACTS" 10
done
if [[ $IDLE_SECONDS -gt 0 ]]; then
  for jobs in hangfire none; do
    for run in $(seq 1 "$RUNS"); do
      pg_create_database "$PORT" "$PASSWORD" "idle-$jobs-$run"
      bench idle "$(npgsql_conn "$PORT" "$PASSWORD" "idle-$jobs-$run");Max Auto Prepare=20" "$jobs" "$IDLE_SECONDS"
    done
  done
fi
