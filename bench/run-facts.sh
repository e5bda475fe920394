#!/usr/bin/env bash
# Fact-write benchmark (issue 15): FACTS single facts posted to fresh copies of the C2 seed with no history and FACTS
# to one loaded with HISTORY facts through POST /events:batch (BATCH per request, each timed), CONCURRENCY in flight,
# through a running `./vg up` (one silo, one gateway) by bench/FactBench. After one unmeasured run, runs RUNS times
# against the same instance and prints each run and the medians. KIND: reminders (the default, payment reminders), incidents (opened, responded,
# restored), attendance (days on site) or mixed — see bench/FactBench/Program.cs.
#   bench/run-facts.sh [RUNS=3] [FACTS=5000] [HISTORY=10000] [BATCH=1000] [CONCURRENCY=16] [KIND=reminders]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS=${1:-3}; FACTS=${2:-5000}; HISTORY=${3:-10000}; BATCH=${4:-1000}; CONCURRENCY=${5:-16}; KIND=${6:-reminders}
WORK="$(mktemp -d /tmp/vg-factbench.XXXXXX)"; chmod 755 "$WORK"
PORT=18192
UP_PID=""
cleanup() { trap '' INT TERM; [[ -n "$UP_PID" ]] && { kill -TERM "$UP_PID" 2>/dev/null || true; wait "$UP_PID" 2>/dev/null || true; }; rm -rf "$WORK"; }
trap cleanup EXIT

dotnet build VendorGrid.sln -c Release -nologo -v q >/dev/null
dotnet build bench/FactBench -c Release -nologo -v q >/dev/null
# The per-caller rate limit is lifted: the load client is one caller and would otherwise measure the limit.
VG_RATE_LIMIT_PER_MINUTE=100000000 ./vg up --port "$PORT" --data-dir "$WORK/data" --no-build >"$WORK/up.log" 2>&1 &
UP_PID=$!
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null || { tail -20 "$WORK/up.log"; exit 1; }

CHAOYANG=121100004006863122
ADMIN="$(./vg token --data-dir "$WORK/data" --role institution-admin --institution $CHAOYANG --ttl 8h)"
echo "--- $KIND: $FACTS facts with 0 and $HISTORY facts of history, batches of $BATCH, $CONCURRENCY in flight; $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
# One unmeasured run first: a fresh silo and gateway run at about half speed for their first seconds (JIT tiers), which
# would otherwise make run 1 an outlier in every set.
dotnet bench/FactBench/bin/Release/net10.0/FactBench.dll "http://127.0.0.1:$PORT" "$ADMIN" seeds/c2-chaoyang-his-2026.json 5000 1000 1000 "$CONCURRENCY" "$KIND" >/dev/null
for run in $(seq 1 "$RUNS"); do
  dotnet bench/FactBench/bin/Release/net10.0/FactBench.dll "http://127.0.0.1:$PORT" "$ADMIN" seeds/c2-chaoyang-his-2026.json \
    "$FACTS" "$HISTORY" "$BATCH" "$CONCURRENCY" "$KIND" | tee -a "$WORK/runs.txt"
done
field() { sed -E "s/.*$1=([0-9.]+).*/\\1/" "$WORK/runs.txt" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "median of $RUNS: rate_0=$(field rate_0) rate_$HISTORY=$(field "rate_$HISTORY") ratio=$(field ratio) batch_median_ms=$(field batch_median_ms) batch_max_ms=$(field batch_max_ms)"
