"""The diffusers engine's images are C2PA-signed and watermarked like the draft engine's (tests/api/test_c2pa.py)."""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterator

import httpx
import pytest

pytest.importorskip("diffusers", reason="needs the diffusers extra: pip install 'openbanana[diffusers]'")

from openbanana.cli.c2pa_keys import c2pa
from openbanana.imaging.c2pa import C2PA_DIR, CHAIN_FILE, KEY_FILE, C2paCredentials, ManifestReader
from tests.api.test_c2pa import MODEL, assert_signed_and_marked
from tests.conftest import LiveServer, start_server, stop_server
from tests.engines.tiny_pipeline import build_tiny_pipeline


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """`openbanana serve --engine diffusers` on the tiny random-weight pipeline, with a development C2PA chain."""
    directory = tmp_path_factory.mktemp("diffusers-c2pa")
    pipeline = build_tiny_pipeline(directory / "tiny")
    profiles = directory / "profiles.toml"
    profiles.write_text(f'[profiles.tiny]\npipeline = "{pipeline}"\ndevice = "cpu"\nsteps = 2\n'
                        "max_native_pixels = 1024\nmultiple = 16\n")
    c2pa(init=True, data_dir=directory / "data", force=False)
    before = os.environ.get("OMP_NUM_THREADS")
    os.environ["OMP_NUM_THREADS"] = "1"  # tiny convolutions: one torch thread is fastest on a busy 2-core box
    try:
        live = start_server(directory / "data", "--engine", "diffusers", "--profile", "tiny",
                            "--profiles-file", str(profiles))
    finally:
        if before is None:
            del os.environ["OMP_NUM_THREADS"]
        else:
            os.environ["OMP_NUM_THREADS"] = before
    yield live
    stop_server(live)


@pytest.mark.parametrize("mime", ["image/png", "image/jpeg", "image/webp"])
def test_diffusers_thought_and_final_images_are_signed(server: LiveServer, mime: str) -> None:
    folder = server.data_dir / C2PA_DIR
    reader = ManifestReader(C2paCredentials.load(folder / CHAIN_FILE, folder / KEY_FILE).anchors_pem)
    body = {"contents": [{"parts": [{"text": "a red cat"}]}],
            "generationConfig": {"thinkingConfig": {"includeThoughts": True}, "imageConfig": {"outputMimeType": mime}}}
    response = httpx.post(f"{server.base_url}/v1beta/models/{MODEL}:streamGenerateContent?alt=sse", json=body,
                          headers={"x-goog-api-key": "any"}, timeout=120)
    assert response.status_code == 200, response.text
    events = [json.loads(line[len("data: "):]) for line in response.text.splitlines() if line.startswith("data: ")]
    parts = [p for e in events for p in e["candidates"][0]["content"]["parts"] if "inlineData" in p]
    assert [bool(p.get("thought")) for p in parts] == [True, False] and parts[-1]["inlineData"]["mimeType"] == mime
    for part in parts:
        assert_signed_and_marked(server, reader, part["inlineData"]["mimeType"],
                                 base64.b64decode(part["inlineData"]["data"]))
