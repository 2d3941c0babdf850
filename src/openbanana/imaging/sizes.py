"""Output sizes in one place: a model's size table (aspect ratio × size label → pixels, tokens) and its rules.

Everything that decides how many pixels an image has reads this module: the service's request validation, the
preview size it hands the engine, the finisher's size label, and an engine's native render size.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass


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


@dataclass(frozen=True)
class SizeTable:
    """One model's sizes: pixels per aspect ratio at its first size label, and per label a factor and a token cost."""

    base: Mapping[str, tuple[int, int]]  # aspect ratio → (width, height) at the first label
    factors: Mapping[str, int]  # size label → multiple of `base`
    tokens: Mapping[str, int]  # size label → output tokens of one image
    default_ratio: str
    default_size: str
    preview_long_side: int  # the interim thought image: small and quick, whatever the final size

    @property
    def aspect_ratios(self) -> tuple[str, ...]:
        return tuple(self.base)

    @property
    def image_sizes(self) -> tuple[str, ...]:
        return tuple(self.factors)

    def target(self, aspect_ratio: str, image_size: str) -> TargetSize:
        """Exact pixels for a (ratio, size) cell; KeyError for values outside the table."""
        width, height = self.base[aspect_ratio]
        factor = self.factors[image_size]
        return TargetSize(aspect_ratio, image_size, width * factor, height * factor, self.tokens[image_size])

    def ratio_for(self, first_reference: tuple[int, int] | None) -> str:
        """The ratio of a request that names none: the first input image's nearest one, else the default."""
        return self.nearest_aspect_ratio(*first_reference) if first_reference else self.default_ratio

    def nearest_aspect_ratio(self, width: int, height: int) -> str:
        """The allowed ratio closest to width:height, compared in log space so 2:1 and 1:2 are equally far from 1:1."""
        wanted = math.log(width / height)
        return min(self.base, key=lambda r: abs(math.log(self.base[r][0] / self.base[r][1]) - wanted))

    def longest_side(self, image_size: str) -> int:
        """The longest side of any cell at this size label."""
        return max(max(width, height) for width, height in self.base.values()) * self.factors[image_size]

    def largest_pixels(self, image_size: str) -> int:
        """The pixels of the largest cell at this size label: the most any image of that size can use."""
        return max(width * height for width, height in self.base.values()) * self.factors[image_size] ** 2

    def label_for(self, width: int, height: int) -> str:
        """The size label whose cells hold an image this large: the smallest whose longest side fits."""
        longest = max(width, height)
        return next((label for label in self.image_sizes if longest <= self.longest_side(label)), self.image_sizes[-1])

    def preview(self, target: TargetSize) -> TargetSize:
        """The thought image for `target`: its ratio, its longest side at most `preview_long_side`; not charged."""
        scale = min(1.0, self.preview_long_side / max(target.width, target.height))
        width, height = max(1, round(target.width * scale)), max(1, round(target.height * scale))
        return TargetSize(target.aspect_ratio, self.label_for(width, height), width, height, tokens=0)


PRO_1K = {
    # gemini-3-pro-image(-preview) at 1K, as the seed and Google's image-generation page publish it; 2K doubles and
    # 4K quadruples every cell.
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
ONE_K_AREA = 1_080_000  # the area every published 1K cell of the Gemini 3 image models is derived from
CELL_MULTIPLE = 16


def derived_1k_cell(aspect_ratio: str, area: int = ONE_K_AREA, multiple: int = CELL_MULTIPLE) -> tuple[int, int]:
    """The rule every published 1K cell of the Gemini 3 image models follows, for the cells Google publishes no
    pixels for: each side is sqrt(area × ratio) (resp. sqrt(area / ratio)) rounded down to a multiple of 16.

    Tested against every published cell (tests/unit/test_model_family.py); e.g. 21:9 → 1584×672, 1:8 → 352×2928.
    """
    across, down = (int(part) for part in aspect_ratio.split(":"))
    ratio = across / down
    return (multiple * math.floor(math.sqrt(area * ratio) / multiple),
            multiple * math.floor(math.sqrt(area / ratio) / multiple))


SEED_SIZES = PRO_SIZES = SizeTable(
    base=PRO_1K,
    factors={"1K": 1, "2K": 2, "4K": 4},
    tokens={"1K": 1120, "2K": 1120, "4K": 2000},
    default_ratio="1:1",
    default_size="1K",
    preview_long_side=512,
)
"""gemini-3-pro-image(-preview), Nano Banana Pro: the seed's table."""

FLASH_31_RATIOS = (*PRO_1K, "1:4", "4:1", "1:8", "8:1")


def flash_31_sizes(aspect_ratios: tuple[str, ...] = FLASH_31_RATIOS) -> SizeTable:
    """gemini-3.1-flash-image(-preview), Nano Banana 2: Pro's cells for its ratios, the rule's for the extreme ones
    (1:4, 4:1, 1:8, 8:1, 9:21), and a 512 size that halves each 1K cell, as 2K and 4K double and quadruple it."""
    one_k = {ratio: PRO_1K.get(ratio) or derived_1k_cell(ratio) for ratio in aspect_ratios}
    return SizeTable(
        base={ratio: (width // 2, height // 2) for ratio, (width, height) in one_k.items()},
        factors={"512": 1, "1K": 2, "2K": 4, "4K": 8},
        tokens={"512": 747, "1K": 1120, "2K": 1680, "4K": 2520},
        default_ratio="1:1",
        default_size="1K",
        preview_long_side=512,
    )


FLASH_31_SIZES = flash_31_sizes()
"""gemini-3.1-flash-image-preview: fourteen ratios, four sizes (747/1120/1680/2520 output tokens)."""

FLASH_31_GA_SIZES = flash_31_sizes((*FLASH_31_RATIOS, "9:21"))
"""gemini-3.1-flash-image: the preview's table and 9:21, which the GA model's page adds."""

FLASH_25_SIZES = SizeTable(
    # gemini-2.5-flash-image, Nano Banana: one size, every cell published, 1290 output tokens each.
    base={
        "1:1": (1024, 1024),
        "2:3": (832, 1248),
        "3:2": (1248, 832),
        "3:4": (864, 1184),
        "4:3": (1184, 864),
        "4:5": (896, 1152),
        "5:4": (1152, 896),
        "9:16": (768, 1344),
        "16:9": (1344, 768),
        "21:9": (1536, 672),
    },
    factors={"1K": 1},
    tokens={"1K": 1290},
    default_ratio="1:1",
    default_size="1K",
    preview_long_side=512,
)

ASPECT_RATIOS = SEED_SIZES.aspect_ratios
IMAGE_SIZES = SEED_SIZES.image_sizes
target_size = SEED_SIZES.target
nearest_aspect_ratio = SEED_SIZES.nearest_aspect_ratio
size_label = SEED_SIZES.label_for
preview_size = SEED_SIZES.preview


def native_size(width: int, height: int, max_pixels: int, multiple: int) -> tuple[int, int]:
    """A model's native render size for a target: the largest near `max_pixels` with the target's ratio, both sides
    multiples of `multiple`.

    E.g. 16:9 (1376×768) at 1 MP and ×16 gives 1360×768; the small ratio error is cropped away by `to_target`.
    """
    ratio = width / height
    native_h = math.sqrt(max_pixels / ratio)
    native_w = native_h * ratio
    return _snap(native_w, multiple), _snap(native_h, multiple)


def _snap(value: float, multiple: int) -> int:
    return max(multiple, round(value / multiple) * multiple)
