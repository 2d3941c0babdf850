"""Liveness and readiness (GET and HEAD), opt-in CORS for browser apps, and the graceful-shutdown timeout."""

from __future__ import annotations

import base64
import io
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from fastapi.testclient import TestClient
from PIL import Image

from openbanana import __version__
from openbanana.api.app import create_app
from openbanana.cli.serve import uvicorn_config
from openbanana.config import Settings
from openbanana.store.db import DB_FILE
from tests.api.engines import SteppingEngine, serving, wait_until
from tests.conftest import free_port
from tests.s3 import S3Server

MODEL = "gemini-3-pro-image-preview"
GENERATE = f"/v1beta/models/{MODEL}:generateContent"
BODY = {"contents": [{"parts": [{"text": "a lighthouse at dusk"}]}]}


class LoadingEngine(SteppingEngine):
    """An engine whose weights are still loading, as the diffusers engine's during a preload."""

    loaded = False
    loading = True


def settings(tmp_path: Path, **values: object) -> Settings:
    return Settings(data_dir=tmp_path / "data", safety_semantic="off", **values)


def test_health_and_readiness_answer_get_and_head(tmp_path: Path) -> None:
    with TestClient(create_app(settings(tmp_path))) as client:
        assert client.get("/healthz").json() == {"status": "ok", "version": __version__, "engine": "draft",
                                                 "engines": ["draft"]}
        ready = client.get("/readyz")
        assert ready.status_code == 200
        assert ready.json()["checks"] == {"store": "ok", "blobs": "ok", "engine": "loaded"}
        for path in ("/healthz", "/readyz"):
            head = client.head(path)
            assert (head.status_code, head.content) == (200, b""), path
            assert head.headers["content-type"].startswith("application/json")


def test_not_ready_while_the_engine_loads_but_alive(tmp_path: Path) -> None:
    with TestClient(create_app(settings(tmp_path), engine=LoadingEngine())) as client:
        assert client.get("/healthz").status_code == 200  # alive: no reason to restart it
        ready = client.get("/readyz")
        assert ready.status_code == 503 and ready.json()["status"] == "unavailable"
        assert ready.json()["checks"] == {"store": "ok", "blobs": "ok",
                                          "engine": "the stepping engine is loading its weights"}
        assert client.head("/readyz").status_code == 503


def test_every_engine_is_reported_by_liveness_and_readiness_and_each_name_renders_on_its_own(tmp_path: Path) -> None:
    """A served name on an engine of its own (model_engines) is reported beside the default engine, and is drawn by
    it: each image's provenance names its engine."""
    configured = settings(tmp_path, engine="diffusers", profile="sd-turbo", model_engines="gemini-3-pro-image=draft")
    with TestClient(create_app(configured, engine=LoadingEngine())) as client:
        alive = client.get("/healthz")  # alive while the default engine loads, naming both engines
        assert alive.status_code == 200
        assert (alive.json()["engine"], alive.json()["engines"]) == ("diffusers", ["diffusers:sd-turbo", "draft"])
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["checks"] == {"store": "ok", "blobs": "ok",
                                          "engine": "the stepping engine is loading its weights",
                                          "engine draft": "loaded"}
        tools = []
        for model in (MODEL, "gemini-3-pro-image"):
            drawn = client.post(f"/v1beta/models/{model}:generateContent", json=BODY, headers={"x-goog-api-key": "k"})
            assert drawn.status_code == 200, drawn.text
            (data,) = [part["inlineData"]["data"] for part in drawn.json()["candidates"][0]["content"]["parts"]
                       if "inlineData" in part]
            with Image.open(io.BytesIO(base64.b64decode(data))) as image:
                tools.append(image.getxmp()["xmpmeta"]["RDF"]["Description"]["CreatorTool"].split("(")[1])
        assert tools == ["stepping engine)", "draft engine)"]


def test_not_ready_when_the_store_is_gone(tmp_path: Path) -> None:
    with TestClient(create_app(settings(tmp_path))) as client:
        for path in (tmp_path / "data").glob(f"{DB_FILE}*"):
            path.unlink()
        ready = client.get("/readyz")
        assert ready.status_code == 503 and "deleted" in ready.json()["checks"]["store"]


