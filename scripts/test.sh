#!/usr/bin/env bash
# Installs what is missing, builds into build/ and runs every test. Exits non-zero on failure.
# TP_SANITIZE=1 also builds and tests the ASan+UBSan configuration (build/asan).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Test-only producers of real .xlsx files.
"$root/scripts/build.sh" python3-openpyxl python3-xlsxwriter libreoffice-calc-nogui
build="${TP_BUILD_DIR:-$root/build}"
export QT_QPA_PLATFORM=offscreen
export TP_DATA_DIR="${TP_DATA_DIR:-$root/../shared/data}"
ctest --test-dir "$build" --output-on-failure --timeout 900
if [ "${TP_SANITIZE:-0}" = 1 ]; then
  cmake --preset asan -S "$root" >/dev/null
  cmake --build --preset asan --parallel
  ctest --preset asan
fi
