#!/usr/bin/env bash
# Installs the Azure Storage emulator (npm package azurite) into <repo>/.tools/azurite once,
# then prints the path of its launcher. Quick and silent when it is already there.
set -euo pipefail

AZURITE_VERSION="3.37.0"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="${AZURITE_PREFIX:-$repo_root/.tools/azurite}"
bin="$prefix/node_modules/.bin/azurite"
installed_manifest="$prefix/node_modules/azurite/package.json"

installed_version() {
  [[ -f "$installed_manifest" ]] && sed -n 's/^[[:space:]]*"version":[[:space:]]*"\([^"]*\)".*/\1/p' "$installed_manifest" | head -n 1
}

if [[ ! -x "$bin" || "$(installed_version)" != "$AZURITE_VERSION" ]]; then
  command -v npm >/dev/null 2>&1 || { echo "ensure-azurite: npm is required (install Node.js)" >&2; exit 1; }
  mkdir -p "$prefix"
  echo "ensure-azurite: installing azurite $AZURITE_VERSION into $prefix ..." >&2
  npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error "azurite@$AZURITE_VERSION" >&2
fi

echo "$bin"
