"""The family's size tables against Google's published cells, written out here independently of the code, and the
rule that fills the cells Google publishes no pixels for, tested against every published one."""

from __future__ import annotations

import pytest

from openbanana.config import DEFAULT_MODELS, ModelSettings
from openbanana.imaging.sizes import (
    FLASH_25_SIZES,
    FLASH_31_GA_SIZES,
    FLASH_31_SIZES,
    PRO_SIZES,
    SizeTable,
    derived_1k_cell,
)
from openbanana.service.catalog import ModelCatalog, UnknownBaseModelError
from openbanana.service.family import FAMILY
from tests.unit.test_sizing import SEED_TABLE

PRO_PUBLISHED = SEED_TABLE  # the seed's table is Pro's published one
FLASH_25_PUBLISHED = """
1:1 1024x1024
2:3 832x1248
3:2 1248x832
3:4 864x1184
4:3 1184x864
4:5 896x1152
5:4 1152x896
9:16 768x1344
16:9 1344x768
21:9 1536x672
"""


def cells(table: str, sizes: tuple[str, ...]) -> list[tuple[str, str, tuple[int, int]]]:
    rows = [row.split() for row in table.strip().splitlines()]
    return [(row[0], size, (int(row[i + 1].split("x")[0]), int(row[i + 1].split("x")[1])))
            for row in rows for i, size in enumerate(sizes)]


PRO_CELLS = cells(PRO_PUBLISHED, ("1K", "2K", "4K"))


@pytest.mark.parametrize(("ratio", "size", "pixels"), PRO_CELLS)
def test_the_rule_gives_every_published_cell(ratio: str, size: str, pixels: tuple[int, int]) -> None:
    """The derivation: the 1K cell from the area rule, the larger sizes as whole multiples of it."""
    factor = {"1K": 1, "2K": 2, "4K": 4}[size]
    width, height = derived_1k_cell(ratio)
    assert (width * factor, height * factor) == pixels


@pytest.mark.parametrize("table", [PRO_SIZES, FLASH_31_SIZES, FLASH_31_GA_SIZES])
@pytest.mark.parametrize(("ratio", "size", "pixels"), PRO_CELLS)
def test_gemini_3_models_serve_the_published_cells(table: SizeTable, ratio: str, size: str,
                                                   pixels: tuple[int, int]) -> None:
    cell = table.target(ratio, size)
    assert (cell.width, cell.height) == pixels


@pytest.mark.parametrize(("ratio", "size", "pixels"), cells(FLASH_25_PUBLISHED, ("1K",)))
def test_nano_banana_serves_its_published_cells(ratio: str, size: str, pixels: tuple[int, int]) -> None:
    cell = FLASH_25_SIZES.target(ratio, size)
    assert (cell.width, cell.height, cell.tokens) == (*pixels, 1290)
    assert FLASH_25_SIZES.image_sizes == ("1K",)


def test_nano_banana_2_adds_extreme_ratios_and_512() -> None:
    assert set(FLASH_31_SIZES.aspect_ratios) - set(PRO_SIZES.aspect_ratios) == {"1:4", "4:1", "1:8", "8:1"}
    assert set(FLASH_31_GA_SIZES.aspect_ratios) - set(FLASH_31_SIZES.aspect_ratios) == {"9:21"}
    assert FLASH_31_SIZES.image_sizes == ("512", "1K", "2K", "4K")
    assert [FLASH_31_SIZES.target("1:1", size).tokens for size in FLASH_31_SIZES.image_sizes] == [747, 1120, 1680,
                                                                                                  2520]
    derived = {ratio: FLASH_31_GA_SIZES.target(ratio, "1K") for ratio in ("1:4", "4:1", "1:8", "8:1", "9:21")}
    assert {ratio: (c.width, c.height) for ratio, c in derived.items()} == {
        "1:4": (512, 2064), "4:1": (2064, 512), "1:8": (352, 2928), "8:1": (2928, 352), "9:21": (672, 1584)}
    half = FLASH_31_SIZES.target("16:9", "512")
    assert (half.width, half.height) == (688, 384)  # half the 1K cell, as 2K doubles it


def test_every_default_id_has_a_card_of_its_own() -> None:
    assert set(DEFAULT_MODELS) == set(FAMILY)
    catalog = ModelCatalog.default()
    assert {name: catalog.card(name).display_name for name in catalog.names} == {
        "gemini-3-pro-image-preview": "Nano Banana Pro", "gemini-3-pro-image": "Nano Banana Pro",
        "nano-banana-pro-preview": "Nano Banana Pro", "gemini-3.1-flash-image-preview": "Nano Banana 2",
        "gemini-3.1-flash-image": "Nano Banana 2", "gemini-2.5-flash-image": "Nano Banana"}


def test_operators_add_names_as_a_base_model_and_hide_built_in_ones() -> None:
    settings = ModelSettings(served_models="house,banner=gemini-3.1-flash-image",
                             hidden_models="gemini-2.5-flash-image")
    catalog = ModelCatalog(settings.names(), settings.bases())
    assert "gemini-2.5-flash-image" not in catalog.names
    assert catalog.card("banner").model_id == "gemini-3.1-flash-image"
    assert catalog.card("house").model_id == "gemini-3-pro-image-preview"
    with pytest.raises(UnknownBaseModelError, match="names no built-in model"):
        ModelCatalog(("x",), {"x": "gemini-9"})
    with pytest.raises(ValueError, match="not a built-in model"):
        ModelSettings(hidden_models="my-model")
    with pytest.raises(ValueError, match="every served model"):
        ModelSettings(hidden_models=",".join(DEFAULT_MODELS))
