#!/usr/bin/env bash
# Installs what is missing, builds into build/ and starts TurboPredict on the built-in demo
# fleet. --headless starts turbopredictd instead of the window. Extra arguments are passed on.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
headless=0
args=()
for a in "$@"; do
  if [ "$a" = "--headless" ]; then headless=1; else args+=("$a"); fi
done
"$root/scripts/build.sh"
build="${TP_BUILD_DIR:-$root/build}"
if [ "$headless" = 1 ]; then
  # The server: the fleet with the HTTP API on 127.0.0.1:8080 (README "Headless server");
  # changes through the API need a token (TP_API_TOKEN or --token-file). Ctrl+C stops it.
  exec "$build/app/turbopredictd" serve "${args[@]}"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting under xvfb-run (set DISPLAY to use your screen)." >&2
  exec xvfb-run -a "$build/app/turbopredict" "${args[@]}"
fi
exec "$build/app/turbopredict" "${args[@]}"
