#!/usr/bin/env bash
# Shared by run.sh and test.sh: installs missing packages, configures build/ with Ninja and
# builds. Re-running is fast when nothing changed (Ninja rebuilds only what changed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup-deps.sh" "$@"
build="${TP_BUILD_DIR:-$root/build}"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${TP_BUILD_TYPE:-RelWithDebInfo}"
fi
cmake --build "$build" --parallel
