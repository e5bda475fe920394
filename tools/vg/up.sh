# ./vg up: PostgreSQL (local cluster under DATA_DIR/pg unless VG_DB is set), one silo, one gateway.
# Ctrl-C or SIGTERM stops everything it started. Sourced by ./vg.

UP_PIDS=()      # process-group leaders of the silo and the gateway (set -m gives each its own group)
UP_PGDATA=""    # set when this run owns a local PostgreSQL cluster

up_cleanup() {
  # A second signal (a second Ctrl-C, or `timeout` forwarding its TERM) must not cut the cleanup short and
  # leave PostgreSQL running, so signals are ignored from here on.
  trap '' INT TERM
  trap - EXIT
  local pid
  # stderr muted: bash would otherwise print a "Terminated" job notice for each process it reaps.
  {
    for pid in "${UP_PIDS[@]}"; do kill -TERM -- "-$pid" || true; done
    for pid in "${UP_PIDS[@]}"; do
      for _ in $(seq 1 30); do kill -0 "$pid" || break; sleep 0.5; done # 15 s to stop gracefully
      kill -KILL -- "-$pid" || true
      wait "$pid" || true
    done
  } 2>/dev/null
  UP_PIDS=()
  if [[ -n "$UP_PGDATA" ]]; then pg_stop "$UP_PGDATA"; UP_PGDATA=""; fi
}

# Starts a local cluster under $1/pg (initdb once) and prints its Npgsql connection string.
up_local_database() {
  local data_dir=$1
  ensure_pg_bin
  pg_os_user
  pg_init "$data_dir/pg"
  local port; port="$(pg_running_port "$data_dir/pg")"
  if [[ -z "$port" ]]; then
    port="$(free_port_from "$(cat "$data_dir/pg.port" 2>/dev/null || echo 55432)")"
    pg_start "$data_dir/pg" "$port" "$data_dir/logs/postgres.log"
  fi
  echo "$port" >"$data_dir/pg.port"
  UP_PGDATA="$data_dir/pg"
  local password; password="$(cat "$data_dir/pg.password")"
  pg_create_database "$port" "$password" vendorgrid
  (umask 077; npgsql_conn "$port" "$password" vendorgrid >"$data_dir/connection-string")
}

# Why process $1 (pid) stopped: its exit status and the one-line reason it logged ("vendorgrid-...: ..."), if any.
up_failure() {
  local pid=$1 status=0 name log
  name="$(cat "$DATA_DIR/logs/$pid.name")"; log="$DATA_DIR/logs/$name.log"
  wait "$pid" 2>/dev/null || status=$?
  echo "the $name exited with status $status$(grep -m1 -E '^vendorgrid-(silo|gateway): ' "$log" | sed 's/^/: /') (log: $log)"
}

up_wait_ready() { # $1 url; fails if a process exits first
  local pid
  for _ in $(seq 1 240); do
    curl -fsS "$1/health/ready" >/dev/null 2>&1 && return 0
    for pid in "${UP_PIDS[@]}"; do
      kill -0 "$pid" 2>/dev/null || die "start-up failed: $(up_failure "$pid")"
    done
    sleep 0.5
  done
  die "not ready after 120 s (logs: $DATA_DIR/logs)"
}

up_start() { # $1 name, rest: command; output to DATA_DIR/logs/NAME.log
  local name=$1; shift
  "$@" >"$DATA_DIR/logs/$name.log" 2>&1 &
  UP_PIDS+=("$!")
  echo "$name" >"$DATA_DIR/logs/$!.name"
}

cmd_up() {
  local port=8080
  DATA_DIR="$ROOT/.vendorgrid"
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --port) [[ "${2:-}" =~ ^[0-9]+$ ]] || die "--port needs a number"; port=$2; shift 2 ;;
      --data-dir) [[ -n "${2:-}" ]] || die "--data-dir needs a directory"; DATA_DIR="$(absolute "$2")"; shift 2 ;;
      *) die "unknown option $1 (./vg up [--port N] [--data-dir DIR])" ;;
    esac
  done
  command -v curl >/dev/null || die "curl is needed to check readiness: install it with 'apt-get install curl'"
  port_in_use "$port" && die "port $port is already in use: choose another with --port N"
  mkdir -p "$DATA_DIR/logs" "$DATA_DIR/jwt"
  rm -f "$DATA_DIR"/logs/*.name
  build Release
  source "$ROOT/tools/vg/portal.sh" && portal_for_up
  trap up_cleanup EXIT
  trap 'info "stopping..."; up_cleanup; exit 0' INT TERM

  local conn
  if [[ -n "${VG_DB:-}" ]]; then conn="$VG_DB"; else up_local_database "$DATA_DIR"; conn="$(cat "$DATA_DIR/connection-string")"; fi
  local silo_port gateway_port
  silo_port="$(free_port_from 11111)"; gateway_port="$(free_port_from 30000)"

  set -m # each process in its own process group, so stopping one stops its children too
  up_start silo env VG_DB="$conn" VG_SILO_PORT="$silo_port" VG_GATEWAY_PORT="$gateway_port" VG_ADVERTISED_IP=127.0.0.1 \
    VG_SEEDS="${VG_SEEDS:-$ROOT/seeds}" dotnet "$ROOT/src/Silo/bin/Release/net10.0/VendorGrid.Silo.dll"
  up_start gateway env VG_DB="$conn" VG_JWT_KEY_FILE="$DATA_DIR/jwt/signing-key.pem" ASPNETCORE_URLS="http://127.0.0.1:$port" \
    dotnet "$ROOT/src/Gateway/bin/Release/net10.0/VendorGrid.Gateway.dll"
  set +m

  local url="http://127.0.0.1:$port" data_arg=""
  [[ "$DATA_DIR" == "$ROOT/.vendorgrid" ]] || data_arg=" --data-dir $DATA_DIR"
  up_wait_ready "$url"
  # The silo prints the demo accounts on the first start against an empty database only; show them here.
  sed -n '/^VendorGrid demo accounts/,/^$/p' "$DATA_DIR/logs/silo.log"
  cat <<MSG
VendorGrid is up at $url   (OpenAPI: $url/openapi/v1.json, logs: $DATA_DIR/logs)
Get a token:   ./vg token --role platform-admin$data_arg
Try it:        curl -H "Authorization: Bearer \$(./vg token --role platform-admin$data_arg)" $url/api/contracts
Press Ctrl-C to stop.
MSG
  while true; do
    wait -n "${UP_PIDS[@]}" || true
    local pid
    for pid in "${UP_PIDS[@]}"; do
      kill -0 "$pid" 2>/dev/null || die "$(up_failure "$pid"); stopping everything else"
    done
  done
}
