"""A real server with a development C2PA chain: every emitted image is signed and watermarked; verify reports both."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import c2pa as c2pa_lib
import httpx
import pytest
from fastapi.testclient import TestClient
from google import genai
from google.genai import types

from openbanana import __version__
from openbanana.api.app import create_app
from openbanana.cli.c2pa_keys import c2pa, development_chain
from openbanana.cli.main import main
from openbanana.config import Settings
from openbanana.imaging.c2pa import C2PA_DIR, CHAIN_FILE, KEY_FILE, C2paConfigError, C2paCredentials, ManifestReader
from tests.api.test_verify import VERIFY, emitted, verify
from tests.conftest import LiveServer, start_server, stop_server
from tests.unit.test_c2pa import with_changed_pixels

MODEL = "gemini-3-pro-image-preview"
SIGNER = "openbanana development signer"
PHOTOS = Path(__file__).parents[1] / "data" / "photos"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """`openbanana keys c2pa --init`, then `openbanana serve` on the same data dir: the server picks the chain up."""
    data_dir = tmp_path_factory.mktemp("c2pa-server") / "data"
    c2pa(init=True, data_dir=data_dir, force=False)
    live = start_server(data_dir)
    yield live
    stop_server(live)


@pytest.fixture(scope="module")
def reader(server: LiveServer) -> ManifestReader:
    """An independent reader trusting the chain's CA, so the manifests are checked without the server's word."""
    folder = server.data_dir / C2PA_DIR
    return ManifestReader(C2paCredentials.load(folder / CHAIN_FILE, folder / KEY_FILE).anchors_pem)


def verify_live(server: LiveServer, data: bytes) -> dict[str, Any]:
    response = httpx.post(server.base_url + VERIFY, json={"image": {"data": base64.b64encode(data).decode()}},
                          headers={"x-goog-api-key": "any"}, timeout=60)
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def assert_signed_and_marked(server: LiveServer, reader: ManifestReader, mime: str, data: bytes) -> None:
    report = reader.read(data, mime)
    assert report.trusted and report.signer == SIGNER, report
    answer = verify_live(server, data)
    assert answer["watermark"]["found"] and answer["mimeType"] == mime
    assert answer["c2pa"] == {"present": True, "valid": True, "trusted": True, "state": "Trusted", "signer": SIGNER,
                              "issuer": "openbanana development (untrusted)",
                              "claimGenerator": f"openbanana/{__version__}",
                              "digitalSourceType": answer["provenance"]["digitalSourceType"], "errors": []}
    assert answer["provenance"]["digitalSourceType"].endswith("/trainedAlgorithmicMedia")


def streamed_image_parts(server: LiveServer, body: dict[str, Any]) -> list[dict[str, Any]]:
    """The inlineData parts of an SSE streamGenerateContent answer, thought images included, in order."""
    response = httpx.post(f"{server.base_url}/v1beta/models/{MODEL}:streamGenerateContent?alt=sse", json=body,
                          headers={"x-goog-api-key": "any"}, timeout=120)
    assert response.status_code == 200, response.text
    events = [json.loads(line[len("data: "):]) for line in response.text.splitlines() if line.startswith("data: ")]
    return [p for e in events for p in e["candidates"][0]["content"]["parts"] if "inlineData" in p]


@pytest.mark.parametrize("mime", ["image/png", "image/jpeg", "image/webp"])
def test_streamed_thought_and_final_images_are_signed(server: LiveServer, reader: ManifestReader, mime: str) -> None:
    body = {"contents": [{"parts": [{"text": 'a lighthouse poster that says "NORTH"'}]}],
            "generationConfig": {"thinkingConfig": {"includeThoughts": True}, "imageConfig": {"outputMimeType": mime}}}
    parts = streamed_image_parts(server, body)
    assert [bool(p.get("thought")) for p in parts] == [True, False]
    assert parts[-1]["inlineData"]["mimeType"] == mime
    for part in parts:
        assert_signed_and_marked(server, reader, part["inlineData"]["mimeType"],
                                 base64.b64decode(part["inlineData"]["data"]))


def test_the_python_sdk_receives_a_signed_image(server: LiveServer, reader: ManifestReader) -> None:
    sdk = genai.Client(api_key="any", http_options=types.HttpOptions(base_url=server.base_url))
    response = sdk.models.generate_content(model=MODEL, contents="a red bicycle",
                                           config=types.GenerateContentConfig(response_modalities=["IMAGE"]))
    image = next(p.inline_data for p in response.parts or [] if p.inline_data is not None and not p.thought)
    assert image.mime_type and image.data
    assert_signed_and_marked(server, reader, image.mime_type, image.data)


def manifest_store(reader: ManifestReader, data: bytes, mime: str) -> dict[str, Any]:
    """The active manifest as c2pa itself reads it (actions and ingredients are not in ManifestReport)."""
    with c2pa_lib.Context.from_dict(reader._settings) as context:  # the same offline, trusting settings
        found = c2pa_lib.Reader.try_create(mime, io.BytesIO(data), None, context)
        assert found is not None
        with found:
            store: dict[str, Any] = json.loads(found.json())
    manifest: dict[str, Any] = store["manifests"][store["active_manifest"]]
    return manifest


@pytest.mark.parametrize("prompt", ["Keep it exactly the same", "Add sunglasses to her"])
def test_an_edit_is_signed_as_edited_from_its_inputs_never_as_created(server: LiveServer, reader: ManifestReader,
                                                                      prompt: str) -> None:
    photo = (PHOTOS / "astronaut.jpg").read_bytes()
    sdk = genai.Client(api_key="any", http_options=types.HttpOptions(base_url=server.base_url))
    response = sdk.models.generate_content(
        model=MODEL, contents=[types.Part.from_bytes(data=photo, mime_type="image/jpeg"), prompt],
        config=types.GenerateContentConfig(response_modalities=["IMAGE"]))
    image = next(p.inline_data for p in response.parts or [] if p.inline_data is not None and not p.thought)
    assert image.mime_type and image.data
    assert reader.read(image.data, image.mime_type).trusted
    manifest = manifest_store(reader, image.data, image.mime_type)
    digest = hashlib.sha256(photo).hexdigest()
    assert [(i["instance_id"], i["relationship"]) for i in manifest["ingredients"]] == [(f"sha256:{digest}",
                                                                                        "parentOf")]
    actions = next(a for a in manifest["assertions"] if a["label"].startswith("c2pa.actions"))["data"]["actions"]
    assert [a["action"] for a in actions] == ["c2pa.opened", "c2pa.edited"]
    assert all(a["digitalSourceType"].endswith("/compositeWithTrainedAlgorithmicMedia") for a in actions)
    answer = verify_live(server, image.data)
    assert answer["c2pa"]["digitalSourceType"].endswith("/compositeWithTrainedAlgorithmicMedia")
    assert answer["origin"] == ("unknown" if prompt.startswith("Keep") else "edited")


def test_verify_reports_changed_pixels_and_the_cli_fails_on_them(server: LiveServer, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    body = {"contents": [{"parts": [{"text": "a green kite"}]}]}
    answer = httpx.post(f"{server.base_url}/v1beta/models/{MODEL}:generateContent", json=body,
                        headers={"x-goog-api-key": "any"}, timeout=120).json()
    signed = base64.b64decode(answer["candidates"][0]["content"]["parts"][-1]["inlineData"]["data"])
    good, tampered = tmp_path / "good.png", tmp_path / "tampered.png"
    good.write_bytes(signed)
    tampered.write_bytes(with_changed_pixels(signed))

    report = verify_live(server, tampered.read_bytes())
    assert report["watermark"]["found"], "one changed pixel leaves the invisible mark readable"
    assert report["c2pa"]["present"] and not report["c2pa"]["valid"] and report["c2pa"]["state"] == "Invalid"
    assert any(e.startswith("assertion.dataHash.mismatch") for e in report["c2pa"]["errors"])

    assert main(["verify", str(good), "--base-url", server.base_url]) == 0
    assert "manifest valid, trusted" in capsys.readouterr().err.replace("\n", " ")
    assert main(["verify", str(good), str(tampered), "--json", "--base-url", server.base_url]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(line["file"], line["c2pa"]["valid"]) for line in lines] == [(str(good), True), (str(tampered), False)]
    assert main(["verify", str(tampered), "--base-url", server.base_url]) == 1
    assert "manifest INVALID" in capsys.readouterr().err.replace("\n", " ")


@pytest.fixture
def service_info_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """INFO records of the service logger, from before the app is built (requested before `client`)."""
    caplog.set_level(logging.INFO, logger="openbanana.service")
    return caplog


def test_without_a_certificate_there_is_no_manifest_and_the_log_says_so(
        service_info_logs: pytest.LogCaptureFixture, client: TestClient) -> None:
    assert any("C2PA signing is off" in r.getMessage() for r in service_info_logs.get_records("setup")
               if r.levelno == logging.INFO)
    for part in emitted(client, "image/jpeg"):
        answer = verify(client, base64.b64decode(part["inlineData"]["data"]))
        assert answer["watermark"]["found"] and answer["c2pa"]["present"] is False


def test_a_key_that_does_not_match_is_a_startup_error(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    c2pa(init=True, data_dir=data_dir, force=False)
    other_key = tmp_path / "other.pem"
    other_key.write_bytes(development_chain()[1])
    chain = data_dir / C2PA_DIR / CHAIN_FILE
    with pytest.raises(C2paConfigError, match="not the private key"):
        create_app(Settings(data_dir=data_dir, c2pa_cert_file=chain, c2pa_key_file=other_key))
    with pytest.raises(C2paConfigError, match="needs both"):
        create_app(Settings(data_dir=tmp_path / "elsewhere", c2pa_cert_file=chain))
    (data_dir / C2PA_DIR / KEY_FILE).unlink()
    with pytest.raises(C2paConfigError, match="cannot read"):
        create_app(Settings(data_dir=data_dir))
