"""The composer's defaults, through the real rules planner and draft engine, judged on the ink each thing leaves:
where the scene graph relates two things not at all, things named one after the other stand side by side in the
order they were named; a pair read as "near" stands next to each other; what the graph states comes first.
Sentence shapes of their own."""

from __future__ import annotations

import pytest

from openbanana.planner.rules.scene.defaults import with_defaults
from openbanana.planner.rules.scene.kinds import kind_of
from openbanana.planner.rules.scene.relations import Links, resolve
from openbanana.planner.scene_geometry import relation_holds
from openbanana.scene import Entity, Relation, SceneGraph
from tests.unit.test_composer_holds import ink_subjects
from tests.unit.test_scene_fidelity_classes import entity, plan_of


def unrelated_and_holds(prompt: str, a: str, predicate: str, b: str, seed: int = 7) -> None:
    """The graph states nothing between A and B, and A stands in `predicate` to B in the picture all the same."""
    plan = plan_of(prompt, seed)
    ida, idb = entity(plan, a).id, entity(plan, b).id
    assert not any({r.subject, r.object} == {ida, idb} for r in plan.scene.relations), plan.scene.relations
    inked_a, inked_b = ink_subjects(plan, a), ink_subjects(plan, b)
    assert inked_a and inked_b, (a, b, "leaves no ink")
    assert relation_holds(predicate, inked_a, inked_b), (prompt, [s.box for s in inked_a], [s.box for s in inked_b])


@pytest.mark.parametrize("seed", [1, 7])
def test_things_named_one_after_the_other_stand_side_by_side_in_that_order(seed: int) -> None:
    prompt = "A fox, a pumpkin and a lantern in a field"  # seed 1 once put the fox, the hero, last
    for a, b in (("fox", "pumpkin"), ("pumpkin", "lantern")):
        unrelated_and_holds(prompt, a, "next_to", b, seed)
        unrelated_and_holds(prompt, a, "left_of", b, seed)


def test_the_thoughts_claim_no_relation_that_was_not_asked() -> None:
    notes = " ".join(plan_of("A fox, a pumpkin and a lantern in a field", 1).notes)
    assert "Relations kept" not in notes and "next to" not in notes and "left of" not in notes


def links_of(things: dict[str, str], relations: list[tuple[str, str, str]]) -> Links:
    entities = tuple(Entity(f"e{i}", noun, glyph) for i, (noun, glyph) in enumerate(things.items()))
    ids = {e.noun: e.id for e in entities}
    scene = SceneGraph(entities=entities, relations=tuple(Relation(ids[a], p, ids[b])  # type: ignore[arg-type]
                                                          for a, p, b in relations))
    kinds = {e.id: kind_of(e) for e in scene.entities}
    return with_defaults(scene, kinds, resolve(scene, kinds))


def test_a_pair_read_as_near_stands_next_to_each_other_unless_one_is_near_two() -> None:
    """A row keeps "near" things up to two places apart; the default makes them neighbours. Two people near one
    dock are not split by it: neither pair is made neighbours."""
    links = links_of({"puppy": "🐕", "hydrant": "🧯"}, [("puppy", "near", "hydrant")])
    assert ("e0", "next_to", "e1") in [(r.subject, r.predicate, r.object) for r in links.sides]
    links = links_of({"boy": "👦", "grandfather": "👴", "crate": "📦"},
                     [("boy", "near", "crate"), ("grandfather", "near", "crate")])
    beside_crate = [r.subject for r in links.sides if r.predicate == "next_to" and r.object == "e2"]
    assert beside_crate == ["e0"]  # the boy, named first; the grandfather stands on the boy's other side
    assert ("e0", "next_to", "e1") in [(r.subject, r.predicate, r.object) for r in links.sides]


def test_a_relation_the_graph_states_comes_first() -> None:
    """The defaults come after the graph's own relations, so the row honours those first: a thing asked to stand
    right of another is not moved left of it because it was named first."""
    links = links_of({"lamp": "🪔", "vase": "🏺"}, [("lamp", "right_of", "vase")])
    assert [(r.subject, r.predicate, r.object) for r in links.sides] == [("e0", "right_of", "e1")]
    links = links_of({"goat": "🐐", "cart": "🛒", "hen": "🐔"}, [("goat", "right_of", "cart")])
    sides = [(r.subject, r.predicate, r.object) for r in links.sides]
    assert sides[0] == ("e0", "right_of", "e1") and ("e1", "left_of", "e2") in sides
