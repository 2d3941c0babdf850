"""The server-wide memory budget and what a request's input images cost in it, from their headers alone."""

from __future__ import annotations

import asyncio
import io

from PIL import Image

from openbanana.imaging.codecs import probe_image
from openbanana.imaging.sizes import SEED_SIZES
from openbanana.protocol.content import Blob
from openbanana.service.generation.references import ImageSource, InputImage, memory_cost
from openbanana.service.memory import MemoryBudget


def png(width: int, height: int, mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def image(data: bytes) -> InputImage:
    return InputImage("contents[0].parts[0].inline_data", ImageSource.from_blob(Blob(mime_type="image/png",
                                                                                      data=data)), probe_image(data))


def test_reservations_grow_shrink_and_are_given_back_once() -> None:
    budget = MemoryBudget(100)
    first = budget.try_reserve(60)
    assert first is not None and budget.in_use == 60
    assert budget.try_reserve(50) is None, "what does not fit is refused, nothing is taken"
    assert budget.in_use == 60
    assert not first.grow(41) and first.grow(40) and budget.in_use == 100
    first.shrink(30)
    assert budget.in_use == 30
    first.release()
    first.release()
    assert budget.in_use == 0


def test_a_waiting_reservation_gets_its_room_when_another_is_given_back() -> None:
    budget = MemoryBudget(100)
    held = budget.try_reserve(80)
    assert held is not None

    async def scenario() -> int:
        waiter = asyncio.ensure_future(budget.reserve(50))
        await asyncio.sleep(0.2)
        assert not waiter.done(), "batch requests wait for room instead of failing"
        held.release()
        return (await asyncio.wait_for(waiter, 5)).nbytes

    assert asyncio.run(scenario()) == 50 and budget.in_use == 50


def test_images_cost_what_they_are_kept_at_not_what_they_are_on_the_wire() -> None:
    big = image(png(4000, 3000))  # 12 MP, a few KB of PNG
    keep_1k, keep_4k = SEED_SIZES.largest_pixels("1K"), SEED_SIZES.largest_pixels("4K")
    at_1k, at_4k = memory_cost([big] * 3, keep_1k), memory_cost([big] * 3, keep_4k)
    assert at_1k.held <= 3 * keep_1k * 4 + 3 * len(big.source.read())
    assert at_4k.held >= 3 * 12_000_000 * 4, "at 4K a 12 MP picture is kept whole"
    assert at_1k.peak - at_1k.held >= 12_000_000 * 4, "one full decode in flight at a time"
    assert at_1k.peak < 3 * 12_000_000 * 4, "not all of them at once"
