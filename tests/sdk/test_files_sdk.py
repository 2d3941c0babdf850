"""The Files API through the official google-genai Python SDK against a real `openbanana serve` process.

The SDK uses the upload URL verbatim and sends chunks without the API key, so this proves the URL points at the
live server and that the upload_id alone carries the upload.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from google import genai
from google.genai import errors, types
from PIL import Image

from tests.conftest import LiveServer
from tests.sdk.test_python_sdk import MODEL, final_image

pytestmark = pytest.mark.sdk


@pytest.fixture(scope="module")
def sdk(live_server: LiveServer) -> genai.Client:
    return genai.Client(api_key="files-key", http_options=types.HttpOptions(base_url=live_server.base_url))


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("files-sdk") / "reference.png"
    Image.new("RGB", (900, 1600), (150, 110, 70)).save(path)  # 9:16
    return path


def test_upload_get_list_generate_delete(sdk: genai.Client, live_server: LiveServer, reference: Path) -> None:
    uploaded = sdk.files.upload(file=reference, config=types.UploadFileConfig(display_name="reference photo"))
    assert uploaded.name and re.fullmatch(r"files/[a-z0-9]+", uploaded.name)
    assert uploaded.uri == f"{live_server.base_url}/v1beta/{uploaded.name}"
    assert uploaded.mime_type == "image/png" and uploaded.size_bytes == reference.stat().st_size
    assert uploaded.state == types.FileState.ACTIVE and uploaded.source == types.FileSource.UPLOADED
    assert uploaded.display_name == "reference photo" and uploaded.sha256_hash
    assert uploaded.create_time and uploaded.expiration_time
    assert (uploaded.expiration_time - uploaded.create_time).total_seconds() == 48 * 3600

    assert sdk.files.get(name=uploaded.name) == uploaded
    assert sdk.files.get(name=uploaded.uri) == uploaded, "the SDK sends the http:// uri as the path"
    assert uploaded.name in [file.name for file in sdk.files.list(config=types.ListFilesConfig(page_size=2))]

    response = sdk.models.generate_content(model=MODEL, contents=[uploaded, "make it sepia"])
    assert final_image(response).size == (768, 1376), "the reference's 9:16 ratio at 1K"

    sdk.files.delete(name=uploaded.name)
    assert uploaded.name not in [file.name for file in sdk.files.list()]
    with pytest.raises(errors.ClientError) as raised:
        sdk.files.get(name=uploaded.name)
    assert raised.value.code == 403 and raised.value.status == "PERMISSION_DENIED"


def test_upload_from_a_stream_in_several_chunks(sdk: genai.Client) -> None:
    buffer = io.BytesIO()
    Image.effect_noise((2400, 2400), 64).convert("RGB").save(buffer, "PNG")  # incompressible: > one 8 MiB chunk
    data = buffer.getvalue()
    assert len(data) > 8 * 1024 * 1024
    uploaded = sdk.files.upload(file=io.BytesIO(data), config=types.UploadFileConfig(mime_type="image/png"))
    assert uploaded.size_bytes == len(data)
    sdk.files.delete(name=uploaded.name or "")


def test_an_unknown_file_in_generate_content_is_permission_denied(sdk: genai.Client) -> None:
    part = types.Part.from_uri(file_uri="https://example.com/not-ours.png", mime_type="image/png")
    with pytest.raises(errors.ClientError) as raised:
        sdk.models.generate_content(model=MODEL, contents=[part, "make it sepia"])
    assert raised.value.code == 403
