#!/usr/bin/env bash
# `npm test`: the whole suite from a fresh clone, offline or online.
#   setup (deps + mediasoup worker) -> Chromium -> typecheck -> lint -> client build -> PostgreSQL -> vitest
#   (unit, integration and e2e projects). Extra arguments go to vitest, for example
#   `npm test -- --project unit` or `npm test -- test/shared`.
# A failing typecheck or build does not stop the run: vitest still runs so one run shows
# every problem, and the exit code is non-zero if any step failed.
#
# Chromium: if it is missing and cannot be installed, the run goes on with
# HEARTH_CHROMIUM_MISSING set to the reason; the e2e tests must then fail with that message
# (they launch $CHROMIUM_PATH, which this script exports when the browser is there).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

if [ -t 2 ]; then bold=$'\033[1m' plain=$'\033[0m'; else bold='' plain=''; fi
banner() { printf '\n%s[test] == %s ==%s\n' "$bold" "$*" "$plain" >&2; }
summary=(); failed=0
record() { summary+=("$(printf '%-10s %-8s %s' "$1" "$2" "$3")"); [ "$2" = ok ] || failed=1; }

run_step() {  # name cmd...: runs, times and records a step without stopping the run
  local name=$1 start=$SECONDS rc=0; shift
  banner "$name: $*"
  "$@" || rc=$?
  if [ "$rc" = 0 ]; then record "$name" ok "$((SECONDS - start))s"; else record "$name" FAILED "$((SECONDS - start))s (exit $rc)"; fi
  return "$rc"
}

print_summary() {
  printf '\n[test] ---------------- summary ----------------\n'
  printf '[test] %s\n' "${summary[@]}"
}

total_start=$SECONDS

# 1. Dependencies and the mediasoup worker. Nothing else can run without them.
if ! run_step setup bash scripts/setup.sh; then
  print_summary
  echo "[test] setup failed: see the messages above" >&2
  exit 1
fi

# 2. Chromium for the e2e project.
banner "chromium"
if chromium_path=$(bash scripts/ensure-chromium.sh); then
  export CHROMIUM_PATH="$chromium_path"
  unset HEARTH_CHROMIUM_MISSING
  record chromium ok "$chromium_path"
else
  export HEARTH_CHROMIUM_MISSING="Chromium is not installed (looked for ${CHROMIUM_PATH:-/usr/bin/chromium}). As root: apt-get update && apt-get install -y chromium, or set CHROMIUM_PATH. See scripts/ensure-chromium.sh."
  echo "[test] $HEARTH_CHROMIUM_MISSING" >&2
  echo "[test] continuing: the e2e tests will fail with this message" >&2
  record chromium MISSING "e2e tests will fail"
fi

# 3. Types and 4. the client bundle the e2e tests load.
run_step typecheck npm run --silent typecheck || true
run_step lint npm run --silent lint || true
run_step build npm run --silent build || true

# 5. PostgreSQL for the store tests (unless TEST_DATABASE_URL points at a server of your own).
#    If it cannot be started, the run goes on and those tests fail naming scripts/ensure-postgres.sh.
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  run_step postgres bash scripts/ensure-postgres.sh || echo "[test] continuing: the PostgreSQL store tests will fail" >&2
fi

# 6. vitest. A JSON report beside the normal output gives the closing count line.
report_dir=$(mktemp -d "${TMPDIR:-/tmp}/hearth-vitest.XXXXXX")
trap 'rm -rf "$report_dir"' EXIT
report="$report_dir/report.json"
reporters=(--reporter=json "--outputFile.json=$report")
case " $* " in
  *" --reporter"*) ;;                        # the caller chose the visible reporter
  *) reporters=(--reporter=default "${reporters[@]}") ;;
esac
vitest_rc=0
run_step vitest npx vitest run "${reporters[@]}" "$@" || vitest_rc=$?

counts=""; outside=0
if [ -s "$report" ]; then
  # A file that fails in a hook or on import has no failed test: count it as one failure.
  read -r passed failed_tests skipped outside < <(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const outside = (r.testResults ?? []).filter((f) => f.status === "failed" &&
      !(f.assertionResults ?? []).some((a) => a.status === "failed")).length;
    const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    console.log(r.numPassedTests, r.numFailedTests, skipped, outside);
  ' "$report" 2>/dev/null || echo) || true
  outside=${outside:-0}
  if [ -n "${passed:-}" ]; then counts="$passed passed, $((failed_tests + outside)) failed, $skipped skipped"; fi
fi

record total "$([ "$failed" = 0 ] && echo ok || echo FAILED)" "$((SECONDS - total_start))s"
print_summary
if [ "$outside" -gt 0 ]; then
  echo "[test] $outside test file(s) failed outside any test (in a hook or on import), counted as failed; see above"
elif [ "$vitest_rc" != 0 ] && [ -n "$counts" ]; then
  echo "[test] vitest exited $vitest_rc: errors outside tests, or no test files matched (see above)"
fi
[ -z "$counts" ] || echo "Tests: $counts"
exit "$failed"
