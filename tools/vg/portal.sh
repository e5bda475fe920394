# The web portal (portal/): builds it for ./vg up and ./vg test, and installs Debian's headless Chromium for the
# browser tests. Sourced by ./vg; `bash tools/vg/portal.sh build|browser` runs one step on its own (the browser
# test fixture uses `build` when portal/dist is missing).

PORTAL_NODE_MAJOR_MIN=20

# A digest of everything the build reads, so an unchanged portal is not rebuilt.
portal_sources_digest() {
  local root=$1
  (cd "$root" && find portal/src portal/openapi portal/scripts portal/index.html portal/package.json portal/package-lock.json portal/tsconfig.json \
      portal/vite.config.ts -type f -print0 | sort -z | xargs -0 sha256sum) | sha256sum | cut -d' ' -f1
}

# npm ci (only when the lock file changed since the last install), npm run build (only when a source changed);
# exports VG_PORTAL_DIR for the gateway.
portal_build() {
  local root=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)} dir stamp digest
  dir="$root/portal"; stamp="$dir/.build-stamp"
  command -v node >/dev/null && command -v npm >/dev/null ||
    { echo "vg: node and npm are needed to build the portal (Node.js $PORTAL_NODE_MAJOR_MIN+)" >&2; return 1; }
  [[ "$(node -p 'process.versions.node.split(".")[0]')" -ge $PORTAL_NODE_MAJOR_MIN ]] ||
    { echo "vg: the portal needs Node.js $PORTAL_NODE_MAJOR_MIN+ (found $(node --version))" >&2; return 1; }
  digest="$(portal_sources_digest "$root")"
  if [[ -f "$dir/dist/index.html" && -f "$stamp" && "$(cat "$stamp")" == "$digest" ]]; then
    export VG_PORTAL_DIR="$dir/dist"
    return 0
  fi
  echo "vg: building the portal (npm ci when its lock file changed, npm run build)..." >&2
  local log; log="$(mktemp)"
  # node_modules remembers the digest of the lock file it was installed from: the same one means nothing to install.
  local lock_digest; lock_digest="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [[ "$(cat "$dir/node_modules/.vg-lock-digest" 2>/dev/null)" != "$lock_digest" ]]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) >"$log" 2>&1 ||
      { tail -n 20 "$log" >&2; rm -f "$log"; echo "vg: npm ci failed in portal/" >&2; return 1; }
    echo "$lock_digest" >"$dir/node_modules/.vg-lock-digest"
  fi
  (cd "$dir" && npm run build) >"$log" 2>&1 || { tail -n 30 "$log" >&2; rm -f "$log"; echo "vg: the portal build failed" >&2; return 1; }
  rm -f "$log"
  echo "$digest" >"$stamp"
  export VG_PORTAL_DIR="$dir/dist"
}

# Debian's chromium and chromedriver (no browser download: only the package registry is reachable).
portal_browser() {
  # A CJK font too, or the screenshots show boxes for every Chinese character.
  [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver && -d /usr/share/fonts/truetype/wqy ]] && return 0
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "vg: installing chromium and chromium-driver for the browser tests (apt-get)..." >&2
    { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 chromium chromium-driver fonts-wqy-microhei; } >/dev/null 2>&1 ||
      { echo "vg: apt-get install chromium chromium-driver failed" >&2; return 1; }
  else
    echo "vg: the browser tests need Debian's chromium and chromium-driver: sudo apt-get install chromium chromium-driver" >&2
    return 1
  fi
}

# ./vg up: the portal at /.   ./vg test: the portal and the browser.
portal_for_up() { portal_build || die "cannot build the portal"; }
portal_for_test() { portal_build || die "cannot build the portal"; portal_browser || die "cannot install Chromium"; }

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  case "${1:-}" in
    build) portal_build ;;
    browser) portal_browser ;;
    *) echo "usage: bash tools/vg/portal.sh build|browser" >&2; exit 2 ;;
  esac
fi
