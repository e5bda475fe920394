# ./vg draft CONTRACT.txt: prints the definition drafted from a contract's plain text (src/Domain/Drafting), with the
# sentences it could not read and its warnings, as POST /api/contract-drafts answers. No network, no database.
# Sourced by ./vg.

draft_dll() { echo "$ROOT/src/Drafting.Cli/bin/Release/net10.0/vg-draft.dll"; }

cmd_draft() {
  [[ $# -ge 1 ]] || die "usage: ./vg draft CONTRACT.txt > draft.json"
  local args=() arg
  for arg in "$@"; do
    case "$arg" in -*) args+=("$arg") ;; *) args+=("$(absolute "$arg")") ;; esac
  done
  if [[ ! -f "$(draft_dll)" ]]; then
    dotnet build src/Drafting.Cli -c Release -nologo -v q >/dev/null 2>&1 || die "building the drafter failed"
  fi
  dotnet "$(draft_dll)" "${args[@]}"
}
