#!/usr/bin/env bash
# The main job: a whole quarterly BCF cycle for the Leicestershire sample on the local durable engine, in about a minute.
# From a fresh clone: installs Azurite (npm) once, builds bcf and runs `bcf demo --out ./out`. Extra arguments go to
# `bcf demo` (e.g. --out DIR, --plain).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-azurite.sh >/dev/null
dotnet build src/BcfWorkflow.Cli --configuration Release --nologo --verbosity quiet
has_out=false
for arg in "$@"; do [[ "$arg" == "--out" || "$arg" == --out=* ]] && has_out=true; done
if $has_out; then
  exec dotnet src/BcfWorkflow.Cli/bin/Release/net10.0/bcf.dll demo "$@"
else
  exec dotnet src/BcfWorkflow.Cli/bin/Release/net10.0/bcf.dll demo --out ./out "$@"
fi
