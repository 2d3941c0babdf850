"""OpenAI's `size` ("1536x1024", "auto") → a cell of the model's size table: the nearest aspect ratio, then the
nearest size label at that ratio (both compared in log space), so every exact cell maps to itself."""

from __future__ import annotations

import math
import re

from openbanana.errors import InvalidArgumentError
from openbanana.imaging.sizes import SEED_SIZES, SizeTable, TargetSize

_SIZE = re.compile(r"([1-9][0-9]{0,4})x([1-9][0-9]{0,4})")
MAX_SIDE = 16384


def cell_for(size: str | None, table: SizeTable = SEED_SIZES) -> TargetSize | None:
    """The cell an OpenAI size asks for; None for "auto" (or no size): the service then picks the ratio (the first
    input image's nearest, else the default) at the default label."""
    if size is None or size == "auto":
        return None
    match = _SIZE.fullmatch(size.strip())
    if match is None or max(int(match.group(1)), int(match.group(2))) > MAX_SIDE:
        raise InvalidArgumentError(
            f"Invalid size {size[:40]!r}: use 'auto' or WIDTHxHEIGHT (e.g. 1024x1024, 1536x1024, 1024x1536), each "
            f"side 1-{MAX_SIDE}; it is mapped to the nearest size this model renders.", field="size")
    width, height = int(match.group(1)), int(match.group(2))
    ratio = table.nearest_aspect_ratio(width, height)
    wanted = math.log(width * height)
    label = min(table.image_sizes, key=lambda name: abs(math.log(table.target(ratio, name).pixels) - wanted))
    return table.target(ratio, label)

