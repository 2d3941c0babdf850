"""The Files API in-process: the resumable protocol byte by byte, limits, owners, expiry, and fileData in generation."""

from __future__ import annotations

import base64
import hashlib
import re
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response

from openbanana.api.app import create_app
from openbanana.config import Settings
from openbanana.service.files import FileJanitor, FileService
from openbanana.service.keys import owner_id
from openbanana.store.blobs import open_blob_store
from tests.api.test_errors import assert_error
from tests.api.test_generate import URL as GENERATE_URL
from tests.api.test_generate import images_in, png_bytes

START_HEADERS = {"X-Goog-Upload-Protocol": "resumable", "X-Goog-Upload-Command": "start"}
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
FILE_NAME = re.compile(r"^files/[a-z0-9]+$")


class Clock:
    """What the server thinks "now" is; tests move it instead of sleeping."""

    def __init__(self) -> None:
        self.now = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def bare(client: TestClient) -> TestClient:
    """A client of the same app that sends no API key: how the Python SDK sends chunks."""
    return TestClient(client.app)


def files_of(client: TestClient) -> FileService:
    app: FastAPI = client.app  # type: ignore[assignment]
    service: FileService = app.state.openbanana.files
    return service


def janitor_of(client: TestClient) -> FileJanitor:
    app: FastAPI = client.app  # type: ignore[assignment]
    janitor: FileJanitor = app.state.openbanana.janitor
    return janitor


def start(client: TestClient, size: int | None, mime: str | None = "image/png", version: str = "v1beta",
          **metadata: Any) -> Response:
    file: dict[str, Any] = dict(metadata)
    if size is not None:
        file["size_bytes"] = size
    if mime is not None:
        file["mime_type"] = mime
    return client.post(f"/upload/{version}/files", headers=START_HEADERS, json={"file": file})


def start_url(client: TestClient, size: int, **metadata: Any) -> str:
    response = start(client, size, **metadata)
    assert response.status_code == 200, response.text
    return response.headers["x-goog-upload-url"]


def chunk(client: TestClient, url: str, data: bytes, offset: int, command: str = "upload") -> Response:
    return bare(client).post(url, content=data, headers={"X-Goog-Upload-Command": command,
                                                         "X-Goog-Upload-Offset": str(offset)})


def upload(client: TestClient, data: bytes, *, chunk_size: int | None = None, **metadata: Any) -> dict[str, Any]:
    url = start_url(client, len(data), **metadata)
    chunk_size = chunk_size or max(len(data), 1)
    offset = 0
    while True:
        piece = data[offset:offset + chunk_size]
        last = offset + len(piece) >= len(data)
        response = chunk(client, url, piece, offset, "upload, finalize" if last else "upload")
        assert response.status_code == 200, response.text
        offset += len(piece)
        if last:
            assert response.headers["x-goog-upload-status"] == "final"
            file: dict[str, Any] = response.json()["file"]
            return file
        assert response.headers["x-goog-upload-status"] == "active"


def received(client: TestClient, url: str) -> int:
    response = bare(client).post(url, headers={"X-Goog-Upload-Command": "query"})
    assert response.status_code == 200, response.text
    assert response.headers["x-goog-upload-status"] == "active"
    return int(response.headers["x-goog-upload-size-received"])


def partial_sizes(data_dir: Path) -> list[int]:
    return [path.stat().st_size for path in (data_dir / "uploads").glob("*.part")]


def blob_count(settings: Settings) -> int:
    """Blobs in the store the settings name (the data dir's, or a bucket)."""
    server = settings.server
    return sum(1 for _ in open_blob_store(server.blob_url, server.resolved_data_dir(), server.blob_endpoint_url)
               .blobs.stored())


def generate_with(client: TestClient, uri: str, **extra: Any) -> Response:
    return client.post(GENERATE_URL, json={
        "contents": [{"parts": [{"fileData": {"fileUri": uri, "mimeType": "image/png"}}, {"text": "make it sepia"}]}],
        "generationConfig": {"responseModalities": ["IMAGE"]}, **extra,
    })


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def keyed(settings: Settings, clock: Clock) -> Iterator[FastAPI]:
    """An app with two API keys, k1 and k2, on the injected clock."""
    yield create_app(settings.updated(api_keys="k1,k2"), clock=clock)


