"""Per-key limits on generation, refused the way Google refuses them: 429 RESOURCE_EXHAUSTED with QuotaFailure
(quotaMetric, quotaId, quotaDimensions, quotaValue) and RetryInfo (retryDelay) details.

- requests_per_minute: a sliding window per key over generateContent and streamGenerateContent calls that were
  admitted (a refused call does not count, so waiting retryDelay always helps), kept in the database
  (`store/rates.py`) so that replicas on one database share it. countTokens, models, files and batches are not
  counted.
- images_per_day: final images already returned to the key since 00:00 UTC, read from the usage ledger before a
  generation starts. Requests still rendering are not counted yet, so concurrent requests can overshoot by their
  number.
Keys from settings, and any key on a server without keys, have no limits.
"""

from __future__ import annotations

import math
from datetime import timedelta

import anyio.to_thread

from openbanana.clock import Clock, to_us, utc_now
from openbanana.errors import TYPE_PREFIX, ResourceExhaustedError
from openbanana.service.keys.service import Caller
from openbanana.store.keys import KeyRecord
from openbanana.store.rates import RateStore
from openbanana.store.usage import UsageStore

WINDOW_S = 60.0
WINDOW_US = int(WINDOW_S * 1_000_000)
REQUESTS_METRIC = "generativelanguage.googleapis.com/generate_content_requests"
REQUESTS_QUOTA_ID = "GenerateRequestsPerMinutePerApiKey"
IMAGES_METRIC = "generativelanguage.googleapis.com/generate_content_output_images"
IMAGES_QUOTA_ID = "GenerateImagesPerDayPerApiKey"


def quota_exceeded(key: KeyRecord, *, metric: str, quota_id: str, limit: int, what: str,
                   retry_s: float) -> ResourceExhaustedError:
    """Google's message layout (the metric and limit, then when to retry), QuotaFailure and RetryInfo.

    The limits are per key across every served model, so the dimensions name the key where Google names a model.
    """
    delay = max(1, math.ceil(retry_s))  # whole seconds, rounded up: retrying after retryDelay succeeds
    return ResourceExhaustedError(
        f"You exceeded your current quota for this API key ({key.id}): {limit} {what}.\n"
        f"* Quota exceeded for metric: {metric}, limit: {limit}\n"
        f"Please retry in {retry_s:.1f}s.",
        details=[
            {"@type": TYPE_PREFIX + "QuotaFailure", "violations": [{
                "subject": f"keys/{key.id}",
                "description": f"{limit} {what} for API key {key.id} ({key.name})",
                "quotaMetric": metric,
                "quotaId": quota_id,
                "quotaDimensions": {"location": "global", "apiKey": key.id},
                "quotaValue": str(limit),
            }]},
        ],
        retry_after=delay,  # the RetryInfo detail, and a Retry-After header
    )


class QuotaService:
    def __init__(self, usage: UsageStore, rates: RateStore, *, clock: Clock = utc_now) -> None:
        """`clock` times the per-minute window (the wall clock: replicas share it) and says which UTC day it is."""
        self._usage = usage
        self._rates = rates
        self._clock = clock

    async def admit(self, caller: Caller) -> None:
        """Raise the 429 for the first limit this generation would break; else count it against the minute."""
        key = caller.key
        if key is None:
            return
        now = self._clock()
        if key.images_per_day is not None:
            midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
            used = await anyio.to_thread.run_sync(self._usage.images_since, caller.owner, to_us(midnight))
            if used >= key.images_per_day:
                raise quota_exceeded(key, metric=IMAGES_METRIC, quota_id=IMAGES_QUOTA_ID, limit=key.images_per_day,
                                     what="images per day (UTC)",
                                     retry_s=(midnight + timedelta(days=1) - now).total_seconds())
        if key.requests_per_minute is not None:
            wait_us = await anyio.to_thread.run_sync(self._rates.admit, key.id, key.requests_per_minute, to_us(now),
                                                     WINDOW_US)
            if wait_us is not None:
                raise quota_exceeded(key, metric=REQUESTS_METRIC, quota_id=REQUESTS_QUOTA_ID,
                                     limit=key.requests_per_minute, what="generation requests per minute",
                                     retry_s=wait_us / 1_000_000)
