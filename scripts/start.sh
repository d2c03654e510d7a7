#!/usr/bin/env bash
# `npm start`: install what is missing (fast when nothing is), build the client when its
# sources changed, then run the server on its embedded defaults (http://localhost:3000;
# the server prints the URL). Configure it with environment variables (README.md).
#
# The client is rebuilt only when dist/client is missing or older than a source it is
# built from: a restart then takes a second or two instead of ~10 s, and a stale bundle is
# never served. HEARTH_BUILD=always|never overrides that.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

bash scripts/setup.sh

client_stale() {
  local marker=dist/client/index.html
  [ -f "$marker" ] || return 0
  # Anything newer than the last build that goes into the bundle.
  [ -n "$(find client shared vite.config.ts tsconfig.json package.json package-lock.json \
    -newer "$marker" -print -quit 2>/dev/null)" ]
}

case "${HEARTH_BUILD:-auto}" in
  always) build=1 ;;
  never) build=0 ;;
  *) if client_stale; then build=1; else build=0; fi ;;
esac
if [ "$build" = 1 ]; then
  echo "[start] building the client (vite build -> dist/client)" >&2
  npm run --silent build
fi

exec npx tsx server/index.ts
