#!/usr/bin/env bash
# Scale-out benchmark (issue 8), on one machine through `./vg up --silos N`:
#  1. write throughput (POST /api/contracts/{id}/events, a new milestone fact per request, 12 contracts) with
#     1, 2 and 3 silos: wrk -t2 -c16, RUNS runs of SECONDS each per size after a 5 s warm-up, req/s p50 p99, non-2xx
#     responses and requests wrk gave up on (no answer in 10 s) per run, and the exceptions the nodes logged.
#     Each size writes to 12 contracts of its own: every fact lengthens its contract's history, which each write
#     evaluates, so sizes sharing contracts would each start with the previous sizes' tens of thousands of facts;
#  2. the failover window after `kill -9` of one of 3 silos, with Orleans' defaults and with the tuned settings
#     (TUNED, default: silo probes 2 s x 3 misses, gateway response timeout 10 s, gateway list refresh 5 s):
#     4 sequential writers, the longest time between two acknowledged writes of one writer after the kill, and the
#     failed requests; RUNS runs each.
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
TUNED=${TUNED:-VG_PROBE_TIMEOUT_SECONDS=2 VG_MISSED_PROBES=3 VG_RESPONSE_TIMEOUT_SECONDS=10 VG_GATEWAY_LIST_REFRESH_SECONDS=5}
URL="http://127.0.0.1:$PORT"

