"""The seed's size table, cell by cell, written out here independently of the code under test."""

from __future__ import annotations

import pytest

from openbanana.errors import InvalidArgumentError
from openbanana.imaging.sizes import nearest_aspect_ratio, preview_size, size_label, target_size
from openbanana.service.generation.sizing import resolve_target_size

SEED_TABLE = """
1:1  1024x1024 2048x2048 4096x4096
2:3  848x1264  1696x2528 3392x5056
3:2  1264x848  2528x1696 5056x3392
3:4  896x1200  1792x2400 3584x4800
4:3  1200x896  2400x1792 4800x3584
4:5  928x1152  1856x2304 3712x4608
5:4  1152x928  2304x1856 4608x3712
9:16 768x1376  1536x2752 3072x5504
16:9 1376x768  2752x1536 5504x3072
21:9 1584x672  3168x1344 6336x2688
"""
CELLS = [(row.split()[0], size, tuple(int(v) for v in row.split()[i + 1].split("x")))
         for row in SEED_TABLE.strip().splitlines() for i, size in enumerate(("1K", "2K", "4K"))]


@pytest.mark.parametrize(("ratio", "size", "pixels"), CELLS)
def test_every_cell_matches_the_seed(ratio: str, size: str, pixels: tuple[int, int]) -> None:
    cell = target_size(ratio, size)
    assert (cell.width, cell.height) == pixels
    assert cell.tokens == (2000 if size == "4K" else 1120)


def test_16_9_at_2k_is_2752x1536() -> None:
    assert resolve_target_size("16:9", "2K", None).pixels == 2752 * 1536


def test_defaults_are_1k_square_without_references() -> None:
    cell = resolve_target_size(None, None, None)
    assert (cell.aspect_ratio, cell.image_size) == ("1:1", "1K")


@pytest.mark.parametrize(("size", "ratio"), [((1920, 1080), "16:9"), ((1080, 1920), "9:16"), ((3000, 1000), "21:9"),
                                             ((1000, 1010), "1:1"), ((640, 480), "4:3"), ((100, 160), "2:3")])
def test_no_aspect_ratio_follows_the_first_reference(size: tuple[int, int], ratio: str) -> None:
    assert nearest_aspect_ratio(*size) == ratio
    assert resolve_target_size(None, "1K", size).aspect_ratio == ratio


@pytest.mark.parametrize(("ratio", "size"), [("7:3", "1K"), ("16:10", "1K"), ("1:4", "1K"), ("16:9", "1k"),
                                             ("16:9", "512"), ("16:9", "4k"), ("16:9", " 2K")])
def test_values_outside_the_table_are_invalid(ratio: str, size: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        resolve_target_size(ratio, size, None)
    assert caught.value.field and caught.value.field.startswith("generation_config.image_config.")


@pytest.mark.parametrize(("size", "label"), [((1024, 1024), "1K"), ((1584, 672), "1K"), ((512, 512), "1K"),
                                             ((2048, 2048), "2K"), ((3168, 1344), "2K"), ((4096, 4096), "4K"),
                                             ((2752, 5504), "4K")])
def test_size_label_follows_the_size_table(size: tuple[int, int], label: str) -> None:
    assert size_label(*size) == label


def test_preview_is_small_and_keeps_the_ratio() -> None:
    preview = preview_size(target_size("16:9", "2K"))
    assert max(preview.width, preview.height) == 512 and abs(preview.width / preview.height - 2752 / 1536) < 0.01
    assert (preview.aspect_ratio, preview.image_size) == ("16:9", "1K")
