#!/usr/bin/env bash
# The performance figures (docs/performance.md): builds the bench tool (tools/BcfWorkflow.Bench, not part of the
# product) and runs it. Arguments go to the tool, e.g. --quick, or --areas 150 --contributors 10 --engine azurestorage.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-azurite.sh >/dev/null
dotnet build tools/BcfWorkflow.Bench --configuration Release --nologo --verbosity quiet
exec dotnet tools/BcfWorkflow.Bench/bin/Release/net10.0/bcf-bench.dll "$@"
