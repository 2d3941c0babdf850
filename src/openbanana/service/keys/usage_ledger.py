"""The usage ledger: one row per answered generation, with the usageMetadata the client saw and the images it got.

Recording happens as the answer passes through (the event carrying usageMetadata is the last of a generation), in a
worker thread, before the event goes on to the client: once a client has its answer, the ledger has it too.
Blocked and withheld answers are recorded as well (with their prompt-only usage and no image).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable
from dataclasses import dataclass

import anyio.to_thread

from openbanana.clock import Clock, to_us, utc_now
from openbanana.protocol.responses import GenerateContentResponse
from openbanana.service.keys.owners import SHARED_OWNER
from openbanana.store.keys import KeyRecord
from openbanana.store.usage import UsageRecord, UsageStore, UsageTotals

UNARY, STREAM, BATCH = "generateContent", "streamGenerateContent", "batchGenerateContent"


def emitted_images(event: GenerateContentResponse) -> int:
    """Final images in an answer; thought (interim) images are not counted, as Google does not bill them."""
    return sum(
        1
        for candidate in event.get("candidates", [])
        for part in candidate.get("content", {}).get("parts", [])
        if "inlineData" in part and not part.get("thought")
    )


class UsageLedger:
    def __init__(self, store: UsageStore, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    async def metered(self, owner: str, model: str, events: AsyncIterator[GenerateContentResponse],
                      method: str = STREAM) -> AsyncIterator[GenerateContentResponse]:
        """The stream unchanged; its usage is recorded when the event that carries usageMetadata passes."""
        images = 0
        async for event in events:
            images += emitted_images(event)
            if "usageMetadata" in event:
                await self._record(owner, model, method, event, images)
            yield event

    async def answered(self, owner: str, model: str, answer: Awaitable[GenerateContentResponse],
                       method: str = UNARY) -> GenerateContentResponse:
        response = await answer
        await self._record(owner, model, method, response, emitted_images(response))
        return response

    async def _record(self, owner: str, model: str, method: str, event: GenerateContentResponse,
                      images: int) -> None:
        usage = event.get("usageMetadata", {})
        record = UsageRecord(
            owner=owner, time_us=to_us(self._clock()), model=model, method=method,
            prompt_tokens=usage.get("promptTokenCount", 0), candidates_tokens=usage.get("candidatesTokenCount", 0),
            thoughts_tokens=usage.get("thoughtsTokenCount", 0), total_tokens=usage.get("totalTokenCount", 0),
            images=images,
        )
        await anyio.to_thread.run_sync(self._store.add, record)


@dataclass(frozen=True)
class UsageLine:
    """Usage totals with the key they belong to, as `openbanana usage` shows them."""

    key_id: str  # a store key's id, or "-" for settings keys, unknown keys and the shared owner
    name: str
    totals: UsageTotals


def usage_lines(totals: list[UsageTotals], keys: list[KeyRecord], settings_owners: frozenset[str]) -> list[UsageLine]:
    """Name each owner: a store key (owner = its hash), a settings key, every caller of a keyless server, or a key
    this server no longer knows (shown by the start of its hash)."""
    by_hash = {key.key_hash: key for key in keys}
    lines = []
    for total in totals:
        key = by_hash.get(total.owner)
        if key is not None:
            lines.append(UsageLine(key.id, key.name, total))
        elif total.owner in settings_owners:
            lines.append(UsageLine("-", "(settings key)", total))
        elif total.owner == SHARED_OWNER:
            lines.append(UsageLine("-", "(any key: server without keys)", total))
        else:
            lines.append(UsageLine("-", f"(unknown key {total.owner[:8]})", total))
    return lines
