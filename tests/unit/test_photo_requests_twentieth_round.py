"""The twentieth round of everyday photo-edit requests (bench/data/edits_eyes20.jsonl), through the real planner
and draft engine, aimed at classes a new user meets on any photo: a row or column of laid-out things is removed whole
(one thing was, said as the row); a halftone newspaper look and a risograph print are drawn; moonlight, a frosty
morning and a spotlight on the subject relight the photo; a paddock, a farm or a showroom behind the subject is drawn
as the nearest place and said so, with a thing named beside it said as not drawn, and neither said when no background
was drawn; and things scattered from another photo are combined (they were pictograms said as from the photo)."""

from __future__ import annotations

import numpy as np

from tests.unit.test_photo_reading import read
from tests.unit.test_photo_requests import ask, fitted, photo


def _bright_share(image: np.ndarray, rows: slice, columns: slice) -> float:
    return float((image[rows, columns].astype(np.float32).mean(axis=2) > 140).mean())


def test_a_row_or_column_of_laid_out_things_goes_whole() -> None:
    image = photo("coins.jpg")
    out, answer = ask("delete the top row of coins", image)
    before = fitted(image, out)
    height, width = out.shape[:2]
    top, second = slice(0, int(height * 0.27)), slice(int(height * 0.3), int(height * 0.5))
    assert _bright_share(before, top, slice(None)) > 0.15  # the six coins of the top row
    assert _bright_share(out, top, slice(None)) < 0.03  # all gone, not one
    assert abs(_bright_share(out, second, slice(None)) - _bright_share(before, second, slice(None))) < 0.03
    assert "the 6 in the row nearest the top" in answer and "taking them to be" in answer
    out, answer = ask("remove the coins in the right column", image)
    right = slice(int(width * 0.8), width)
    assert _bright_share(out, slice(None), right) < 0.3 * _bright_share(before, slice(None), right)
    assert "column nearest the right" in answer


def test_a_halftone_and_a_risograph_are_drawn() -> None:
    assert [(e.kind, e.name) for e in read("turn the cat photo into a newspaper print").photo_edits] == [
        ("style", "halftone")]
    image = photo("chelsea.jpg")
    out, answer = ask("turn the cat photo into a newspaper print", image)
    spread = out.astype(np.int32).max(axis=2) - out.astype(np.int32).min(axis=2)
    assert float(spread.mean()) < 20  # grey ink on newsprint, the cat's ginger gone
    gray = out.astype(np.float32).mean(axis=2)
    assert float(((gray < 80) | (gray > 180)).mean()) > 0.7  # dots and paper, few middle greys
    assert "halftone newspaper photo" in answer and "Not done" not in answer
    out, answer = ask("make the dahlia a riso print", photo("flower.jpg"))
    pixels = out.astype(np.int32).reshape(-1, 3)
    pink = (pixels[:, 0] > 200) & (pixels[:, 1] < 150) & (pixels[:, 2] > 120)
    blue = (pixels[:, 2] > pixels[:, 0] + 40) & (pixels[:, 0] < 110)
    assert pink.mean() > 0.05 and blue.mean() > 0.05  # both spot inks
    assert "risograph print" in answer


def test_moonlight_frost_and_a_spotlight_relight_the_photo() -> None:
    image = photo("china.jpg")
    out, answer = ask("make the palace moonlit", image)
    before, after = fitted(image, out).astype(np.float32), out.astype(np.float32)
    low = slice(out.shape[0] // 2, None)  # the land, under the new night sky
    assert after[low].mean() < before[low].mean() * 0.75
    assert after[low][..., 2].mean() > after[low][..., 0].mean() + 15  # silver-blue
    assert "by moonlight" in answer
    out, answer = ask("give the lake view a hoarfrost", image)
    after = out.astype(np.float32)
    trees = (slice(int(out.shape[0] * 0.75), None), slice(None))
    assert after[trees].mean() > before[trees].mean() + 25  # the leaves whitened with rime
    saturation = after[trees].max(axis=2) - after[trees].min(axis=2)
    assert saturation.mean() < (before[trees].max(axis=2) - before[trees].min(axis=2)).mean()
    assert "frosty morning" in answer
    portrait = photo("astronaut.jpg")
    out, answer = ask("put her in a spotlight", portrait)
    before, after = fitted(portrait, out).astype(np.float32), out.astype(np.float32)
    corner = (slice(0, 80), slice(-80, None))
    face = (slice(int(out.shape[0] * 0.15), int(out.shape[0] * 0.4)), slice(int(out.shape[1] * 0.35),
                                                                             int(out.shape[1] * 0.55)))
    assert after[corner].mean() < before[corner].mean() * 0.45  # the rest fallen dark
    assert after[face].mean() > before[face].mean() * 0.85  # she stays lit
    assert "spotlight on its main subject" in answer


def test_places_drawn_as_the_nearest_say_so_and_what_is_not_drawn() -> None:
    plan = read("park the motorbike in a pasture")
    assert [(e.kind, e.name) for e in plan.photo_edits] == [("background", "park")]
    assert any("A pasture is drawn as the nearest place" in s for s in plan.shortfalls)
    plan = read("put the horse on a farm with a red barn")
    assert "A red barn is not drawn: the new background is a grassy park alone." in plan.shortfalls
    assert not any("not drawn" in s for s in read("put the dog in a forest with tall trees").shortfalls)
    _out, answer = ask("put the wall in a gallery with white walls", photo("brick.jpg"))
    assert "Not done" in answer  # it fills the photo: no background drawn, so no place is said as drawn
    assert "nearest place" not in answer and "not drawn:" not in answer


def test_things_scattered_from_another_photo_are_combined() -> None:
    sentence = "sprinkle the coins from the second picture over the brick wall"
    assert [(e.kind, e.target, e.reference) for e in read(sentence, 2).photo_edits] == [("combine", "the coins", 1)]
    wall = photo("brick.jpg")
    out, answer = ask(sentence, wall, photo("coins.jpg"))
    assert "collage" not in answer and "the coins" in answer  # main: pictogram coins beside the wall, said as its
    moved = np.abs(out.astype(np.float32) - fitted(wall, out).astype(np.float32)).mean(axis=2)
    assert 0.05 < float((moved > 30).mean()) < 0.6  # the coins on the bricks, not the coins' photo beside them


def test_a_young_animal_is_a_small_grown_one_said_so() -> None:
    assert [(e.name, e.glyph) for e in read("put a little fawn by the tree").photo_edits] == [("fawn", "🦌")]
    field = photo("camera.jpg")
    out, answer = ask("add a piglet next to him", field)
    moved = np.abs(out.astype(np.float32) - fitted(field, out).astype(np.float32)).mean(axis=2)
    assert 0.003 < float((moved > 30).mean()) < 0.1  # a small pig drawn by him (main: not done)
    assert "A piglet is drawn as a small pig, the nearest animal I can draw." in answer


def test_lamps_are_removed_as_their_bright_spots() -> None:
    pad = photo("rocket.jpg")
    out, answer = ask("get rid of the floodlights by the launch pad", pad)
    before = fitted(pad, out).astype(np.float32).min(axis=2)
    after = out.astype(np.float32).min(axis=2)
    low = slice(int(out.shape[0] * 0.7), None)  # where the pad's lamps burn
    assert float((before[low] > 235).sum()) > 200
    assert float((after[low] > 235).sum()) < 0.2 * float((before[low] > 235).sum())  # their cores gone
    assert "small bright spots of light, taking them to be the floodlights" in answer
