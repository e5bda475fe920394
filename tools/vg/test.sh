# ./vg test: builds, starts a throwaway PostgreSQL cluster, runs every test with VG_TEST_DB pointing at it,
# removes the cluster (even on failure or Ctrl-C) and ends with "N passed, N failed, N skipped". Sourced by ./vg.

TEST_DIR=""

test_cleanup() {
  trap '' INT TERM  # a second signal must not leave the throwaway cluster running
  [[ -n "$TEST_DIR" && -d "$TEST_DIR" ]] || return 0
  pg_stop "$TEST_DIR/pg"
  rm -rf "$TEST_DIR"
  TEST_DIR=""
}

# Prints attribute $2 of the TRX <Counters> element in $1 (0 when absent).
trx_counter() { grep -o '<Counters [^>]*>' "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }

# Sums the counters of every TRX file in $1 and prints "passed failed skipped".
trx_counts() {
  local passed=0 failed=0 skipped=0 file
  for file in "$1"/*.trx; do
    [[ -f "$file" ]] || continue
    passed=$((passed + $(trx_counter "$file" passed)))
    failed=$((failed + $(trx_counter "$file" failed) + $(trx_counter "$file" error) + $(trx_counter "$file" timeout) + $(trx_counter "$file" aborted)))
    # xUnit's skipped tests are counted in total but neither executed nor notExecuted.
    skipped=$((skipped + $(trx_counter "$file" total) - $(trx_counter "$file" executed)))
  done
  echo "$passed $failed $skipped"
}

# VG_TEST_DATE=YYYY-MM-DD moves the wall clock of every process the tests start (PostgreSQL, the test hosts, the
# browser, ./vg up) to 10:00 UTC of that day, through libfaketime as a fixed offset from the real clock; the build
# runs on the real one. Proof that no test depends on the day it runs: the suite must pass on any date.
test_move_wall_clock() {
  [[ -n "${VG_TEST_DATE:-}" ]] || return 0
  local target lib=/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1
  target="$(date -u -d "$VG_TEST_DATE 10:00:00" +%s 2>/dev/null)" || die "VG_TEST_DATE must be a date such as 2031-02-28"
  if [[ ! -f "$lib" ]]; then
    [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null || die "VG_TEST_DATE needs libfaketime: apt-get install faketime"
    info "installing faketime with apt-get..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime >/dev/null 2>&1 || die "apt-get install faketime failed"
  fi
  export LD_PRELOAD="$lib${LD_PRELOAD:+:$LD_PRELOAD}" FAKETIME="$(printf '%+d' $((target - $(date -u +%s))))"
  info "tests run with the wall clock at $(date -u '+%Y-%m-%d %H:%M') UTC (VG_TEST_DATE)"
}

cmd_test() {
  [[ $# -eq 0 ]] || die "./vg test takes no arguments"
  ensure_pg_bin
  pg_os_user
  build Debug
  source "$ROOT/tools/vg/portal.sh" && portal_for_test
  test_move_wall_clock
  TEST_DIR="$(mktemp -d /tmp/vg-test.XXXXXX)"
  chmod 755 "$TEST_DIR"
  trap test_cleanup EXIT
  trap 'test_cleanup; exit 130' INT TERM

  pg_init "$TEST_DIR/pg"
  local port; port="$(free_port_from 55432)"
  pg_start "$TEST_DIR/pg" "$port" "$TEST_DIR/postgres.log"
  export VG_TEST_DB; VG_TEST_DB="$(npgsql_conn "$port" "$(cat "$TEST_DIR/pg.password")" postgres)"

  info "running tests against PostgreSQL on 127.0.0.1:$port..."
  local rc=0
  dotnet test VendorGrid.sln --no-build -nologo --blame-hang-timeout 5m \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$TEST_DIR/results" || rc=$?

  local passed failed skipped
  read -r passed failed skipped < <(trx_counts "$TEST_DIR/results")
  test_cleanup
  if [[ $rc -ne 0 && $failed -eq 0 ]]; then
    info "dotnet test exited with code $rc (a test host crashed or nothing ran)"
    failed=1
  fi
  [[ $((passed + failed)) -gt 0 ]] || { info "no tests ran"; rc=1; }
  echo "$passed passed, $failed failed, $skipped skipped"
  [[ $rc -eq 0 && $failed -eq 0 ]]
}
