#!/usr/bin/env bash
# Makes sure PostgreSQL answers on 127.0.0.1:5432 and has a database `test`, for the store's
# integration tests (they run on SQLite and on PostgreSQL). Idempotent; prints one line.
#   running already         -> only checks for database `test`
#   installed but stopped   -> starts the newest Debian cluster with pg_ctlcluster
#   not installed, as root  -> apt-get install postgresql, and lets local TCP clients in
#                              without a password (trust), as on our CI machines
# Called by .ci/run and scripts/test.sh. Exits non-zero with the reason when it cannot.
set -euo pipefail

HOST=127.0.0.1
PORT=5432
log_file="${TMPDIR:-/tmp}/hearth-ensure-postgres.log"

die() { printf '[postgres] ERROR: %s\n' "$*" >&2; exit 1; }
ready() { pg_isready -q -h "$HOST" -p "$PORT" >/dev/null 2>&1; }
as_root() { [ "$(id -u)" = 0 ]; }

installed_now=""
if command -v pg_isready >/dev/null && ready; then
  how="already running"
else
  if [ ! -d /etc/postgresql ] || [ -z "$(ls -A /etc/postgresql 2>/dev/null)" ]; then
    as_root || die "PostgreSQL is not installed; as root run: apt-get install -y postgresql (then this script again)"
    {
      DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql \
        || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; }
    } >"$log_file" 2>&1 || die "apt-get install postgresql failed; see $log_file"
    installed_now=1
  fi
  version=$(ls /etc/postgresql | sort -V | tail -1)
  if [ -n "$installed_now" ]; then
    # A fresh Debian cluster asks TCP clients for a password; the tests connect as postgres
    # without one, so trust loopback only (this is a test machine we just set up).
    hba="/etc/postgresql/$version/main/pg_hba.conf"
    rules=$(cat "$hba")
    printf 'host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n%s\n' "$rules" >"$hba"
  fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main start >>"$log_file" 2>&1 \
    || ready || die "pg_ctlcluster $version main start failed; see $log_file"
  for _ in $(seq 1 30); do
    ready && break
    sleep 1
  done
  ready || die "PostgreSQL $version did not answer on $HOST:$PORT within 30 s; see $log_file and /var/log/postgresql/"
  how="started cluster $version/main${installed_now:+ (installed now)}"
fi

psql_q() { psql -h "$HOST" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -tAq "$@"; }
has_test=$(psql_q -c "select 1 from pg_database where datname = 'test'" 2>>"$log_file") \
  || die "cannot connect as user postgres to $HOST:$PORT (is trust auth set for local TCP?); see $log_file"
if [ "$has_test" != 1 ]; then
  psql_q -c 'create database test' >>"$log_file" 2>&1 || die "could not create database test; see $log_file"
  how="$how, created database test"
fi
echo "[postgres] ready on $HOST:$PORT ($how)"
