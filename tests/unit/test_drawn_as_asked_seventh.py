"""The seventh round of everyday prompts looked at by eye (docs/benchmarks.md, "Seventh round"): what was fixed,
through the real rules planner and the real draft engine, asserting on the plan and the pixels.

1. "…, food photo" names how the picture is taken, as "…, photo" does: no framed picture stands on the cake.
2. People "working on" or "typing on" laptops are at them, not standing on top of them at a laptop's height.
3. A material with one colour of its own colours the thing: a leather bag is brown (a colour said wins).
4. Cherry blossom trees are pink broadleaves (they were green, some of them pines).
5. Open ground named by what grows in it ("a tulip field") is a field of those plants (one daisy stood in it).
6. A lamp or a quilt puts the scene indoors (a grandmother sewing by a lamp sat on a lawn).
7. A creature flying with nothing to fly over in the graph is in the sky (a dragon over a village lay in the grass);
   insects still hover low, at the flowers.
8. A stand-in that is the doer's own pose is the doer: "a woman running a marathon" is one runner, not two.
9. A strawberry on a slice of cake is the one 🍰 shows; asked in another number they stand on a cake of their own.
10. The answer's "Recoloured:" names only what the picture recolours ("a slice of chocolate cake" claimed it).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from openbanana.plan import Plan, Subject
from tests.unit.test_drawn_as_asked import plan_of, render
from tests.unit.test_people_in_action import person, pixel_box


def nouns(plan: Plan) -> set[str]:
    return {e.noun for e in plan.scene.entities}


def glyphs(plan: Plan, noun: str) -> list[str]:
    return [s.glyph or "" for s in person(plan, noun)]


def test_a_genre_photo_after_a_comma_is_the_style_not_a_framed_picture() -> None:
    plan = plan_of("a bowl of ramen on a wooden table, food photo")
    assert "photo" not in nouns(plan) and "🖼" not in "".join(s.glyph or "" for s in plan.subjects)
    assert plan.scene.style == "photo"
    plan = plan_of("a stack of pancakes with blueberries, breakfast photo")
    assert "photo" not in nouns(plan) and plan.scene.style == "photo"
    assert "photo" in nouns(plan_of("a framed wedding photo on a shelf"))  # a photo that is a thing stays one


def test_people_working_on_laptops_sit_or_stand_at_them_not_on_top() -> None:
    plan = plan_of("two women working on laptops in a cafe")
    assert not any(r.predicate == "on" for r in plan.scene.relations)
    women, laptops = person(plan, "woman"), person(plan, "laptop")
    assert women and laptops
    tallest_laptop = max(s.box[3] - s.box[1] for s in laptops)
    assert all(w.box[3] - w.box[1] > 2 * tallest_laptop for w in women)  # a person's height, not a pin's
    assert not any(r.predicate == "on" for r in plan_of("a man typing on a laptop at home").scene.relations)


def mean_colour(plan: Plan, subject: Subject) -> np.ndarray:
    """The subject's own ink: where the picture changes when it is left out."""
    without = replace(plan, subjects=tuple(s for s in plan.subjects if s is not subject))
    pixels = render(plan)
    changed = np.abs(pixels - render(without)).sum(axis=-1) > 60
    x0, y0, x1, y1 = pixel_box(subject)
    inside = np.zeros_like(changed)
    inside[y0:y1, x0:x1] = True
    return np.asarray(pixels[changed & inside].mean(axis=0))


def test_a_leather_bag_is_brown_and_a_named_colour_still_wins() -> None:
    plan = plan_of("a leather handbag on a chair")
    bag, = person(plan, "handbag")
    r, g, b = mean_colour(plan, bag)
    assert r > g > b and r - b > 40  # brown, not the pictogram's purple
    red, = person(plan_of("a red leather handbag on a chair"), "handbag")
    assert red.tint is not None and red.tint[0] > 150 and red.tint[1] < 80


def test_cherry_blossom_trees_are_pink_broadleaves() -> None:
    plan = plan_of("three cherry blossom trees by a river")
    trees = person(plan, "tree")
    assert len(trees) == 3 and all(s.glyph == "🌳" for s in trees)
    plain = plan_of("three trees by a river")
    green = mean_colour(plain, person(plain, "tree")[0])
    assert green[1] > green[0]  # a plain tree's crown is green
    for tree in trees:
        r, g, _ = mean_colour(plan, tree)
        assert r > g and r - g > green[0] - green[1] + 30, tree.box  # pink crowns, not green ones


def test_a_field_named_by_its_flowers_is_full_of_them_but_a_soccer_field_has_no_balls() -> None:
    plan = plan_of("a scarecrow standing in a sunflower field")
    assert len(person(plan, "sunflower")) >= 5
    plan = plan_of("a lone horse in a daisy meadow at dusk")
    assert len(person(plan, "daisy")) >= 5 and len(person(plan, "horse")) == 1
    assert not any("ball" in noun for noun in nouns(plan_of("kids running on a soccer field")))


@pytest.mark.parametrize(("prompt", "indoor"), [
    ("an old man reading the newspaper by the lamp", True), ("a girl wrapped in a quilt drinking cocoa", True),
    ("an old man reading the newspaper on a park bench", False)])
def test_a_lamp_or_a_quilt_puts_the_scene_indoors(prompt: str, indoor: bool) -> None:
    assert plan_of(prompt).scene.setting.indoor == indoor


def test_a_flying_creature_is_in_the_sky_and_an_insect_stays_at_the_flowers() -> None:
    plan = plan_of("a dragon flying over the mountains")
    dragon, = person(plan, "dragon")
    assert dragon.box[3] < plan.background.horizon  # wholly above the horizon: flying
    plan = plan_of("a bee hovering near a tulip")
    bee, = person(plan, "bee")
    assert bee.box[3] > plan.background.horizon  # down at the flower


def test_a_runner_running_a_marathon_is_one_runner() -> None:
    plan = plan_of("a bearded man running a marathon through the city")
    runners = [s for s in plan.subjects if (s.glyph or "").startswith("🏃")]
    assert len(runners) == 1 and runners[0].entity == person(plan, "man")[0].entity
    assert any("marathon" in note and "own pictogram" in note for note in plan.notes)  # the answer says how


def test_a_strawberry_on_a_slice_of_cake_is_the_one_the_pictogram_has() -> None:
    plan = plan_of("a piece of cake with a strawberry on top")
    assert not person(plan, "strawberry") and glyphs(plan, "cake") == ["🍰"]
    plan = plan_of("a piece of cake with four strawberries on top")
    berries = person(plan, "strawberry")
    assert len(berries) == 4
    cake, = person(plan, "cake")
    assert all(b.box[3] <= cake.box[1] + 0.5 * (cake.box[3] - cake.box[1]) for b in berries)


def test_the_answer_says_recoloured_only_for_what_is_drawn_in_another_colour() -> None:
    plan = plan_of("a slice of chocolate cake on a plate")
    assert all(s.tint is None for s in person(plan, "cake"))
    assert not any(note.startswith("Recoloured") for note in plan.notes)
    plan = plan_of("a green bird on a branch")
    assert any(s.tint is not None for s in person(plan, "bird"))
    assert "Recoloured: bird." in plan.notes
