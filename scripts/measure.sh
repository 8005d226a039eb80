#!/usr/bin/env bash
# Ingest a corpus from the sources (no build) and score it against its gold with ../shared/tools/score.mjs.
#   scripts/measure.sh seeds|dev|DIR [extra score.mjs flags, e.g. --per-doc]
# DIR is a folder with docs/ and gold/ (fixtures/holdout, fixtures/probes/e); a name is a corpus of ../shared.
set -euo pipefail
corpus=${1:-dev}; shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$root/../shared
if [ -d "$corpus/docs" ] && [ -d "$corpus/gold" ]; then dir=$(cd "$corpus" && pwd); else dir=$shared/corpus/$corpus; fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
npx --no-install tsx "$root/scripts/dev.ts" ingest "$dir/docs" --out "$out" --quiet --no-cache >/dev/null 2>&1 || true
node "$shared/tools/score.mjs" --gold "$dir/gold" --pred "$out/dataset.json" --sources "$dir/docs" "$@"
