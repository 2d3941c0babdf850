"""Keys made with `openbanana keys` against a real `openbanana serve` process and the official Python SDK:
a created key works at once, a revoked one is refused while the server runs, and files stay the key's own."""

from __future__ import annotations

import contextlib
import io
import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from google import genai
from google.genai import errors, types

from openbanana.api.app import InsecureBindError, create_app
from openbanana.cli.main import main
from openbanana.config import Settings
from openbanana.service.keys import owner_id
from tests.conftest import start_server, stop_server

pytestmark = pytest.mark.sdk
MODEL = "gemini-3-pro-image-preview"
TEXT_ONLY = types.GenerateContentConfig(response_modalities=["TEXT"])  # no render: quick


def cli(*args: str) -> str:
    """`openbanana ARGS` in this process, as a user runs it; its stdout. Fails on a non-zero exit."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(args))
    assert code == 0, f"openbanana {' '.join(args)} exited with {code}: {out.getvalue()}"
    return out.getvalue()


def create_key(data_dir: Path, name: str, *limits: str) -> tuple[str, str]:
    """(secret, id) of a key made by `openbanana keys create`."""
    secret = cli("keys", "create", "--name", name, *limits, "--data-dir", str(data_dir)).strip()
    [listed] = [k for k in json.loads(cli("keys", "list", "--json", "--data-dir", str(data_dir))) if k["name"] == name]
    return secret, listed["id"]


def client(base_url: str, key: str) -> genai.Client:
    """Keep the returned client referenced while it is used: the SDK closes its connection pool when collected."""
    return genai.Client(api_key=key, http_options=types.HttpOptions(base_url=base_url))


def refused_within(seconds: float, call: Callable[[], object]) -> tuple[errors.ClientError, float]:
    """Poll `call` until it raises a ClientError; the error and how long that took."""
    start = time.monotonic()
    while True:
        try:
            call()
        except errors.ClientError as error:
            return error, time.monotonic() - start
        assert time.monotonic() - start < seconds, f"still accepted after {seconds} s"
        time.sleep(0.1)


def assert_invalid_key(error: errors.ClientError) -> None:
    assert error.code == 400 and error.status == "INVALID_ARGUMENT"
    assert error.message == "API key not valid. Please pass a valid API key."
    assert error.details["error"]["details"][0]["reason"] == "API_KEY_INVALID"


def test_keys_from_the_cli_take_effect_on_a_running_server(tmp_path: Path) -> None:
    """No keys → any key passes; `keys create` → keys required; `keys revoke` → refused; no restart anywhere."""
    data_dir = tmp_path / "data"
    server = start_server(data_dir)
    try:
        anyone = client(server.base_url, "anything")
        assert anyone.models.get(model=MODEL).name, "no keys yet: any key passes"
        secret, key_id = create_key(data_dir, "app")
        other, _ = create_key(data_dir, "other")
        assert secret.startswith("ob-")
        error, took = refused_within(3.0, lambda: anyone.models.get(model=MODEL))
        assert_invalid_key(error)
        assert took < 2.0, f"the first key took {took:.2f} s to reach the running server"

        sdk, other_sdk = client(server.base_url, secret), client(server.base_url, other)
        response = sdk.models.generate_content(model=MODEL, contents="a red kite", config=TEXT_ONLY)
        assert response.text and response.usage_metadata is not None
        note = tmp_path / "note.txt"
        note.write_text("mine")
        uploaded = sdk.files.upload(file=note, config=types.UploadFileConfig(mime_type="text/plain"))
        assert uploaded.name in [f.name for f in sdk.files.list()]
        assert uploaded.name not in [f.name for f in other_sdk.files.list()], "files stay the key's"

        stranger = client(server.base_url, "ob-never-issued")
        with pytest.raises(errors.ClientError) as unknown:
            stranger.models.get(model=MODEL)
        assert_invalid_key(unknown.value)

        assert cli("keys", "revoke", key_id, "--data-dir", str(data_dir)).startswith(f"Revoked key {key_id}")
        error, took = refused_within(3.0, lambda: sdk.models.get(model=MODEL))
        assert_invalid_key(error)
        assert error.details == unknown.value.details, "a revoked key is refused exactly like an unknown one"
        assert took < 2.0, f"revocation took {took:.2f} s to reach the running server"
        assert other_sdk.models.get(model=MODEL).name == f"models/{MODEL}"
    finally:
        stop_server(server)
    [row] = [k for k in json.loads(cli("keys", "list", "--json", "--data-dir", str(data_dir))) if k["id"] == key_id]
    assert row["revoked"]


def test_store_keys_count_for_the_off_loopback_rule(tmp_path: Path) -> None:
    settings = Settings(host="0.0.0.0", data_dir=tmp_path / "data")
    with pytest.raises(InsecureBindError, match="openbanana keys create"):
        create_app(settings)
    secret, _ = create_key(settings.server.data_dir, "lan")
    with TestClient(create_app(settings)) as test_client:
        assert test_client.get("/v1beta/models", headers={"x-goog-api-key": secret}).status_code == 200
        assert test_client.get("/v1beta/models", headers={"x-goog-api-key": "guess"}).status_code == 400


def test_keys_list_shows_neither_keys_nor_hashes(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    secret, key_id = create_key(data_dir, "limited", "--rpm", "30", "--images-per-day", "100",
                                "--upload-bytes", "1000000")
    listed = json.loads(cli("keys", "list", "--json", "--data-dir", str(data_dir)))
    assert listed == [{"id": key_id, "name": "limited", "prefix": secret[:9], "created": listed[0]["created"],
                       "revoked": None, "requestsPerMinute": 30, "imagesPerDay": 100, "uploadBytes": 1000000}]
    table = cli("keys", "list", "--data-dir", str(data_dir))
    assert key_id in table and "limited" in table and secret[:9] in table
    for output in (table, json.dumps(listed)):
        assert secret not in output and owner_id(secret) not in output
    assert main(["keys", "revoke", "nosuchkey", "--data-dir", str(data_dir)]) == 1
    assert main(["keys", "create", "--name", "x", "--rpm", "0", "--data-dir", str(data_dir)]) == 2
