"""The seed's table: aspect ratio × image size → exact output pixels and output token cost."""

from __future__ import annotations

from dataclasses import dataclass

IMAGE_SIZES = ("1K", "2K", "4K")
DEFAULT_IMAGE_SIZE = "1K"

# (width, height) per ratio at 1K; 2K doubles it, 4K quadruples it (true for every cell of the seed's table).
_SIZES_1K: dict[str, tuple[int, int]] = {
    "1:1": (1024, 1024),
    "2:3": (848, 1264),
    "3:2": (1264, 848),
    "3:4": (896, 1200),
    "4:3": (1200, 896),
    "4:5": (928, 1152),
    "5:4": (1152, 928),
    "9:16": (768, 1376),
    "16:9": (1376, 768),
    "21:9": (1584, 672),
}
ASPECT_RATIOS = tuple(_SIZES_1K)
_MULTIPLIER = {"1K": 1, "2K": 2, "4K": 4}
_TOKENS = {"1K": 1120, "2K": 1120, "4K": 2000}


@dataclass(frozen=True)
class TargetSize:
    """Where one generated image must land, and what it costs in output tokens."""

    aspect_ratio: str
    image_size: str
    width: int
    height: int
    tokens: int

    @property
    def pixels(self) -> int:
        return self.width * self.height


def target_size(aspect_ratio: str, image_size: str) -> TargetSize:
    """Exact pixels for a (ratio, size) cell; KeyError for values outside the table."""
    width, height = _SIZES_1K[aspect_ratio]
    factor = _MULTIPLIER[image_size]
    return TargetSize(aspect_ratio, image_size, width * factor, height * factor, _TOKENS[image_size])


def nearest_aspect_ratio(width: int, height: int) -> str:
    """The allowed ratio closest to width:height, compared in log space so 2:1 and 1:2 are equally far from 1:1."""
    from math import log

    wanted = log(width / height)
    return min(ASPECT_RATIOS, key=lambda r: abs(log(_SIZES_1K[r][0] / _SIZES_1K[r][1]) - wanted))
