"""What "now" is for the whole server: one injectable clock, so that tests move time instead of sleeping.

Every component that stamps or compares wall time takes a `Clock` (the composition root hands them all the same
one); stored times are integer microseconds since the epoch (UTC). Elapsed-time measurements (caches, rate
windows, housekeeping intervals) use `time.monotonic` instead: they never mean a point in time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_us(moment: datetime) -> int:
    """Microseconds since the epoch: the form times are stored and compared in."""
    return (moment - EPOCH) // MICROSECOND


def from_us(us: int) -> datetime:
    return EPOCH + us * MICROSECOND


def rfc3339(us: int) -> str:
    """Google's timestamp form, always with six fractional digits: `2030-01-01T12:00:00.000000Z`."""
    return from_us(us).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
