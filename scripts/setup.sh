#!/usr/bin/env bash
# Installs the app's npm dependencies and a working mediasoup worker, then proves the
# worker starts. Idempotent: when node_modules matches package-lock.json and Node, and the
# worker runs, it exits in well under a second. Called by start.sh, test.sh and bench.sh.
#
# Where the worker binary comes from (first match wins):
#   1. $MEDIASOUP_WORKER_BIN, if set (must be an executable worker of the pinned version)
#   2. the offline-built cache: ${XDG_CACHE_HOME:-~/.cache}/hearth/mediasoup-worker/out/mediasoup-worker-<version>
#   3. mediasoup's own postinstall download from GitHub, if GitHub answers (ordinary machines)
#   4. scripts/build-mediasoup-worker.sh: Debian packages + local pip index, ~5-10 min, cached in 2.
# Options (environment):
#   HEARTH_FORCE_SETUP=1  ignore the stamp and reinstall
#   HEARTH_OFFLINE=1      skip the GitHub probe and build the worker locally (as on our machines)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

log() { printf '[setup] %s\n' "$*" >&2; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

STAMP=node_modules/.hearth-setup
WORKER_DEST=node_modules/mediasoup/worker/out/Release/mediasoup-worker
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/hearth/mediasoup-worker"

command -v node >/dev/null || die "node is not installed (need Node.js >= 20.19 with npm)"
command -v npm >/dev/null || die "npm is not installed (it ships with Node.js)"
[ -f package-lock.json ] || die "package-lock.json is missing: setup installs exactly what the lock file says"

# The worker exits with code 41 when it is not spawned by mediasoup: a cheap "it loads
# and runs" check (all shared libraries resolve, right architecture).
worker_runs() {
  local rc=0
  [ -f "$1" ] && [ -x "$1" ] || return 1
  env -u MEDIASOUP_VERSION "$1" >/dev/null 2>&1 </dev/null || rc=$?
  [ "$rc" = 41 ]
}

sha256() { if command -v sha256sum >/dev/null; then sha256sum "$@"; else shasum -a 256 "$@"; fi; }
lock_sha=$(sha256 package-lock.json | cut -d' ' -f1)
node_version=$(node -v)
want_stamp="lock=$lock_sha node=$node_version"

# ---- fast path -------------------------------------------------------------
up_to_date() {
  [ -z "${HEARTH_FORCE_SETUP:-}" ] || return 1
  [ -f "$STAMP" ] && [ "$(head -n1 "$STAMP")" = "$want_stamp" ] || return 1
  # At run time mediasoup prefers $MEDIASOUP_WORKER_BIN over the installed binary.
  worker_runs "${MEDIASOUP_WORKER_BIN:-$WORKER_DEST}"
}
if up_to_date; then
  log "dependencies and mediasoup worker up to date ($(sed -n 2p "$STAMP"))"
  exit 0
fi

# Serialize concurrent setups of this checkout (say `npm start` and `npm test` at once).
if command -v flock >/dev/null; then
  lock_file="${TMPDIR:-/tmp}/hearth-setup-$(printf '%s' "$ROOT" | sha256 | cut -c1-12).lock"
  exec 9>"$lock_file"
  flock -w 1800 9 || die "another setup of $ROOT holds $lock_file for more than 30 min"
  if up_to_date; then log "up to date (another setup just finished)"; exit 0; fi
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || die "Node.js $node_version is too old: need >= 20.19"

# mediasoup version: what npm ci will install (the lock), which must equal package.json's exact pin.
ms_version=$(node -p 'require("./package-lock.json").packages["node_modules/mediasoup"]?.version ?? ""')
ms_spec=$(node -p 'require("./package.json").dependencies?.mediasoup ?? ""')
[ -n "$ms_version" ] || die "mediasoup is not in package-lock.json"
if [ "$ms_spec" != "$ms_version" ]; then
  log "warning: package.json has mediasoup \"$ms_spec\", lock has $ms_version; pin it exactly (\"mediasoup\": \"$ms_version\"): the worker binary must match the JS package"
fi
cached_bin="$CACHE_DIR/out/mediasoup-worker-$ms_version"

# Can mediasoup's postinstall download its prebuilt worker? A machine without internet
# fails this in milliseconds (DNS); a slow one gets 8 s.
download_reachable() {
  [ -z "${HEARTH_OFFLINE:-}" ] || return 1
  local url="${MEDIASOUP_WORKER_PREBUILT_DOWNLOAD_BASE_URL:-https://github.com}"
  if command -v curl >/dev/null; then
    curl -fsIL --max-time 8 -o /dev/null "$url"
  else
    node -e 'fetch(process.argv[1], { method: "HEAD", signal: AbortSignal.timeout(8000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$url"
  fi
}

build_worker() {
  log "building mediasoup-worker $ms_version from source with Debian's libraries (first run only, ~5-10 min on 2 cores; cached in $CACHE_DIR)"
  local start=$SECONDS
  local rc=0
  MEDIASOUP_VERSION="$ms_version" WORK="$CACHE_DIR" bash "$ROOT/scripts/build-mediasoup-worker.sh" >/dev/null || rc=$?
  case "$rc" in
    0) ;;
    2) die "the mediasoup worker must be built on this machine (no internet, no cached build), and its build packages are missing: install them as root with the apt-get line above, then run this again. Or set MEDIASOUP_WORKER_BIN to a mediasoup-worker $ms_version binary." ;;
    *) die "the offline mediasoup-worker build failed (exit $rc): see the messages above and $CACHE_DIR/meson-*.log" ;;
  esac
  worker_runs "$cached_bin" || die "built $cached_bin but it does not run"
  log "worker built in $((SECONDS - start))s"
}

