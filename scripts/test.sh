#!/usr/bin/env bash
# `npm test`, after its pretest install: every check in turn, each phase timed. At the end,
# pass or fail, a table of the phases (Vitest prints its own, by group and file, first:
# test/support/timings.ts), so that every run, CI's included, shows where its time went.
set -euo pipefail
phases=()
phase() {
  local name=$1 start=$SECONDS
  shift
  "$@"
  phases+=("$(printf '  %-16s %5d s' "$name" $((SECONDS - start)))")
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
# The suite's build must make the briefs: without Chromium it fails instead of leaving them out.
# It is for the local address the tests serve it at (test/support/site.ts, buildEnv).
phase 'build' env BRIEFS=required SITE_URL=http://127.0.0.1:4321/ npm run build
phase 'astro check' astro check
phase 'vitest' vitest run
