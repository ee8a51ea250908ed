#!/usr/bin/env bash
# The package as a user gets it: `npm pack`, a global install of the tarball (into a
# temporary prefix), then `report new` and `report build` in a directory outside this
# repository with the network cut off (a new network namespace: no interface but
# loopback). Proves that no install path downloads a browser and that a build needs no
# network. Needs the system packages (scripts/install-system-deps.sh) and the npm registry
# for the install itself.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

npm pack --pack-destination "$work" >/dev/null 2>&1
# a download by puppeteer would land in PUPPETEER_CACHE_DIR: it must stay empty
export PUPPETEER_CACHE_DIR="$work/puppeteer-cache"
npm install -g --prefix "$work/prefix" "$work"/report-*.tgz >/dev/null 2>&1
report="$work/prefix/bin/report"
if [ -e "$PUPPETEER_CACHE_DIR" ] || ls "$work/prefix/lib/node_modules/report/node_modules" | grep -qx puppeteer; then
  echo "unexpected: a puppeteer browser download or the puppeteer package is present" >&2
  exit 1
fi

# cut the network where the kernel lets us make a namespace; say so where it does not
if unshare --map-root-user --net true 2>/dev/null; then
  offline() { unshare --map-root-user --net "$@"; }
  where="with the network cut off"
else
  offline() { "$@"; }
  where="(no network namespace allowed here: the network was present, though the renderer refuses every request itself)"
fi
mkdir "$work/elsewhere"
cd "$work/elsewhere"
offline "$report" --version
offline "$report" new 年度报告 >/dev/null 2>&1
offline "$report" build 年度报告 2>&1 | tail -1
for f in 年度报告/dist/年度报告.html 年度报告/dist/年度报告.pdf 年度报告/dist/年度报告.metrics.json; do
  [ -s "$f" ] || { echo "missing $f" >&2; exit 1; }
done
echo "package: installed from the tarball, built a report $where: $(ls 年度报告/dist | tr '\n' ' ')"