npm_ci() {
  log "npm ci ($*)"
  local start=$SECONDS
  "$@" npm ci --no-audit --no-fund
  log "npm ci took $((SECONDS - start))s"
}

# ---- choose the worker and install ----------------------------------------
worker_bin=""; source_desc=""
if [ -n "${MEDIASOUP_WORKER_BIN:-}" ]; then
  worker_runs "$MEDIASOUP_WORKER_BIN" \
    || die "MEDIASOUP_WORKER_BIN=$MEDIASOUP_WORKER_BIN is not an executable mediasoup-worker that runs here"
  worker_bin=$MEDIASOUP_WORKER_BIN; source_desc="MEDIASOUP_WORKER_BIN"
  case "$(realpath "$worker_bin")" in
    "$ROOT"/node_modules/*)  # npm ci is about to delete it: keep a copy
      tmp_bin=$(mktemp "${TMPDIR:-/tmp}/mediasoup-worker.XXXXXX"); cp "$worker_bin" "$tmp_bin"
      trap 'rm -f "$tmp_bin"' EXIT; worker_bin=$tmp_bin ;;
  esac
elif worker_runs "$cached_bin"; then
  worker_bin=$cached_bin; source_desc="offline build cache"
elif download_reachable; then
  source_desc="mediasoup prebuilt download"
else
  log "GitHub is not reachable: mediasoup cannot download its prebuilt worker here"
  build_worker
  worker_bin=$cached_bin; source_desc="offline build (new)"
fi

rm -f "$STAMP"
if [ -n "$worker_bin" ]; then
  # With MEDIASOUP_WORKER_BIN set, mediasoup's postinstall skips its download and source build.
  npm_ci env MEDIASOUP_WORKER_BIN="$worker_bin"
else
  if ! npm_ci env -u MEDIASOUP_WORKER_BIN; then
    # Most likely mediasoup's download (or its own source build, which needs GitHub too)
    # failed: fall back to our offline build, then install with it.
    log "npm ci failed (see above); if mediasoup's worker download was the cause, the offline worker build fixes it: trying that"
    build_worker
    worker_bin=$cached_bin; source_desc="offline build (fallback)"
    npm_ci env MEDIASOUP_WORKER_BIN="$worker_bin"
  fi
fi

installed=$(node -p 'require("./node_modules/mediasoup/package.json").version')
[ "$installed" = "$ms_version" ] || die "node_modules has mediasoup $installed, expected $ms_version"

# Put the binary where mediasoup looks by default, so nothing needs MEDIASOUP_WORKER_BIN at run time.
if [ -n "$worker_bin" ] && [ "$worker_bin" != "$ROOT/$WORKER_DEST" ]; then
  mkdir -p "$(dirname "$WORKER_DEST")"
  cp "$worker_bin" "$WORKER_DEST.tmp" && chmod 755 "$WORKER_DEST.tmp" && mv "$WORKER_DEST.tmp" "$WORKER_DEST"
fi
worker_runs "$WORKER_DEST" || die "$WORKER_DEST is missing or does not run after npm ci"

# ---- verify: a real Worker through mediasoup's own API ----------------------
env -u MEDIASOUP_WORKER_BIN node -e '
  import("mediasoup").then(async (m) => {
    const w = await m.createWorker({ logLevel: "warn" });
    w.close();
    console.error("[setup] mediasoup worker ok (mediasoup " + m.version + ")");
  }).catch((e) => { console.error("[setup] ERROR: mediasoup cannot start a worker:", e); process.exit(1); });
'

printf '%s\n%s\n' "$want_stamp" "worker: $source_desc, mediasoup $ms_version, $(date -u +%FT%TZ)" > "$STAMP"
log "done: worker from $source_desc"
