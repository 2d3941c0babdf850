"""Schema-driven fuzzing: schemathesis generates requests from our own OpenAPI document (bodies included, see
api/openapi.py) and sends them to a real uvicorn. Every answer must be < 500, match the documented schema, and every
4xx must be Google's error envelope. Deterministic (derandomized), so a failure in CI reproduces locally."""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import response_schema_conformance

from openbanana.api.app import create_app
from openbanana.config import Settings
from tests.conftest import API_KEY, LiveServer, start_server, stop_server

EXAMPLES_PER_OPERATION = 60
MIN_CASES = 2000
RPC_STATUSES = {
    400: {"INVALID_ARGUMENT", "FAILED_PRECONDITION", "OUT_OF_RANGE"}, 401: {"UNAUTHENTICATED"},
    403: {"PERMISSION_DENIED"}, 404: {"NOT_FOUND"}, 409: {"ALREADY_EXISTS", "ABORTED"}, 413: {"INVALID_ARGUMENT"},
    429: {"RESOURCE_EXHAUSTED"}, 499: {"CANCELLED"},
}


def _document() -> dict[str, Any]:
    """The document the server publishes at /openapi.json, built in-process so tests are collected without a server."""
    with tempfile.TemporaryDirectory() as data_dir:
        document: dict[str, Any] = create_app(Settings(data_dir=Path(data_dir))).openapi()
        return document


schema = schemathesis.openapi.from_dict(_document())
schema.config.generation.update(modes=["positive", "negative"], max_examples=EXAMPLES_PER_OPERATION,
                                deterministic=True, no_shrink=False)
schema.config.phases.coverage.enabled = False  # it enumerates every boundary of every field: minutes, not seconds
CASES: Counter[str] = Counter()


def google_error_envelope(ctx: Any, response: Any, case: Any) -> bool | None:
    """No 5xx at all; every 4xx is {"error": {"code", "message", "status"}} with the code equal to the HTTP status."""
    status = response.status_code
    assert status < 500, f"{status} from {case.method} {case.formatted_path}: {response.text[:500]}"
    if status < 400:
        return None
    body = response.json()
    assert isinstance(body, dict) and set(body) == {"error"}, f"not Google's envelope: {response.text[:300]}"
    error = body["error"]
    assert error["code"] == status, error
    assert isinstance(error["message"], str) and error["message"].strip(), error
    assert error["status"] in RPC_STATUSES.get(status, set()), f"{status} with status {error['status']!r}"
    assert all(isinstance(d, dict) and "@type" in d for d in error.get("details", [])), error
    return True


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = start_server(tmp_path_factory.mktemp("fuzz") / "data")
    yield live
    stop_server(live)


@pytest.fixture(scope="module")
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:  # keep-alive: the server, not TCP set-up, is what is measured
        session.headers["x-goog-api-key"] = API_KEY
        yield session


@schema.parametrize()
@settings(deadline=None, derandomize=True, database=None, print_blob=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])
def test_api(case: Any, server: LiveServer, http: requests.Session) -> None:
    response = case.call(base_url=server.base_url, session=http, timeout=60)
    CASES[case.operation.label] += 1
    case.validate_response(response, checks=[google_error_envelope, response_schema_conformance])


def test_enough_cases_were_generated() -> None:
    """Runs after test_api in this module: the fuzzing above really covered every operation, ≥ 2,000 cases."""
    operations = {operation.ok().label for operation in schema.get_all_operations()}
    assert set(CASES) == operations, f"operations never exercised: {sorted(operations - set(CASES))}"
    assert sum(CASES.values()) >= MIN_CASES, CASES