def test_not_ready_when_the_blob_bucket_is_gone(tmp_path: Path, s3_server: S3Server) -> None:
    import boto3

    bucket = s3_server.new_bucket()
    app = create_app(settings(tmp_path, blob_url=f"s3://{bucket}/blobs", blob_endpoint_url=s3_server.endpoint_url))
    with TestClient(app) as client:
        assert client.get("/readyz").json()["checks"]["blobs"] == "ok"
        boto3.client("s3", endpoint_url=s3_server.endpoint_url).delete_bucket(Bucket=bucket)
        ready = client.get("/readyz")
        assert ready.status_code == 503 and f"s3://{bucket}/blobs/" in ready.json()["checks"]["blobs"]
        assert client.get("/healthz").status_code == 200  # alive: restarting would not bring the bucket back


def test_cors_is_off_unless_configured(tmp_path: Path) -> None:
    with TestClient(create_app(settings(tmp_path))) as client:
        preflight = client.options(GENERATE, headers={"Origin": "https://app.example",
                                                      "Access-Control-Request-Method": "POST"})
        assert "access-control-allow-origin" not in preflight.headers
        answer = client.get("/healthz", headers={"Origin": "https://app.example"})
        assert "access-control-allow-origin" not in answer.headers


def test_a_browser_preflight_and_call_from_an_allowed_origin(tmp_path: Path) -> None:
    app = create_app(settings(tmp_path, cors_origins="https://app.example, https://other.example/"))
    with TestClient(app) as client:
        preflight = client.options(GENERATE, headers={
            "Origin": "https://app.example", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type, x-goog-api-key, x-goog-api-client, authorization"})
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == "https://app.example"
        assert "POST" in preflight.headers["access-control-allow-methods"]
        allowed = preflight.headers["access-control-allow-headers"].lower()
        assert {"content-type", "x-goog-api-key", "x-goog-api-client", "authorization"} <= {
            h.strip() for h in allowed.split(",")}

        answer = client.post(GENERATE, json=BODY, headers={"Origin": "https://other.example", "x-goog-api-key": "k"})
        assert answer.status_code == 200
        assert answer.headers["access-control-allow-origin"] == "https://other.example"
        assert "x-goog-upload-url" in answer.headers["access-control-expose-headers"].lower()

        error = client.post("/v1beta/models/no-such-model:generateContent", json=BODY,
                            headers={"Origin": "https://app.example", "x-goog-api-key": "k"})
        assert error.status_code == 404  # an error a browser app can read, too
        assert error.headers["access-control-allow-origin"] == "https://app.example"

        refused = client.options(GENERATE, headers={"Origin": "https://evil.example",
                                                    "Access-Control-Request-Method": "POST"})
        assert refused.status_code == 400 and "access-control-allow-origin" not in refused.headers


def test_any_origin_with_a_star(tmp_path: Path) -> None:
    with TestClient(create_app(settings(tmp_path, cors_origins="*"))) as client:
        answer = client.get("/healthz", headers={"Origin": "https://anywhere.example"})
        assert answer.headers["access-control-allow-origin"] == "*"


def test_shutdown_waits_for_requests_in_progress_then_gives_up_after_the_timeout(tmp_path: Path) -> None:
    """uvicorn as `openbanana serve` configures it: on shutdown, a generation in progress gets the configured
    seconds, then its connection is closed and the server stops."""
    engine = SteppingEngine(steps=10_000, step_seconds=0.01)  # far longer than the timeout
    app = create_app(settings(tmp_path, port=free_port(), shutdown_timeout_seconds=1), engine=engine)
    config = uvicorn_config(app, Settings(port=app.state.openbanana.settings.server.port,
                                          shutdown_timeout_seconds=1).server, "warning")
    assert config.timeout_graceful_shutdown == 1
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    assert wait_until(lambda: server.started)
    outcome: dict[str, object] = {}

    def generate() -> None:
        try:
            outcome["status"] = httpx.post(f"http://127.0.0.1:{config.port}{GENERATE}", json=BODY,
                                           headers={"x-goog-api-key": "k"}, timeout=30).status_code
        except httpx.HTTPError as exc:
            outcome["error"] = type(exc).__name__

    client = threading.Thread(target=generate)
    client.start()
    assert engine.started.wait(15)
    asked = time.monotonic()
    server.should_exit = True  # what SIGTERM does
    thread.join(15)
    stopped = time.monotonic() - asked
    client.join(15)
    assert not thread.is_alive()
    assert 0.9 <= stopped < 8, f"stopped {stopped:.1f} s after being asked, with a 1 s timeout"
    assert "status" not in outcome or outcome["status"] != 200, outcome  # the render never finished
    assert engine.steps_run < 10_000


def test_serving_still_answers_health_over_real_http(tmp_path: Path) -> None:
    with serving(create_app(settings(tmp_path))) as base_url:
        assert httpx.head(base_url + "/readyz").status_code == 200
        assert httpx.get(base_url + "/readyz").json()["status"] == "ready"