# 1. the resumable protocol


def test_resumable_upload_in_chunks_with_offsets(client: TestClient) -> None:
    data = png_bytes((120, 80))
    response = start(client, len(data), display_name="input image")
    assert response.status_code == 200 and response.content == b""
    assert response.headers["x-goog-upload-status"] == "active"
    url = response.headers["x-goog-upload-url"]
    match = re.match(r"^http://testserver/upload/v1beta/files\?upload_id=([A-Za-z0-9_-]+)&upload_protocol=resumable$",
                     url)
    assert match, url
    assert len(base64.urlsafe_b64decode(match[1] + "==")) * 8 >= 128, "the upload_id is an unguessable secret"
    third = len(data) // 3
    for offset in (0, third):
        answer = chunk(client, url, data[offset:offset + third], offset)
        assert answer.status_code == 200 and answer.headers["x-goog-upload-status"] == "active"
    assert received(client, url) == 2 * third
    final = chunk(client, url, data[2 * third:], 2 * third, "upload, finalize")
    assert final.status_code == 200 and final.headers["x-goog-upload-status"] == "final"
    file = final.json()["file"]
    assert FILE_NAME.match(file["name"])
    file_id = file["name"].removeprefix("files/")
    assert file["displayName"] == "input image" and file["mimeType"] == "image/png"
    assert file["sizeBytes"] == str(len(data))
    assert file["sha256Hash"] == base64.b64encode(hashlib.sha256(data).digest()).decode()
    assert file["uri"] == f"http://testserver/v1beta/files/{file_id}"
    assert file["state"] == "ACTIVE" and file["source"] == "UPLOADED" and "downloadUri" not in file
    times = {key: file[key] for key in ("createTime", "updateTime", "expirationTime")}
    assert all(RFC3339.match(value) for value in times.values()), times
    created, expires = (datetime.fromisoformat(times[k].replace("Z", "+00:00")) for k in ("createTime",
                                                                                           "expirationTime"))
    assert expires - created == timedelta(hours=48)


@pytest.mark.parametrize("body", [
    {"file": {"display_name": "py", "mime_type": "image/png", "size_bytes": 5}},  # Python: snake_case inside
    {"file": {"displayName": "js", "mimeType": "image/png", "sizeBytes": "5"}},  # JS: camelCase, int64 string
])
def test_start_body_in_both_sdk_dialects(client: TestClient, body: dict[str, Any]) -> None:
    response = client.post("/upload/v1/files", headers=START_HEADERS, json=body)
    assert response.status_code == 200, response.text
    url = response.headers["x-goog-upload-url"]
    assert url.startswith("http://testserver/upload/v1/files?upload_id=")
    file = chunk(client, url, b"hello", 0, "upload, finalize").json()["file"]
    assert file["sizeBytes"] == "5" and file["displayName"] in ("py", "js")
    assert file["uri"].startswith("http://testserver/v1beta/files/"), "uri is Google's v1beta form either way"


def test_google_curl_sample_with_headers_only_and_single_quotes(client: TestClient) -> None:
    data = png_bytes()
    response = client.post("/upload/v1beta/files", content=b"{'file': {'display_name': 'curl image'}}", headers={
        **START_HEADERS, "Content-Type": "application/json",
        "X-Goog-Upload-Header-Content-Length": str(len(data)), "X-Goog-Upload-Header-Content-Type": "image/png"})
    assert response.status_code == 200, response.text
    file = chunk(client, response.headers["x-goog-upload-url"], data, 0, "upload, finalize").json()["file"]
    assert file["displayName"] == "curl image" and file["mimeType"] == "image/png"


