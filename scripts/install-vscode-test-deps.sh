#!/usr/bin/env bash
# Installs what the real-VS-Code tests (npm run test:vscode / test:ui) need on a machine
# without a desktop VS Code: Debian chromium, ripgrep, libkrb5-dev, and code-server
# (VS Code server + web UI) in a project-local cache, .cache/code-server/.
# Idempotent: each step is skipped when already done. code-server is NOT a project dependency.
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"   # = VS Code 1.100.3, the newest that runs on Node 20
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PREFIX="$ROOT/.cache/code-server"
PKG_JSON="$PREFIX/node_modules/code-server/package.json"

log() { echo "[vscode-deps] $*"; }

# --- Debian packages -------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  log "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
else
  log "Debian packages present: chromium, ripgrep, libkrb5-dev"
fi

# --- code-server -------------------------------------------------------------
installed=""
if [ -f "$PKG_JSON" ]; then
  installed="$(node -p "require('$PKG_JSON').version" 2>/dev/null || true)"
fi
if [ "$installed" = "$CODE_SERVER_VERSION" ] && [ -f "$PREFIX/node_modules/code-server/out/node/entry.js" ]; then
  log "code-server $CODE_SERVER_VERSION already installed in $PREFIX"
  exit 0
fi

[ -n "$installed" ] && log "found code-server ${installed}, want ${CODE_SERVER_VERSION}"
log "installing code-server@$CODE_SERVER_VERSION into $PREFIX (takes about a minute on 2 cores)"
mkdir -p "$PREFIX"
# Its own package.json (in the cache), so npm never touches the project's one.
if [ ! -f "$PREFIX/package.json" ]; then
  echo '{ "name": "bantin-code-server-cache", "private": true }' > "$PREFIX/package.json"
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub unless this cached archive exists
# (it looks in os.tmpdir()): put Debian's rg in it as a top-level file named `rg`.
TMPDIR="${TMPDIR:-/tmp}"
export TMPDIR
RG_CACHE="$TMPDIR/vscode-ripgrep-cache-1.15.11"
RG_ARCHIVE="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$RG_ARCHIVE" ]; then
  log "seeding ripgrep cache $RG_ARCHIVE from $(command -v rg)"
  mkdir -p "$RG_CACHE"
  stage="$(mktemp -d)"
  cp "$(command -v rg)" "$stage/rg"
  tar -czf "$RG_ARCHIVE" -C "$stage" rg
  rm -rf "$stage"
fi

# unsafe_perm: code-server's postinstall refuses root otherwise; yes: node-pty runs `npx node-gyp`.
npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --prefix "$PREFIX" --save-exact --no-audit --no-fund --loglevel=error \
  "code-server@$CODE_SERVER_VERSION"

installed="$(node -p "require('$PKG_JSON').version")"
if [ "$installed" != "$CODE_SERVER_VERSION" ]; then
  log "ERROR: expected code-server $CODE_SERVER_VERSION, found $installed"
  exit 1
fi
log "code-server $installed installed: $PREFIX/node_modules/.bin/code-server"
