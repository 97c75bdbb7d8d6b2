#!/usr/bin/env bash
# `npm test`, after its pretest install: every check in turn, each phase timed. At the end,
# pass or fail, a table of the phases (Vitest prints its own, by group and file, first:
# test/support/timings.ts), so that every run, CI's included, shows where its time went.
set -euo pipefail
phases=()
phase() {
  local name=$1 start=$SECONDS status=0
  shift
  "$@" || status=$?
  phases+=("$(printf '  %-16s %5d s' "$name" $((SECONDS - start)))")
  return "$status"
}
summary() {
  local status=$?
  printf '\nWhere the time went (whole run %d s):\n' "$SECONDS"
  printf '%s\n' "${phases[@]}"
  exit "$status"
}
trap summary EXIT
phase 'npm audit' npm run audit
phase 'lint' npm run lint
# The type check runs beside the build, which leaves a core partly idle while it waits for its
# image and print workers (together 33 s here, one after the other 56 s). It reads the types
# the build's sync writes into .astro/, so it starts once they are written (types.d.ts comes
# last) and does not sync again: two syncs at once rewrite the files the other is reading.
# Its output follows the build's; either failing fails.
check_log=$(mktemp)
build_over=$(mktemp -u)
(
  until [[ .astro/types.d.ts -nt $check_log || -e $build_over ]]; do sleep 0.2; done
  start=$SECONDS
  status=0
  astro check --noSync >>"$check_log" 2>&1 || status=$?
  echo $((SECONDS - start)) >"$check_log.time"
  exit "$status"
) &
check=$!
# The suite's build must make the briefs: without Chromium it fails instead of leaving them out.
# It is for the local address the tests serve it at (test/support/site.ts, buildEnv).
built=0
phase 'build' env BRIEFS=required SITE_URL=http://127.0.0.1:4321/ npm run build || built=$?
touch "$build_over"
checked=0
wait "$check" || checked=$?
cat "$check_log"
phases+=("$(printf '  %-16s %5d s (beside the build)' 'astro check' "$(cat "$check_log.time")")")
rm -f "$check_log" "$check_log.time" "$build_over"
if ((built != 0 || checked != 0)); then
  echo "failed: the build (exit $built) or astro check (exit $checked)" >&2
  exit 1
fi
phase 'vitest' vitest run
