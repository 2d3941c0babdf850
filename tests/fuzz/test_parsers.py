"""Property tests on everything that reads client bytes: whatever arrives, the answer is a parsed value or an
ApiError with a 4xx status, never another exception (which the API would turn into a 500)."""

from __future__ import annotations

import asyncio
import base64
import io
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pydantic import BaseModel
from starlette.datastructures import Headers
from starlette.requests import Request

from openbanana.api.body import parse_body, validate
from openbanana.api.uploads import _lenient_json, split_multipart
from openbanana.errors import ApiError
from openbanana.imaging.codecs import INPUT_MIME_TYPES, ImageDecodeError, decode_image
from openbanana.protocol.base import decode_base64
from openbanana.protocol.batches import BatchGenerateContentRequest
from openbanana.protocol.files import CreateFileRequest
from openbanana.protocol.generate import CountTokensRequest, GenerateContentRequest
from openbanana.protocol.verify import VerifyImageRequest
from openbanana.service.generation.inputs import read_inputs

FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
WIRE_MODELS: list[type[BaseModel]] = [GenerateContentRequest, CountTokensRequest, BatchGenerateContentRequest,
                                      VerifyImageRequest, CreateFileRequest]
KEYS = st.sampled_from(["contents", "parts", "text", "inlineData", "inline_data", "mimeType", "data", "fileData",
                        "fileUri", "role", "thought", "thoughtSignature", "generationConfig", "imageConfig",
                        "imageSize", "aspectRatio", "responseModalities", "candidateCount", "seed", "temperature",
                        "thinkingConfig", "safetySettings", "category", "tools", "batch", "inputConfig",
                        "requests", "request", "file", "sizeBytes", "image", "generateContentRequest", "labels"])
SCALARS = (st.none() | st.booleans() | st.integers(min_value=-(2**63), max_value=2**64 - 1)
           | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30)
           | st.sampled_from(["1K", "4K", "image/png", "user", "model", "TEXT", "IMAGE", "iVBORw0KGgo=", "-_-_"]))
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(KEYS | st.text(max_size=8), inner, max_size=5), max_leaves=30)


def tiny_image(fmt: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (6, 5), (200, 30, 30)).save(buffer, fmt)
    return buffer.getvalue()


IMAGES = {"image/png": tiny_image("PNG"), "image/jpeg": tiny_image("JPEG"), "image/webp": tiny_image("WEBP")}


def assert_client_error(error: ApiError) -> None:
    assert 400 <= error.http_status < 500, repr(error)
    assert error.to_envelope()["error"]["message"]


@FUZZ
@given(model=st.sampled_from(WIRE_MODELS), payload=st.dictionaries(KEYS, JSON, max_size=6))
def test_wire_models_accept_or_refuse_in_googles_words(model: type[BaseModel], payload: dict[str, Any]) -> None:
    try:
        validate(model, payload)
    except ApiError as error:
        assert_client_error(error)


@FUZZ
@given(data=st.binary(max_size=64), urlsafe=st.booleans(), padded=st.booleans(), wrap=st.booleans())
def test_base64_round_trips_in_both_alphabets(data: bytes, urlsafe: bool, padded: bool, wrap: bool) -> None:
    text = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(data).decode()
    text = text if padded else text.rstrip("=")
    text = "\n".join(text[i:i + 16] for i in range(0, len(text), 16)) if wrap else text
    assert decode_base64(text) == data


@FUZZ
@given(text=st.text(max_size=40))
def test_base64_of_any_text_decodes_or_raises_value_error(text: str) -> None:
    try:
        assert isinstance(decode_base64(text), bytes)
    except ValueError as error:
        assert "base64" in str(error)


def request_with(body: bytes, chunks: list[int], headers: dict[str, str]) -> Request:
    """A real Starlette request whose body arrives in the given chunk sizes, as uvicorn delivers it."""
    pieces = []
    rest = body
    for size in chunks:
        pieces.append(rest[:size])
        rest = rest[size:]
    pieces.append(rest)
    messages = [{"type": "http.request", "body": piece, "more_body": index < len(pieces) - 1}
                for index, piece in enumerate(pieces)]

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    raw_headers = [(name.encode(), value.encode("latin-1")) for name, value in headers.items()]
    return Request({"type": "http", "method": "POST", "path": "/", "headers": raw_headers, "query_string": b""},
                   receive)


BODIES = st.one_of(st.binary(max_size=300), JSON.map(orjson.dumps),
                   st.dictionaries(KEYS, JSON, max_size=4).map(orjson.dumps),
                   st.integers(1, 2000).map(lambda depth: b"[" * depth + b"]" * depth),
                   st.integers(1, 2000).map(lambda depth: b'{"a":' * depth + b"1" + b"}" * depth))


