"""Render styles: the same scene as flat colour, watercolour, sketch, pixel art, photo, poster and 3D; each at the
exact size, deterministic, visibly its own, and the text still reads back exactly after every one of them."""

from __future__ import annotations

import itertools
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFilter

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.plan import Background, Plan, Subject, TextBlock
from openbanana.scene import RenderStyle, SceneGraph

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity

ENGINE = DraftEngine()
STYLES: list[RenderStyle] = ["flat", "watercolor", "sketch", "pixel", "photo", "poster", "3d"]
SIZE = (640, 480)
FOX_BOX = (0.36, 0.5, 0.64, 0.9)
PLAN = Plan("a fox in a meadow", Background("gradient", (), horizon=0.6, terrain="grass", backdrop="mountains",
                                           time_of_day="day"), ((200, 60, 40),),
            (Subject("fox", "🦊", FOX_BOX, role="hero", depth=0.1), Subject("tree", "🌳", (0.72, 0.4, 0.86, 0.64),
                                                                          depth=0.6)),
            (TextBlock("Into the Wild", "headline", (0.1, 0.03, 0.9, 0.15)),
             TextBlock("Open daily 9-5", "subtitle", (0.25, 0.16, 0.75, 0.23))))


def styled(style: RenderStyle, size: tuple[int, int] = SIZE, seed: int = 2) -> np.ndarray:
    plan = replace(PLAN, scene=SceneGraph(style=style))
    image = ENGINE.render(RenderRequest(plan, *size, seed=seed)).image
    assert image.size == size and image.mode == "RGB"
    return np.asarray(image, dtype=np.float32)


@pytest.fixture(scope="module")
def renders() -> dict[str, np.ndarray]:
    return {style: styled(style) for style in STYLES}


def saturation(pixels: np.ndarray) -> float:
    return float((pixels.max(axis=2) - pixels.min(axis=2)).mean())


def edge_density(pixels: np.ndarray) -> float:
    gray = Image.fromarray(pixels.astype(np.uint8), "RGB").convert("L")
    return float(np.asarray(gray.filter(ImageFilter.FIND_EDGES), dtype=np.float32).mean())


