#!/usr/bin/env bash
# Build mediasoup-worker for npm mediasoup@$MEDIASOUP_VERSION on Debian 12 (bookworm) or
# 13 (trixie) with no GitHub/wrapdb/PyPI access: sources from `npm pack`, libraries from
# Debian (apt), meson+ninja from the local pip index (or Debian's meson when it is new
# enough). Idempotent and cached; 4-7 min on 2 cores. Normally run by scripts/setup.sh.
#
#   MEDIASOUP_VERSION  mediasoup npm version (default 3.19.3: last one with engines node>=20)
#   WORK               scratch + output dir (default ~/.cache/hearth/mediasoup-worker)
#   APP_DIR            optional: app whose node_modules/mediasoup gets the binary
#   MEDIASOUP_LIBURING 1 (default) use Debian's liburing (+shim for 2.3); 0 = -Dms_disable_liburing=true
# Needs root only to apt-get install missing packages; as another user it checks them and,
# if some are missing, prints the apt-get command to run and exits 2.
# Result: $WORK/out/mediasoup-worker-$MEDIASOUP_VERSION (path printed on stdout)
set -euo pipefail
MEDIASOUP_VERSION="${MEDIASOUP_VERSION:-3.19.3}"
WORK="${WORK:-${XDG_CACHE_HOME:-$HOME/.cache}/hearth/mediasoup-worker}"
TOOLS="$WORK/tools"; SRC="$WORK/src/mediasoup-$MEDIASOUP_VERSION"
BIN="$WORK/out/mediasoup-worker-$MEDIASOUP_VERSION"
log() { echo "[build-worker] $*" >&2; }
mkdir -p "$WORK/out" "$WORK/src"

# One build per cache at a time (setup.sh may run from several checkouts at once).
if command -v flock >/dev/null; then
  exec 8>"$WORK/.build.lock"
  flock -w 3600 8 || { log "another build holds $WORK/.build.lock"; exit 1; }
fi

# Debian packages, as alternatives "a|b": the first one apt knows is installed. All of these
# exist under the same names on Debian 12 and 13 (checked with apt-cache policy);
# pkgconf replaces pkg-config on newer releases.
APT_GROUPS=(build-essential 'pkg-config|pkgconf' python3 python3-pip libssl-dev libuv1-dev
  libsrtp2-dev libusrsctp-dev libabsl-dev libflatbuffers-dev flatbuffers-compiler liburing-dev)
