# ./vg up: PostgreSQL (local cluster under DATA_DIR/pg unless VG_DB is set), N silos (default 1) and M gateways
# (default 1; HTTP ports consecutive from --port). Ctrl-C or SIGTERM stops everything it started. Sourced by ./vg.

UP_PIDS=()      # process-group leaders of the silo and the gateway (set -m gives each its own group)
UP_PGDATA=""    # set when this run owns a local PostgreSQL cluster
UP_SILO_PORTS=() # "silo-port/gateway-port" of each silo, for the banner
UP_CONFIGURATION=Release # whose build output runs (--configuration)
UP_MIGRATION_DB=""      # the owner role's connection string for migrations (empty: VG_DB migrates too)
UP_SILO_HTTP=()  # each silo's operators' URL (health, metrics), for the banner
UP_GUARD=""      # the orphan guard's pid
UP_DEMO_FILE=""  # where the first silo writes the demo accounts' passwords on a first start; printed here, then deleted

up_cleanup() {
  # A second signal (a second Ctrl-C, or `timeout` forwarding its TERM) must not cut the cleanup short and
  # leave PostgreSQL running, so signals are ignored from here on.
  trap '' INT TERM
  trap - EXIT
  local pid
  [[ -n "$UP_GUARD" ]] && { kill -KILL "$UP_GUARD" 2>/dev/null || true; UP_GUARD=""; }
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
  [[ -z "$UP_DEMO_FILE" ]] || rm -f "$UP_DEMO_FILE"
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
  up_database_roles "$port" "$password" "$data_dir"
}

# Least privilege (docs/SECURITY.md): vendorgrid_owner owns the database and migrates it; vendorgrid_app, which the
# silos and gateways connect as, is granted rows only by the migrations. Passwords are generated once per data dir.
# A database from before the two roles is handed to vendorgrid_owner. Writes connection-string (the app role) and
# migration-connection-string (the owner).
up_database_roles() { # $1 port, $2 superuser password, $3 data dir
  local port=$1 password=$2 data_dir=$3 role
  for role in owner app; do
    [[ -s "$data_dir/pg.$role-password" ]] ||
      (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24 >"$data_dir/pg.$role-password")
  done
  PGPASSWORD="$password" "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U "$PG_SUPERUSER" -d vendorgrid -qAt -v ON_ERROR_STOP=1 >/dev/null <<SQL ||
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vendorgrid_owner') THEN CREATE ROLE vendorgrid_owner LOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vendorgrid_app') THEN CREATE ROLE vendorgrid_app LOGIN; END IF;
END \$\$;
ALTER ROLE vendorgrid_owner NOSUPERUSER NOCREATEROLE NOCREATEDB PASSWORD '$(cat "$data_dir/pg.owner-password")';
ALTER ROLE vendorgrid_app NOSUPERUSER NOCREATEROLE NOCREATEDB PASSWORD '$(cat "$data_dir/pg.app-password")';
ALTER DATABASE vendorgrid OWNER TO vendorgrid_owner;
DO \$\$ DECLARE r record; BEGIN
  FOR r IN SELECT nspname FROM pg_namespace WHERE nspname IN ('vg', 'orleans', 'hangfire') AND nspowner <> 'vendorgrid_owner'::regrole LOOP
    EXECUTE format('ALTER SCHEMA %I OWNER TO vendorgrid_owner', r.nspname);
  END LOOP;
  FOR r IN SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE (n.nspname IN ('vg', 'orleans', 'hangfire') OR (n.nspname = 'public' AND c.relname IN ('orleansquery', 'vg_schema_migrations')))
              AND c.relkind IN ('r', 'p', 'v') AND c.relowner <> 'vendorgrid_owner'::regrole LOOP
    EXECUTE format('ALTER TABLE %I.%I OWNER TO vendorgrid_owner', r.nspname, r.relname);
  END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname IN ('vg', 'orleans', 'hangfire') AND p.proowner <> 'vendorgrid_owner'::regrole LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO vendorgrid_owner', r.f);
  END LOOP;
END \$\$;
SQL
    die "cannot set up the database roles vendorgrid_owner and vendorgrid_app"
  (umask 077
   echo "Host=127.0.0.1;Port=$port;Username=vendorgrid_app;Password=$(cat "$data_dir/pg.app-password");Database=vendorgrid" >"$data_dir/connection-string"
   echo "Host=127.0.0.1;Port=$port;Username=vendorgrid_owner;Password=$(cat "$data_dir/pg.owner-password");Database=vendorgrid" >"$data_dir/migration-connection-string")
}

