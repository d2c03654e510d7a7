#!/usr/bin/env bash
# `npm run bench`: setup, Chromium, a fresh client build, then the benchmark runner
# test/bench/run.ts with any extra arguments (`npm run bench -- --help`).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

bash scripts/setup.sh
if chromium_path=$(bash scripts/ensure-chromium.sh); then
  export CHROMIUM_PATH="$chromium_path"
else
  # Benchmarks without a browser (bots, plain RTP) can still run; browser ones must fail with this.
  export HEARTH_CHROMIUM_MISSING="Chromium is not installed: as root run apt-get update && apt-get install -y chromium, or set CHROMIUM_PATH"
  echo "[bench] $HEARTH_CHROMIUM_MISSING" >&2
fi
npm run --silent build

[ -f test/bench/run.ts ] || { echo "[bench] test/bench/run.ts does not exist yet" >&2; exit 1; }
exec npx tsx test/bench/run.ts "$@"
