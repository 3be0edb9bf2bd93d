#!/usr/bin/env bash
# Regenerates the reference pages that come from the code (docs/reference/*.md and docs/reference/includes/*.md):
# the indicators and consistency rules of every built-in form, the compliance rule catalogue, the error-code catalogue and the CLI usage.
# Run it after changing any of those in src/, and commit the result; .ci/docs fails while they are stale.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet run --project docs/generator/HuXiao.DocGen -c Release -- "$@" docs/reference
