#!/usr/bin/env bash
# What the tests need from Debian: Chromium for the browser tests, a CJK font so that
# screenshots show Chinese, and nginx to test deploy/nginx.conf (test/site/nginx.test.ts
# runs its own nginx on a loopback port). Installs them only when missing (needs root,
# as on CI).
set -euo pipefail
missing=()
for pkg in chromium fonts-noto-cjk; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[[ -x /usr/sbin/nginx ]] || missing+=(nginx)
if ((${#missing[@]})); then
  echo "installing ${missing[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  # Keep the packages from starting services (a system nginx would hold port 80): a
  # policy-rc.d that says no, for the length of the install, unless one is already there.
  policy=/usr/sbin/policy-rc.d
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod +x "$policy"
    trap 'rm -f "$policy"' EXIT
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
