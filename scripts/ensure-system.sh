#!/usr/bin/env bash
# What the tests need from Debian: Chromium for the browser tests and a CJK font so that
# screenshots show Chinese. Installs them only when missing (needs root, as on CI).
set -euo pipefail
missing=()
for pkg in chromium fonts-noto-cjk; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "installing ${missing[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
