"""Every blob store keeps one contract: on the data dir, on a shared path (file://) and on a real S3-compatible
server (moto's, tests/s3.py): content addressing, dedupe, adopt, streaming seekable reads, sweeping, and no
half-written blob under its real name."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from openbanana.store.blobs import BlobStore, BlobStoreError, open_blob_store
from tests.s3 import S3Server


@pytest.fixture(params=["data-dir", "file-url", "s3"])
def blobs(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[BlobStore]:
    if request.param == "data-dir":
        yield open_blob_store(None, tmp_path / "data").blobs
    elif request.param == "file-url":
        yield open_blob_store(f"file://{tmp_path}/shared", tmp_path / "data").blobs
    else:
        server: S3Server = request.getfixturevalue("s3_server")
        yield open_blob_store(f"s3://{server.new_bucket()}/some/prefix", tmp_path / "data", server.endpoint_url).blobs


def local_file(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "data" / "uploads" / "upload.part"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_blobs_are_named_by_their_sha256_and_stored_once(blobs: BlobStore, tmp_path: Path) -> None:
    ref = blobs.write(b"hello")
    assert ref.sha256 == hashlib.sha256(b"hello").hexdigest() and ref.size == 5
    assert blobs.write(b"hello") == ref and blobs.exists(ref.sha256)
    spare = local_file(tmp_path, b"hello")
    assert blobs.adopt(spare) == ref and not spare.exists(), "adopting a duplicate drops the copy"
    assert list(blobs.stored()) == [ref.sha256] and blobs.read(ref.sha256) == b"hello"


def test_adopt_moves_a_finished_upload_in_and_reads_stream_with_seeks(blobs: BlobStore, tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 17)
    path = local_file(tmp_path, data)
    ref = blobs.adopt(path, hashlib.sha256(data).hexdigest())
    assert ref.size == len(data) and not path.exists()
    with blobs.open(ref.sha256) as stream:
        assert stream.read(10) == data[:10]
        stream.seek(len(data) - 5)
        assert stream.read() == data[-5:]
        stream.seek(1024 * 1024)
        assert stream.read(2 * 1024 * 1024) == data[1024 * 1024:3 * 1024 * 1024]


def test_a_missing_blob_is_file_not_found_and_delete_forgets(blobs: BlobStore) -> None:
    ref = blobs.write(b"short-lived")
    blobs.delete(ref.sha256)
    assert not blobs.exists(ref.sha256) and list(blobs.stored()) == []
    with pytest.raises(FileNotFoundError):
        blobs.read(ref.sha256)
    with pytest.raises(FileNotFoundError):
        blobs.open(ref.sha256)
    blobs.delete(ref.sha256)  # twice is fine


def test_blob_names_must_be_hashes(blobs: BlobStore) -> None:
    with pytest.raises(ValueError, match="sha256"):
        blobs.exists("../../etc/passwd")


def test_a_healthy_store_has_no_problem_and_says_where_it_is(blobs: BlobStore) -> None:
    assert blobs.problem() is None and blobs.describe()
    blobs.clear_temp(older_than=time.time() + 60)  # nothing half-written to clear; must not fail


def test_a_big_upload_goes_in_parts_and_appears_only_when_complete(s3_server: S3Server, tmp_path: Path) -> None:
    import boto3

    from openbanana.store.blob_s3 import MULTIPART_BYTES

    bucket = s3_server.new_bucket()
    blobs = open_blob_store(f"s3://{bucket}", tmp_path, s3_server.endpoint_url).blobs
    data = os.urandom(MULTIPART_BYTES + 1024 * 1024)
    sha256 = hashlib.sha256(data).hexdigest()
    client = boto3.client("s3", endpoint_url=s3_server.endpoint_url)
    pending = client.create_multipart_upload(Bucket=bucket, Key=f"{sha256[:2]}/{sha256}")  # a crash half way
    assert not blobs.exists(sha256), "an unfinished multipart upload is not a blob"
    ref = blobs.adopt(local_file(tmp_path, data), sha256)
    head = client.head_object(Bucket=bucket, Key=f"{sha256[:2]}/{sha256}")
    assert ref.size == len(data) and head["ContentLength"] == len(data) and "-" in head["ETag"], "multipart"
    assert blobs.read(sha256) == data
    blobs.clear_temp(older_than=time.time() + 60)
    uploads = client.list_multipart_uploads(Bucket=bucket).get("Uploads", [])
    assert pending["UploadId"] not in {upload["UploadId"] for upload in uploads}, "the crashed upload is aborted"


def test_an_unreachable_bucket_is_one_clear_line_at_start(s3_server: S3Server, tmp_path: Path) -> None:
    with pytest.raises(BlobStoreError, match=r"s3://no-such-bucket/.*answered 404"):
        open_blob_store("s3://no-such-bucket/x", tmp_path, s3_server.endpoint_url)
    with pytest.raises(BlobStoreError, match="cannot be reached"):
        open_blob_store("s3://bucket", tmp_path, "http://127.0.0.1:9")


@pytest.mark.parametrize("url", ["ftp://host/blobs", "s3:///no-bucket", "file://elsewhere/path"])
def test_unsupported_blob_urls_are_refused(url: str, tmp_path: Path) -> None:
    with pytest.raises(BlobStoreError, match="not supported"):
        open_blob_store(url, tmp_path)
