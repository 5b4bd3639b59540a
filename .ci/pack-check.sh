#!/usr/bin/env bash
# The CLI as a Python team installs it: `npm pack`, the tarball installed into an empty project,
# then `npx pv-check --version` and a compare of the example stores, on the Node now on PATH.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)
mkdir "$work/project"
cd "$work/project"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$work/$tarball"
version=$(npx --no-install pv-check --version)
expected="pv-check $(node -p "require('$root/package.json').version")"
[ "$version" = "$expected" ] || { echo "pv-check --version said '$version', not '$expected'" >&2; exit 1; }
# The example head store regresses on purpose: exit 1, with the report on stdout.
set +e
npx --no-install pv-check compare --base "$root/examples/base.sqlite" \
  --head "$root/examples/head.sqlite" --format json >"$work/report.json"
code=$?
set -e
[ "$code" = 1 ] || { echo "compare of the example stores exited $code, not 1" >&2; exit 1; }
node -e "const r=require('$work/report.json'); if (r.verdict !== 'regressed') process.exit(1)" ||
  { echo "the packed CLI's report is not 'regressed'" >&2; exit 1; }
echo "packed CLI ($tarball, $(du -k "$work/$tarball" | cut -f1) KiB) on node $(node --version): $version, compare ok"