start_cluster() { # $1 silos, then VAR=value environment for the silos
  local silos=$1; shift
  # The per-caller rate limit (600/min) would answer nearly every request 429 and measure itself: lift it.
  env VG_RATE_LIMIT_PER_MINUTE=1000000000 "$@" ./vg up --no-build --silos "$silos" --port "$PORT" --data-dir "$WORK/data" >"$WORK/up.log" 2>&1 &
  UP_PID=$!
  for _ in $(seq 1 240); do
    active_silos 2>/dev/null | grep -qx "$silos" && return 0
    kill -0 "$UP_PID" 2>/dev/null || break # ./vg up stopped (a busy port, a failed start): its log says why
    sleep 1
  done
  tail -20 "$WORK/up.log" >&2; exit 1
}
# Each cluster's logs are kept (the run's work directory is not) for whoever reads an error count: $1 names them.
LOGS=${VG_BENCH_LOGS:-/tmp/vg-scalebench-logs-$(date -u +%Y%m%dT%H%M%S)}
stop_cluster() {
  kill -TERM "$UP_PID"; wait "$UP_PID" 2>/dev/null || true; UP_PID=""
  mkdir -p "$LOGS/$1"; cp "$WORK"/data/logs/*.log "$WORK/up.log" "$LOGS/$1/" 2>/dev/null || true
}
admin_token() { ./vg token --data-dir "$WORK/data" --role platform-admin; }
staff_token() { ./vg token --data-dir "$WORK/data" --role institution-admin --institution "$INSTITUTION"; }
active_silos() { curl -sf -H "Authorization: Bearer $(admin_token)" "$URL/api/admin/cluster" | grep -o '"status":"Active"' | wc -l; }

# 12 contracts (copies of seed C2) of one institution, ids PREFIX-c01..12; the data dir is kept across sizes.
create_contracts() { # $1 prefix
  local token i prefix=$1; token="$(staff_token)"
  for i in $(seq -w 1 12); do
    python3 -c '
import json, sys
c = json.load(open(sys.argv[1])); c["id"] = f"{sys.argv[4]}-c{sys.argv[2]}"; c["institution"]["id"] = sys.argv[3]; c["vendor"]["id"] = f"bench-vendor-{sys.argv[2]}"
print(json.dumps(c, ensure_ascii=False))' seeds/c2-chaoyang-his-2026.json "$i" "$INSTITUTION" "$prefix" >"$WORK/contract.json"
    # Created (201) or already there (200); anything else is retried a few times and then stops the bench: a
    # contract that was never created would show up later as 404s on every write to it.
    local attempt status
    for attempt in 1 2 3 4 5; do
      status="$(curl -s -o /dev/null -w '%{http_code}' -m 60 -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        --data-binary @"$WORK/contract.json" "$URL/api/contracts")" || status=000
      [[ $status == 20[01] ]] && break
      echo "creating $prefix-c$i: HTTP $status (attempt $attempt)" >&2; sleep 2
    done
    [[ $status == 20[01] ]] || { echo "could not create $prefix-c$i" >&2; exit 1; }
  done
}

cat >"$WORK/facts.lua" <<'LUA'
-- Each request records a new milestone fact (unique id per thread and request) on one of the 12 contracts
-- VG_CONTRACTS-c01..12; answers other than 2xx are counted by status and printed at the end.
local threads, n, prefix, contracts = {}, 0, "", os.getenv("VG_CONTRACTS")
statuses = {}
function setup(thread) table.insert(threads, thread); thread:set("tid", #threads) end
function init(args) prefix = string.format("b%d-%d", os.time() % 100000, tid) end
function response(status) if status >= 300 then statuses[status] = (statuses[status] or 0) + 1 end end
function done()
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do total[status] = (total[status] or 0) + count end
  end
  for status, count in pairs(total) do io.write(string.format("status %d: %d\n", status, count)) end
end
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("VG_TOKEN")
wrk.headers["Content-Type"] = "application/json"
function request()
  n = n + 1
  local body = string.format('{ "id": "m-%s-%d", "type": "milestone", "name": "bank-change", "occurredAt": "2026-03-01T10:00:00+08:00" }', prefix, n)
  return wrk.format(nil, string.format("/api/contracts/%s-c%02d/events", contracts, (n % 12) + 1), nil, body)
end
LUA

# wrk on contracts $1-c01..12 for $2 seconds → "requests_per_s p50_ms p99_ms non2xx timeouts+socket_errors [status N: count ...]"
# wrk's own timeout is 10 s (its default of 2 s counted slow answers as errors: the 2 "errors" of the first
# 3-silo run of session 2 were no worse than the p99 of that warm-up run).
throughput() {
  VG_TOKEN="$(staff_token)" VG_CONTRACTS=$1 wrk -t2 -c16 -d"${2}s" --timeout 10s --latency -s "$WORK/facts.lua" "$URL" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { non2xx += $NF } /Socket errors/ { gsub(/,/, ""); socket += $4 + $6 + $8 + $10 }
    /^status / { statuses = statuses " " $0 }
    END { printf "%.0f %.2f %.2f %d %d%s\n", rps, p50, p99, non2xx, socket, statuses }'
}

# The exception types the gateway and silos logged since they started (what any failed request ran into).
logged_exceptions() {
  cat "$WORK"/data/logs/gateway*.log "$WORK"/data/logs/silo*.log 2>/dev/null |
    grep -oE '[A-Za-z.]+(Exception|Rejection)\b' | sort | uniq -c | sort -rn | head -5 | awk '{ printf "%s%s x%s", (NR > 1 ? ", " : ""), $2, $1 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# One sequential writer: logs "epoch_seconds http_status" per request until $WORK/stop exists.
writer() { # $1 writer number, $2 token, $3 contract prefix
  local n=0 status
  while [[ ! -f "$WORK/stop" ]]; do
    n=$((n + 1))
    status="$(curl -s -o /dev/null -w '%{http_code}' -m 60 -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
      --data "{ \"id\": \"f-$1-$n-$RANDOM$RANDOM\", \"type\": \"milestone\", \"name\": \"bank-change\", \"occurredAt\": \"2026-03-01T10:00:00+08:00\" }" \
      "$URL/api/contracts/$3-c$(printf %02d $(( (n + $1 * 3) % 12 + 1 )))/events")" || status=000
    echo "$EPOCHREALTIME $status"
  done
}

# kill -9 of silo-2 under 4 writers on contracts $1-c01..12 → "longest_gap_s failed_requests"
failover() {
  local token pid i; token="$(staff_token)"
  rm -f "$WORK/stop" "$WORK"/writer-*.log
  for i in 1 2 3 4; do writer "$i" "$token" "$1" >"$WORK/writer-$i.log" & done
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

# Built once here; every cluster below starts from that build (`./vg up --no-build`).
echo "building (Release)..."; dotnet build VendorGrid.sln -c Release -nologo -v q >"$WORK/build.log" 2>&1 || { tail -20 "$WORK/build.log" >&2; exit 1; }
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), load average now $(cut -d' ' -f1-3 /proc/loadavg)"
echo "--- write throughput, wrk -t2 -c16 -d${SECONDS_PER_RUN}s --timeout 10s after a 5 s warm-up, $RUNS runs"
echo "    fields: req/s p50_ms p99_ms non2xx no_answer_in_10s_or_socket_errors [status: count of non-2xx]"
for silos in 1 2 3; do
  start_cluster "$silos"
  create_contracts "bench-s$silos"
  throughput "bench-s$silos" 5 >/dev/null # activations, connections and JIT of the fresh processes
  : >"$WORK/rps"
  for run in $(seq 1 "$RUNS"); do
    result="$(throughput "bench-s$silos" "$SECONDS_PER_RUN")"; echo "$silos silo(s) run $run: $result"; echo "${result%% *}" >>"$WORK/rps"
  done
  echo "$silos silo(s) median req/s: $(median <"$WORK/rps"); exceptions logged: $(logged_exceptions)"
  stop_cluster "throughput-$silos-silos"
done

echo "--- failover after kill -9 of 1 of 3 silos (4 sequential writers); fields: longest_gap_s failed_requests"
echo "    tuned: $TUNED"
for settings in default tuned; do
  : >"$WORK/gaps"
  for run in $(seq 1 "$RUNS"); do
    # shellcheck disable=SC2086 # TUNED is a list of VAR=value words
    if [[ $settings == default ]]; then start_cluster 3; else start_cluster 3 $TUNED; fi
    create_contracts "fail-$settings-$run"
    result="$(failover "fail-$settings-$run")"
    echo "$settings run $run: $result; exceptions logged: $(logged_exceptions)"; echo "${result%% *}" >>"$WORK/gaps"
    stop_cluster "failover-$settings-$run"
  done
  echo "$settings median longest gap (s): $(median <"$WORK/gaps")"
done
echo "logs of every cluster: $LOGS"