# (No `cmd | grep -q` here: with pipefail, grep's early exit can fail the pipeline by SIGPIPE.)
pkg_installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = 'install ok installed' ]; }
apt_known() { local p; p=$(apt-cache policy "$1" 2>/dev/null); [[ "$p" =~ Candidate:\ [^\(] ]]; }
SUDO=()
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=(sudo -n); fi

ensure_apt_packages() {
  local group alt missing=() names=()
  for group in "${APT_GROUPS[@]}"; do
    local ok=0
    IFS='|' read -r -a names <<<"$group"
    for alt in "${names[@]}"; do pkg_installed "$alt" && { ok=1; break; }; done
    [ "$ok" = 1 ] || missing+=("$group")
  done
  [ "${#missing[@]}" -gt 0 ] || return 0
  if ! command -v apt-get >/dev/null || { [ "$(id -u)" != 0 ] && [ "${#SUDO[@]}" = 0 ]; }; then
    log "missing Debian packages: ${missing[*]//|/ or }"
    log "install them as root, then run this again (or just \`npm start\`):"
    log "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]%%|*}"
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  # A third-party source that is unreachable makes update complain; Debian's lists still load.
  "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq || log "apt-get update reported errors; trying the install anyway"
  local install=()
  for group in "${missing[@]}"; do
    IFS='|' read -r -a names <<<"$group"
    local pick=""
    for alt in "${names[@]}"; do apt_known "$alt" && { pick=$alt; break; }; done
    [ -n "$pick" ] || { log "no apt package for '$group' on Debian $(cat /etc/debian_version 2>/dev/null)"; exit 1; }
    install+=("$pick")
  done
  log "apt-get install ${install[*]}"
  "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${install[@]}" >/dev/null
}

# meson >= 1.1 and ninja: the local pip index first (verified), else Debian's meson when it
# is new enough (Debian 13 has 1.7; Debian 12's 1.0.1 is too old).
ensure_meson() {
  if [ -x "$TOOLS/bin/meson" ] && [ -x "$TOOLS/bin/ninja" ]; then
    export PATH="$TOOLS/bin:$PATH" PYTHONPATH="$TOOLS${PYTHONPATH:+:$PYTHONPATH}"; return 0
  fi
  # --target skips PEP 668's externally-managed check, so this works with Debian's own python3.
  if python3 -m pip install -q --retries 0 --no-user --target "$TOOLS.tmp" 'meson>=1.1' ninja >&2; then
    rm -rf "$TOOLS"; mv "$TOOLS.tmp" "$TOOLS"
    export PATH="$TOOLS/bin:$PATH" PYTHONPATH="$TOOLS${PYTHONPATH:+:$PYTHONPATH}"; return 0
  fi
  rm -rf "$TOOLS.tmp"
  log "pip could not install meson>=1.1 and ninja; trying Debian's meson"
  if ! { pkg_installed meson && pkg_installed ninja-build; }; then
    if [ "$(id -u)" = 0 ] || [ "${#SUDO[@]}" -gt 0 ]; then
      "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends meson ninja-build >/dev/null || true
    fi
  fi
  local v; v=$(meson --version 2>/dev/null || echo 0)
  if [ "$(printf '%s\n1.1.0\n' "$v" | sort -V | head -n1)" != 1.1.0 ]; then
    log "need meson >= 1.1 (found '$v'): make the local pip index reachable, or install meson >= 1.1 and ninja"
    exit 1
  fi
}

if [ ! -x "$BIN" ]; then
  # 1. Build deps from Debian. flatc and libflatbuffers-dev come from the same
  #    source package, so generated headers match the library.
  ensure_apt_packages

  # 2. meson >= 1.1 and ninja.
  ensure_meson

  # 3. Worker sources = the npm tarball itself.
  #    Kept in the cache, so a retry after a failed build needs no registry.
  TGZ="$WORK/src/mediasoup-$MEDIASOUP_VERSION.tgz"
  if ! tar tzf "$TGZ" >/dev/null 2>&1; then
    rm -f "$TGZ"
    (cd "$WORK/src" && npm pack --loglevel=error "mediasoup@$MEDIASOUP_VERSION" >/dev/null) \
      || { log "npm pack mediasoup@$MEDIASOUP_VERSION failed: is the npm registry reachable?"; exit 1; }
  fi
  rm -rf "$SRC"; mkdir -p "$SRC"
  tar xzf "$WORK/src/mediasoup-$MEDIASOUP_VERSION.tgz" -C "$SRC" --strip-components=1

  # 4. Replace the downloading meson wraps by local subprojects that wrap the
  #    Debian libraries and export the variables mediasoup's meson.build reads.
  SP="$SRC/worker/subprojects"
  mkdir -p "$SP/_wraps.disabled"; mv "$SP"/*.wrap "$SP/_wraps.disabled/"
  mk() { mkdir -p "$SP/$1/include"; cat > "$SP/$1/meson.build"; echo '/* stub */' > "$SP/$1/stub.c"; }
  mk openssl <<'EOF'
project('openssl', 'c', version: 'debian')
openssl_dep = dependency('openssl', version: '>=3.0')
libcrypto_lib = static_library('crypto_stub', 'stub.c')
libssl_lib = static_library('ssl_stub', 'stub.c')
EOF
  mk libuv <<'EOF'
project('libuv', 'c', version: 'debian')
libuv_dep = dependency('libuv', version: '>=1.44')
libuv = static_library('uv_stub', 'stub.c')
EOF
  printf "option('build_tests', type: 'boolean', value: false)\noption('build_benchmarks', type: 'boolean', value: false)\n" > "$SP/libuv/meson_options.txt"
  mk usrsctp <<'EOF'
project('usrsctp', 'c', version: 'debian')
usrsctp_dep = dependency('usrsctp')
usrsctp = static_library('usrsctp_stub', 'stub.c')
EOF
  echo "option('sctp_build_programs', type: 'boolean', value: false)" > "$SP/usrsctp/meson_options.txt"
  mk abseil-cpp <<'EOF'
project('abseil-cpp', ['c', 'cpp'], version: 'debian')
d = {}
foreach n : ['flat_hash_map', 'flat_hash_set', 'node_hash_map', 'node_hash_set', 'inlined_vector',
             'btree', 'fixed_array', 'memory', 'strings', 'str_format', 'optional', 'variant', 'span', 'any']
  d += {n: dependency('absl_' + n)}
endforeach
absl_container_dep = declare_dependency(dependencies: [d['flat_hash_map'], d['flat_hash_set'],
  d['node_hash_map'], d['node_hash_set'], d['inlined_vector'], d['btree'], d['fixed_array'], d['memory']])
absl_strings_dep = declare_dependency(dependencies: [d['strings'], d['str_format']])
absl_types_dep = declare_dependency(dependencies: [d['optional'], d['variant'], d['span'], d['any']])
absl_container_lib = static_library('absl_stub', 'stub.c')
EOF
  mk flatbuffers <<'EOF'
project('flatbuffers', ['c', 'cpp'], version: 'debian')
flatbuffers_dep = dependency('flatbuffers')   # fbs/meson.build then finds /usr/bin/flatc
flatbuffers_lib = static_library('flatbuffers_stub', 'stub.c')
EOF
  mk catch2 <<'EOF'
project('catch2', 'cpp', version: 'stub')  # only for mediasoup-worker-test, not built
catch2_dep = declare_dependency()
EOF
  mk liburing <<'EOF'
project('liburing', 'c', version: 'debian')
uring = declare_dependency(include_directories: include_directories('include'),
  dependencies: dependency('liburing', version: '>=2.3'))
liburing = static_library('uring_stub', 'stub.c')
EOF
  cat > "$SP/liburing/include/liburing.h" <<'EOF'
/* Debian 12 has liburing 2.3: add the 2.4 helpers mediasoup uses. */
#pragma once
#include_next <liburing.h>
#ifndef IO_URING_VERSION_MAJOR
static inline int io_uring_major_version(void) { return 2; }
static inline int io_uring_minor_version(void) { return 3; }
static inline void io_uring_prep_sendto(struct io_uring_sqe *sqe, int sockfd, const void *buf,
    size_t len, int flags, const struct sockaddr *addr, socklen_t addrlen) {
  io_uring_prep_send(sqe, sockfd, buf, len, flags);   /* same as liburing 2.4 */
  io_uring_prep_send_set_addr(sqe, addr, addrlen);
}
#endif
EOF
  mk libsrtp3 <<'EOF'
project('libsrtp3', 'c', version: 'libsrtp2-compat')
libsrtp3_dep = declare_dependency(include_directories: include_directories('include'),
  dependencies: dependency('libsrtp2', version: '>=2.4'))
libsrtp3 = static_library('srtp3_stub', 'stub.c')
EOF
  printf "option('crypto-library', type: 'string', value: '')\noption('crypto-library-kdf', type: 'string', value: '')\noption('tests', type: 'string', value: '')\n" > "$SP/libsrtp3/meson_options.txt"
  cat > "$SP/libsrtp3/include/srtp.h" <<'EOF'
/* mediasoup uses the libsrtp 3.x API (versatica fork); Debian has libsrtp2.
   C++ overloads with the 3.x signatures, implemented with the 2.x calls. */
#pragma once
#include <srtp2/srtp.h>
#ifdef __cplusplus
#include <climits>
#include <cstring>
#define srtp_err_status_buffer_small static_cast<srtp_err_status_t>(28)
#define srtp_err_status_cryptex_err static_cast<srtp_err_status_t>(29)
namespace srtp3_compat {
inline srtp_err_status_t run(srtp_err_status_t (*fn)(srtp_t, void*, int*), srtp_t ctx,
    const uint8_t* in, size_t in_len, uint8_t* out, size_t* out_len, size_t trailer) {
  if (in_len > static_cast<size_t>(INT_MAX) - trailer) return srtp_err_status_bad_param;
  if (*out_len < in_len + trailer) return srtp_err_status_buffer_small;
  if (out != in) std::memmove(out, in, in_len);
  int len = static_cast<int>(in_len);
  const srtp_err_status_t err = fn(ctx, out, &len);   /* 2.x works in place */
  if (err == srtp_err_status_ok) *out_len = static_cast<size_t>(len);
  return err;
}
}
inline srtp_err_status_t srtp_protect(srtp_t c, const uint8_t* in, size_t n, uint8_t* out, size_t* outn, size_t mki) {
  return mki ? srtp_err_status_bad_param : srtp3_compat::run(::srtp_protect, c, in, n, out, outn, SRTP_MAX_TRAILER_LEN);
}
inline srtp_err_status_t srtp_unprotect(srtp_t c, const uint8_t* in, size_t n, uint8_t* out, size_t* outn) {
  return srtp3_compat::run(::srtp_unprotect, c, in, n, out, outn, 0);
}
inline srtp_err_status_t srtp_protect_rtcp(srtp_t c, const uint8_t* in, size_t n, uint8_t* out, size_t* outn, size_t mki) {
  return mki ? srtp_err_status_bad_param : srtp3_compat::run(::srtp_protect_rtcp, c, in, n, out, outn, SRTP_MAX_TRAILER_LEN + 4);
}
inline srtp_err_status_t srtp_unprotect_rtcp(srtp_t c, const uint8_t* in, size_t n, uint8_t* out, size_t* outn) {
  return srtp3_compat::run(::srtp_unprotect_rtcp, c, in, n, out, outn, 0);
}
inline srtp_err_status_t srtp_stream_remove(srtp_t s, uint32_t ssrc) { return srtp_remove_stream(s, ssrc); }
#endif
EOF

  # 5. Source fix: DtlsTransport's BIO callback returns 1 for every post-op call
  #    (`==` instead of `&`), so BIO_get_ktls_send() on its memory BIO returns 1.
  #    Upstream's bundled OpenSSL has no KTLS so it never matters; Debian's libssl
  #    has KTLS, skips allocating the DTLS write buffer and the worker SIGSEGVs
  #    in SSL_read() on the first ClientHello.
  D="$SRC/worker/src/RTC/DtlsTransport.cpp"
  sed -i 's/(operationType == BIO_CB_RETURN)/(operationType \& BIO_CB_RETURN)/' "$D"
  grep -q '(operationType & BIO_CB_RETURN)' "$D" || { log "DtlsTransport.cpp changed: re-check KTLS fix"; exit 1; }

  # 6. Configure + build exactly like worker/tasks.py does (Release).
  MESON_EXTRA=(); [ "${MEDIASOUP_LIBURING:-1}" = 0 ] && MESON_EXTRA+=(-Dms_disable_liburing=true)
  B="$SRC/worker/out/Release/build"; start=$(date +%s)
  fail() { tail -n 40 "$1" >&2; log "build failed, full log: $1"; exit 1; }
  (cd "$SRC/worker" && meson setup --buildtype release -Db_ndebug=true "${MESON_EXTRA[@]}" "$B" >"$WORK/meson-setup.log" 2>&1) \
    || fail "$WORK/meson-setup.log"
  log "compiling (log: $WORK/meson-compile.log)"
  meson compile -C "$B" flatbuffers-generator >"$WORK/meson-compile.log" 2>&1 || fail "$WORK/meson-compile.log"
  meson compile -C "$B" -j "$(nproc)" mediasoup-worker >>"$WORK/meson-compile.log" 2>&1 || fail "$WORK/meson-compile.log"
  strip -o "$BIN.tmp" "$B/mediasoup-worker" && mv "$BIN.tmp" "$BIN"
  log "built in $(( $(date +%s) - start ))s: $BIN ($(du -h "$BIN" | cut -f1))"
fi

# 7. Sanity: all shared libs resolve; the worker exits 41 when not spawned by Node.
if ldd "$BIN" | grep 'not found' >/dev/null; then ldd "$BIN"; exit 1; fi
rc=0; env -u MEDIASOUP_VERSION "$BIN" >/dev/null 2>&1 || rc=$?; [ "$rc" = 41 ] || { log "unexpected exit code $rc"; exit 1; }

# 8. Optional: put it where mediasoup looks by default (no env needed at runtime).
#    Install the app's deps with MEDIASOUP_WORKER_BIN set so mediasoup's postinstall
#    skips its GitHub download/source build: MEDIASOUP_WORKER_BIN=$BIN npm ci
if [ -n "${APP_DIR:-}" ]; then
  M="$APP_DIR/node_modules/mediasoup"
  if [ ! -f "$M/package.json" ]; then
    (cd "$APP_DIR" && MEDIASOUP_WORKER_BIN="$BIN" npm install --no-audit --no-fund "mediasoup@$MEDIASOUP_VERSION")
  fi
  v=$(node -p "require('$M/package.json').version")
  [ "$v" = "$MEDIASOUP_VERSION" ] || { log "app has mediasoup $v, worker is $MEDIASOUP_VERSION"; exit 1; }
  install -D -m 755 "$BIN" "$M/worker/out/Release/mediasoup-worker"
  log "installed into $M/worker/out/Release/mediasoup-worker"
fi
echo "$BIN"
