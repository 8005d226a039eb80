#!/usr/bin/env bash
# Ingest a corpus from the sources (no build) and score it against its gold with ../shared/tools/score.mjs.
#   scripts/measure.sh seeds|dev [extra score.mjs flags, e.g. --per-doc]
set -euo pipefail
corpus=${1:-dev}; shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$root/../shared
out=$(mktemp -d)
npx --no-install tsx "$root/scripts/dev.ts" ingest "$shared/corpus/$corpus/docs" --out "$out" --quiet >/dev/null 2>&1 || true
node "$shared/tools/score.mjs" --gold "$shared/corpus/$corpus/gold" --pred "$out/dataset.json" --sources "$shared/corpus/$corpus/docs" "$@"
rm -rf "$out"
