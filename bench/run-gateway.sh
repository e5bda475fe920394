#!/usr/bin/env bash
# Gateway benchmark (issue 4): authenticated GET /api/contracts/{id}/obligations on a warm grain with
# wrk -t2 -c64 -d30s, as a ratio to bare Kestrel GET /ping in the same run; latency at lower load; and a
# flooding tenant's effect on another tenant's p99 (with the default per-caller rate limit in force).
#   bench/run-gateway.sh [SECONDS=30]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SECONDS_PER_RUN=${1:-30}
command -v wrk >/dev/null || { [[ $EUID -eq 0 ]] && apt-get install -y -q wrk >/dev/null; } || { echo "install wrk: apt-get install wrk" >&2; exit 1; }
WORK="$(mktemp -d /tmp/vg-gwbench.XXXXXX)"; chmod 755 "$WORK"
PORT=18181; PING_PORT=18182
PIDS=()
cleanup() { trap '' INT TERM; for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

dotnet build bench/PingServer -c Release -nologo -v q >/dev/null
cat >"$WORK/auth.lua" <<'LUA'
wrk.headers["Authorization"] = "Bearer " .. os.getenv("VG_TOKEN")
LUA
# Tenant B paces itself (each connection waits 250 ms between requests: 8 req/s on 2 connections), staying
# under the default 600 requests a minute, so its latency measures the gateway, not its own rate limit.
cat >"$WORK/paced.lua" <<'LUA'
wrk.headers["Authorization"] = "Bearer " .. os.getenv("VG_TOKEN")
function delay() return 250 end
LUA

start_vendorgrid() { # $1 = rate limit per minute
  VG_RATE_LIMIT_PER_MINUTE=$1 ./vg up --port "$PORT" --data-dir "$WORK/data" >"$WORK/up.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done
  curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null || { tail -20 "$WORK/up.log"; exit 1; }
}
stop_vendorgrid() { kill -TERM "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true; unset 'PIDS[-1]'; }
token() { ./vg token --data-dir "$WORK/data" --role institution-staff --institution "$1"; }
# wrk → "requests_per_s p50_ms p99_ms"
measure() { # $1 connections, $2 url, $3 token (may be empty), [$4 seconds], [$5 lua script]
  VG_TOKEN="$3" wrk -t2 -c"$1" -d"${4:-$SECONDS_PER_RUN}s" --latency -s "${5:-$WORK/auth.lua}" "$2" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { non2xx = $NF }
    END { printf "%.0f %.2f %.2f %s\n", rps, p50, p99, (non2xx == "" ? 0 : non2xx) }'
}

DOTNET_gcServer=0 dotnet bench/PingServer/bin/Release/net10.0/PingServer.dll --urls "http://127.0.0.1:$PING_PORT" >/dev/null 2>&1 &
PIDS+=($!)
start_vendorgrid 100000000
CHAOYANG=121100004006863122; DATA_CENTER=bj-health-data-center
API="http://127.0.0.1:$PORT/api/contracts/c2-chaoyang-his-2026/obligations?asOf=2026-04-10"
T1="$(token $CHAOYANG)"; T2="$(token $DATA_CENTER)"
curl -sf -H "Authorization: Bearer $T1" "$API" >/dev/null   # warm the grain
echo "--- throughput (wrk -t2 -c64 -d${SECONDS_PER_RUN}s); fields: req/s p50_ms p99_ms non2xx"
PING="$(measure 64 "http://127.0.0.1:$PING_PORT/ping" "")"; echo "ping        $PING"
OBL="$(measure 64 "$API" "$T1")"; echo "obligations $OBL"
echo "ratio obligations/ping = $(awk -v a="${OBL%% *}" -v b="${PING%% *}" 'BEGIN { printf "%.2f", a / b }')"
echo "--- lower load (wrk -t2 -c4)"
echo "obligations $(measure 4 "$API" "$T1")"
stop_vendorgrid

start_vendorgrid 600   # the default per-caller limit, partitioned by tenant
API2="http://127.0.0.1:$PORT/api/contracts/c3-medical-registration-ops-2024/obligations?asOf=2024-12-01"
curl -sf -H "Authorization: Bearer $T2" "$API2" >/dev/null
echo "--- fairness: tenant B paced at 8 req/s (15 s), alone and while tenant A floods at -c64"
ALONE="$(measure 2 "$API2" "$T2" 15 "$WORK/paced.lua")"; echo "B alone     $ALONE"
VG_TOKEN="$T1" wrk -t1 -c64 -d22s -s "$WORK/auth.lua" "$API" >"$WORK/flood.txt" &
FLOOD=$!; sleep 3
UNDER="$(measure 2 "$API2" "$T2" 15 "$WORK/paced.lua")"; echo "B flooded   $UNDER"
wait "$FLOOD"; echo "A flood: $(grep -E 'Requests/sec|Non-2xx' "$WORK/flood.txt" | tr -s ' ' | tr '\n' ' ')"
echo "p99 ratio flooded/alone = $(awk -v a="$(echo "$UNDER" | cut -d' ' -f3)" -v b="$(echo "$ALONE" | cut -d' ' -f3)" 'BEGIN { printf "%.2f", a / b }')"