def region(pixels: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    h, w = pixels.shape[:2]
    return pixels[round(box[1] * h):round(box[3] * h), round(box[0] * w):round(box[2] * w)]


@pytest.mark.parametrize("style", STYLES)
def test_styles_render_exact_sizes_deterministically(style: RenderStyle) -> None:
    for size in ((97, 61), (1376, 768)):
        first = styled(style, size)
        assert np.array_equal(first, styled(style, size))


def palette_size(pixels: np.ndarray) -> float:
    return float(len(np.unique(pixels.astype(np.uint8).reshape(-1, 3), axis=0)))


def test_styles_are_visibly_distinct(renders: dict[str, np.ndarray]) -> None:
    picture = (0.0, 0.25, 1.0, 1.0)  # below the text
    found = {style: np.asarray([*region(pixels, picture).reshape(-1, 3).mean(axis=0),
                                saturation(region(pixels, picture)), edge_density(region(pixels, picture)),
                                np.log2(palette_size(region(pixels, picture))) * 4])
             for style, pixels in renders.items()}
    for (a, fa), (b, fb) in itertools.combinations(found.items(), 2):
        assert np.abs(fa - fb).max() > 4, (a, b, fa, fb)


def test_watercolour_is_paler_softer_and_on_paper(renders: dict[str, np.ndarray]) -> None:
    flat, wash = renders["flat"], renders["watercolor"]
    assert saturation(wash) < saturation(flat) * 0.9
    sky_patch = (0.05, 0.3, 0.3, 0.42)
    fine = [float(np.abs(np.diff(region(p, sky_patch), axis=1)).mean()) for p in (flat, wash)]
    assert fine[1] > fine[0] + 1  # the paper's tooth and granulation in a flat wash of sky


def test_sketch_is_graphite_lines_on_paper(renders: dict[str, np.ndarray]) -> None:
    sketch, flat = renders["sketch"], renders["flat"]
    assert saturation(region(sketch, FOX_BOX)) < saturation(region(flat, FOX_BOX)) * 0.5
    dark = region(sketch, FOX_BOX).max(axis=2) < 110
    assert 0.02 < dark.mean() < 0.5  # outlines, not fills
    assert region(sketch, (0.0, 0.3, 0.3, 0.4)).mean() > 190  # light paper where the sky was


def test_a_dark_stormy_scene_sketches_as_shading_on_paper_not_a_grey_sheet() -> None:
    """A night storm at sea: the sketch keeps its tones relative to each other, so most of the sheet is still
    paper and the darkest parts are hatched, and the rain does not draw a line everywhere."""
    storm = replace(PLAN, texts=(), background=replace(PLAN.background, terrain="water", backdrop="sea",
                                                     time_of_day="night", weather="storm"),
                    scene=SceneGraph(style="sketch"))
    pixels = np.asarray(ENGINE.render(RenderRequest(storm, *SIZE, seed=4)).image, dtype=np.float32)
    luma = pixels @ np.asarray([0.299, 0.587, 0.114], dtype=np.float32)
    assert (luma > 170).mean() > 0.4, (luma > 170).mean()  # paper shows through
    assert (luma < 90).mean() < 0.15  # graphite where the picture has shapes, not all over
    assert luma.std() > 25  # and still shading: not a blank sheet


def test_pixel_art_is_a_coarse_grid_in_a_small_palette(renders: dict[str, np.ndarray]) -> None:
    pixels = region(renders["pixel"], (0.0, 0.25, 1.0, 1.0)).astype(np.uint8)
    colors = np.unique(pixels.reshape(-1, 3), axis=0)
    assert len(colors) <= 28
    same = (pixels[:, 1:] == pixels[:, :-1]).all(axis=2).mean()
    assert same > 0.7  # blocks of one colour, several pixels wide


def test_photo_look_has_depth_of_field_and_a_vignette(renders: dict[str, np.ndarray]) -> None:
    photo, flat = renders["photo"], renders["flat"]
    ridge = (0.0, 0.35, 1.0, 0.58)
    steepest = [float(np.percentile(np.abs(np.diff(region(p, ridge).mean(axis=2), axis=0)), 99.5))
                for p in (photo, flat)]
    assert steepest[0] < steepest[1] * 0.6  # the far mountains' edges are out of focus
    corner, centre = (0.0, 0.85, 0.08, 1.0), (0.45, 0.7, 0.55, 0.8)

    def falloff(pixels: np.ndarray) -> float:
        return float(region(pixels, corner).mean() / region(pixels, centre).mean())

    assert falloff(photo) < falloff(flat) * 0.95


def test_poster_outlines_its_figures_and_3d_shades_them(renders: dict[str, np.ndarray]) -> None:
    flat, poster, solid = renders["flat"], renders["poster"], renders["3d"]
    ink = [float((region(p, FOX_BOX).max(axis=2) < 60).mean()) for p in (flat, poster)]
    assert ink[1] > ink[0] + 0.02
    fox_top_left, fox_bottom_right = (0.42, 0.6, 0.48, 0.66), (0.52, 0.78, 0.58, 0.84)
    lift = [float(region(p, fox_top_left).mean() - region(p, fox_bottom_right).mean()) for p in (flat, solid)]
    assert lift[1] > lift[0] + 10


def test_text_reads_back_exactly_after_every_style() -> None:
    reader = text_fidelity.Reader()
    width, height = 1024, 768
    boxes = [(b.box[0] * width, b.box[1] * height, b.box[2] * width, b.box[3] * height) for b in PLAN.texts]
    for style in STYLES:
        image = Image.fromarray(styled(style, (width, height)).astype(np.uint8), "RGB")
        read = text_fidelity.squash(reader.read(image, boxes))
        assert read == "IntotheWildOpendaily9-5", (style, read)
