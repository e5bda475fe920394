# ./vg backup FILE / ./vg restore FILE: the data dir's PostgreSQL cluster in one file, and back. Sourced by ./vg.
#
# FILE is a tar of two standard parts, so any PostgreSQL 15+ can read it without ./vg:
#   roles.sql      pg_dumpall --roles-only, without the cluster's own superuser (a new cluster has its own)
#   database.dump  pg_dump --format=custom of the vendorgrid database: every schema (vg, orleans, hangfire), so
#                  contracts, facts, ledger decisions, accounts, statements and uploaded evidence alike
# A backup of a running ./vg up is consistent (pg_dump reads one snapshot) and does not stop it. A stopped data dir's
# cluster is started for the dump and stopped again. Restore goes only into a data dir without a VendorGrid database
# (a new or destroyed one): it never overwrites data.

BACKUP_DATABASE=vendorgrid
BACKUP_STARTED_PG=""   # the cluster this command started, stopped again on exit

backup_cleanup() {
  trap '' INT TERM
  if [[ -n "$BACKUP_STARTED_PG" ]]; then pg_stop "$BACKUP_STARTED_PG"; BACKUP_STARTED_PG=""; fi
  [[ -z "${BACKUP_WORK:-}" ]] || rm -rf "$BACKUP_WORK"
}

# Parses FILE [--data-dir DIR] into BACKUP_FILE and DATA_DIR.
backup_args() { # $1 command name, rest: its arguments
  local name=$1; shift
  DATA_DIR="$ROOT/.vendorgrid"; BACKUP_FILE=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --data-dir) [[ -n "${2:-}" ]] || die "--data-dir needs a directory"; DATA_DIR="$(absolute "$2")"; shift 2 ;;
      -*) die "unknown option $1 (./vg $name FILE [--data-dir DIR])" ;;
      *) [[ -z "$BACKUP_FILE" ]] || die "./vg $name takes one FILE"; BACKUP_FILE="$(absolute "$1")"; shift ;;
    esac
  done
  [[ -n "$BACKUP_FILE" ]] || die "usage: ./vg $name FILE [--data-dir DIR]"
  [[ -z "${VG_DB:-}" ]] || info "VG_DB is set, but ./vg $name works on the data dir's own cluster ($DATA_DIR/pg); see docs/OPERATIONS.md for an external database"
}

# Makes sure the cluster in DATA_DIR/pg runs; sets BACKUP_PORT and BACKUP_PASSWORD.
backup_cluster() {
  local pgdata="$DATA_DIR/pg"
  mkdir -p "$DATA_DIR/logs"
  if "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; then
    BACKUP_PORT="$(pg_running_port "$pgdata")"
  else
    BACKUP_PORT="$(free_port_from "$(cat "$DATA_DIR/pg.port" 2>/dev/null || echo 55432)")"
    BACKUP_STARTED_PG="$pgdata"
    pg_start "$pgdata" "$BACKUP_PORT" "$DATA_DIR/logs/postgres.log"
  fi
  BACKUP_PASSWORD="$(cat "$DATA_DIR/pg.password")"
}

backup_psql() { PGPASSWORD="$BACKUP_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$BACKUP_PORT" -U "$PG_SUPERUSER" -v ON_ERROR_STOP=1 -qtA "$@"; }

