#!/usr/bin/env bash
# The main job, for now: build bcf and aggregate the Leicestershire sample Q2 returns into ./out.
# (A later issue turns this into `bcf demo`: a whole quarterly cycle.)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-out}"
dotnet build src/BcfWorkflow.Cli --configuration Release --nologo --verbosity quiet
bcf=src/BcfWorkflow.Cli/bin/Release/net10.0/bcf
samples=src/BcfWorkflow.Cli/bin/Release/net10.0/samples/leicestershire
"$bcf" aggregate --plan "$samples/plan.json" --returns "$samples"/returns/q2/*.csv --out "$out" --quarter Q2
echo
echo "Output: $(cd "$out" && pwd)/{summary.json,template.xlsx,template.csv}"
