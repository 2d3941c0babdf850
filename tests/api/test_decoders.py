"""Untrusted bytes reach only the decoders the API promises (PNG, JPEG, WebP, HEIC/HEIF): every other format is a
400 naming it, on every path that reads images (inline data, fileData, verifyImage), and EPS never reaches
Ghostscript."""

from __future__ import annotations

import base64
import io
import os
import stat
import subprocess
import warnings
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from PIL import EpsImagePlugin, Image

MODEL = "gemini-3-pro-image-preview"
GENERATE = f"/v1beta/models/{MODEL}:generateContent"
VERIFY = "/v1beta/openbanana:verifyImage"
UPLOAD = "/upload/v1beta/files"

# (Pillow's name to write it, its mode, what the 400 calls it)
REFUSED = [
    ("TIFF", "RGB", "TIFF"), ("BMP", "RGB", "BMP"), ("ICO", "RGBA", "ICO"), ("PCX", "RGB", "PCX"),
    ("PPM", "RGB", "PNM/PPM"), ("SGI", "RGB", "SGI"), ("TGA", "RGB", "not a recognised image format"),
    ("IM", "RGB", "IM"), ("DDS", "RGB", "DDS"), ("QOI", "RGB", "QOI"), ("XBM", "1", "XBM"),
    ("SPIDER", "L", "not a recognised image format"), ("JPEG2000", "RGB", "JPEG 2000"),
    ("EPS", "RGB", "PostScript/EPS"), ("GIF", "P", "GIF"), ("PDF", "RGB", "PDF"),
]


def encoded(fmt: str, mode: str) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Pillow deprecates writing IM
        Image.new(mode, (16, 16)).save(buffer, fmt)
    return buffer.getvalue()


def inline(data: bytes) -> dict[str, Any]:
    return {"inlineData": {"mimeType": "image/png", "data": base64.b64encode(data).decode()}}


def uploaded(client: TestClient, data: bytes) -> str:
    response = client.post(UPLOAD, headers={"X-Goog-Upload-Protocol": "resumable", "X-Goog-Upload-Command": "start"},
                           json={"file": {"mimeType": "image/png", "sizeBytes": len(data)}})
    url = response.headers["x-goog-upload-url"]
    final = client.post(url, content=data, headers={"X-Goog-Upload-Command": "upload, finalize",
                                                    "X-Goog-Upload-Offset": "0"})
    assert final.status_code == 200, final.text
    return str(final.json()["file"]["uri"])


def assert_refused(response: Any, name: str) -> None:
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["status"] == "INVALID_ARGUMENT"
    assert name in error["message"], error["message"]


@pytest.mark.parametrize(("fmt", "mode", "name"), REFUSED, ids=[r[0] for r in REFUSED])
def test_other_formats_labelled_png_are_a_400_naming_them(client: TestClient, fmt: str, mode: str,
                                                          name: str) -> None:
    data = encoded(fmt, mode)
    as_inline = client.post(GENERATE, json={"contents": [{"parts": [{"text": "make it blue"}, inline(data)]}]})
    assert_refused(as_inline, name)
    as_file = client.post(GENERATE, json={"contents": [{"parts": [
        {"text": "make it blue"}, {"fileData": {"mimeType": "image/png", "fileUri": uploaded(client, data)}}]}]})
    assert_refused(as_file, name)
    assert_refused(client.post(VERIFY, json={"image": {"mimeType": "image/png",
                                                       "data": base64.b64encode(data).decode()}}), name)


def test_eps_never_reaches_ghostscript(client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "ghostscript-ran"
    stand_in = tmp_path / "gs"
    stand_in.write_text(f"#!/bin/sh\ntouch {marker}\nexit 1\n")
    stand_in.chmod(stand_in.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setattr(EpsImagePlugin, "gs_binary", str(stand_in))
    eps = encoded("EPS", "RGB")
    with pytest.raises(subprocess.CalledProcessError), Image.open(io.BytesIO(eps)) as unrestricted:
        unrestricted.load()  # the control: Pillow with every plugin does run the stand-in
    assert marker.exists()
    marker.unlink()

    assert_refused(client.post(GENERATE, json={"contents": [{"parts": [{"text": "a cat"}, inline(eps)]}]}), "EPS")
    assert_refused(client.post(VERIFY, json={"image": {"mimeType": "image/png",
                                                       "data": base64.b64encode(eps).decode()}}), "EPS")
    assert_refused(client.post(GENERATE, json={"contents": [{"parts": [
        {"text": "a cat"}, {"fileData": {"mimeType": "image/png", "fileUri": uploaded(client, eps)}}]}]}), "EPS")
    assert not marker.exists(), "the caller's PostScript never ran"


def test_the_accepted_formats_still_decode(client: TestClient) -> None:
    for fmt in ("PNG", "JPEG", "WEBP"):
        data = encoded(fmt, "RGB")
        response = client.post(GENERATE, json={"contents": [{"parts": [{"text": "make it blue"}, inline(data)]}],
                                               "generationConfig": {"responseModalities": ["IMAGE"]}})
        assert response.status_code == 200, (fmt, response.text)
