"""`response_format: url`: each image is kept as a generated file of the caller and reached through a short-lived
link that carries its own credential, as OpenAI's image URLs do (anyone holding the link may fetch it until it
expires; nobody can forge or extend one).

The link's token is a Fernet token (AES-CBC + HMAC-SHA256, from `cryptography`) over the owner, the file and the
expiry, so the owner's id never shows in the URL. The file lives on under the Files API's TTL (listed with
`source: GENERATED`), but its link stops working after `LINK_TTL`.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import timedelta

import orjson
from cryptography.fernet import Fernet, InvalidToken

from openbanana.clock import Clock, to_us
from openbanana.errors import ApiError, NotFoundError
from openbanana.service.files import Download, FileService
from openbanana.store.files import FileRecord

LINK_TTL = timedelta(hours=1)  # OpenAI's image URLs are valid for 60 minutes
LINK_PATH = "/v1/images/files/"
LINK_KEY_FILE = "image-links.key"


@dataclass(frozen=True)
class Published:
    url: str
    expires_us: int


class ImageLinks:
    def __init__(self, secret: bytes, files: FileService, clock: Clock) -> None:
        self._fernet = Fernet(base64.urlsafe_b64encode(secret[:32].ljust(32, b"\0")))
        self._files = files
        self._clock = clock

    def publish(self, owner: str, data: bytes, mime_type: str, base_url: str) -> Published:
        """Store the image as the owner's generated file and sign a link to it (blocking: disk and SQLite)."""
        record = self._files.create_generated(owner, data, mime_type, base_url, display_name="openai-image")
        expires_us = min(to_us(self._clock() + LINK_TTL), record.expire_us)
        token = self._fernet.encrypt(orjson.dumps({"o": owner, "f": record.id, "e": expires_us})).decode("ascii")
        return Published(f"{base_url.rstrip('/')}{LINK_PATH}{token}", expires_us)

    def open(self, token: str) -> tuple[FileRecord, Download]:
        """The file a live link names; one 404 for a link that is forged, expired, or whose file is gone."""
        try:
            claims = orjson.loads(self._fernet.decrypt(token.encode("ascii")))
            owner, file_id, expires_us = str(claims["o"]), str(claims["f"]), int(claims["e"])
        except (InvalidToken, UnicodeEncodeError, orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            raise _gone() from None
        if expires_us <= to_us(self._clock()):
            raise _gone()
        try:
            return self._files.download(owner, file_id)
        except ApiError:
            raise _gone() from None


def _gone() -> NotFoundError:
    return NotFoundError("This image link is invalid or has expired (links last one hour); generate the image again.")
