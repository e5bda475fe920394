# ./vg token: prints a JWT the local gateway accepts, signed with the key in the data dir (created on first use).
# Sourced by ./vg.

gateway_dll() { echo "$ROOT/src/Gateway/bin/Release/net10.0/VendorGrid.Gateway.dll"; }

cmd_token() {
  local data_dir="$ROOT/.vendorgrid" args=()
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --data-dir) [[ $# -ge 2 ]] || die "--data-dir needs a directory"; data_dir="$(absolute "$2")"; shift 2 ;;
      *) args+=("$1"); shift ;;
    esac
  done
  [[ -f "$(gateway_dll)" ]] || build Release
  mkdir -p "$data_dir/jwt"
  dotnet "$(gateway_dll)" mint-token --key-file "$data_dir/jwt/signing-key.pem" "${args[@]}"
}
