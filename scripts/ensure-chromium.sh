#!/usr/bin/env bash
# Makes sure a Chromium for the e2e tests and benchmarks is installed: Debian's `chromium`
# package, driven by playwright-core. Never downloads a browser through Playwright (that
# fails on machines without internet, and is not the browser we test against).
# Prints the browser's path on stdout; exits 1 with install instructions on stderr if it
# cannot install it (not root, no apt, no sudo without a password).
#   CHROMIUM_PATH  browser to use instead of /usr/bin/chromium
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
log() { printf '[chromium] %s\n' "$*" >&2; }
PACKAGES=(chromium fonts-noto-color-emoji fonts-dejavu-core)

works() { [ -x "$CHROMIUM" ] && "$CHROMIUM" --version >/dev/null 2>&1 </dev/null; }

if works; then
  echo "$CHROMIUM"
  exit 0
fi

if [ -n "${CHROMIUM_PATH:-}" ]; then
  log "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable browser that runs here"
  exit 1
fi

SUDO=()
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=(sudo -n); fi
if ! command -v apt-get >/dev/null || { [ "$(id -u)" != 0 ] && [ "${#SUDO[@]}" = 0 ]; }; then
  log "Chromium is not installed at $CHROMIUM, and this script cannot install it (needs root and apt)."
  log "Install it as root:  apt-get update && apt-get install -y ${PACKAGES[*]}"
  log "or point CHROMIUM_PATH at a Chromium/Chrome binary. (Do not use 'npx playwright install'.)"
  exit 1
fi

log "installing Debian's chromium (first run only, ~1-2 min)"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq || log "apt-get update reported errors; trying the install anyway"
if ! "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${PACKAGES[@]}" >/dev/null; then
  # The fonts are only nice to have for screenshots; the browser is what matters.
  "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium >/dev/null || true
fi

if works; then
  log "installed $("$CHROMIUM" --version 2>/dev/null)"
  echo "$CHROMIUM"
  exit 0
fi
log "apt-get could not install a working chromium at $CHROMIUM."
log "Install it as root:  apt-get update && apt-get install -y ${PACKAGES[*]}"
exit 1
