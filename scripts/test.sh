#!/usr/bin/env bash
# Runs every test. Installs what the tests need (later: Azurite from npm, Debian's chromium) on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test BcfWorkflow.sln --configuration Release --logger "console;verbosity=normal" "$@"
