#!/usr/bin/env bash
# Makes the packages from a build tree and checks what a user gets (a ctest test, "packaging"):
#   DEB: declared dependencies (with the Qt plug-ins shlibdeps cannot see), installed into a
#        scratch root: turbopredictd --version and check-config from the installed files, the
#        installed GUI started offscreen for a screenshot, desktop entry and icon;
#   TGZ: the same programs;
#   NSIS (when makensis is installed): a per-user installer (no administrator rights, under
#        %LOCALAPPDATA%\Programs, uninstall entry in HKCU).
# Usage: scripts/package-test.sh BUILD_DIR [SCREENSHOT.png]
set -euo pipefail
build="$(cd "${1:?usage: package-test.sh BUILD_DIR [SCREENSHOT.png]}" && pwd)"
shot="${2:-$build/screenshots/installed-gui.png}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "package-test: $*" >&2; exit 1; }

generators="DEB;TGZ"
if command -v makensis >/dev/null; then generators="$generators;NSIS"; fi
(cd "$build" && cpack -G "$generators" -B "$work/out") >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
deb="$(ls "$work"/out/*.deb)"
tgz="$(ls "$work"/out/*.tar.gz)"
echo "made: $(cd "$work/out" && ls ./*.deb ./*.tar.gz ./*.exe 2>/dev/null | xargs)"

depends="$(dpkg-deb -f "$deb" Depends)"
for want in libqt6sql6-sqlite libqt6svg6 libqt6core6 libqt6widgets6 libqt6charts6 libqt6httpserver6 libyaml-cpp libquazip1-qt6 libsqlite3; do
  grep -q "$want" <<<"$depends" || fail "the DEB does not depend on $want: $depends"
done

dpkg -x "$deb" "$work/root"
bin="$work/root/usr/bin"
"$bin/turbopredictd" --version | grep -q "TurboPredict [0-9]" || fail "turbopredictd --version"
"$bin/turbopredictd" check-config >/dev/null || fail "check-config of the built-in demo fleet"
"$bin/turbopredictd" check-config --config "$work/root/usr/share/turbopredict/example-config" | grep -q "13 unit" \
  || fail "check-config of the installed example configuration"
test -f "$work/root/usr/share/applications/turbopredict.desktop" || fail "no desktop entry"
grep -q "^Exec=turbopredict$" "$work/root/usr/share/applications/turbopredict.desktop" || fail "desktop entry Exec"
test -f "$work/root/usr/share/icons/hicolor/scalable/apps/turbopredict.svg" || fail "no icon"

mkdir -p "$(dirname "$shot")"
rm -f "$shot"
QT_QPA_PLATFORM=offscreen timeout 180 "$bin/turbopredict" --data "$work/data" --screenshot "$shot" \
  || fail "the installed GUI did not start and take its screenshot"
/usr/bin/python3 - "$shot" <<'PY' || fail "the screenshot is not a window-sized PNG"
import struct, sys
data = open(sys.argv[1], "rb").read(32)
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert width >= 800 and height >= 500, (width, height)
print(f"installed GUI screenshot: {sys.argv[1]} ({width}x{height})")
PY

listing="$(tar tzf "$tgz")"
grep -q "/bin/turbopredictd$" <<<"$listing" || fail "turbopredictd missing from the TGZ"
grep -q "/bin/turbopredict$" <<<"$listing" || fail "turbopredict missing from the TGZ"

if [[ "$generators" == *NSIS* ]]; then
  nsi="$(find "$work/out/_CPack_Packages" -name project.nsi | head -1)"
  test -n "$nsi" || fail "no NSIS script"
  grep -q "RequestExecutionLevel user" "$nsi" || fail "the installer asks for administrator rights"
  ! grep -q "RequestExecutionLevel admin" "$nsi" || fail "the installer asks for administrator rights"
  grep -q 'InstallDir "$LOCALAPPDATA\\Programs\\TurboPredict"' "$nsi" || fail "not installed per user: $(grep InstallDir "$nsi")"
  ! grep -q 'HKLM "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall' "$nsi" || fail "uninstall entry in HKLM"
  grep -q "turbopredict.lnk\|TurboPredict.lnk" "$nsi" || fail "no Start-menu shortcut"
  ls "$work"/out/*.exe >/dev/null || fail "no installer made"
  echo "NSIS: per-user installer $(basename "$(ls "$work"/out/*.exe)")"
fi
echo "package-test: all checks passed"