# Why process $1 (pid) stopped: its exit status and the one-line reason it logged ("vendorgrid-...: ..."), if any.
up_failure() {
  local pid=$1 status=0 name log
  name="$(cat "$DATA_DIR/logs/$pid.name")"; log="$DATA_DIR/logs/$name.log"
  if [[ -f "$DATA_DIR/logs/$pid.status" ]]; then status="$(cat "$DATA_DIR/logs/$pid.status")"; else wait "$pid" 2>/dev/null || status=$?; fi
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

# If this script dies without cleaning up (kill -9), nothing would stop the silos and gateways: they run in process
# groups of their own. A small watcher outside every group (and deaf to INT/TERM/HUP) notices the script's pid gone
# and stops them as the cleanup would: TERM, 15 s, KILL. The normal cleanup kills the watcher first.
up_orphan_guard() {
  local parent=$$ groups="${UP_PIDS[*]}"
  (
    set +e
    trap '' INT TERM HUP
    while kill -0 "$parent" 2>/dev/null; do sleep 1; done
    for g in $groups; do kill -TERM -- "-$g" 2>/dev/null; done
    for _ in $(seq 1 30); do
      alive=false; for g in $groups; do kill -0 -- "-$g" 2>/dev/null && alive=true; done
      $alive || exit 0
      sleep 0.5
    done
    for g in $groups; do kill -KILL -- "-$g" 2>/dev/null; done
  ) </dev/null >/dev/null 2>&1 &
  UP_GUARD=$!
}

up_start() { # $1 name, rest: command; output to DATA_DIR/logs/NAME.log
  local name=$1; shift
  "$@" >"$DATA_DIR/logs/$name.log" 2>&1 &
  UP_PIDS+=("$!")
  echo "$name" >"$DATA_DIR/logs/$!.name"
}

# The gateways take --port, --port+1, ...: all must be free before anything starts.
up_check_gateway_ports() { # $1 first port, $2 number of gateways
  local p
  for ((p = $1; p < $1 + $2; p++)); do
    port_in_use "$p" && die "port $p is already in use: choose another first port with --port N"
  done
  return 0
}

# N silos on distinct silo-to-silo, client-gateway and HTTP (health, metrics) ports (the first free ones from
# VG_SILO_PORT, default 11111, VG_GATEWAY_PORT, default 30000, and VG_SILO_HTTP_PORT, default 9464), all in the one
# cluster through the membership table. Only the first loads seeds (loading is idempotent, but once is enough).
# Membership probes use the tuned failover values of docs/PERFORMANCE.md (issue 8) unless set.
up_start_silos() { # $1 connection string, $2 number of silos
  local conn=$1 count=$2 i silo_port=$((${VG_SILO_PORT:-11111} - 1)) gateway_port=$((${VG_GATEWAY_PORT:-30000} - 1)) name seeds
  local http_port=$((${VG_SILO_HTTP_PORT:-9464} - 1))
  for ((i = 1; i <= count; i++)); do
    silo_port="$(free_port_from $((silo_port + 1)))"
    gateway_port="$(free_port_from $((gateway_port + 1)))"
    http_port="$(free_port_from $((http_port + 1)))"
    name=silo; [[ $count -gt 1 ]] && name="silo-$i"
    seeds=""; [[ $i -eq 1 ]] && seeds="${VG_SEEDS:-$ROOT/seeds}"
    up_start "$name" env VG_DB="$conn" VG_MIGRATION_DB="$UP_MIGRATION_DB" VG_SILO_PORT="$silo_port" VG_GATEWAY_PORT="$gateway_port" VG_ADVERTISED_IP=127.0.0.1 \
      VG_SILO_HTTP_PORT="$http_port" VG_PROBE_TIMEOUT_SECONDS="${VG_PROBE_TIMEOUT_SECONDS:-2}" VG_MISSED_PROBES="${VG_MISSED_PROBES:-3}" \
      VG_SEEDS="$seeds" VG_DEMO_HISTORY="${VG_DEMO_HISTORY:-true}" VG_DEMO_ACCOUNTS="${VG_DEMO_ACCOUNTS:-true}" VG_DEMO_ACCOUNTS_FILE="$UP_DEMO_FILE" dotnet "$ROOT/src/Silo/bin/$UP_CONFIGURATION/net10.0/VendorGrid.Silo.dll"
    UP_SILO_PORTS+=("$silo_port/$gateway_port")
    UP_SILO_HTTP+=("http://127.0.0.1:$http_port")
  done
}

# M gateways on consecutive HTTP ports; each one's Orleans client connects to every silo's gateway port. A grain call
# unanswered after 10 s (a silo killed under it) is repeated on another silo, and the silo list is re-read every 5 s:
# the tuned failover values of docs/PERFORMANCE.md (issue 8) unless set.
up_start_gateways() { # $1 connection string, $2 first HTTP port, $3 number of gateways
  local conn=$1 first=$2 count=$3 g name
  # Gateways verify with the public key only; the private one stays with `./vg token` (created here on first use).
  dotnet "$ROOT/src/Gateway/bin/$UP_CONFIGURATION/net10.0/VendorGrid.Gateway.dll" public-key --key-file "$DATA_DIR/jwt/signing-key.pem" \
    >"$DATA_DIR/jwt/public-keys.pem" || die "cannot derive the public key from $DATA_DIR/jwt/signing-key.pem"
  for ((g = 0; g < count; g++)); do
    name=gateway; [[ $count -gt 1 ]] && name="gateway-$((g + 1))"
    # Account e-mail (invitation and password-reset links) goes to VG_SMTP_HOST when set, else to .eml files in the data
    # dir (development only); links name this gateway's address.
    up_start "$name" env -u VG_MIGRATION_DB VG_DB="$conn" VG_JWT_PUBLIC_KEYS="$DATA_DIR/jwt/public-keys.pem" \
      VG_RESPONSE_TIMEOUT_SECONDS="${VG_RESPONSE_TIMEOUT_SECONDS:-10}" VG_GATEWAY_LIST_REFRESH_SECONDS="${VG_GATEWAY_LIST_REFRESH_SECONDS:-5}" \
      VG_PUBLIC_URL="$VG_PUBLIC_URL" VG_MAIL_DIR="${VG_MAIL_DIR:-$DATA_DIR/mail}" \
      ASPNETCORE_URLS="http://127.0.0.1:$((first + g))" dotnet "$ROOT/src/Gateway/bin/$UP_CONFIGURATION/net10.0/VendorGrid.Gateway.dll"
  done
}

up_topology() { # $1 first HTTP port, $2 silos, $3 gateways, $4 extra ./vg token arguments
  [[ $2 -gt 1 || $3 -gt 1 ]] || return 0
  local g i
  echo "Silos ($2):    $(for ((i = 0; i < $2; i++)); do printf 'silo-%d 127.0.0.1:%s  ' $((i + 1)) "${UP_SILO_PORTS[$i]%/*}"; done)"
  echo "Gateways ($3): $(for ((g = 0; g < $3; g++)); do printf 'http://127.0.0.1:%d  ' $(($1 + g)); done)"
  echo "Cluster:       curl -H \"Authorization: Bearer \$(./vg token --role platform-admin$4)\" http://127.0.0.1:$1/api/admin/cluster"
}

# Runs until a process stops. In a cluster of several silos, one that stops — drained through
# POST /api/admin/cluster/silos/{address}/drain, or crashed — leaves the others carrying its grains; a gateway's
# exit or the last silo's exit stops everything.
up_watch() {
  local pid name status alive
  while true; do
    wait -n "${UP_PIDS[@]}" 2>/dev/null || true
    alive=()
    for pid in "${UP_PIDS[@]}"; do
      if kill -0 "$pid" 2>/dev/null; then alive+=("$pid"); continue; fi
      name="$(cat "$DATA_DIR/logs/$pid.name")"; status=0
      wait "$pid" 2>/dev/null || status=$?
      if [[ $name == silo-* ]] && up_any_silo_alive "$pid"; then
        if [[ $status -eq 0 ]]; then info "$name stopped cleanly (drained); the other silos carry its grains"
        else info "$name exited with status $status (log: $DATA_DIR/logs/$name.log); the other silos carry its grains"; fi
      else
        echo "$status" >"$DATA_DIR/logs/$pid.status"
        die "$(up_failure "$pid"); stopping everything else"
      fi
    done
    UP_PIDS=("${alive[@]}")
  done
}

up_any_silo_alive() { # $1 pid to ignore
  local pid
  for pid in "${UP_PIDS[@]}"; do
    [[ $pid != "$1" ]] && kill -0 "$pid" 2>/dev/null && [[ "$(cat "$DATA_DIR/logs/$pid.name")" == silo* ]] && return 0
  done
  return 1
}

cmd_up() {
  local port=8080 silos=1 gateways=1 build_first=true
  DATA_DIR="$ROOT/.vendorgrid"
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --port) [[ "${2:-}" =~ ^[0-9]+$ ]] || die "--port needs a number"; port=$2; shift 2 ;;
      --data-dir) [[ -n "${2:-}" ]] || die "--data-dir needs a directory"; DATA_DIR="$(absolute "$2")"; shift 2 ;;
      --silos) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--silos needs a number of at least 1"; silos=$2; shift 2 ;;
      --gateways) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--gateways needs a number of at least 1"; gateways=$2; shift 2 ;;
      --configuration) [[ "${2:-}" =~ ^(Debug|Release)$ ]] || die "--configuration needs Debug or Release"; UP_CONFIGURATION=$2; shift 2 ;;
      --no-build) build_first=false; shift ;;
      *) die "unknown option $1 (./vg up [--port N] [--silos N] [--gateways M] [--data-dir DIR] [--configuration Debug|Release] [--no-build])" ;;
    esac
  done
  command -v curl >/dev/null || die "curl is needed to check readiness: install it with 'apt-get install curl'"
  source "$ROOT/tools/vg/fonts.sh" && ensure_cjk_font
  up_check_gateway_ports "$port" "$gateways"
  mkdir -p "$DATA_DIR/logs" "$DATA_DIR/jwt"
  rm -f "$DATA_DIR"/logs/*.name "$DATA_DIR"/logs/*.status
  UP_DEMO_FILE="$DATA_DIR/demo-accounts.$$"
  if $build_first; then
    build "$UP_CONFIGURATION"
    source "$ROOT/tools/vg/portal.sh" && portal_for_up
  else
    # --no-build (the smoke test, after ./vg test built everything): run what is there, say so if it is not.
    local assembly
    for assembly in Silo/bin/$UP_CONFIGURATION/net10.0/VendorGrid.Silo.dll Gateway/bin/$UP_CONFIGURATION/net10.0/VendorGrid.Gateway.dll; do
      [[ -f "$ROOT/src/$assembly" ]] || die "--no-build: src/$assembly is missing (dotnet build -c $UP_CONFIGURATION first)"
    done
    [[ -f "$ROOT/portal/dist/index.html" ]] && export VG_PORTAL_DIR="$ROOT/portal/dist"
  fi
  trap up_cleanup EXIT
  trap 'info "stopping..."; up_cleanup; exit 0' INT TERM

  local conn
  # Two roles: VG_DB (silos, gateways) and VG_MIGRATION_DB (migrations, silos only); one role when only VG_DB is given.
  if [[ -n "${VG_DB:-}" ]]; then conn="$VG_DB"; UP_MIGRATION_DB="${VG_MIGRATION_DB:-}"
  else up_local_database "$DATA_DIR"; conn="$(cat "$DATA_DIR/connection-string")"; UP_MIGRATION_DB="$(cat "$DATA_DIR/migration-connection-string")"; fi
  # Dev mode: webhooks may reach receivers on this machine (127.0.0.1); deployments never set this.
  export VG_WEBHOOK_ALLOW_LOOPBACK="${VG_WEBHOOK_ALLOW_LOOPBACK:-true}"
  # Links in e-mail (the gateways' invitations and resets, the silos' address confirmations) name the first gateway.
  export VG_PUBLIC_URL="${VG_PUBLIC_URL:-http://127.0.0.1:$port}"
  set -m # each process in its own process group, so stopping one stops its children too
  up_start_silos "$conn" "$silos"
  up_start_gateways "$conn" "$port" "$gateways"
  up_orphan_guard
  set +m

  local url="http://127.0.0.1:$port" data_arg=""
  [[ "$DATA_DIR" == "$ROOT/.vendorgrid" ]] || data_arg=" --data-dir $DATA_DIR"
  local g
  for ((g = 0; g < gateways; g++)); do up_wait_ready "http://127.0.0.1:$((port + g))"; done
  # The first silo (the one that loads the seeds) writes the demo accounts on the first start against an empty database
  # only, to a file of this run rather than its log: show them here, once, and delete the file.
  if [[ -s "$UP_DEMO_FILE" ]]; then cat "$UP_DEMO_FILE"; fi
  rm -f "$UP_DEMO_FILE"
  cat <<MSG
VendorGrid is up at $url   (OpenAPI: $url/openapi/v1.json, logs: $DATA_DIR/logs)
Operators:     $url/metrics  $url/admin/orleans  $url/admin/jobs  silo health and metrics: ${UP_SILO_HTTP[*]}
MSG
  [[ -n "${VG_SMTP_HOST:-}" ]] || echo "Account e-mail (invitations, password resets): ${VG_MAIL_DIR:-$DATA_DIR/mail}/*.eml"
  up_topology "$port" "$silos" "$gateways" "$data_arg"
  cat <<MSG
Get a token:   ./vg token --role platform-admin$data_arg
Try it:        curl -H "Authorization: Bearer \$(./vg token --role platform-admin$data_arg)" $url/api/contracts
Press Ctrl-C to stop.
MSG
  up_watch
}