def test_wrong_offset_is_a_clear_400_and_the_upload_resumes_intact(client: TestClient, settings: Settings) -> None:
    data = bytes(range(256)) * 4
    url = start_url(client, len(data))
    assert chunk(client, url, data[:300], 0).status_code == 200
    for offset in (0, 200, 400):  # a resent chunk, an overlap, a gap
        response = chunk(client, url, data[offset:offset + 100], offset)
        error = assert_error(response, 400, "INVALID_ARGUMENT", f"X-Goog-Upload-Offset is {offset}",
                             "send the next chunk at offset 300")
        assert error["details"][0]["fieldViolations"][0]["field"] == "X-Goog-Upload-Offset"
        assert response.headers["x-goog-upload-status"] == "final", "so the Python SDK neither retries nor goes on"
    assert received(client, url) == 300
    assert partial_sizes(settings.server.resolved_data_dir()) == [300]
    final = chunk(client, url, data[300:], 300, "upload, finalize")
    assert final.json()["file"]["sha256Hash"] == base64.b64encode(hashlib.sha256(data).digest()).decode()


def test_a_chunk_beyond_the_declared_size_is_refused_before_it_is_written(client: TestClient,
                                                                          settings: Settings) -> None:
    url = start_url(client, 10)
    response = chunk(client, url, b"x" * 20, 0)
    assert_error(response, 400, "INVALID_ARGUMENT", "20 bytes, more than the 10 bytes declared")
    assert response.headers["x-goog-upload-status"] == "final"
    assert received(client, url) == 0 and partial_sizes(settings.server.resolved_data_dir()) in ([], [0])


def test_a_streamed_chunk_without_content_length_is_cut_off_at_the_declared_size(client: TestClient,
                                                                                 settings: Settings) -> None:
    url = start_url(client, 10)
    response = bare(client).post(url, content=iter([b"12345", b"67890", b"overflow"]),
                                 headers={"X-Goog-Upload-Command": "upload", "X-Goog-Upload-Offset": "0"})
    assert_error(response, 400, "INVALID_ARGUMENT", "more bytes than the 10 declared")
    assert received(client, url) == 0 and partial_sizes(settings.server.resolved_data_dir()) == [0]
    assert chunk(client, url, b"0123456789", 0, "upload, finalize").status_code == 200


def test_finalizing_short_of_the_declared_size_is_a_size_mismatch(client: TestClient) -> None:
    url = start_url(client, 100)
    response = chunk(client, url, b"a" * 50, 0, "upload, finalize")
    assert_error(response, 400, "INVALID_ARGUMENT", "finalized after 50 bytes, but 100 were declared")
    assert received(client, url) == 0, "the refused chunk is not kept"
    assert chunk(client, url, b"a" * 50, 0).status_code == 200
    assert chunk(client, url, b"", 50, "finalize").status_code == 400
    assert chunk(client, url, b"a" * 50, 50, "upload, finalize").json()["file"]["sizeBytes"] == "100"


@pytest.mark.parametrize(("headers", "body", "needles"), [
    ({"X-Goog-Upload-Header-Content-Length": "9"}, {"file": {"sizeBytes": "5", "mimeType": "image/png"}},
     ("file.sizeBytes is 5 but X-Goog-Upload-Header-Content-Length is 9",)),
    ({"X-Goog-Upload-Header-Content-Type": "image/jpeg"}, {"file": {"sizeBytes": "5", "mimeType": "image/png"}},
     ("file.mimeType is 'image/png' but X-Goog-Upload-Header-Content-Type is 'image/jpeg'",)),
    ({}, {"file": {"mimeType": "image/png"}}, ("upload size is missing",)),
    ({}, {"file": {"sizeBytes": 5}}, ("MIME type is missing",)),
    ({}, {"file": {"sizeBytes": "-1", "mimeType": "image/png"}}, ("file.sizeBytes",)),
    ({}, {"file": {"sizeBytes": 5, "mimeType": "image/png", "name": "files/Bad_Name"}}, ("file.name",)),
    ({"X-Goog-Upload-Command": "upload"}, {}, ("X-Goog-Upload-Protocol: resumable",)),
])
def test_bad_upload_starts_teach(client: TestClient, headers: dict[str, str], body: dict[str, Any],
                                 needles: tuple[str, ...]) -> None:
    response = client.post("/upload/v1beta/files", headers={**START_HEADERS, **headers}, json=body)
    assert_error(response, 400, "INVALID_ARGUMENT", *needles)
    assert response.headers["x-goog-upload-status"] == "final"


