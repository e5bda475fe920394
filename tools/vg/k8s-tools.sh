#!/usr/bin/env bash
# Makes sure a kubectl that can render kustomizations is on this machine and prints its path (one line).
# Used by the Kubernetes manifest tests (src/Grains.Tests/Deploy). Installs only Debian's package
# (kubernetes-client, kubectl 1.20 with kustomize v2.0.3; the manifests are written for it) and never
# downloads a binary. VG_KUBECTL overrides the choice. Exit 1, with the reason on stderr, when none can be had.
set -euo pipefail

fail() { echo "k8s-tools: $*" >&2; exit 1; }

renders() { "$1" kustomize --help >/dev/null 2>&1; }

if [[ -n "${VG_KUBECTL:-}" ]]; then
  renders "$VG_KUBECTL" || fail "VG_KUBECTL=$VG_KUBECTL does not run 'kubectl kustomize'"
  echo "$VG_KUBECTL"
  exit 0
fi

if found="$(command -v kubectl)" && renders "$found"; then
  echo "$found"
  exit 0
fi

[[ "$(id -u)" -eq 0 ]] || fail "kubectl is missing; install it with: sudo apt-get install -y kubernetes-client"
command -v apt-get >/dev/null || fail "kubectl is missing and this is not a Debian-like system (no apt-get)"

echo "k8s-tools: installing Debian's kubernetes-client (kubectl)..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2 || fail "apt-get update failed"
apt-cache show kubernetes-client >/dev/null 2>&1 \
  || fail "no Debian package 'kubernetes-client' in the configured sources; the manifests cannot be rendered"
apt-get install -y -qq --no-install-recommends kubernetes-client >&2 || fail "apt-get install kubernetes-client failed"

found="$(command -v kubectl)" || fail "kubernetes-client installed but no kubectl on PATH"
renders "$found" || fail "$found cannot run 'kubectl kustomize'"
echo "$found"
