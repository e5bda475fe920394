#!/usr/bin/env bash
# Incident benchmark (issue 6): INCIDENTS incidents with four steps each (responded, onsite, restored by the vendor;
# closed by the institution) recorded through the API of a running `./vg up` gateway by bench/IncidentBench, spread
# over CONTRACTS fresh copies of the C2 seed, CONCURRENCY requests in flight. Runs RUNS times against one instance
# (each run on its own new contracts) and prints each run and the medians: steps per second and step p99.
#   bench/run-incidents.sh [RUNS=3] [INCIDENTS=10000] [CONTRACTS=10] [CONCURRENCY=16]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS=${1:-3}; INCIDENTS=${2:-10000}; CONTRACTS=${3:-10}; CONCURRENCY=${4:-16}
WORK="$(mktemp -d /tmp/vg-incbench.XXXXXX)"; chmod 755 "$WORK"
PORT=18191
UP_PID=""
cleanup() { trap '' INT TERM; [[ -n "$UP_PID" ]] && { kill -TERM "$UP_PID" 2>/dev/null || true; wait "$UP_PID" 2>/dev/null || true; }; rm -rf "$WORK"; }
trap cleanup EXIT

# Everything is built before the gateway starts, so the readiness wait below measures starting, not compiling.
dotnet build VendorGrid.sln -c Release -nologo -v q >/dev/null
dotnet build bench/IncidentBench -c Release -nologo -v q >/dev/null
# The per-caller rate limit is lifted: the load client is one caller per side and would otherwise measure the limit.
VG_RATE_LIMIT_PER_MINUTE=100000000 ./vg up --port "$PORT" --data-dir "$WORK/data" >"$WORK/up.log" 2>&1 &
UP_PID=$!
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null || { tail -20 "$WORK/up.log"; exit 1; }

CHAOYANG=121100004006863122; VENDOR=91110106MA01A51E7B
ADMIN="$(./vg token --data-dir "$WORK/data" --role institution-admin --institution $CHAOYANG --ttl 8h)"
ENGINEER="$(./vg token --data-dir "$WORK/data" --role vendor --vendor $VENDOR --ttl 8h)"
echo "--- $INCIDENTS incidents × 4 steps over $CONTRACTS contracts, $CONCURRENCY in flight; $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
for run in $(seq 1 "$RUNS"); do
  dotnet bench/IncidentBench/bin/Release/net10.0/IncidentBench.dll "http://127.0.0.1:$PORT" "$ADMIN" "$ENGINEER" \
    seeds/c2-chaoyang-his-2026.json "$INCIDENTS" "$CONTRACTS" "$CONCURRENCY" | tee -a "$WORK/runs.txt"
done
field() { sed -E "s/.*$1=([0-9.]+).*/\\1/" "$WORK/runs.txt" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# In process, the evaluation one step costs at the per-contract incident count of this run, with and without the cache.
dotnet bench/IncidentBench/bin/Release/net10.0/IncidentBench.dll engine . $(( INCIDENTS / CONTRACTS )) 200
echo "median of $RUNS: events_per_s=$(field events_per_s) requests_per_s=$(field requests_per_s) p50_ms=$(field p50_ms) p99_ms=$(field p99_ms)"