@FUZZ
@given(body=BODIES, chunks=st.lists(st.integers(0, 64), max_size=5), limit=st.integers(1024, 4096),
       declare=st.booleans(), model=st.sampled_from(WIRE_MODELS))
def test_body_reader_parses_or_refuses(body: bytes, chunks: list[int], limit: int, declare: bool,
                                       model: type[BaseModel]) -> None:
    headers = {"content-length": str(len(body))} if declare else {}
    try:
        parsed = asyncio.run(parse_body(request_with(body, chunks, headers), model, limit))
    except ApiError as error:
        assert_client_error(error)
    else:
        assert len(body) <= limit and isinstance(parsed, model)


@FUZZ
@given(declared=st.text(alphabet="0123456789 +-x²¹", max_size=25))
def test_body_reader_survives_any_declared_length(declared: str) -> None:
    try:
        asyncio.run(parse_body(request_with(b"{}", [], {"content-length": declared}), CountTokensRequest, 1024))
    except ApiError as error:
        assert_client_error(error)


def mutate(data: bytes, cut: int, flips: list[tuple[int, int]]) -> bytes:
    mutable = bytearray(data[: max(1, len(data) - cut)])
    for position, value in flips:
        mutable[position % len(mutable)] = value
    return bytes(mutable)


@FUZZ
@given(mime=st.sampled_from([*INPUT_MIME_TYPES, "image/gif", "text/plain", "", "IMAGE/PNG "]),
       source=st.sampled_from(sorted(IMAGES)), cut=st.integers(0, 80),
       flips=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=6),
       noise=st.binary(max_size=60), use_noise=st.booleans())
def test_input_images_decode_or_are_refused(mime: str, source: str, cut: int, flips: list[tuple[int, int]],
                                            noise: bytes, use_noise: bool) -> None:
    data = noise if use_noise else mutate(IMAGES[source], cut, flips)
    request = GenerateContentRequest.model_validate({"contents": [{"parts": [
        {"text": "make it blue"}, {"inlineData": {"mimeType": mime, "data": base64.b64encode(data).decode()}}]}]})
    try:
        inputs = read_inputs(request)
    except ApiError as error:
        assert_client_error(error)
    else:
        assert inputs.references[0].mode == "RGB" and inputs.references[0].width > 0


@FUZZ
@given(data=st.binary(max_size=200))
def test_decode_image_raises_only_its_own_error(data: bytes) -> None:
    try:
        decode_image(data)
    except ImageDecodeError as error:
        assert str(error)


@FUZZ
@given(body=st.binary(max_size=300), boundary=st.text(alphabet="abcXYZ019-_'", min_size=0, max_size=12),
       content_type=st.sampled_from(["multipart/related", "multipart/form-data", "application/json", ""]),
       metadata=JSON.map(orjson.dumps), file=st.binary(max_size=40), wrap=st.booleans())
def test_multipart_uploads_split_or_are_refused(body: bytes, boundary: str, content_type: str, metadata: bytes,
                                                file: bytes, wrap: bool) -> None:
    if wrap:  # a well-framed body around fuzzed parts, so that the part parser itself is reached
        marker = boundary.encode() or b"b"
        body = (b"--" + marker + b"\r\nContent-Type: application/json\r\n\r\n" + metadata + b"\r\n--" + marker
                + b"\r\nContent-Type: image/png\r\n\r\n" + file + b"\r\n--" + marker + b"--\r\n")
    headers = Headers({"content-type": f"{content_type}; boundary={boundary}"})
    try:
        split_multipart(body, headers)
    except ApiError as error:
        assert_client_error(error)


@FUZZ
@given(raw=st.one_of(st.binary(max_size=120), st.text(max_size=120).map(str.encode),
                     st.integers(1, 500).map(lambda depth: b"{'a':" * depth + b"1" + b"}" * depth)))
def test_upload_start_body_is_json_or_a_literal_or_refused(raw: bytes) -> None:
    try:
        value = _lenient_json(raw)
    except ApiError as error:
        assert_client_error(error)
    else:
        assert value is not None


@pytest.mark.parametrize("text", ["iVBORw0KGgo=", "iVBORw0KGgo", "iVBORw0K\nGgo=", "-_8=", "-_8"])
def test_base64_known_forms(text: str) -> None:
    assert decode_base64(text) == base64.b64decode(text.replace("-", "+").replace("_", "/").replace("\n", "")
                                                   + "=" * (-len(text.replace("\n", "")) % 4))
