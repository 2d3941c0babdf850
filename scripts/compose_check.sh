#!/usr/bin/env bash
# Run compose.yaml for real: build the image, `compose up -d`, wait for /readyz, run the test suite's SDK smoke
# tests (scripts/container_sdk_smoke.txt) against the server, make a key with `compose run --rm openbanana keys
# create`, check that the files, the batch and the key are rows in the compose Postgres (psql in the postgres
# service), `compose down -v`. Exit status 0 when every check passed.
#
#   scripts/compose_check.sh                                  # docker compose; the Python of the tests: $PYTHON
#   COMPOSE=podman-compose CONTAINER=podman scripts/compose_check.sh
#   COMPOSE_OVERRIDE=scripts/compose/compose.check.yaml …     # no bridge networking, no registry: host network and
#                                                             # a Postgres built from Debian's packages (see there)
#   OPENBANANA_FLAVOUR=draft BUILD_ARGS="--build-arg …" …     # the flavour, and more arguments for the build
#   SKIP_BUILD=1 …                                            # images built already
#
# The server listens on a free port; the project has a name of its own, so its volumes are fresh and removed.
set -euo pipefail
cd "$(dirname "$0")/.."

compose_cmd=${COMPOSE:-docker compose}
container=${CONTAINER:-docker}
python=${PYTHON:-python3}
flavour=${OPENBANANA_FLAVOUR:-cpu}
project="openbanana-check-$$"
free_port() { "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
export OPENBANANA_FLAVOUR="$flavour" OPENBANANA_PUBLISH="127.0.0.1:$port" OPENBANANA_CHECK_PORT="$port"
export OPENBANANA_CHECK_POSTGRES_PORT="$(free_port)"
export OPENBANANA_API_KEYS="smoke-key,any,batches-key"  # the keys the SDK tests send
export POSTGRES_PASSWORD="check-$RANDOM$RANDOM"
files=(-f compose.yaml)
[ -z "${COMPOSE_OVERRIDE:-}" ] || files+=(-f "$COMPOSE_OVERRIDE")
# shellcheck disable=SC2086  # COMPOSE may be two words (docker compose)
compose() { $compose_cmd -p "$project" "${files[@]}" "$@"; }
base="http://127.0.0.1:$port"

say() { printf '[compose-check] %s\n' "$*"; }
fail() { say "FAILED: $*"; exit 1; }
cleanup() {
  compose logs > "${LOG:-/tmp/$project.log}" 2>&1 || true
  compose down -v > /dev/null 2>&1 || true
}
trap cleanup EXIT
service_container() {  # the container of a service, by the labels both docker compose and podman-compose set
  $container ps -q --filter "label=com.docker.compose.project=$project" \
    --filter "label=com.docker.compose.service=$1" | head -n 1
}

podman=0
if $container --version 2>/dev/null | grep -qi podman; then podman=1; fi
started=$(date +%s)
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  format=()
  [ "$podman" = 0 ] || format=(--format docker)  # podman's default OCI format drops HEALTHCHECK
  say "building openbanana:$flavour"
  # shellcheck disable=SC2086  # BUILD_ARGS holds several arguments
  $container build "${format[@]}" -t "openbanana:$flavour" --build-arg FLAVOUR="$flavour" ${BUILD_ARGS:-} .
  if grep -q "openbanana-check/postgres" "${COMPOSE_OVERRIDE:-/dev/null}"; then
    say "building the Postgres stand-in"
    # shellcheck disable=SC2086
    $container build "${format[@]}" -t localhost/openbanana-check/postgres:bookworm ${BUILD_ARGS:-} \
      scripts/compose/postgres
  fi
  say "built in $(( $(date +%s) - started )) s"
fi

say "compose up: project $project, server on port $port"
started=$(date +%s)
# Postgres first, until its health check passes: docker compose waits so for `depends_on: service_healthy`
# itself, but podman-compose ignores that condition before podman 4.6, and podman runs health checks only when
# asked where systemd does not schedule them.
compose up -d postgres
deadline=$(( $(date +%s) + 120 ))
until db=$(service_container postgres) && [ -n "$db" ] && if [ "$podman" = 1 ]; then
    $container healthcheck run "$db" > /dev/null 2>&1
  else
    [ "$($container inspect --format '{{.State.Health.Status}}' "$db")" = healthy ]
  fi; do
  [ "$(date +%s)" -lt "$deadline" ] || fail "postgres not healthy within 120 s: $(compose logs postgres 2>&1 | tail -20)"
  sleep 1
done
say "postgres healthy after $(( $(date +%s) - started )) s"
compose up -d
deadline=$(( $(date +%s) + 180 ))
until "$python" -c "import urllib.request; urllib.request.urlopen('$base/readyz', timeout=2)" 2> /dev/null; do
  [ "$(date +%s)" -lt "$deadline" ] || fail "not ready within 180 s: $(compose logs openbanana 2>&1 | tail -20)"
  sleep 1
done
say "ready after $(( $(date +%s) - started )) s: $("$python" -c "import urllib.request; print(urllib.request.urlopen('$base/readyz').read().decode())")"

say "the SDK smoke tests against the compose server"
mapfile -t smoke_tests < <(grep -v "^#" scripts/container_sdk_smoke.txt)
OPENBANANA_TEST_BASE_URL="$base" "$python" -m pytest -q -p no:cacheprovider "${smoke_tests[@]}" \
  || fail "SDK tests"

say "a key made with \`compose run --rm openbanana keys create\`"
compose run --rm openbanana keys create --name compose-check > /dev/null || fail "keys create"

say "the state is in the compose Postgres"
count() { compose exec -T postgres psql -U openbanana -d openbanana -tAc "SELECT count(*) FROM $1" | tr -d '[:space:]'; }
files_rows=$(count files)
batches_rows=$(count batches)
key_rows=$(count "api_keys WHERE name = 'compose-check'")
say "postgres holds $files_rows files, $batches_rows batches and $key_rows key named compose-check"
[ "${files_rows:-0}" -ge 1 ] 2> /dev/null || fail "no files in postgres"
[ "${batches_rows:-0}" -ge 1 ] 2> /dev/null || fail "no batches in postgres"
[ "${key_rows:-0}" = 1 ] || fail "the key made with compose run is not in postgres"

say "compose down"
compose down -v
trap - EXIT
say "PASSED"
