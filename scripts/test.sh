#!/usr/bin/env bash
# Runs every test. Installs what the tests need on first use: Azurite from npm (into .tools/), Debian's chromium
# (the pages) and LibreOffice Calc (returns we write must read back the same after LibreOffice saves them).
set -euo pipefail
cd "$(dirname "$0")/.."
# The browser tests drive Debian's chromium; Playwright must never download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi
# Install Azurite once here, so test projects running in parallel never race to install it.
bash scripts/ensure-azurite.sh >/dev/null
# One test project at a time (-m:1): on 2 cores, browser, engine and load tests in parallel starve each other.
dotnet test BcfWorkflow.sln -m:1 --configuration Release --logger "console;verbosity=normal" "$@"
