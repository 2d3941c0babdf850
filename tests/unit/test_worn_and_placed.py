"""Regressions for things the scene graph held but no subject drew, each through the real rules planner and the
real draft engine: the Plan says it, and the pixels show it.

1. A garment the pictogram set lacks (scrubs, a onesie, an eyepatch, a dashiki) is worn: drawn as the garment worn
   in the same place (any other as a shirt), in its colour, on the wearer, and the answer says what stood in.
2. "In green scrubs" is one garment worn, not three scrubs the person stands in; a person "in" anything drawn as
   clothes wears it.
3. A pirate or a captain is a person, so what they carry and wear goes on them.
4. A held or placed thing the set lacks (a staff, a coop, macarons, a rack, a gate) or a person not known as one
   (a cousin) is drawn as its stand-in or its form.
"""

from __future__ import annotations

from openbanana.engines.draft.posed_clothes import Clothes, posed_clothes
from openbanana.engines.draft.wardrobe import wardrobe
from openbanana.plan import Plan, Subject
from tests.unit.test_drawn_as_asked import ink, plan_of, render
from tests.unit.test_drawn_as_asked_again import centre, inside, one, pixel_box


def worn_on(plan: Plan, wearer: str, garment: str) -> tuple[Subject, Subject]:
    person, worn = one(plan, wearer), one(plan, garment)
    assert inside(centre(worn), person) and worn.z > person.z
    assert ink(plan, worn).mean() > 0.15
    return person, worn


def posed(plan: Plan) -> dict[str, Clothes]:
    """The colours each person drawn in a pose pictogram wears: its own clothes, repainted (posed_clothes.py)."""
    return posed_clothes(plan.scene.entities, plan.subjects, wardrobe(plan.scene.relations, plan.subjects))


def test_scrubs_are_one_garment_worn_in_their_colour() -> None:
    plan = plan_of("a surgeon in green scrubs waiting by the door")
    scrubs = next(e for e in plan.scene.entities if e.noun == "scrubs")
    assert scrubs.count == 1 and scrubs.glyph == "👕"
    assert any(r.predicate == "wearing" and r.object == scrubs.id for r in plan.scene.relations)
    _, worn = worn_on(plan, "surgeon", "scrubs")
    assert worn.tint is not None and worn.tint[1] > max(worn.tint[0], worn.tint[2])
    x0, y0, x1, y1 = pixel_box(worn)
    pixels = render(plan)[y0:y1, x0:x1][ink(plan, worn)]
    assert (pixels[:, 1] > pixels[:, [0, 2]].max(axis=1)).mean() > 0.5  # drawn green
    assert any("scrubs are shown as a shirt" in s for s in plan.shortfalls)


def test_a_onesie_on_a_toddler_is_drawn_on_them() -> None:
    plan = plan_of("a toddler in a red onesie playing with blocks")
    worn_on(plan, "toddler", "onesie")
    assert not any("no pictogram for the onesie" in s for s in plan.shortfalls)


def test_a_pirate_with_an_eyepatch_wears_it_over_the_eyes() -> None:
    plan = plan_of("a grumpy old pirate with an eyepatch on a wooden dock")
    pirate, patch = worn_on(plan, "pirate", "eyepatch")
    assert pirate.glyph != "🏴‍☠️" and pirate.glyph != "🏴‍☠"  # a person, not the pirate flag
    top, bottom = pirate.box[1], pirate.box[3]
    assert centre(patch)[1] < top + 0.6 * (bottom - top)  # at the eyes, not the middle of the body
    assert any("pair of dark glasses" in s for s in plan.shortfalls)


def test_a_captain_is_a_person_that_a_bird_can_sit_on() -> None:
    plan = plan_of("a sea captain with a parrot on his shoulder")
    captain = next(e for e in plan.scene.entities if e.noun == "captain")
    assert captain.glyph is not None
    assert any(r.subject != captain.id and r.object == captain.id for r in plan.scene.relations)
    assert ink(plan, one(plan, "captain")).mean() > 0.2


def test_held_and_placed_things_the_set_lacks_are_drawn() -> None:
    for prompt, noun in (("a shepherd leaning on a wooden staff", "staff"),
                         ("a henhouse at the edge of the orchard", "henhouse"),
                         ("a plate of pink macarons on a table", "macaron"),
                         ("a blackboard in an empty classroom", "blackboard"),
                         ("bottles of oil on a spice rack", "rack"),
                         ("a cat sitting by the garden gate", "garden gate"),
                         ("two cousins flying a kite", "cousin")):
        plan = plan_of(prompt)
        drawn = [s for s in plan.subjects if s.label == noun]
        assert drawn, (prompt, plan.shortfalls)
        assert ink(plan, drawn[0]).mean() > 0.1, prompt
        assert not any(f"no pictogram for the {noun}" in s for s in plan.shortfalls)


def test_any_worn_thing_without_a_picture_is_still_worn_as_a_garment() -> None:
    plan = plan_of("a tailor wearing an orange dashiki beside a sewing machine")
    dashiki = next(e for e in plan.scene.entities if e.noun == "dashiki")
    assert dashiki.glyph and dashiki.stand_in == "shirt" and "dashiki" not in plan.scene.unmatched
    worn_on(plan, "tailor", "dashiki")
    assert not any("could not be drawn" in s for s in plan.shortfalls)


def test_a_person_in_a_thing_drawn_as_clothes_wears_it() -> None:
    plan = plan_of("a dancer in a long red sarong")
    sarong = next(e for e in plan.scene.entities if e.noun == "sarong")
    assert any(r.predicate == "wearing" and r.object == sarong.id for r in plan.scene.relations)
    dancer, worn = one(plan, "dancer"), one(plan, "sarong")
    assert (worn.box[2] - worn.box[0]) < (dancer.box[2] - dancer.box[0])  # on her, not a big thing she stands in
    # a dancer is a pose pictogram: her own dress is repainted the sarong's red, no second garment pasted on
    assert posed(plan)[dancer.entity] == (worn.tint, worn.tint)


def test_a_garment_with_no_colour_named_is_drawn_in_the_pictograms_own_colour() -> None:
    """The garment's own colour is the pictogram's largest layer, measured without Pillow's deprecated getdata
    (pytest turns that warning into an error, and a plain "a boy in a shirt" raised)."""
    plan = plan_of("a boy in a shirt standing in a park")
    boy, shirt = one(plan, "boy"), one(plan, "shirt")
    assert shirt.glyph == "👕" and inside(centre(shirt), boy)
    assert ink(plan, boy).mean() > 0.15  # rendered (no Pillow warning raised); the standing boy's own shirt is it
    assert posed(plan)[boy.entity] == (None, None)
