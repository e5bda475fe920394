#!/usr/bin/env bash
# Scale-out benchmark (issue 8), on one machine through `./vg up --silos N`:
#  1. write throughput (POST /api/contracts/{id}/events, a new milestone fact per request, 12 contracts) with
#     1, 2 and 3 silos: wrk -t2 -c16, RUNS runs of SECONDS each per size, req/s p50 p99 and non-2xx per run;
#  2. the failover window after `kill -9` of one of 3 silos, with Orleans' default membership probes and with
#     tuned ones (VG_PROBE_TIMEOUT_SECONDS=1 VG_MISSED_PROBES=2): 4 sequential writers, the longest time
#     between two acknowledged writes of one writer after the kill, and the failed requests; RUNS runs each.
#   bench/run-scaleout.sh [SECONDS=20] [RUNS=3]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SECONDS_PER_RUN=${1:-20}; RUNS=${2:-3}
command -v wrk >/dev/null || { [[ $EUID -eq 0 ]] && apt-get install -y -q wrk >/dev/null; } || { echo "install wrk: apt-get install wrk" >&2; exit 1; }
WORK="$(mktemp -d /tmp/vg-scalebench.XXXXXX)"; chmod 755 "$WORK"
PORT=${VG_BENCH_PORT:-18281}
UP_PID=""
cleanup() { trap '' INT TERM; [[ -n "$UP_PID" ]] && { kill -TERM "$UP_PID" 2>/dev/null; wait "$UP_PID" 2>/dev/null; }; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM   # so a signal runs the cleanup too
INSTITUTION=bench-scaleout-inst
URL="http://127.0.0.1:$PORT"

start_cluster() { # $1 silos, then VAR=value environment for the silos
  local silos=$1; shift
  # The per-caller rate limit (600/min) would answer nearly every request 429 and measure itself: lift it.
  env VG_RATE_LIMIT_PER_MINUTE=1000000000 "$@" ./vg up --silos "$silos" --port "$PORT" --data-dir "$WORK/data" >"$WORK/up.log" 2>&1 &
  UP_PID=$!
  for _ in $(seq 1 240); do active_silos 2>/dev/null | grep -qx "$silos" && return 0; sleep 1; done
  tail -20 "$WORK/up.log" >&2; exit 1
}
stop_cluster() { kill -TERM "$UP_PID"; wait "$UP_PID" 2>/dev/null || true; UP_PID=""; }
admin_token() { ./vg token --data-dir "$WORK/data" --role platform-admin; }
staff_token() { ./vg token --data-dir "$WORK/data" --role institution-admin --institution "$INSTITUTION"; }
active_silos() { curl -sf -H "Authorization: Bearer $(admin_token)" "$URL/api/admin/cluster" | grep -o '"status":"Active"' | wc -l; }

# 12 contracts (copies of seed C2) of one institution; created once, the data dir is kept across sizes.
create_contracts() {
  local token i; token="$(staff_token)"
  for i in $(seq -w 1 12); do
    python3 -c '
import json, sys
c = json.load(open(sys.argv[1])); c["id"] = f"bench-c{sys.argv[2]}"; c["institution"]["id"] = sys.argv[3]; c["vendor"]["id"] = f"bench-vendor-{sys.argv[2]}"
print(json.dumps(c, ensure_ascii=False))' seeds/c2-chaoyang-his-2026.json "$i" "$INSTITUTION" >"$WORK/contract.json"
    curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      --data-binary @"$WORK/contract.json" "$URL/api/contracts" || curl -sf -o /dev/null -H "Authorization: Bearer $token" "$URL/api/contracts/bench-c$i"
  done
}

cat >"$WORK/facts.lua" <<'LUA'
-- Each request records a new milestone fact (unique id per thread and request) on one of the 12 contracts.
local threads, n, prefix = 0, 0, ""
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
function init(args) prefix = string.format("b%d-%d", os.time() % 100000, tid) end
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("VG_TOKEN")
wrk.headers["Content-Type"] = "application/json"
function request()
  n = n + 1
  local body = string.format('{ "id": "m-%s-%d", "type": "milestone", "name": "bank-change", "occurredAt": "2026-03-01T10:00:00+08:00" }', prefix, n)
  return wrk.format(nil, string.format("/api/contracts/bench-c%02d/events", (n % 12) + 1), nil, body)
end
LUA

# wrk → "requests_per_s p50_ms p99_ms non2xx+socket_errors"
throughput() {
  VG_TOKEN="$(staff_token)" wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency -s "$WORK/facts.lua" "$URL" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad += $NF } /Socket errors/ { gsub(/,/, ""); bad += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# One sequential writer: logs "epoch_seconds http_status" per request until $WORK/stop exists.
writer() { # $1 writer number, $2 token
  local n=0 status
  while [[ ! -f "$WORK/stop" ]]; do
    n=$((n + 1))
    status="$(curl -s -o /dev/null -w '%{http_code}' -m 60 -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
      --data "{ \"id\": \"f-$1-$n-$RANDOM$RANDOM\", \"type\": \"milestone\", \"name\": \"bank-change\", \"occurredAt\": \"2026-03-01T10:00:00+08:00\" }" \
      "$URL/api/contracts/bench-c$(printf %02d $(( (n + $1 * 3) % 12 + 1 )))/events")" || status=000
    echo "$EPOCHREALTIME $status"
  done
}

# kill -9 of silo-2 under 4 writers → "longest_gap_s failed_requests"
failover() {
  local token pid i; token="$(staff_token)"
  rm -f "$WORK/stop" "$WORK"/writer-*.log
  for i in 1 2 3 4; do writer "$i" "$token" >"$WORK/writer-$i.log" & done
  sleep 5
  pid="$(grep -lx silo-2 "$WORK"/data/logs/*.name | sed 's#.*/##; s#\.name$##')"
  local killed_at=$EPOCHREALTIME
  kill -KILL -- "-$pid"
  sleep 40
  touch "$WORK/stop"; wait $(jobs -p | grep -vx "$UP_PID") 2>/dev/null || true
  for i in 1 2 3 4; do awk -v k="$killed_at" '$1 >= k - 1' "$WORK/writer-$i.log"; echo "---"; done | awk -v k="$killed_at" '
    /^---/ { last = k; next }
    $2 ~ /^20[01]$/ { if (last == "") last = k; if ($1 - last > gap) gap = $1 - last; last = $1; next }
    { failed++ }
    END { printf "%.1f %d\n", gap, failed }'
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), load average now $(cut -d' ' -f1-3 /proc/loadavg)"
echo "--- write throughput, wrk -t2 -c16 -d${SECONDS_PER_RUN}s, $RUNS runs; fields: req/s p50_ms p99_ms errors"
for silos in 1 2 3; do
  start_cluster "$silos"
  [[ $silos -eq 1 ]] && create_contracts
  : >"$WORK/rps"
  for run in $(seq 1 "$RUNS"); do
    result="$(throughput)"; echo "$silos silo(s) run $run: $result"; echo "${result%% *}" >>"$WORK/rps"
  done
  echo "$silos silo(s) median req/s: $(median <"$WORK/rps")"
  stop_cluster
done

echo "--- failover after kill -9 of 1 of 3 silos (4 sequential writers); fields: longest_gap_s failed_requests"
for probes in default tuned; do
  : >"$WORK/gaps"
  for run in $(seq 1 "$RUNS"); do
    if [[ $probes == default ]]; then start_cluster 3; else start_cluster 3 VG_PROBE_TIMEOUT_SECONDS=1 VG_MISSED_PROBES=2; fi
    result="$(failover)"; echo "$probes probes run $run: $result"; echo "${result%% *}" >>"$WORK/gaps"
    stop_cluster
  done
  echo "$probes probes median longest gap (s): $(median <"$WORK/gaps")"
done
