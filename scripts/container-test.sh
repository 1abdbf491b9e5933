#!/usr/bin/env bash
# Builds the unchanged packaging/container/Dockerfile with podman and checks the image as a site
# runs it: /health, /metrics, the fleet status, the HEALTHCHECK, a clean exit on SIGTERM within
# 10 s, and the data volume intact on restart. No Docker engine runs on these machines; podman
# does, with runc as its runtime and lowered ulimits. The Debian base image is made here with
# debootstrap from Debian's packages and imported (no registry needed).
# Exit 77 (skipped) when podman is not installed. Output: what was checked, with timings.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v podman >/dev/null || ! command -v debootstrap >/dev/null; then
  echo "container-test: SKIP (needs podman, runc and debootstrap: apt-get install podman runc debootstrap)"
  exit 77
fi
# runc as the runtime; podman's complaints that it cannot schedule the HEALTHCHECK's timer
# without systemd are dropped (the health check is run by hand below).
podman() { command podman --runtime runc "$@" 2> >(grep -v "systemd connection" >&2); }
rootfs="${TP_ROOTFS:-/var/tmp/tp-rootfs/bookworm}"
image=localhost/turbopredict:test
name=tp-container-test
volume=tp-container-test-data
port="${TP_CONTAINER_PORT:-18080}"
work="$(mktemp -d)"
cleanup() {
  podman rm -f "$name" >/dev/null 2>&1 || true
  podman volume rm -f "$volume" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "container-test: FAIL: $*" >&2; podman logs --tail 40 "$name" 2>/dev/null >&2 || true; exit 1; }
step() { echo "container-test: $*"; }

# Lowered limits: runc refuses podman's default open-file and process limits here ("error
# setting rlimit type 7/6: operation not permitted"), so every build and run sets its own.
limits=(--ulimit nofile=4096:4096 --ulimit nproc=4096:4096)

if ! podman image exists docker.io/library/debian:bookworm; then
  if [ ! -x "$rootfs/bin/bash" ]; then
    step "debootstrap bookworm into $rootfs"
    debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 \
      || { tail -20 "$work/debootstrap.log"; fail "debootstrap"; }
  fi
  step "importing $rootfs as debian:bookworm and debian:bookworm-slim"
  tar -C "$rootfs" -c . | podman import - docker.io/library/debian:bookworm >/dev/null
fi
podman tag docker.io/library/debian:bookworm docker.io/library/debian:bookworm-slim

start=$(date +%s)
step "building the image (podman build, Dockerfile unchanged)"
podman build --format docker "${limits[@]}" -f "$root/packaging/container/Dockerfile" -t "$image" "$root" \
  >"$work/build.log" 2>&1 || { tail -40 "$work/build.log"; fail "podman build"; }
step "built in $(( $(date +%s) - start )) s: $(podman image inspect "$image" --format '{{.Size}}' | awk '{printf "%.0f MB", $1/1e6}')"
user="$(podman image inspect "$image" --format '{{.Config.User}}')"
[ "$user" = turbopredict ] || fail "the image runs as '$user', not as the unprivileged user"
podman image inspect "$image" --format '{{json .Config.Healthcheck}}' | grep -q /health || fail "no HEALTHCHECK on /health"

echo "container-test-token-$$" >"$work/token"
chmod 644 "$work/token"
run() {
  podman run -d --name "$name" "${limits[@]}" -p "127.0.0.1:$port:8080" \
    -v "$volume:/data" -v "$work/token:/run/secrets/turbopredict_token:ro" "$image" --sim-history 2d >/dev/null
}
wait_ready() {
  for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$port/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  return 1
}
podman volume create "$volume" >/dev/null
step "starting the container"
run || fail "podman run"
wait_ready || fail "not ready within 240 s"
curl -fsS "http://127.0.0.1:$port/health" | grep -q '"status":"ok"' || fail "/health"
curl -fsS "http://127.0.0.1:$port/metrics" >"$work/metrics" || fail "/metrics"
grep -q '^turbopredict_up{unit="K-16-01"' "$work/metrics" || fail "/metrics has no turbopredict_up for K-16-01"
units=$(curl -fsS "http://127.0.0.1:$port/status" | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)["units"]))')
[ "$units" = 13 ] || fail "/status lists $units units, not 13"
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/api/v1/units/K-16-01/refresh")
[ "$code" = 401 ] || fail "a POST without the token answered $code"
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $(cat "$work/token")" "http://127.0.0.1:$port/api/v1/units/K-16-01/refresh")
[ "$code" = 202 ] || fail "a POST with the secret file's token answered $code"
step "/health, /ready, /metrics (turbopredict_up), /status (13 units) and the token from the secret file: OK"
podman healthcheck run "$name" >/dev/null || fail "the HEALTHCHECK fails"
step "HEALTHCHECK: healthy"

t0=$(date +%s.%N)
podman stop -t 10 "$name" >/dev/null
t1=$(date +%s.%N)
exit_code=$(podman inspect "$name" --format '{{.State.ExitCode}}')
elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')
[ "$exit_code" = 0 ] || fail "exit code $exit_code after SIGTERM"
awk -v e="$elapsed" 'BEGIN {exit !(e < 10)}' || fail "stopped after $elapsed s (10 s allowed)"
step "SIGTERM: exit 0 after ${elapsed} s"

podman rm "$name" >/dev/null
check_store() {
  podman run --rm "${limits[@]}" -v "$volume:/data" --entrypoint turbopredictd "$image" check-store --unit K-16-01 --data /data 2>&1
}
first="$(check_store)" || { echo "$first"; fail "the store is not intact after the stop"; }
count() { sed -n 's/.*schema [0-9]*, \([0-9]*\) sample.*/\1/p' <<<"$1"; }
step "data volume after the stop: $first"
run || fail "podman run (restart)"
t0=$(date +%s)
wait_ready || fail "not ready after the restart"
step "restart on the same volume: ready after $(( $(date +%s) - t0 )) s"
units=$(curl -fsS "http://127.0.0.1:$port/status" | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)["units"]))')
[ "$units" = 13 ] || fail "after the restart /status lists $units units"
podman stop -t 10 "$name" >/dev/null
podman rm "$name" >/dev/null
second="$(check_store)" || { echo "$second"; fail "the store is not intact after the second stop"; }
[ "$(count "$second")" -ge "$(count "$first")" ] || fail "samples lost over the restart: $first -> $second"
step "kept over the restart: $(count "$first") -> $(count "$second") samples of K-16-01"
step "all checks passed"
