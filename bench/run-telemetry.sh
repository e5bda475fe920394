#!/usr/bin/env bash
# Telemetry cost (issue 19): gateway GET throughput with telemetry on (the default: OpenTelemetry metrics, the
# Prometheus endpoint, the VendorGrid counters, trace context; spans unsampled without an exporter) against
# VG_TELEMETRY=off, as a ratio on/off. Two ./vg up stacks (each its own PostgreSQL, silo and gateway) run side by
# side; wrk alternates between them (off, on, off, on, ...) so both see the same machine load. Target: ≥ 0.95.
#   bench/run-telemetry.sh [SECONDS=20]        VG_BENCH_RUNS=3 (default) pairs of measurements, then the medians
# The request is bench/run-gateway.sh's: authenticated GET /api/contracts/c2-chaoyang-his-2026/obligations on a warm grain.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SECONDS_PER_RUN=${1:-20}; RUNS=${VG_BENCH_RUNS:-3}; WARMUP=${VG_BENCH_WARMUP:-20}
command -v wrk >/dev/null || { [[ $EUID -eq 0 ]] && apt-get install -y -q wrk >/dev/null; } || { echo "install wrk: apt-get install wrk" >&2; exit 1; }
WORK="$(mktemp -d /tmp/vg-telbench.XXXXXX)"; chmod 755 "$WORK"
PIDS=()
cleanup() { trap '' INT TERM; for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
cat >"$WORK/auth.lua" <<'LUA'
wrk.headers["Authorization"] = "Bearer " .. os.getenv("VG_TOKEN")
LUA
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
rps() { # $1 url, $2 token, $3 seconds → requests per second (non-2xx answers fail the benchmark)
  VG_TOKEN="$2" wrk -t2 -c64 -d"$3s" -s "$WORK/auth.lua" "$1" | awk '/Non-2xx/ { bad = $NF } /^Requests\/sec/ { r = $2 }
    END { if (bad != "") { print "non-2xx answers: " bad > "/dev/stderr"; exit 1 } printf "%.0f\n", r }'
}

echo "building (Release)..." >&2
dotnet build VendorGrid.sln -c Release -nologo -v q >/dev/null
[[ -f portal/dist/index.html ]] || bash tools/vg/portal.sh build >/dev/null
start() { # $1 name, $2 port, $3 VG_TELEMETRY → the stack's URL once ready
  VG_TELEMETRY=$3 VG_RATE_LIMIT_PER_MINUTE=100000000 ./vg up --no-build --port "$2" --data-dir "$WORK/$1" >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 480); do curl -sf "http://127.0.0.1:$2/health/ready" >/dev/null && return 0; sleep 0.5; done
  tail -20 "$WORK/$1.log" >&2; exit 1
}
start off "${VG_BENCH_PORT_OFF:-18281}" off
start on "${VG_BENCH_PORT_ON:-18291}" on
curl -sf "http://127.0.0.1:${VG_BENCH_PORT_ON:-18291}/metrics" | grep -q '^vendorgrid_requests' || { echo "telemetry is not on in the 'on' stack" >&2; exit 1; }
# (With telemetry off, /metrics is just another portal path: the portal's page, not metrics.)
! curl -s "http://127.0.0.1:${VG_BENCH_PORT_OFF:-18281}/metrics" | grep -q '^vendorgrid_requests' || { echo "telemetry is not off in the 'off' stack" >&2; exit 1; }
path="/api/contracts/c2-chaoyang-his-2026/obligations?asOf=2026-04-10"
T_OFF="$(./vg token --data-dir "$WORK/off" --role institution-staff --institution 121100004006863122)"
T_ON="$(./vg token --data-dir "$WORK/on" --role institution-staff --institution 121100004006863122)"
OFF_URL="http://127.0.0.1:${VG_BENCH_PORT_OFF:-18281}$path"; ON_URL="http://127.0.0.1:${VG_BENCH_PORT_ON:-18291}$path"
rps "$OFF_URL" "$T_OFF" "$WARMUP" >/dev/null; rps "$ON_URL" "$T_ON" "$WARMUP" >/dev/null
echo "--- $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
OFF=(); ON=(); RATIOS=()
for run in $(seq 1 "$RUNS"); do
  off="$(rps "$OFF_URL" "$T_OFF" "$SECONDS_PER_RUN")"; on="$(rps "$ON_URL" "$T_ON" "$SECONDS_PER_RUN")"
  ratio="$(awk -v a="$on" -v b="$off" 'BEGIN { printf "%.3f", a / b }')"
  echo "run $run/$RUNS: off $off req/s, on $on req/s, ratio $ratio (load $(cut -d' ' -f1 /proc/loadavg))"
  OFF+=("$off"); ON+=("$on"); RATIOS+=("$ratio")
done
echo "median: off $(echo "${OFF[*]}" | median) req/s, on $(echo "${ON[*]}" | median) req/s, ratio on/off $(echo "${RATIOS[*]}" | median) (target ≥ 0.95)"
