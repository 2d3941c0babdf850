#!/usr/bin/env bash
# Build the container image and drive a container of it with the test suite's SDK smoke tests: generate, stream,
# edit, a batch (the official google-genai SDK, unchanged but for base_url), plus the container's own promises:
# it refuses to serve without keys, runs as a non-root user, answers /healthz and /readyz (GET and HEAD), keeps
# its state in the /data volume, warns about nothing at start, and stops within its graceful-shutdown timeout.
#
#   scripts/container_smoke.sh                    # docker; the Python that runs the tests: $PYTHON or python3
#   CONTAINER=podman scripts/container_smoke.sh   # any docker-compatible command
#   SKIP_BUILD=1 IMAGE=openbanana:dev scripts/container_smoke.sh   # an image built already
#   BUILD_ARGS="--build-arg FLAVOUR=draft" scripts/container_smoke.sh
#   DATABASE_URL=postgresql://… BLOB_URL=s3://… BLOB_ENDPOINT_URL=http://… scripts/container_smoke.sh
#       # shared state: the container's OPENBANANA_DATABASE_URL, _BLOB_URL and _BLOB_ENDPOINT_URL, with the AWS_*
#       # variables of this shell (scripts/container_shared_state.py starts a Postgres and an S3 server for it)
#
# The container listens on a free port of its own (OPENBANANA_PORT) published at the same port, so that it works
# with bridge networking (docker's -p) and with host networking alike. Exit status 0 when every check passed.
set -euo pipefail
cd "$(dirname "$0")/.."

container=${CONTAINER:-docker}
image=${IMAGE:-openbanana:smoke}
python=${PYTHON:-python3}
port=${PORT:-$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
name="openbanana-smoke-$$"
volume="openbanana-smoke-$$"
base="http://127.0.0.1:$port"
keys="smoke-key,any,batches-key"  # the keys the SDK tests send
shared=()  # shared state, when asked for: the database and the blob store, and the bucket's credentials
[ -z "${DATABASE_URL:-}" ] || shared+=(-e OPENBANANA_DATABASE_URL="$DATABASE_URL")
[ -z "${BLOB_URL:-}" ] || shared+=(-e OPENBANANA_BLOB_URL="$BLOB_URL")
[ -z "${BLOB_ENDPOINT_URL:-}" ] || shared+=(-e OPENBANANA_BLOB_ENDPOINT_URL="$BLOB_ENDPOINT_URL")
for variable in AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_DEFAULT_REGION AWS_REGION; do
  [ -z "${!variable:-}" ] || shared+=(-e "$variable=${!variable}")
done

say() { printf '[container-smoke] %s\n' "$*"; }
fail() { say "FAILED: $*"; exit 1; }
cleanup() {
  $container logs "$name" > "${LOG:-/tmp/$name.log}" 2>&1 || true
  $container rm -f "$name" > /dev/null 2>&1 || true
  $container volume rm -f "$volume" > /dev/null 2>&1 || true
}
trap cleanup EXIT

podman=0
if $container --version 2>/dev/null | grep -qi podman; then podman=1; fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  say "building $image"
  started=$(date +%s)
  format=()
  [ "$podman" = 0 ] || format=(--format docker)  # podman's default OCI format drops HEALTHCHECK
  # shellcheck disable=SC2086  # BUILD_ARGS holds several arguments
  $container build "${format[@]}" -t "$image" ${BUILD_ARGS:-} .
  say "built in $(( $(date +%s) - started )) s"
fi
say "image size: $($container image inspect --format '{{.Size}}' "$image" | awk '{printf "%.2f GB", $1 / 1e9}')"

say "without keys the server refuses a non-loopback address and says why"
if refusal=$($container run --rm -e OPENBANANA_PORT="$port" "$image" 2>&1); then
  fail "the container served without keys"
fi
grep -q "refusing to serve on 0.0.0.0 without API keys" <<< "$refusal" || fail "unexpected refusal: $refusal"

say "starting $name on port $port"
$container run -d --name "$name" -p "$port:$port" -v "$volume:/data" -e OPENBANANA_PORT="$port" \
  -e OPENBANANA_API_KEYS="$keys" -e OPENBANANA_SHUTDOWN_TIMEOUT_SECONDS=5 "${shared[@]}" "$image" > /dev/null
deadline=$(( $(date +%s) + 180 ))
until "$python" -c "import urllib.request; urllib.request.urlopen('$base/readyz', timeout=2)" 2> /dev/null; do
  [ "$(date +%s)" -lt "$deadline" ] || fail "not ready within 180 s: $($container logs "$name" 2>&1 | tail -20)"
  $container inspect "$name" > /dev/null 2>&1 || fail "the container exited"
  sleep 1
done
say "ready: $("$python" -c "import urllib.request; print(urllib.request.urlopen('$base/readyz').read().decode())")"

uid=$($container exec "$name" id -u)
[ "$uid" != 0 ] || fail "the server runs as root"
say "runs as uid $uid"
"$python" - "$base" <<'EOF' || fail "HEAD on the health routes"
import sys, urllib.request
for path in ("/healthz", "/readyz"):
    with urllib.request.urlopen(urllib.request.Request(sys.argv[1] + path, method="HEAD"), timeout=5) as answer:
        assert answer.status == 200 and answer.read() == b"", path
EOF
state_files='test -s /data/signing.key && test -s /data/watermark.key'
[ -n "${DATABASE_URL:-}" ] || state_files="$state_files && test -s /data/openbanana.db"
$container exec "$name" sh -c "$state_files" || fail "the state is not in the /data volume"
if [ "$podman" = 1 ]; then  # docker runs the HEALTHCHECK on its own schedule; podman runs it when asked
  $container healthcheck run "$name" || fail "the image's HEALTHCHECK failed (or is missing: build with --format docker)"
  say "HEALTHCHECK passes"
fi
if $container logs "$name" 2>&1 | grep -i "warning" | grep -v "semantic" | grep -q .; then
  fail "warnings at start: $($container logs "$name" 2>&1 | grep -i warning)"
fi

say "the SDK smoke tests against the container"
mapfile -t smoke_tests < <(grep -v "^#" scripts/container_sdk_smoke.txt)
OPENBANANA_TEST_BASE_URL="$base" "$python" -m pytest -q -p no:cacheprovider "${smoke_tests[@]}" \
  || fail "SDK tests"

say "stopping: SIGTERM, then at most the 5 s graceful-shutdown timeout"
started=$(date +%s)
$container stop -t 30 "$name" > /dev/null
took=$(( $(date +%s) - started ))
[ "$took" -le 10 ] || fail "stopping took $took s"
say "stopped in $took s"
say "PASSED"
