"""Blobs in S3-compatible object storage (`--blob-url s3://bucket/prefix`), through boto3 (the `s3` extra).

Each blob is the object `<prefix>/<sha256[:2]>/<sha256>`. An object becomes visible only when its upload is
complete, so a half-written blob never appears under its real name: small blobs are one PUT (with the SHA-256 for
the server to check), big ones a multipart upload by boto3's transfer manager, completed only after every part.
Endpoint, region and credentials come from the standard AWS settings (environment variables, shared config files,
instance roles); `--blob-endpoint-url` points at a non-AWS server (MinIO, Ceph, …). Reads stream: `open` is a
seekable file over ranged GETs, one streaming GET per run of sequential reads.
"""

from __future__ import annotations

import base64
import hashlib
import io
import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import boto3
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from openbanana.store.blobs import SHA256_HEX, BlobRef, BlobStoreError, blob_name, hash_file

MULTIPART_BYTES = 16 * 1024 * 1024  # above this, adopt uploads in parts of this size, several at once
READ_BUFFER = 1024 * 1024
_MISSING = {"404", "NoSuchKey", "NotFound"}
_CLIENT_CONFIG = Config(connect_timeout=5, read_timeout=60, retries={"max_attempts": 3, "mode": "standard"})


class S3BlobStore:
    def __init__(self, bucket: str, prefix: str = "", *, endpoint_url: str | None = None) -> None:
        self.bucket = bucket
        self.prefix = f"{prefix.strip('/')}/" if prefix.strip("/") else ""
        self._client: Any = boto3.client("s3", endpoint_url=endpoint_url or None, config=_CLIENT_CONFIG)
        self._transfer = TransferConfig(multipart_threshold=MULTIPART_BYTES, multipart_chunksize=MULTIPART_BYTES)
        if (problem := self.problem()) is not None:
            raise BlobStoreError(problem)

    def key_for(self, sha256: str) -> str:
        return self.prefix + blob_name(sha256)

    def exists(self, sha256: str) -> bool:
        try:
            self._client.head_object(Bucket=self.bucket, Key=self.key_for(sha256))
        except ClientError as exc:
            if _code(exc) in _MISSING:
                return False
            raise
        return True

    def write(self, data: bytes) -> BlobRef:
        digest = hashlib.sha256(data).digest()
        ref = BlobRef(digest.hex(), len(data))
        if not self.exists(ref.sha256):
            self._client.put_object(Bucket=self.bucket, Key=self.key_for(ref.sha256), Body=data,
                                    ChecksumSHA256=base64.b64encode(digest).decode("ascii"))
        return ref

    def adopt(self, path: Path, sha256: str | None = None) -> BlobRef:
        digest = sha256 or hash_file(path)
        ref = BlobRef(digest, path.stat().st_size)
        if not self.exists(digest):
            self._client.upload_file(str(path), self.bucket, self.key_for(digest), Config=self._transfer)
        path.unlink()
        return ref

    def temp_path(self) -> Path:
        return Path(tempfile.gettempdir()) / f"openbanana-{secrets.token_hex(16)}.part"

    def read(self, sha256: str) -> bytes:
        with self.open(sha256) as stream:
            return stream.read()

    def open(self, sha256: str) -> BinaryIO:
        key = self.key_for(sha256)
        try:
            size = int(self._client.head_object(Bucket=self.bucket, Key=key)["ContentLength"])
        except ClientError as exc:
            if _code(exc) in _MISSING:
                raise FileNotFoundError(f"s3://{self.bucket}/{key}") from None
            raise
        return io.BufferedReader(_ObjectReader(self._client, self.bucket, key, size), READ_BUFFER)

    def local_path(self, sha256: str) -> Path | None:
        return None

    def delete(self, sha256: str) -> None:
        self._client.delete_object(Bucket=self.bucket, Key=self.key_for(sha256))

    def stored(self) -> Iterator[str]:
        pages = self._client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=self.prefix)
        for page in pages:
            for item in page.get("Contents", ()):
                name = item["Key"][len(self.prefix):]
                if len(name) == 67 and name[2] == "/" and SHA256_HEX.match(name[3:]) and name[:2] == name[3:5]:
                    yield name[3:]

    def clear_temp(self, older_than: float) -> None:
        """Multipart uploads a crash left unfinished (their parts cost storage until aborted)."""
        pages = self._client.get_paginator("list_multipart_uploads").paginate(Bucket=self.bucket, Prefix=self.prefix)
        for page in pages:
            for upload in page.get("Uploads", ()):
                if upload["Initiated"].timestamp() < older_than:
                    self._client.abort_multipart_upload(Bucket=self.bucket, Key=upload["Key"],
                                                        UploadId=upload["UploadId"])

    def problem(self) -> str | None:
        try:
            self._client.head_bucket(Bucket=self.bucket)
        except ClientError as exc:
            return f"the blob bucket {self.describe()} answered {_code(exc)}: check its name and the credentials"
        except BotoCoreError as exc:
            return f"the blob bucket {self.describe()} cannot be reached: {exc}"
        return None

    def describe(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}"


class _ObjectReader(io.RawIOBase):
    """A seekable raw stream over one object: sequential reads share one ranged GET, a seek starts the next."""

    def __init__(self, client: Any, bucket: str, key: str, size: int) -> None:
        super().__init__()
        self._client, self._bucket, self._key, self._size = client, bucket, key, size
        self._position = 0
        self._body: Any = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._size}[whence]
        position = max(0, base + offset)
        if position != self._position:
            self._drop_body()
            self._position = position
        return position

    def readinto(self, buffer: Any) -> int:
        if self._position >= self._size or len(buffer) == 0:
            return 0
        if self._body is None:
            answer = self._client.get_object(Bucket=self._bucket, Key=self._key, Range=f"bytes={self._position}-")
            self._body = answer["Body"]
        data = self._body.read(len(buffer))
        if not data:
            raise OSError(f"s3://{self._bucket}/{self._key} ended at {self._position} of {self._size} bytes")
        buffer[:len(data)] = data
        self._position += len(data)
        return len(data)

    def close(self) -> None:
        self._drop_body()
        super().close()

    def _drop_body(self) -> None:
        if self._body is not None:
            self._body.close()
            self._body = None


def _code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", "unknown"))