cmd_backup() {
  backup_args backup "$@"
  ensure_pg_bin
  pg_os_user
  [[ -f "$DATA_DIR/pg/PG_VERSION" ]] || die "no PostgreSQL cluster in $DATA_DIR/pg (./vg up --data-dir $DATA_DIR creates one)"
  trap backup_cleanup EXIT
  trap 'backup_cleanup; exit 130' INT TERM
  backup_cluster
  [[ "$(backup_psql -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$BACKUP_DATABASE'")" == 1 ]] ||
    die "the cluster in $DATA_DIR/pg has no database $BACKUP_DATABASE: nothing to back up"

  BACKUP_WORK="$(mktemp -d "$(dirname "$BACKUP_FILE")/.vg-backup.XXXXXX")" || die "cannot write next to $BACKUP_FILE"
  (umask 077
   PGPASSWORD="$BACKUP_PASSWORD" "$PG_BIN/pg_dumpall" -h 127.0.0.1 -p "$BACKUP_PORT" -U "$PG_SUPERUSER" --roles-only 2>"$BACKUP_WORK/err" |
     grep -Ev "^(CREATE|ALTER) ROLE \"?$PG_SUPERUSER\"?[ ;]" >"$BACKUP_WORK/roles.sql" || true
   PGPASSWORD="$BACKUP_PASSWORD" "$PG_BIN/pg_dump" -h 127.0.0.1 -p "$BACKUP_PORT" -U "$PG_SUPERUSER" -d "$BACKUP_DATABASE" \
     --format=custom --compress=6 --file="$BACKUP_WORK/database.dump" 2>>"$BACKUP_WORK/err") ||
    { cat "$BACKUP_WORK/err" >&2; die "pg_dump failed"; }
  [[ -s "$BACKUP_WORK/roles.sql" ]] || { cat "$BACKUP_WORK/err" >&2; die "pg_dumpall --roles-only failed"; }
  (umask 077; tar -C "$BACKUP_WORK" -cf "$BACKUP_WORK/backup.tar" roles.sql database.dump) || die "cannot write the archive"
  mv -f "$BACKUP_WORK/backup.tar" "$BACKUP_FILE" # atomic: FILE is either the old one or the whole new one
  local tables; tables="$("$PG_BIN/pg_restore" -l "$BACKUP_WORK/database.dump" | grep -c ' TABLE DATA ' || true)"
  info "backed up database $BACKUP_DATABASE of $DATA_DIR/pg ($tables tables, $(du -h "$BACKUP_FILE" | cut -f1)) to $BACKUP_FILE"
}

cmd_restore() {
  backup_args restore "$@"
  [[ -f "$BACKUP_FILE" ]] || die "no backup file $BACKUP_FILE"
  ensure_pg_bin
  pg_os_user
  trap backup_cleanup EXIT
  trap 'backup_cleanup; exit 130' INT TERM
  BACKUP_WORK="$(mktemp -d)"
  tar -C "$BACKUP_WORK" -xf "$BACKUP_FILE" roles.sql database.dump 2>/dev/null &&
    "$PG_BIN/pg_restore" -l "$BACKUP_WORK/database.dump" >/dev/null 2>&1 || die "$BACKUP_FILE is not a backup made by ./vg backup"

  mkdir -p "$DATA_DIR"
  pg_init "$DATA_DIR/pg"
  backup_cluster
  if [[ "$(backup_psql -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$BACKUP_DATABASE'")" == 1 ]]; then
    [[ "$(backup_psql -d "$BACKUP_DATABASE" -c "SELECT count(*) FROM information_schema.tables WHERE table_schema IN ('vg', 'orleans', 'hangfire')")" == 0 ]] ||
      die "$DATA_DIR already holds a VendorGrid database; restore only goes into an empty data dir: move $DATA_DIR aside (or choose another --data-dir) and run ./vg restore again"
  else
    backup_psql -d postgres -c "CREATE DATABASE \"$BACKUP_DATABASE\"" >/dev/null || die "cannot create database $BACKUP_DATABASE"
  fi
  # Roles first (an existing one is kept: CREATE fails, its ALTER still applies), then the database in one transaction.
  PGPASSWORD="$BACKUP_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$BACKUP_PORT" -U "$PG_SUPERUSER" -d postgres -q \
    -f "$BACKUP_WORK/roles.sql" >/dev/null 2>&1 || true
  PGPASSWORD="$BACKUP_PASSWORD" "$PG_BIN/pg_restore" -h 127.0.0.1 -p "$BACKUP_PORT" -U "$PG_SUPERUSER" -d "$BACKUP_DATABASE" \
    --single-transaction --exit-on-error "$BACKUP_WORK/database.dump" 2>"$BACKUP_WORK/err" ||
    { tail -n 20 "$BACKUP_WORK/err" >&2; die "pg_restore failed: nothing was restored"; }
  echo "$BACKUP_PORT" >"$DATA_DIR/pg.port"
  (umask 077; npgsql_conn "$BACKUP_PORT" "$BACKUP_PASSWORD" "$BACKUP_DATABASE" >"$DATA_DIR/connection-string")
  info "restored $BACKUP_FILE into $DATA_DIR; start it with ./vg up --data-dir $DATA_DIR (tokens need re-issuing: the signing key is not in a backup)"
}
