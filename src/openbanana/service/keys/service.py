"""API keys: issue one (its secret is shown once), list, revoke, and recognise a presented key.

Only sha256(key) is stored. Slow password hashes (bcrypt, argon2) exist for secrets people choose; these keys are
256 random bits, which no one can guess whatever the hash, and a fast hash lets every request find its key with one
indexed lookup. The hash is also `owner_id(key)`, so files, batches and usage already belong to it.

The server and the `openbanana keys` command share the database. The server remembers what it read about a key for
CACHE_SECONDS, so a key created or revoked from the command line takes effect within that time, without a restart.
Keys from settings (`--api-key`, OPENBANANA_API_KEYS) are accepted too, without limits.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openbanana.clock import Clock, to_us, utc_now
from openbanana.ids import unused_id
from openbanana.service.keys.owners import SHARED_OWNER, owner_id
from openbanana.store.db import Database
from openbanana.store.keys import KeyRecord, KeyStore

KEY_PREFIX = "ob-"
SHOWN_CHARS = len(KEY_PREFIX) + 6  # what `keys list` shows: enough to tell keys apart, far too little to guess
ID_LENGTH = 8
MAX_NAME = 100
CACHE_SECONDS = 1.0
CACHE_ENTRIES = 10_000  # forgotten all at once when full: unknown keys sent by a stranger cannot grow it without bound


@dataclass(frozen=True)
class KeyLimits:
    """None: unlimited (upload_bytes None: the server-wide quota_bytes_per_key)."""

    requests_per_minute: int | None = None
    images_per_day: int | None = None
    upload_bytes: int | None = None

    def check(self) -> None:
        for name, value, least in (("requests_per_minute", self.requests_per_minute, 1),
                                   ("images_per_day", self.images_per_day, 1),
                                   ("upload_bytes", self.upload_bytes, 0)):
            if value is not None and value < least:
                raise ValueError(f"{name} must be at least {least} (or unset for no limit), not {value}")


@dataclass(frozen=True)
class IssuedKey:
    record: KeyRecord
    secret: str  # returned once, never stored


@dataclass(frozen=True)
class Caller:
    """Who a request comes from: the owner of its files, batches and usage, and its key's limits if it has any."""

    owner: str
    key: KeyRecord | None = None  # a key from the store; None for a settings key, or any key on an open server


class KeyNotFoundError(LookupError):
    """No key has this id."""


class KeyService:
    def __init__(self, store: KeyStore, settings_keys: frozenset[str] = frozenset(), *,
                 cache_seconds: float = CACHE_SECONDS, monotonic: Callable[[], float] = time.monotonic,
                 clock: Clock = utc_now) -> None:
        """`monotonic` times the cache; `clock` stamps when keys are created and revoked."""
        self._store = store
        self._settings = frozenset(owner_id(key) for key in settings_keys)
        self._cache_seconds = cache_seconds
        self._monotonic = monotonic
        self._clock = clock
        self._cache: dict[str, tuple[float, KeyRecord | None]] = {}
        self._any: tuple[float, bool] | None = None
        self._lock = threading.Lock()  # the cache is read by the event loop and by file uploads in threads

    @classmethod
    def in_data_dir(cls, data_dir: Path, settings_keys: frozenset[str] = frozenset(),
                    clock: Clock = utc_now, *, database_url: str | None = None) -> KeyService:
        """A connection of its own: a key lookup never waits behind another part's transaction. `database_url`:
        Postgres instead of the SQLite file in `data_dir`."""
        return cls(KeyStore(Database.open(database_url, data_dir)), settings_keys, clock=clock)

    def close(self) -> None:
        self._store.close()

    # managing keys (the `openbanana keys` command)

    def create(self, name: str, limits: KeyLimits = KeyLimits()) -> IssuedKey:
        name = name.strip()
        if not name or len(name) > MAX_NAME:
            raise ValueError(f"a key needs a name of 1-{MAX_NAME} characters")
        limits.check()
        secret = KEY_PREFIX + secrets.token_urlsafe(32)
        record = KeyRecord(
            id=unused_id(self._store.id_in_use, ID_LENGTH), key_hash=owner_id(secret), prefix=secret[:SHOWN_CHARS],
            name=name, create_us=to_us(self._clock()), revoke_us=None, requests_per_minute=limits.requests_per_minute,
            images_per_day=limits.images_per_day, upload_bytes=limits.upload_bytes,
        )
        self._store.insert(record)
        return IssuedKey(record, secret)

    def list_keys(self) -> list[KeyRecord]:
        return self._store.all()

    def get(self, key_id: str) -> KeyRecord:
        record = self._store.by_id(key_id.strip())
        if record is None:
            raise KeyNotFoundError(f"no key has the id {key_id!r}")
        return record

    def revoke(self, key_id: str) -> tuple[KeyRecord, bool]:
        """The key, revoked; False when it already was."""
        changed = self._store.revoke(key_id.strip(), to_us(self._clock()))
        return self.get(key_id), changed

    # recognising keys (every request)

    def caller(self, secret: str) -> Caller | None:
        """The caller a presented key stands for; None when it is not (or no longer) a valid key."""
        key_hash = owner_id(secret)
        if key_hash in self._settings:
            return Caller(key_hash)
        record = self._lookup(key_hash)
        if record is not None and not record.revoked:
            return Caller(key_hash, record)
        return None if self.configured() else Caller(SHARED_OWNER)

    def configured(self) -> bool:
        """Keys are required once any exists: in settings, or ever created in the store (revoked ones count)."""
        if self._settings:
            return True
        now = self._monotonic()
        with self._lock:
            if self._any is not None and (self._any[1] or now - self._any[0] < self._cache_seconds):
                return self._any[1]  # keys never stop existing, so a True is kept for good
        found = self._store.any()
        with self._lock:
            self._any = (now, found)
        return found

    def upload_quota(self, owner: str) -> int | None:
        """The key's own upload_bytes, when the owner is a live store key that has one."""
        record = self._lookup(owner)
        return record.upload_bytes if record is not None and not record.revoked else None

    def _lookup(self, key_hash: str) -> KeyRecord | None:
        now = self._monotonic()
        with self._lock:
            hit = self._cache.get(key_hash)
        if hit is not None and now - hit[0] < self._cache_seconds:
            return hit[1]
        record = self._store.by_hash(key_hash)
        with self._lock:
            if len(self._cache) >= CACHE_ENTRIES:
                self._cache.clear()
            self._cache[key_hash] = (now, record)
        return record