def test_every_upload_response_carries_the_status_header(client: TestClient) -> None:
    url = start_url(client, 5)
    unknown = url.replace("upload_id=", "upload_id=nope")
    responses = {
        "unknown upload": (chunk(client, unknown, b"hello", 0), 404),
        "bad command": (bare(client).post(url, headers={"X-Goog-Upload-Command": "explode"}), 400),
        "no offset": (bare(client).post(url, content=b"hello", headers={"X-Goog-Upload-Command": "upload"}), 400),
        "no key on start": (bare(client).post("/upload/v1beta/files", headers=START_HEADERS, json={}), 403),
        "wrong method": (client.get("/upload/v1beta/files"), 501),
        "no such route": (client.post("/upload/v1beta/nothing"), 404),
    }
    for what, (response, code) in responses.items():
        assert response.status_code == code, (what, response.text)
        assert response.headers.get("x-goog-upload-status") == "final", what
        assert response.json()["error"]["code"] == code, what


def test_cancel_ends_the_upload(client: TestClient, settings: Settings) -> None:
    url = start_url(client, 10)
    chunk(client, url, b"12345", 0)
    response = bare(client).post(url, headers={"X-Goog-Upload-Command": "cancel"})
    assert response.status_code == 200 and response.headers["x-goog-upload-status"] == "cancelled"
    assert_error(chunk(client, url, b"67890", 5, "upload, finalize"), 404, "NOT_FOUND", "Start a new upload")
    assert partial_sizes(settings.server.resolved_data_dir()) == []


def test_an_upload_survives_a_restart(settings: Settings) -> None:
    data = png_bytes((90, 60))
    with TestClient(create_app(settings), headers={"x-goog-api-key": "k"}) as first:
        url = start_url(first, len(data))
        chunk(first, url, data[:100], 0)
    with TestClient(create_app(settings), headers={"x-goog-api-key": "k"}) as second:
        file = chunk(second, url, data[100:], 100, "upload, finalize").json()["file"]
    with TestClient(create_app(settings), headers={"x-goog-api-key": "k"}) as third:
        assert third.get(f"/v1beta/{file['name']}").json() == file


def test_multipart_upload_in_one_request(client: TestClient) -> None:
    data = png_bytes((30, 20)) + b"\r\n--not-the-boundary\r\n"  # binary bytes survive as they are
    boundary = "b0undary"
    body = (f"--{boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n"
            '{"file": {"displayName": "multi"}}\r\n'
            f"--{boundary}\r\nContent-Type: image/png\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    response = client.post("/upload/v1beta/files?uploadType=multipart", content=body, headers={
        "X-Goog-Upload-Protocol": "multipart", "Content-Type": f"multipart/related; boundary={boundary}"})
    assert response.status_code == 200, response.text
    assert response.headers["x-goog-upload-status"] == "final"
    file = response.json()["file"]
    assert file["displayName"] == "multi" and file["mimeType"] == "image/png"
    assert file["sha256Hash"] == base64.b64encode(hashlib.sha256(data).digest()).decode()


def test_a_refused_multipart_upload_leaves_nothing_behind(settings: Settings) -> None:
    small = settings.updated(quota_bytes_per_key=10)
    body = (b"--b\r\nContent-Type: application/json\r\n\r\n{\"file\": {\"mimeType\": \"image/png\"}}\r\n"
            b"--b\r\nContent-Type: image/jpeg\r\n\r\n0123456789\r\n--b--\r\n")
    headers = {"X-Goog-Upload-Protocol": "multipart", "Content-Type": "multipart/related; boundary=b"}
    with TestClient(create_app(small), headers={"x-goog-api-key": "k"}) as client:
        response = client.post("/upload/v1beta/files", content=body, headers=headers)
        assert_error(response, 400, "INVALID_ARGUMENT", "file.mimeType is 'image/png' but", "'image/jpeg'")
        assert response.headers["x-goog-upload-status"] == "final"
        fixed = client.post("/upload/v1beta/files", content=body.replace(b"image/jpeg", b"image/png"),
                            headers=headers)
        assert fixed.json()["file"]["sizeBytes"] == "10", "the refused upload held no quota"
        assert_error(client.post("/upload/v1beta/files", content=body, headers={**headers, "Content-Type": "x/y"}),
                     400, "INVALID_ARGUMENT", "multipart/related")
    assert partial_sizes(small.server.resolved_data_dir()) == []


