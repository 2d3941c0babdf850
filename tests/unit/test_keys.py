"""Keys, quotas and the usage ledger on a real SQLite file and a real Postgres server: hashing at rest, revocation
across processes' views, the per-minute window (shared by every process on one database), the per-day image
budget and what the ledger records."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from openbanana.clock import from_us
from openbanana.errors import ResourceExhaustedError
from openbanana.protocol.responses import GenerateContentResponse
from openbanana.service.keys import (
    SHARED_OWNER,
    Caller,
    KeyLimits,
    KeyNotFoundError,
    KeyService,
    QuotaService,
    UsageLedger,
    owner_id,
    usage_lines,
)
from openbanana.service.keys.usage_ledger import emitted_images
from openbanana.store.db import Database
from openbanana.store.keys import KeyStore
from openbanana.store.rates import RateStore
from openbanana.store.usage import UsageRecord, UsageStore


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def keys(database: Database, clock: FakeClock) -> Iterator[KeyService]:
    """On SQLite and on Postgres, in turn."""
    service = KeyService(KeyStore(Database(database.url)), monotonic=clock)  # a connection of its own, as served
    yield service
    service.close()


@pytest.fixture
def usage(database: Database) -> UsageStore:
    return UsageStore(database)


# keys


def test_a_key_is_shown_once_and_only_its_hash_is_stored(keys: KeyService, database: Database) -> None:
    issued = keys.create("ci", KeyLimits(requests_per_minute=5))
    assert issued.secret.startswith("ob-") and len(issued.secret) == 3 + 43  # token_urlsafe(32): 256 bits
    record = issued.record
    assert record.key_hash == hashlib.sha256(issued.secret.encode()).hexdigest() == owner_id(issued.secret)
    assert issued.secret.startswith(record.prefix) and len(record.prefix) < 12
    assert record.name == "ci" and record.requests_per_minute == 5 and record.images_per_day is None
    assert keys.list_keys() == [record]
    with database.reading() as conn:
        stored = str(conn.exec_driver_sql("SELECT * FROM api_keys").all()).encode()
    if database.path is not None:  # SQLite: every byte of the file, free pages and the WAL included
        stored += b"".join(path.read_bytes() for path in database.path.parent.glob("openbanana.db*"))
    assert record.key_hash.encode() in stored and issued.secret.encode() not in stored


def test_a_valid_key_is_its_own_owner_and_carries_its_limits(keys: KeyService) -> None:
    issued = keys.create("app")
    assert keys.caller(issued.secret) == Caller(owner_id(issued.secret), issued.record)
    assert keys.caller("ob-not-a-key") is None
    assert keys.caller(issued.secret + "x") is None


def test_a_revoked_key_stops_working_once_the_cache_expires(database: Database, keys: KeyService,
                                                            clock: FakeClock) -> None:
    issued = keys.create("app")
    assert keys.caller(issued.secret) is not None
    cli = KeyService(KeyStore(Database(database.url)))  # what `openbanana keys revoke` opens: another connection
    try:
        record, changed = cli.revoke(issued.record.id)
        assert changed and record.revoked
        assert cli.revoke(issued.record.id)[1] is False, "revoking twice changes nothing"
        with pytest.raises(KeyNotFoundError):
            cli.revoke("nosuchid")
    finally:
        cli.close()
    assert keys.caller(issued.secret) is not None, "still cached"
    clock.now += 1.01
    assert keys.caller(issued.secret) is None


def test_without_any_key_every_key_is_the_shared_owner(keys: KeyService, clock: FakeClock) -> None:
    assert not keys.configured()
    assert keys.caller("anything") == Caller(SHARED_OWNER)
    issued = keys.create("first")
    clock.now += 1.01
    assert keys.configured() and keys.caller("anything") is None
    keys.revoke(issued.record.id)
    clock.now += 1.01
    assert keys.configured(), "revoking the last key must not open the server to every key"
    assert keys.caller(issued.secret) is None and keys.caller("anything") is None


def test_settings_keys_have_no_limits_and_coexist_with_store_keys(tmp_path: Path) -> None:
    keys = KeyService(KeyStore(Database.in_dir(tmp_path)), frozenset({"from-settings"}))
    try:
        assert keys.configured()
        assert keys.caller("from-settings") == Caller(owner_id("from-settings"))
        issued = keys.create("stored", KeyLimits(upload_bytes=10))
        assert keys.caller(issued.secret) == Caller(owner_id(issued.secret), issued.record)
        assert keys.caller("other") is None
        assert keys.upload_quota(owner_id(issued.secret)) == 10
        assert keys.upload_quota(owner_id("from-settings")) is None
    finally:
        keys.close()


@pytest.mark.parametrize("limits", [KeyLimits(requests_per_minute=0), KeyLimits(images_per_day=-1),
                                    KeyLimits(upload_bytes=-5)])
def test_limits_are_checked(keys: KeyService, limits: KeyLimits) -> None:
    with pytest.raises(ValueError, match="at least"):
        keys.create("bad", limits)
    with pytest.raises(ValueError, match="name"):
        keys.create("  ")
    assert keys.list_keys() == []


# quotas


def test_the_request_window_slides(database: Database) -> None:
    rates, second = RateStore(database), 1_000_000
    assert rates.admit("k", 2, 1000 * second, 60 * second) is None
    assert rates.admit("k", 2, 1010 * second, 60 * second) is None
    assert rates.admit("k", 2, 1015 * second, 60 * second) == 45 * second, "until the first is a minute old"
    assert rates.admit("other", 2, 1015 * second, 60 * second) is None, "each key has its own window"
    assert rates.admit("k", 2, 1060 * second, 60 * second) is None, "a refused request was not counted"
    assert rates.admit("k", 2, 1060 * second, 60 * second) == 10 * second


def test_every_process_on_one_database_counts_in_one_window(database: Database) -> None:
    """Replicas share the window: eight connections of their own admit at once, and exactly the limit get in."""
    connections = [Database(database.url) for _ in range(8)]
    replicas = [RateStore(connection) for connection in connections]
    admitted: list[bool] = []

    def admit(rates: RateStore) -> None:
        for _ in range(5):
            admitted.append(rates.admit("shared", 12, 5_000_000, 60_000_000) is None)

    threads = [threading.Thread(target=admit, args=(rates,)) for rates in replicas]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(admitted) == 40 and admitted.count(True) == 12
    for connection in connections:
        connection.close()


def _quota_error(error: ResourceExhaustedError) -> tuple[dict[str, object], str]:
    details = {detail["@type"].rsplit(".", 1)[1]: detail for detail in error.details}
    violation = details["QuotaFailure"]["violations"][0]
    return violation, details["RetryInfo"]["retryDelay"]


@pytest.mark.anyio
async def test_images_per_day_counts_since_utc_midnight(keys: KeyService, usage: UsageStore,
                                                       database: Database) -> None:
    issued = keys.create("daily", KeyLimits(images_per_day=2))
    owner = issued.record.key_hash
    now = datetime(2026, 11, 24, 23, 59, 30, tzinfo=UTC)
    quotas = QuotaService(usage, RateStore(database), clock=lambda: now)
    caller = Caller(owner, issued.record)

    def spend(when: datetime, images: int) -> None:
        usage.add(UsageRecord(owner, int(when.timestamp() * 1e6), "m", "generateContent", 1, 2, 0, 3, images))

    spend(datetime(2026, 11, 23, 23, 0, tzinfo=UTC), 5)  # yesterday's images do not count today
    spend(datetime(2026, 11, 24, 8, 0, tzinfo=UTC), 1)
    await quotas.admit(caller)
    spend(datetime(2026, 11, 24, 9, 0, tzinfo=UTC), 1)
    with pytest.raises(ResourceExhaustedError) as raised:
        await quotas.admit(caller)
    violation, delay = _quota_error(raised.value)
    assert violation["quotaId"] == "GenerateImagesPerDayPerApiKey" and violation["quotaValue"] == "2"
    assert violation["subject"] == f"keys/{issued.record.id}"
    assert delay == "30s", "until 00:00 UTC"
    await quotas.admit(Caller(owner_id("a settings key")))  # no key record: no limits


@pytest.mark.anyio
async def test_requests_per_minute_refuses_with_retry_info(keys: KeyService, usage: UsageStore,
                                                           database: Database) -> None:
    issued = keys.create("rpm", KeyLimits(requests_per_minute=1))
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    quotas = QuotaService(usage, RateStore(database), clock=lambda: now)
    caller = Caller(issued.record.key_hash, issued.record)
    await quotas.admit(caller)
    now += timedelta(seconds=12.5)
    with pytest.raises(ResourceExhaustedError) as raised:
        await quotas.admit(caller)
    assert raised.value.http_status == 429 and raised.value.status == "RESOURCE_EXHAUSTED"
    violation, delay = _quota_error(raised.value)
    assert violation["quotaId"] == "GenerateRequestsPerMinutePerApiKey" and violation["quotaValue"] == "1"
    assert delay == "48s", "47.5 s rounded up: retrying after retryDelay succeeds"
    assert "Please retry in 47.5s" in raised.value.message


# the usage ledger


def _event(parts: list[dict[str, object]], usage: dict[str, int] | None = None) -> GenerateContentResponse:
    event: dict[str, object] = {"candidates": [{"content": {"role": "model", "parts": parts}, "index": 0}]}
    if usage is not None:
        event["usageMetadata"] = usage
    return event  # type: ignore[return-value]


IMAGE: dict[str, object] = {"inlineData": {"mimeType": "image/png", "data": ""}}
USAGE = {"promptTokenCount": 7, "candidatesTokenCount": 1120, "thoughtsTokenCount": 30, "totalTokenCount": 1157}


@pytest.mark.anyio
async def test_the_ledger_records_a_stream_before_its_last_event_leaves(usage: UsageStore) -> None:
    ledger = UsageLedger(usage, clock=lambda: from_us(42))

    async def events() -> AsyncIterator[GenerateContentResponse]:
        yield _event([{"text": "plan", "thought": True}])
        yield _event([{**IMAGE, "thought": True}])  # the interim image is not counted
        yield _event([{"text": "answer"}])
        yield _event([IMAGE], USAGE)

    seen = []
    async for event in ledger.metered("owner-a", "m", events()):
        seen.append(event)
        if "usageMetadata" in event:
            [totals] = usage.totals()
            assert totals.requests == 1, "recorded before the client got the last event"
    assert len(seen) == 4
    [totals] = usage.totals()
    assert (totals.owner, totals.images, totals.prompt_tokens, totals.candidates_tokens, totals.thoughts_tokens,
            totals.total_tokens, totals.first_us) == ("owner-a", 1, 7, 1120, 30, 1157, 42)


@pytest.mark.anyio
async def test_the_ledger_records_unary_and_blocked_answers(usage: UsageStore) -> None:
    ledger = UsageLedger(usage)

    async def answer(response: GenerateContentResponse) -> GenerateContentResponse:
        return response

    blocked: GenerateContentResponse = {"promptFeedback": {"blockReason": "SAFETY"},
                                        "usageMetadata": {"promptTokenCount": 4, "totalTokenCount": 4}}
    assert await ledger.answered("o", "m", answer(blocked)) is blocked
    await ledger.answered("o", "m", answer(_event([{"text": "t"}, IMAGE, {**IMAGE, "thought": True}], USAGE)))
    [totals] = usage.totals()
    assert (totals.requests, totals.images, totals.prompt_tokens, totals.total_tokens) == (2, 1, 11, 1161)
    assert emitted_images(blocked) == 0


def test_usage_lines_name_every_owner(keys: KeyService, usage: UsageStore) -> None:
    issued = keys.create("named")
    for owner in (issued.record.key_hash, owner_id("settings"), SHARED_OWNER, owner_id("gone")):
        usage.add(UsageRecord(owner, 1, "m", "generateContent", 1, 1, 0, 2, 1))
    lines = usage_lines(usage.totals(), keys.list_keys(), frozenset({owner_id("settings")}))
    names = {line.name: line.key_id for line in lines}
    assert names == {"named": issued.record.id, "(settings key)": "-", "(any key: server without keys)": "-",
                     f"(unknown key {owner_id('gone')[:8]})": "-"}
    assert [t.owner for t in usage.totals(owner=issued.record.key_hash)] == [issued.record.key_hash]
    assert usage.totals(since_us=2) == []
