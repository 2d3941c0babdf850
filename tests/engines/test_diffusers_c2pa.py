"""The diffusers engine's images are C2PA-signed and watermarked like the draft engine's (tests/api/test_c2pa.py)."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest

pytest.importorskip("diffusers", reason="needs the diffusers extra: pip install 'openbanana[diffusers]'")

from openbanana.cli.c2pa_keys import c2pa
from openbanana.imaging.c2pa import C2PA_DIR, CHAIN_FILE, KEY_FILE, C2paCredentials, ManifestReader
from tests.api.test_c2pa import assert_signed_and_marked, streamed_image_parts
from tests.conftest import LiveServer, stop_server
from tests.engines.tiny_pipeline import build_tiny_pipeline, start_tiny_diffusers_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """`openbanana serve --engine diffusers` on the tiny random-weight pipeline, with a development C2PA chain."""
    directory = tmp_path_factory.mktemp("diffusers-c2pa")
    pipeline = build_tiny_pipeline(directory / "tiny")
    c2pa(init=True, data_dir=directory / "data", force=False)
    live = start_tiny_diffusers_server(directory, pipeline)
    yield live
    stop_server(live)


@pytest.mark.parametrize("mime", ["image/png", "image/jpeg", "image/webp"])
def test_diffusers_thought_and_final_images_are_signed(server: LiveServer, mime: str) -> None:
    folder = server.data_dir / C2PA_DIR
    reader = ManifestReader(C2paCredentials.load(folder / CHAIN_FILE, folder / KEY_FILE).anchors_pem)
    body = {"contents": [{"parts": [{"text": "a red cat"}]}],
            "generationConfig": {"thinkingConfig": {"includeThoughts": True}, "imageConfig": {"outputMimeType": mime}}}
    parts = streamed_image_parts(server, body)
    assert [bool(p.get("thought")) for p in parts] == [True, False] and parts[-1]["inlineData"]["mimeType"] == mime
    for part in parts:
        assert_signed_and_marked(server, reader, part["inlineData"]["mimeType"],
                                 base64.b64decode(part["inlineData"]["data"]))