def test_custom_names(client: TestClient) -> None:
    file = upload(client, b"abc", name="files/my-file-1")
    assert file["name"] == "files/my-file-1"
    assert_error(start(client, 3, name="files/my-file-1"), 409, "ALREADY_EXISTS", "files/my-file-1")
    assert_error(start(client, 3, name="-dash-first"), 400, "INVALID_ARGUMENT", "not starting or ending with a dash")


# 2. limits, before any byte is written


def test_a_file_over_the_size_limit_is_refused_at_start(settings: Settings) -> None:
    small = settings.updated(max_file_bytes=100)
    with TestClient(create_app(small), headers={"x-goog-api-key": "k"}) as client:
        response = start(client, 101)
        assert_error(response, 400, "INVALID_ARGUMENT", "101 bytes, larger than the 100-byte limit per file")
        assert response.headers["x-goog-upload-status"] == "final"
        assert upload(client, b"x" * 100)["sizeBytes"] == "100"
    assert partial_sizes(small.server.resolved_data_dir()) == []


def test_the_quota_per_key_is_429_before_any_byte_and_counts_uploads_in_progress(settings: Settings,
                                                                                 clock: Clock) -> None:
    quota = settings.updated(api_keys="k1,k2", quota_bytes_per_key=1000)
    app = create_app(quota, clock=clock)
    k1, k2 = (TestClient(app, headers={"x-goog-api-key": key}) for key in ("k1", "k2"))
    kept = upload(k1, b"a" * 600)
    in_progress = start_url(k1, 300)
    response = start(k1, 101)
    error = assert_error(response, 429, "RESOURCE_EXHAUSTED", "quota of 1000 bytes", "900 bytes are held")
    assert error["details"][0]["@type"] == "type.googleapis.com/google.rpc.QuotaFailure"
    assert response.headers["x-goog-upload-status"] == "final"
    assert upload(k2, b"b" * 1000)["sizeBytes"] == "1000", "another key has its own quota"
    bare(k1).post(in_progress, headers={"X-Goog-Upload-Command": "cancel"})
    assert start(k1, 400).status_code == 200
    k1.delete(f"/v1beta/{kept['name']}")
    assert start(k1, 600).status_code == 200


# 3. get, list, delete, download


def test_get_list_with_paging_and_delete(client: TestClient) -> None:
    names = [upload(client, f"file {i}".encode(), display_name=f"f{i}")["name"] for i in range(5)]
    pages, token = [], None
    while True:
        query = "/v1beta/files?pageSize=2" + (f"&pageToken={token}" if token else "")
        page = client.get(query).json()
        pages.append([file["name"] for file in page["files"]])
        token = page.get("nextPageToken")
        if not token:
            break
    assert [len(page) for page in pages] == [2, 2, 1]
    assert [name for page in pages for name in page] == names[::-1], "newest first, each file once"
    assert client.get("/v1/files").json()["files"][0]["name"] == names[-1]
    assert_error(client.get("/v1beta/files?pageToken=garbage"), 400, "INVALID_ARGUMENT", "pageToken")
    file = client.get(f"/v1/{names[0]}").json()
    assert file["displayName"] == "f0"
    assert client.get(f"/v1beta/files/{file['uri']}").json() == file, "files.get(name=file.uri) from Python"
    assert client.delete(f"/v1beta/{names[0]}").json() == {}
    assert_error(client.get(f"/v1beta/{names[0]}"), 403, "PERMISSION_DENIED", names[0].removeprefix("files/"))
    assert_error(client.delete(f"/v1beta/{names[0]}"), 403, "PERMISSION_DENIED")
    assert names[0] not in [f["name"] for f in client.get("/v1beta/files?pageSize=100").json()["files"]]


