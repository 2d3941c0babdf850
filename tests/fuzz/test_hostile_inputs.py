"""Hostile requests against a real uvicorn: bombs, truncated and mislabelled images, oversized and deeply nested
bodies. Each gets a clear 4xx in Google's envelope, and the server's memory stays bounded through a burst of them."""

from __future__ import annotations

import base64
import io
import struct
import zlib
from collections.abc import Iterator
from typing import Any

import httpx
import psutil
import pytest
from PIL import Image

from tests.conftest import API_KEY, LiveServer, start_server, stop_server

LIMIT = 20_000_000  # the server below runs with --max-request-bytes 20000000, so a 25 MB body is over it
GENERATE = "/v1beta/models/gemini-3-pro-image-preview:generateContent"
COUNT = "/v1beta/models/gemini-3-pro-image-preview:countTokens"
RSS_GROWTH_BOUND = 200 * 1024 * 1024


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = start_server(tmp_path_factory.mktemp("hostile") / "data", "--max-request-bytes", str(LIMIT))
    yield live
    stop_server(live)


@pytest.fixture(scope="module")
def http(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers={"x-goog-api-key": API_KEY}, timeout=120) as client:
        yield client


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(width: int = 30_000, height: int = 30_000) -> bytes:
    """A real, valid 1-bit PNG of `width`×`height` zeros: ~110 MB of pixels in a file of about 100 KB."""
    row = b"\x00" * (1 + (width + 7) // 8)
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row * 1000) for _ in range(height // 1000)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", body) + png_chunk(b"IEND", b"")


def huge_jpeg() -> bytes:
    """A JPEG whose frame header claims 65535×65535 pixels (4.3 GP), with no scan data at all."""
    small = encoded("JPEG", (16, 16))
    marker = small.index(b"\xff\xc0")
    return small[: marker + 5] + struct.pack(">HH", 65535, 65535) + small[marker + 9:]


def encoded(fmt: str, size: tuple[int, int] = (64, 48)) -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise(size, 60).convert("RGB").save(buffer, fmt)
    return buffer.getvalue()


def with_image(data: bytes, mime: str = "image/png") -> dict[str, Any]:
    return {"contents": [{"parts": [{"text": "make it blue"},
                                    {"inlineData": {"mimeType": mime, "data": base64.b64encode(data).decode()}}]}],
            "generationConfig": {"responseModalities": ["TEXT"]}}


def assert_error(response: httpx.Response, code: int, *needles: str) -> dict[str, Any]:
    assert response.status_code == code, response.text[:500]
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == code and error["status"] and error["message"]
    for needle in needles:
        assert needle in error["message"], error["message"]
    return error


IMAGE_CASES = {
    "decompression bomb": (bomb_png(), "image/png", "more than 64,000,000 pixels"),
    "bomb declared as jpeg": (bomb_png(), "image/jpeg", "more than 64,000,000 pixels"),
    "huge declared jpeg": (huge_jpeg(), "image/jpeg", "more than 64,000,000 pixels"),
    "huge declared png header only": (bomb_png()[:33], "image/png", "could not be decoded"),
    "truncated png": (encoded("PNG")[:300], "image/png", "corrupt or truncated"),
    "truncated jpeg": (encoded("JPEG")[:400], "image/jpeg", "corrupt or truncated"),
    "gif declared as png": (encoded("GIF"), "image/png", "the bytes are GIF (image/gif)"),
    "text declared as png": (b"this is not an image at all", "image/png", "not a recognised image format"),
    "png declared as pdf": (encoded("PNG"), "application/pdf", "Unsupported MIME type"),
    "empty image": (b"", "image/png", "Unsupported"),
}


@pytest.mark.parametrize("case", sorted(IMAGE_CASES))
def test_bad_images_are_refused_clearly(http: httpx.Client, case: str) -> None:
    data, mime, needle = IMAGE_CASES[case]
    body = with_image(data, mime)
    if not data:  # an empty inlineData.data is read as "no data": the part then carries no image at all
        body["contents"][0]["parts"][1]["inlineData"]["mimeType"] = "application/octet-stream"
    assert_error(http.post(GENERATE, json=body), 400, needle)


def test_a_png_labelled_jpeg_is_read_by_its_bytes(http: httpx.Client) -> None:
    """Mislabelled but supported: the MIME type comes from the bytes, as Google's API does."""
    response = http.post(GENERATE, json=with_image(encoded("PNG"), "image/jpeg"))
    assert response.status_code == 200, response.text[:300]


@pytest.mark.parametrize("chunked", [False, True])
def test_a_25_mb_body_is_refused_before_it_is_read(http: httpx.Client, chunked: bool) -> None:
    payload = b'{"contents":[{"parts":[{"text":"' + b"a" * 25_000_000 + b'"}]}]}'
    content: Any = payload if not chunked else (payload[i:i + 1 << 20] for i in range(0, len(payload), 1 << 20))
    response = http.post(COUNT, content=content, headers={"content-type": "application/json"})
    assert_error(response, 400, f"Request payload size exceeds the limit: {LIMIT} bytes")


@pytest.mark.parametrize("opener", [b"[", b'{"a":'])
def test_json_nested_a_hundred_thousand_deep_is_refused(http: httpx.Client, opener: bytes) -> None:
    closer = b"]" if opener == b"[" else b"}"
    body = b'{"contents":' + opener * 100_000 + b"1" + closer * 100_000 + b"}"
    assert_error(http.post(COUNT, content=body), 400, "Invalid JSON payload received", "depth")


@pytest.mark.parametrize(("field", "value", "needle"), [
    ("seed", "1e400", "Invalid JSON payload"),
    ("temperature", "-1e400", "Invalid JSON payload"),
    ("seed", "9" * 5000, "Invalid JSON payload"),
    ("candidateCount", "1" + "0" * 30, "generationConfig.candidateCount"),
    ("seed", '"' + "9" * 100_000 + '"', "seed"),
])
def test_huge_numbers_are_refused(http: httpx.Client, field: str, value: str, needle: str) -> None:
    body = '{"contents":[{"parts":[{"text":"x"}]}],"generationConfig":{"' + field + '":' + value + "}}"
    assert_error(http.post(GENERATE, content=body), 400, needle)


def test_a_huge_prompt_is_counted_not_choked_on(http: httpx.Client) -> None:
    response = http.post(COUNT, json={"contents": [{"parts": [{"text": "word " * 2_000_000}]}]})
    assert response.status_code == 200, response.text[:300]
    assert response.json()["totalTokens"] > 1_000_000


def test_a_huge_string_in_an_unknown_field_is_harmless(http: httpx.Client) -> None:
    body = {"contents": [{"parts": [{"text": "a red cube"}]}], "extraField": "z" * 10_000_000,
            "generationConfig": {"responseModalities": ["TEXT"]}}
    assert http.post(GENERATE, json=body).status_code == 200


@pytest.mark.parametrize("token", ["²", "9" * 5000, "-1", "１"])
def test_odd_page_tokens_are_400_not_500(http: httpx.Client, token: str) -> None:
    for path in ("/v1beta/models", "/v1beta/files", "/v1beta/batches"):
        assert_error(http.get(path, params={"pageToken": token}), 400, "pageToken")


@pytest.mark.parametrize("offset", [b"\xb2", b"9" * 5000, b"-5", b"0x10"])
def test_odd_upload_offsets_are_400_not_500(http: httpx.Client, offset: bytes) -> None:
    start = http.post("/upload/v1beta/files", json={"file": {"displayName": "x"}}, headers={
        "X-Goog-Upload-Protocol": "resumable", "X-Goog-Upload-Command": "start",
        "X-Goog-Upload-Header-Content-Length": "4", "X-Goog-Upload-Header-Content-Type": "image/png"})
    assert start.status_code == 200, start.text
    response = http.post(start.headers["x-goog-upload-url"], content=b"abcd", headers=[
        (b"X-Goog-Upload-Command", b"upload, finalize"), (b"X-Goog-Upload-Offset", offset)])
    assert_error(response, 400, "x-goog-upload-offset")
    assert response.headers["x-goog-upload-status"] == "final"


def test_memory_stays_bounded_through_a_burst_of_hostile_requests(http: httpx.Client, server: LiveServer) -> None:
    process = psutil.Process(server.process.pid)
    bomb, truncated = with_image(bomb_png()), with_image(encoded("JPEG")[:400], "image/jpeg")
    nested = b'{"contents":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    big = b'{"contents":[{"parts":[{"text":"' + b"a" * 25_000_000 + b'"}]}]}'
    near_limit = with_image(b"\x89PNG\r\n\x1a\n" + bytes(14_000_000), "image/png")  # ~18.7 MB of base64, decoded

    def burst() -> None:
        for _ in range(3):
            assert http.post(GENERATE, json=bomb).status_code == 400
            assert http.post(GENERATE, json=truncated).status_code == 400
            assert http.post(COUNT, content=nested).status_code == 400
            assert http.post(COUNT, content=big).status_code == 400
            assert http.post(GENERATE, json=near_limit).status_code == 400

    burst()  # allocator arenas and caches settle on the first round
    before = process.memory_info().rss
    for _ in range(3):
        burst()
    after = process.memory_info().rss
    assert after - before < RSS_GROWTH_BOUND, f"RSS grew {(after - before) / 2**20:.0f} MiB ({before=}, {after=})"
    assert after < 1024 * 1024 * 1024, f"RSS {after / 2**20:.0f} MiB after hostile requests"
