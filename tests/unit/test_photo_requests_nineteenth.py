"""The nineteenth round of everyday photo-edit requests (bench/data/edits_eyes19.jsonl), through the real planner
and draft engine, aimed at classes a new user meets on any photo: a sky of northern lights is drawn (it was a plain
blue sky, said as one); candlelight and firelight dim the photo to one warm pool of light; a drink named by a word
that is also a colour ("the coffee") is the thing, not every coffee-brown pixel said as the coffee; a cloth or table
named by the things on it is the plain background round them; a thing hung or mounted from another photo is
combined; a linocut and a cyberpunk neon look are drawn; and a hat's kind, a typeface or thick brush strokes the
engine does not follow are said as not followed."""

from __future__ import annotations

import numpy as np

from openbanana.engines.draft.photo.block_prints import INK, PAPER
from tests.unit.test_photo_reading import read
from tests.unit.test_photo_requests import ask, fitted, photo


def test_a_sky_of_northern_lights_is_drawn_and_said() -> None:
    assert [(e.kind, e.name) for e in read("swap the sky for the aurora borealis").photo_edits] == [("sky", "aurora")]
    assert [(e.kind, e.name) for e in read("turn it into night with the southern lights").photo_edits] == [
        ("sky", "aurora"), ("relight", "night")]  # main: the night alone, the lights dropped without a word
    assert [(e.kind, e.name) for e in read("add the aurora over the hills").photo_edits] == [
        ("add", "northern lights")]  # added, the lights are a thing drawn in the sky, as before
    image = photo("china.jpg")
    out, answer = ask("swap the sky for the aurora borealis", image)
    top = out[: out.shape[0] // 4].astype(np.int32)
    green = (top[..., 1] > top[..., 0] + 40) & (top[..., 1] > top[..., 2] + 10) & (top[..., 1] > 110)
    assert green.mean() > 0.05  # green curtains where the hazy sky was
    assert float(top.mean()) < float(fitted(image, out)[: out.shape[0] // 4].mean()) - 40  # over a night sky
    assert "northern lights" in answer and "clear blue sky" not in answer


def test_candlelight_dims_the_photo_to_a_warm_pool() -> None:
    assert [(e.kind, e.name) for e in read("give the photo warm candlelight").photo_edits] == [
        ("relight", "candlelight")]
    assert not any(e.name == "candlelight" for e in read("sit him by the fireplace").photo_edits)  # a place
    image = photo("astronaut.jpg")
    out, answer = ask("give the photo warm candlelight", image)
    before = fitted(image, out).astype(np.float32)
    after = out.astype(np.float32)
    assert after.mean() < before.mean() * 0.75  # dimmer
    assert after[..., 0].mean() - after[..., 2].mean() > before[..., 0].mean() - before[..., 2].mean() + 15  # warmer
    corners = np.concatenate([after[:40, :40], after[:40, -40:]]).mean()
    middle = after[out.shape[0] // 2:, out.shape[1] // 4: 3 * out.shape[1] // 4].mean()
    assert middle > corners  # a pool of light, not an even tint
    assert "by candlelight" in answer and "Not done" not in answer


def test_a_drink_named_by_a_colour_word_is_the_thing() -> None:
    assert [(e.target, e.target_color) for e in read("colour the coffee itself blue").photo_edits] == [
        ("the coffee", None)]
    assert [(e.target, e.name) for e in read("turn the wine purple").photo_edits] == [("the wine", "purple")]
    assert read("paint the sand pink").photo_edits[0].target_color is not None  # sand is what is sand-coloured
    image = photo("coffee.jpg")
    out, answer = ask("colour the coffee itself blue", image)
    before = fitted(image, out).astype(np.int32)
    corner = np.abs(out[-60:, -120:].astype(np.int32) - before[-60:, -120:]).mean()
    assert corner < 6  # the wooden table was taken for coffee-brown and recoloured with it
    assert "taking it to be the coffee" in answer  # what stood in for it is said


def test_a_cloth_named_by_the_things_on_it_is_the_background_round_them() -> None:
    image = photo("coins.jpg")
    out, answer = ask("paint the fabric under the coins green", image)
    before = fitted(image, out).astype(np.int32)
    after = out.astype(np.int32)
    greenish = (after[..., 1] > after[..., 0] + 20) & (after[..., 1] > after[..., 2] + 10)
    bright_before = before.mean(axis=2) > 150  # the silver coins
    assert greenish[~bright_before].mean() > 0.5  # the cloth is green
    assert greenish[bright_before].mean() < 0.1  # the coins are not
    assert "plain background round the" in answer and "taking it to be the fabric under the coins" in answer


def test_a_thing_hung_from_another_photo_is_combined() -> None:
    plan = read("mount the clock from the second picture on the wall", 2)
    assert [(e.kind, e.target, e.reference) for e in plan.photo_edits] == [("combine", "the clock", 1)]
    wall = photo("brick.jpg")
    out, answer = ask("mount the clock from the second picture on the wall", wall, photo("clock.jpg"))
    changed = np.abs(out.astype(np.int32) - fitted(wall, out).astype(np.int32)).max(axis=2) > 40
    assert 0.03 < changed.mean() < 0.5  # the clock on the bricks, not the clock's photo laid over them
    assert "clock placed" in answer and "Not done" not in answer


def test_a_bookcase_background_is_said_as_a_room() -> None:
    plan = read("put him in front of a bookcase")
    assert [(e.kind, e.name) for e in plan.photo_edits] == [("background", "room")]
    assert any("A bookcase is drawn as the nearest place I can draw, a room" in s for s in plan.shortfalls)


def test_details_not_followed_are_said() -> None:
    assert any("A sailor hat is drawn as a top hat" in s for s in read("put a sailor hat on her").shortfalls)
    assert not any("drawn as a top hat" in s for s in read("put a small hat on her").shortfalls)
    assert not any("drawn as a top hat" in s for s in read("put a cowboy hat on her").shortfalls)  # drawn as asked
    assert any("not in cursive" in s for s in read("write 'Bon voyage' at the bottom in cursive").shortfalls)
    assert any("a handwritten font is not one I can choose" in s
               for s in read("add 'Merci' in a handwritten font").shortfalls)
    assert not any("typeface" in s for s in read("add 'Merci' at the top").shortfalls)
    assert any("thick brush strokes" in s for s in read("paint it in oils with heavy brushstrokes").shortfalls)
    assert not any("brush strokes" in s for s in read("paint it in oils").shortfalls)


def test_a_woodcut_is_black_ink_on_cream_paper() -> None:
    assert [(e.kind, e.name) for e in read("turn her portrait into a woodcut").photo_edits] == [
        ("style", "linocut")]
    out, answer = ask("turn her portrait into a woodcut", photo("astronaut.jpg"))
    pixels = out.reshape(-1, 3).astype(np.int32)
    near = np.minimum(np.abs(pixels - np.asarray(INK)).sum(1), np.abs(pixels - np.asarray(PAPER)).sum(1)) < 60
    assert near.mean() > 0.85  # two inks, not a grey photo
    assert 0.2 < (np.abs(pixels - np.asarray(INK)).sum(1) < 60).mean() < 0.8  # both of them
    assert "linocut print" in answer


def test_a_cyberpunk_look_is_magenta_and_cyan_with_glowing_outlines() -> None:
    assert [(e.kind, e.name) for e in read("cyberpunk style please").photo_edits] == [("style", "neon")]
    image = photo("china.jpg")
    out, answer = ask("cyberpunk style please", image)
    after = out.astype(np.float32)
    before = fitted(image, out).astype(np.float32)
    assert after[..., 1].mean() < before[..., 1].mean() - 30  # the daylight greens gone to magenta and violet
    glowing = (after[..., 2] > after[..., 1] + 60) | (after[..., 1] > 200) & (after[..., 2] > 200) & (
        after[..., 0] < 150)
    assert glowing.mean() > 0.05  # magenta and cyan light
    assert "cyberpunk neon" in answer


def test_a_colour_splash_says_what_stayed_in_colour() -> None:
    image = photo("astronaut.jpg")
    out, answer = ask("turn it monochrome apart from the flag", image)
    before = fitted(image, out).astype(np.int32)
    spread = out.astype(np.int32).max(axis=2) - out.min(axis=2)
    h, w = out.shape[0] // 2, out.shape[1] // 10
    left = spread[:h, :w]  # the flag's red stripes at the upper left, clear of her suit
    assert (before[:h, :w].max(axis=2) - before[:h, :w].min(axis=2)).max() > 100
    assert left.max() < 20  # the flag went grey with the rest
    assert "I cannot pick out the flag as such, so I kept the person in colour instead" in answer
    _, kept = ask("make it greyscale except for her", image)
    assert "cannot pick out" not in kept and "cannot recognise" not in kept  # she is what stayed in colour
