"""Thought signatures: opaque to clients, verifiable by us (an HMAC over the turn and what the part carries)."""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

from openbanana.service.keys import load_or_create_secret

VERSION = b"\x01"
SECRET_FILE = "signing.key"


class ThoughtSigner:
    """Signs the parts Google signs (final images, first answer text) so chats can round-trip them."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_data_dir(cls, data_dir: Path) -> ThoughtSigner:
        return cls(load_or_create_secret(data_dir, SECRET_FILE))

    def sign(self, response_id: str, payload: bytes) -> bytes:
        digest = hashlib.sha256(payload).digest()
        mac = hmac.new(self._secret, response_id.encode() + b"\0" + digest, hashlib.sha256).digest()
        return VERSION + len(response_id).to_bytes(1, "big") + response_id.encode() + mac

    def verify(self, signature: bytes, payload: bytes) -> bool:
        if len(signature) < 2 or signature[:1] != VERSION:
            return False
        length = signature[1]
        response_id = signature[2 : 2 + length].decode(errors="replace")
        return hmac.compare_digest(self.sign(response_id, payload), signature)
