#!/usr/bin/env bash
# Publishes a complete build to the folder a web server serves, all at once, so a reader
# never meets a half-copied site (building or copying into the served folder gave 404s for
# a few seconds):
#
#   bash scripts/publish.sh /srv/skills-atlas [dist]
#
# The build is copied whole to <target>/releases/<time>/, then <target>/current, the link
# the server's root names (deploy/nginx.conf: root /srv/skills-atlas/current;), is switched
# to it in one rename. Every request is served from the old release or the new one, never a
# mix of files from both. The three newest releases are kept, so going back is a link away:
#   ln -sfn releases/<older> /srv/skills-atlas/current.new && mv -T /srv/skills-atlas/current.new /srv/skills-atlas/current
# One publisher at a time (it is meant to run as the deploy step of one CI job).
set -euo pipefail
target=${1:?usage: bash scripts/publish.sh <folder the server serves> [built site, default dist]}
dist=${2:-dist}
if [[ ! -f "$dist/.build-complete" ]]; then
  echo "publish: $dist is not a complete build (no .build-complete): run the build and let it finish" >&2
  exit 1
fi
if [[ -e "$target/current" && ! -L "$target/current" ]]; then
  echo "publish: $target/current exists and is not a link: move it aside first" >&2
  exit 1
fi
mkdir -p "$target/releases"
rm -rf "$target"/releases/*.partial
name=$(date -u +%Y%m%dT%H%M%S.%NZ)
cp -a "$dist" "$target/releases/$name.partial"
rm -f "$target/releases/$name.partial/.build-complete"
mv "$target/releases/$name.partial" "$target/releases/$name"
ln -sfn "releases/$name" "$target/current.new"
mv -T "$target/current.new" "$target/current"
# The three newest releases stay; the one being served is always among them.
find "$target/releases" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort -r | tail -n +4 |
  while read -r old; do rm -rf "${target:?}/releases/$old"; done
echo "publish: $target/current → releases/$name"