def test_file_ids_are_lowercase_alphanumeric(client: TestClient) -> None:
    for index in range(20):
        file_id = upload(client, str(index).encode())["name"].removeprefix("files/")
        assert re.fullmatch(r"[a-z0-9]+", file_id), file_id


def test_generated_files_download_and_uploaded_ones_do_not(client: TestClient) -> None:
    data = png_bytes((10, 10))
    record = files_of(client).create_generated(owner_id(None), data, "image/png", "http://testserver/")
    file = client.get(f"/v1beta/files/{record.id}").json()
    assert file["source"] == "GENERATED"
    assert file["downloadUri"] == f"http://testserver/v1beta/files/{record.id}:download?alt=media"
    response = client.get(f"/v1beta/files/{record.id}:download?alt=media")
    assert response.status_code == 200 and response.content == data
    assert response.headers["content-type"] == "image/png"
    assert_error(client.get(f"/v1beta/files/{record.id}:download"), 400, "INVALID_ARGUMENT", "alt=media")
    uploaded = upload(client, data)["name"]
    assert_error(client.get(f"/v1/{uploaded}:download?alt=media"), 400, "INVALID_ARGUMENT", "only generated files")
    assert_error(client.get("/v1/files/nothere:download?alt=media"), 403, "PERMISSION_DENIED", "nothere")


def test_identical_bytes_share_one_blob_until_the_last_file_goes(client: TestClient, settings: Settings) -> None:
    first, second = upload(client, b"same bytes"), upload(client, b"same bytes")
    assert first["name"] != second["name"] and first["sha256Hash"] == second["sha256Hash"]
    assert blob_count(settings) == 1
    client.delete(f"/v1beta/{first['name']}")
    assert blob_count(settings) == 1 and client.get(f"/v1beta/{second['name']}").status_code == 200
    client.delete(f"/v1beta/{second['name']}")
    assert blob_count(settings) == 0


# 4. owners and expiry


def test_another_key_gets_403_everywhere(keyed: FastAPI) -> None:
    k1, k2 = (TestClient(keyed, headers={"x-goog-api-key": key}) for key in ("k1", "k2"))
    file = upload(k1, png_bytes())
    file_id = file["name"].removeprefix("files/")
    denied = f"You do not have permission to access the File {file_id} or it may not exist."
    for response in (k2.get(f"/v1beta/{file['name']}"), k2.delete(f"/v1/{file['name']}"),
                     k2.get(f"/v1beta/{file['name']}:download?alt=media"),
                     generate_with(k2, file["uri"]), generate_with(k2, file["name"])):
        assert_error(response, 403, "PERMISSION_DENIED", denied)
    assert k2.get("/v1beta/files").json() == {"files": []}
    assert k1.get(f"/v1beta/{file['name']}").status_code == 200, "the owner still has it"
    assert generate_with(k1, file["name"]).status_code == 200


def test_custom_names_are_per_owner(keyed: FastAPI) -> None:
    """A name one key holds is neither an existence oracle for another key nor something it can squat."""
    k1, k2 = (TestClient(keyed, headers={"x-goog-api-key": key}) for key in ("k1", "k2"))
    first = upload(k1, png_bytes((40, 30)), name="files/report")
    second = upload(k2, png_bytes((30, 40)), name="files/report")
    assert first["name"] == second["name"] == "files/report" and first["sha256Hash"] != second["sha256Hash"]
    assert_error(start(k1, 3, name="files/report"), 409, "ALREADY_EXISTS", "files/report")
    assert k1.get("/v1beta/files/report").json()["sha256Hash"] == first["sha256Hash"]
    assert k2.get("/v1beta/files/report").json()["sha256Hash"] == second["sha256Hash"]
    assert k2.delete("/v1beta/files/report").status_code == 200
    assert k1.get("/v1beta/files/report").status_code == 200, "deleting one's own name leaves the other's"
    assert_error(k2.get("/v1beta/files/report"), 403, "PERMISSION_DENIED")
    assert generate_with(k1, "files/report").status_code == 200


