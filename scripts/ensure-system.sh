#!/usr/bin/env bash
# What the project needs from Debian, installed only when missing (needs root, as on CI):
#
#   bash scripts/ensure-system.sh build   what the build needs: Chromium and a CJK font, to
#                                         print the districts' PDF briefs
#                                         (src/integrations/briefs.ts); `npm start` runs this
#   bash scripts/ensure-system.sh         the build's, and what the tests add: Chromium's
#                                         headless shell, the tests' browser
#                                         (test/support/global-setup.ts), poppler-utils
#                                         (pdftotext, pdfinfo) to read the briefs, and nginx
#                                         to test deploy/nginx.conf (test/site/nginx.test.ts
#                                         runs its own nginx on a loopback port); `npm test`
set -euo pipefail
packages=(chromium fonts-noto-cjk)
[[ ${1:-all} == build ]] || packages+=(chromium-headless-shell poppler-utils)
missing=()
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[[ ${1:-all} == build || -x /usr/sbin/nginx ]] || missing+=(nginx)
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
