"""Two `openbanana serve` processes on one Postgres database and one S3 bucket (moto's server, tests/s3.py), each
with a data dir of its own: through the official Python SDK, one user's uploads, their bytes, their quota and the
files batches write are the same on both, and the bytes are in the bucket, not in either data dir. The SDK file
batch test also runs here, against a server whose blobs are in the bucket."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from google import genai
from google.genai import errors, types

from openbanana.store.blobs import BlobStore, open_blob_store
from tests.api.test_generate import png_bytes
from tests.api.test_keys import MODEL, client
from tests.conftest import LiveServer
from tests.postgres import PostgresServer
from tests.s3 import S3Server
from tests.sdk.replicas import replica_key, two_replicas
from tests.sdk.test_batches_sdk import test_file_batch_writes_a_responses_file as test_file_batch_on_s3

pytestmark = pytest.mark.sdk


@dataclass(frozen=True)
class Replicas:
    a: LiveServer
    b: LiveServer
    database_url: str
    bucket: BlobStore


@pytest.fixture(scope="module")
def replicas(postgres_server: PostgresServer, s3_server: S3Server,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replicas]:
    url, blob_url = postgres_server.new_database(), f"s3://{s3_server.new_bucket()}/openbanana"
    shared = ("--database-url", url, "--blob-url", blob_url, "--blob-endpoint-url", s3_server.endpoint_url)
    bucket = open_blob_store(blob_url, tmp_path_factory.mktemp("reader"), s3_server.endpoint_url).blobs
    with two_replicas(tmp_path_factory.mktemp("replica-a") / "data", tmp_path_factory.mktemp("replica-b") / "data",
                      *shared) as (first, second):
        yield Replicas(first, second, url, bucket)


@pytest.fixture(scope="module")
def live_server(replicas: Replicas) -> LiveServer:
    """What the SDK file batch test imported above runs against: a server with its blobs in the bucket."""
    return replicas.a


def create_key(replicas: Replicas, name: str, *limits: str) -> str:
    assert replicas.a.data_dir is not None
    return replica_key(replicas.a.data_dir, replicas.database_url, name, *limits)


@pytest.fixture(scope="module")
def sdk(replicas: Replicas, live_server: LiveServer) -> genai.Client:
    return client(live_server.base_url, create_key(replicas, "sdk batches"))


def local_blobs(server: LiveServer) -> list[Path]:
    assert server.data_dir is not None
    return [path for path in (server.data_dir / "blobs").glob("??/*") if path.is_file()]


def test_an_image_uploaded_to_one_replica_is_read_by_the_other_from_the_bucket(replicas: Replicas,
                                                                                 tmp_path: Path) -> None:
    key = create_key(replicas, "files")
    path = tmp_path / "door.png"
    path.write_bytes(png_bytes((96, 64), (200, 40, 40)))
    on_a, on_b = client(replicas.a.base_url, key), client(replicas.b.base_url, key)
    uploaded = on_a.files.upload(file=path, config=types.UploadFileConfig(mime_type="image/png"))
    assert uploaded.name and uploaded.sha256_hash
    on_other = on_b.files.get(name=uploaded.name)
    assert (on_other.size_bytes, on_other.sha256_hash) == (path.stat().st_size, uploaded.sha256_hash)
    assert uploaded.name in [f.name for f in on_b.files.list()]
    assert list(replicas.bucket.stored()), "the bytes are in the bucket"
    assert local_blobs(replicas.a) == local_blobs(replicas.b) == [], "and in neither data dir"
    edited = on_b.models.generate_content(model=MODEL, contents=[
        types.Part.from_uri(file_uri=uploaded.uri or "", mime_type="image/png"), "make it sepia"])
    assert any(part.inline_data for part in edited.parts or []), "replica b decoded the image from the bucket"
    on_b.files.delete(name=uploaded.name)
    with pytest.raises(errors.ClientError) as raised:
        on_a.files.get(name=uploaded.name)
    assert raised.value.code in (403, 404)


def test_the_upload_quota_is_one_budget_across_replicas(replicas: Replicas, tmp_path: Path) -> None:
    key = create_key(replicas, "quota", "--upload-bytes", "1500")
    on_a, on_b = client(replicas.a.base_url, key), client(replicas.b.base_url, key)
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_bytes(b"a" * 1000)
    second.write_bytes(b"b" * 1000)
    assert on_a.files.upload(file=first, config=types.UploadFileConfig(mime_type="text/plain")).name
    with pytest.raises(errors.ClientError) as raised:
        on_b.files.upload(file=second, config=types.UploadFileConfig(mime_type="text/plain"))
    assert raised.value.code == 429


def test_identical_uploads_on_both_replicas_share_one_object(replicas: Replicas, tmp_path: Path) -> None:
    key = create_key(replicas, "dedupe")
    on_a, on_b = client(replicas.a.base_url, key), client(replicas.b.base_url, key)
    path = tmp_path / "same.txt"
    path.write_bytes(b"the same bytes, sent twice")
    before = set(replicas.bucket.stored())
    one = on_a.files.upload(file=path, config=types.UploadFileConfig(mime_type="text/plain"))
    two = on_b.files.upload(file=path, config=types.UploadFileConfig(mime_type="text/plain"))
    assert one.name != two.name and one.sha256_hash == two.sha256_hash
    assert len(set(replicas.bucket.stored()) - before) == 1
    on_a.files.delete(name=one.name or "")
    assert len(set(replicas.bucket.stored()) - before) == 1, "kept while the other file uses it"
    on_b.files.delete(name=two.name or "")
    assert set(replicas.bucket.stored()) == before, "deleted with the last file"


__all__ = ["test_file_batch_on_s3"]