def test_without_keys_every_caller_shares_one_owner(client: TestClient) -> None:
    file = upload(client, b"shared")
    other = TestClient(client.app, headers={"x-goog-api-key": "someone-else"})
    assert other.get(f"/v1beta/{file['name']}").json() == file


def test_expiry_is_enforced_after_48_hours(keyed: FastAPI, clock: Clock, settings: Settings) -> None:
    client = TestClient(keyed, headers={"x-goog-api-key": "k1"})
    file = upload(client, png_bytes())
    clock.now += timedelta(hours=47, minutes=59)
    assert client.get(f"/v1beta/{file['name']}").status_code == 200
    assert generate_with(client, file["name"]).status_code == 200
    clock.now += timedelta(minutes=1)
    assert_error(client.get(f"/v1beta/{file['name']}"), 403, "PERMISSION_DENIED")
    assert_error(generate_with(client, file["uri"]), 403, "PERMISSION_DENIED")
    assert client.get("/v1beta/files").json() == {"files": []}
    assert janitor_of(client).purge_expired() == 1
    assert blob_count(settings) == 0


def test_an_unfinished_upload_expires_too(settings: Settings) -> None:
    clock = Clock()
    app = create_app(settings, clock=clock)
    with TestClient(app, headers={"x-goog-api-key": "k"}) as timed:
        url = start_url(timed, 10)
        chunk(timed, url, b"12345", 0)
        clock.now += timedelta(hours=48)
        assert_error(chunk(timed, url, b"67890", 5, "upload, finalize"), 404, "NOT_FOUND")
        janitor_of(timed).purge_expired()
    assert partial_sizes(settings.server.resolved_data_dir()) == []


# 5. fileData in generateContent


@pytest.mark.parametrize("reference", ["name", "uri"])
def test_file_data_resolves_to_the_stored_image(client: TestClient, reference: str) -> None:
    file = upload(client, png_bytes((320, 180)))
    response = generate_with(client, file[reference])
    assert response.status_code == 200, response.text
    assert images_in(response.json())[0].size == (1376, 768), "the reference's 16:9 ratio, at 1K"


def test_file_data_in_snake_case_and_in_a_stream(client: TestClient) -> None:
    file = upload(client, png_bytes((180, 320)))
    body = {"contents": [{"parts": [{"file_data": {"file_uri": file["uri"], "mime_type": "image/png"}},
                                    {"text": "make it sepia"}]}]}
    assert client.post(GENERATE_URL, json=body).status_code == 200
    stream = client.post("/v1beta/models/gemini-3-pro-image-preview:streamGenerateContent?alt=sse", json=body)
    assert stream.status_code == 200 and b'"finishReason":"STOP"' in stream.content


@pytest.mark.parametrize("uri", [
    "https://example.com/x.png",
    "http://169.254.169.254/latest/meta-data/",
    "file:///etc/passwd",
    "gs://bucket/object.png",
    "files/../../etc/passwd",
    "",
])
def test_a_file_uri_pointing_anywhere_else_is_403_and_never_fetched(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, uri: str
) -> None:
    attempts: list[object] = []

    def no_network(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError("the server tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    assert_error(generate_with(client, uri), 403, "PERMISSION_DENIED", "You do not have permission to access the File")
    assert attempts == []


def test_our_file_id_behind_a_foreign_host_is_still_403(client: TestClient) -> None:
    file = upload(client, png_bytes())
    file_id = file["name"].removeprefix("files/")
    for uri in (f"https://example.com/v1beta/files/{file_id}", f"http://testserver/v1beta/files/{file_id}?x=1",
                f"http://user@testserver/v1beta/files/{file_id}", file_id):
        assert_error(generate_with(client, uri), 403, "PERMISSION_DENIED")
    assert generate_with(client, f"http://TESTSERVER/v1/files/{file_id}").status_code == 200
