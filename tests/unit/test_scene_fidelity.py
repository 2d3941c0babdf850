"""The scene-fidelity benchmark's own checks: its data, its geometry and colour rules, its reading of renders."""

from __future__ import annotations

import functools
import sys
from dataclasses import replace
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, get_args

import numpy as np
import pytest

from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.sizes import ASPECT_RATIOS
from openbanana.plan import Plan, Subject, TextBlock
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner, plan_composition
from openbanana.scene import (
    AgeGroup,
    Arrangement,
    Backdrop,
    DocumentKind,
    Entity,
    Predicate,
    Relation,
    RenderStyle,
    SceneGraph,
    Season,
    SkinTone,
    Terrain,
    TextRole,
    TimeOfDay,
    Weather,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import scene_checks
import scene_fidelity

SIZE = (1024, 1024)
SETTING_VALUES: dict[str, tuple[Any, ...]] = {
    "time_of_day": get_args(TimeOfDay), "weather": get_args(Weather), "season": get_args(Season),
    "terrain": get_args(Terrain), "backdrop": get_args(Backdrop), "indoor": (True, False),
    "style": get_args(RenderStyle), "document": get_args(DocumentKind),
}
ENTITY_VALUES: dict[str, tuple[Any, ...]] = {"age": get_args(AgeGroup), "skin_tone": get_args(SkinTone),
                                             "arrangement": get_args(Arrangement)}


@pytest.mark.parametrize(("split", "at_least"), [("dev", 120), ("heldout", 60), ("heldout2", 80),
                                                  ("heldout3", 120), ("heldout4", 120), ("heldout5", 120),
                                                  ("heldout6", 120), ("heldout7", 120), ("heldout8", 120),
                                                  ("heldout9", 120), ("heldout10", 120),
                                                  ("heldout11", 120), ("heldout12", 120),
                                                  ("heldout13", 120), ("heldout14", 120),
                                                  ("heldout15", 120), ("heldout16", 120),
                                                  ("heldout17", 120), ("heldout18", 120),
                                                  ("heldout19", 120), ("heldout20", 120),
                                                  ("heldout21", 120), ("heldout22", 120),
                                                  ("heldout23", 120), ("heldout24", 120),
                                                  ("heldout25", 120)])
def test_the_prompt_sets_are_well_formed(split: str, at_least: int) -> None:
    items = scene_fidelity.load_items(scene_fidelity.SPLITS[split])
    assert len(items) >= at_least
    assert len({item["id"] for item in items}) == len(items)
    for item in items:
        assert item["aspect"] in ASPECT_RATIOS, item["id"]
        nouns = [e["noun"] for e in item.get("entities", [])]
        for entity in item.get("entities", []):
            assert "color" not in entity or entity["color"] in scene_checks.COLOR_CLASSES, item["id"]
            for key, allowed in ENTITY_VALUES.items():
                values = entity.get(key, [])
                assert all(v in allowed for v in (values if isinstance(values, list) else [values])), item["id"]
        for subject, predicate, obj in item.get("relations", []):
            assert subject in nouns and obj in nouns and predicate in get_args(Predicate), item["id"]
        for text in item.get("texts", []):
            assert text["text"] in item["prompt"], item["id"]
            assert text.get("role", "headline") in get_args(TextRole), item["id"]
            assert text.get("at", "top") in scene_checks.PLACES, item["id"]
        for key, value in item.get("setting", {}).items():
            assert all(v in SETTING_VALUES[key] for v in (value if isinstance(value, list) else [value])), item["id"]


@pytest.mark.parametrize("split", scene_fidelity.HELD_OUT)
def test_the_held_out_sets_say_they_are_never_tuned_on(split: str) -> None:
    header = scene_fidelity.SPLITS[split].read_text(encoding="utf-8").splitlines()[0]
    assert "Never tune on them" in header


@pytest.mark.parametrize("split", scene_fidelity.SPENT)
def test_a_spent_held_out_set_says_it_is_tuning_data_now(split: str) -> None:
    header = scene_fidelity.SPLITS[split].read_text(encoding="utf-8").splitlines()[0]
    assert "SPENT HELD-OUT" in header and "now spent" in header
    assert split in scene_fidelity.TUNING and split not in scene_fidelity.HELD_OUT


SIMILAR = 0.75  # difflib's ratio from which a fresh prompt counts as a copy or paraphrase of an older one


def similar_pairs(fresh: list[str], older: list[str]) -> list[tuple[int, int]]:
    """The (fresh, older) index pairs whose `SequenceMatcher(None, fresh, older).ratio()` is at least SIMILAR.

    The ratio is 2·M / (len a + len b), M the characters of matching blocks that run in order in both strings: a
    common subsequence, so M is at most the longest one's length, which is at most the characters the two share in
    any order. Both bounds are cheap (a count table for every pair at once; a bit-parallel LCS), so the slow ratio()
    runs only where both reach SIMILAR: the verdict of comparing every pair, in a small share of the time.
    """
    alphabet = {char: k for k, char in enumerate(sorted(set("".join(fresh + older))))}
    fresh_counts, older_counts = letter_counts(fresh, alphabet), letter_counts(older, alphabet)
    shared = np.minimum(fresh_counts[:, None, :], older_counts[None, :, :]).sum(axis=2)
    lengths = fresh_counts.sum(axis=1)[:, None] + older_counts.sum(axis=1)[None, :]
    pairs = []
    for i, j in np.argwhere(2 * shared >= SIMILAR * lengths):
        a, b = fresh[i], older[j]
        if (2 * lcs_length(a, b) >= SIMILAR * (len(a) + len(b))
                and SequenceMatcher(None, a, b).ratio() >= SIMILAR):
            pairs.append((int(i), int(j)))
    return pairs


def letter_counts(texts: list[str], alphabet: dict[str, int]) -> np.ndarray:
    table = np.zeros((len(texts), len(alphabet)), np.int32)
    for row, text in enumerate(texts):
        for char in text:
            table[row, alphabet[char]] += 1
    return table


@functools.cache  # an older prompt is compared with every fresh one
def char_positions(text: str) -> dict[str, int]:
    """Each character's positions in `text`, as the set bits of one int."""
    positions: dict[str, int] = {}
    for index, char in enumerate(text):
        positions[char] = positions.get(char, 0) | 1 << index
    return positions


def lcs_length(a: str, b: str) -> int:
    """The longest common subsequence's length, bit-parallel (Allison and Dix): b's positions are the bits of one
    int, and each character of a updates them all at once."""
    positions = char_positions(b)
    full = (1 << len(b)) - 1
    row = full
    for char in a:
        matched = row & positions.get(char, 0)
        row = ((row + matched) | (row - matched)) & full
    return len(b) - row.bit_count()


def test_the_similarity_bounds_never_miss_a_close_pair() -> None:
    fresh = ["a red kite above a girl on a windy hill", "three ducks in a bath", "a bus passing a clock tower"]
    older = ["a red kite high above a girl on a windy hill", "a bus by the clock tower", "ducks"]
    for a in fresh:
        for b in older:
            table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]  # the textbook dynamic programme
            for i, x in enumerate(a):
                for j, y in enumerate(b):
                    table[i + 1][j + 1] = table[i][j] + 1 if x == y else max(table[i][j + 1], table[i + 1][j])
            assert lcs_length(a, b) == table[-1][-1]
            assert SequenceMatcher(None, a, b).ratio() <= 2 * table[-1][-1] / (len(a) + len(b))
    assert similar_pairs(fresh, older) == [(0, 0)]


@pytest.mark.parametrize(("split", "prefix", "older_splits"), [
    ("heldout2", "h2", ("dev", "heldout")),
    ("heldout3", "h3", ("dev", "heldout", "heldout2")),
    ("heldout4", "h4", ("dev", "heldout", "heldout2", "heldout3")),
    ("heldout5", "h5", ("dev", "heldout", "heldout2", "heldout3", "heldout4")),
    ("heldout6", "h6", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5")),
    ("heldout7", "h7", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")),
    ("heldout8", "h8", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")),
    ("heldout9", "h9", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                        "heldout8")),
    ("heldout10", "h10", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                          "heldout8", "heldout9")),
    ("heldout11", "h11", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                          "heldout8", "heldout9", "heldout10")),
    ("heldout12", "h12", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                          "heldout8", "heldout9", "heldout10", "heldout11")),
    ("heldout13", "h13", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12")),
    # heldout13 was unspent while the fourteenth set was written (so not read); compared once it was spent
    ("heldout14", "h14", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13")),
    # heldout14 was unspent while the fifteenth set was written (so not read); compared once it was spent
    ("heldout15", "h15", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14")),
    # heldout15 was unspent while the sixteenth set was written (so not read); compared once it was spent
    ("heldout16", "h16", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
                          "heldout15")),
    # heldout16 was unspent while the seventeenth set was written (so not read); compared once it was spent
    ("heldout17", "h17", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
                          "heldout15", "heldout16")),
    # heldout17 was unspent while the eighteenth set was written (so not read); compared once it was spent
    ("heldout18", "h18", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
                          "heldout15", "heldout16", "heldout17")),
    # heldout18 was unspent while the nineteenth set was written (so not read); compared once it was spent
    ("heldout19", "h19", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
                          "heldout15", "heldout16", "heldout17", "heldout18")),
    # heldout19 was unspent while the twentieth set was written (so not read); compared once it was spent
    ("heldout20", "h20", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
                          "heldout15", "heldout16", "heldout17", "heldout18", "heldout19")),
    # heldout20 was unspent while the twenty-first set was written (so not read); compared once it was spent
    ("heldout21", "h21", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
                          "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20")),
    # heldout21 was unspent while the twenty-second set was written (so not read); compared once it was spent
    ("heldout22", "h22", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
                          "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21")),
    # heldout22 was unspent while the twenty-third set was written (so not read); compared once it was spent
    ("heldout23", "h23", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
                          "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21",
                          "heldout22")),
    # heldout23 was unspent while the twenty-fourth set was written (so not read); compared once it was spent
    ("heldout24", "h24", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
                          "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21",
                          "heldout22", "heldout23")),
    # heldout24 was unspent while the twenty-fifth set was written, so it was neither read nor compared with it
    ("heldout25", "h25", ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
                          "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21",
                          "heldout22", "heldout23")),
])
def test_a_fresh_held_out_set_shares_no_prompt_or_id_with_the_older_sets(
        split: str, prefix: str, older_splits: tuple[str, ...]) -> None:
    fresh = scene_fidelity.load_items(scene_fidelity.SPLITS[split])
    older = [i for o in older_splits for i in scene_fidelity.load_items(scene_fidelity.SPLITS[o])]
    assert [item["id"] for item in fresh] == [f"{prefix}-{n:03d}" for n in range(1, len(fresh) + 1)]
    # written afresh, not copied or paraphrased from the spent sets
    pairs = similar_pairs([item["prompt"].lower() for item in fresh], [o["prompt"].lower() for o in older])
    assert not pairs, [(fresh[i]["id"], older[j]["id"]) for i, j in pairs]
    assert not {item["id"] for item in fresh} & {item["id"] for item in older}
    assert all(scene_fidelity.expected_checks(item, with_ocr=True) for item in fresh)
    with_strings = sum(bool(item.get("texts")) for item in fresh)
    assert 0.2 <= with_strings / len(fresh) <= 0.3  # about a quarter set quoted strings


@pytest.mark.parametrize(("predicate", "a", "b", "holds"), [
    ("left_of", (100, 500, 300, 700), (600, 500, 800, 700), True),
    ("left_of", (600, 500, 800, 700), (100, 500, 300, 700), False),
    ("right_of", (600, 500, 800, 700), (100, 500, 300, 700), True),
    ("on", (420, 260, 580, 420), (300, 400, 700, 800), True),  # a cup standing on a table's top
    ("on", (420, 650, 580, 800), (300, 400, 700, 800), False),  # standing on the floor in front of it
    ("under", (420, 650, 580, 800), (300, 400, 700, 800), True),
    ("under", (420, 260, 580, 420), (300, 400, 700, 800), False),
    ("in", (450, 520, 550, 700), (400, 500, 600, 720), True),  # a fish in a bowl
    ("in", (450, 200, 550, 300), (400, 500, 600, 720), False),
    ("above", (450, 100, 550, 200), (400, 500, 600, 720), True),
    ("above", (50, 100, 150, 200), (400, 500, 600, 720), False),  # higher, but off to the side
    ("below", (450, 750, 550, 850), (400, 300, 600, 720), True),
    ("behind", (300, 300, 600, 700), (400, 400, 700, 800), True),
    ("in_front_of", (300, 300, 600, 700), (400, 400, 700, 800), False),
    ("next_to", (100, 500, 300, 700), (350, 450, 600, 700), True),
    ("next_to", (100, 500, 300, 700), (800, 450, 1000, 700), False),
    ("near", (100, 500, 300, 700), (450, 500, 650, 700), True),
    ("near", (0, 0, 100, 100), (800, 800, 900, 900), False),
    ("holding", (400, 300, 600, 800), (580, 450, 700, 600), True),  # an umbrella in a hand at the side
    ("holding", (400, 300, 600, 800), (800, 700, 900, 800), False),
    ("flying", (400, 300, 600, 800), (560, 80, 700, 260), True),  # a kite above the holder, on its string
    ("flying", (400, 300, 600, 800), (560, 450, 700, 600), False),  # at the hand: not flying
    ("wearing", (400, 300, 600, 800), (450, 320, 550, 380), True),  # sunglasses on a face
    ("riding", (420, 250, 580, 600), (300, 450, 700, 800), True),  # a rider over a horse
    ("riding", (100, 450, 250, 800), (300, 450, 700, 800), False),
])
def test_relation_geometry(predicate: str, a: tuple[float, ...], b: tuple[float, ...], holds: bool) -> None:
    box_a, box_b = (a[0], a[1], a[2], a[3]), (b[0], b[1], b[2], b[3])
    # A is drawn first, so it stands behind B: "behind" may hold, "in front of" may not.
    assert scene_checks.relation_holds(predicate, box_a, box_b, 0, 1, SIZE) is holds


@pytest.mark.parametrize(("rgb", "name", "bound"), [
    ((220, 30, 40), "red", True), ((30, 40, 120), "navy", True), ((250, 250, 248), "white", True),
    ((120, 70, 30), "brown", True), ((250, 160, 190), "pink", True), ((230, 190, 40), "gold", True),
    ((50, 200, 60), "lime green", True), ((160, 160, 165), "silver", True), ((20, 20, 25), "black", True),
    ((220, 30, 40), "blue", False), ((250, 250, 248), "red", False), ((50, 200, 60), "purple", False),
])
def test_colour_names_of_pixels(rgb: tuple[int, int, int], name: str, bound: bool) -> None:
    pixels = np.array([rgb] * 80 + [(15, 15, 15)] * 20, dtype=np.uint8)  # some dark outline, as pictograms have
    assert scene_checks.color_bound(pixels, name).bound is bound


def test_nouns_match_plurals_and_alternatives() -> None:
    assert scene_checks.same_noun("Cups", ["cup"])
    assert scene_checks.same_noun("fire-truck", ["fire truck"])
    assert scene_checks.same_noun("couch", ["sofa", "couch"])
    assert not scene_checks.same_noun("fire", ["fire truck", "fire engine"])
    assert scene_checks.stem("sleeping") == scene_checks.stem("sleeps") and scene_checks.stem("riding") == "rid"


# What the benchmark reads from the real draft engine's pictures of a hand-made plan.

CAT_ON_BOX: dict[str, Any] = {
    "id": "t1", "prompt": "A blue cat on a cardboard box, three red apples left of it", "aspect": "1:1",
    "entities": [{"noun": "cat", "color": "blue"}, {"noun": "box", "aka": ["package"]},
                 {"noun": "apple", "count": 3, "color": "red"}],
    "relations": [["cat", "on", "box"], ["apple", "left_of", "box"]],
}


def scene_plan(*, hidden_apple: bool = False, hidden_cat: bool = False) -> Plan:
    base = plan_composition(PlanningInput("a cat on a box in a living room", *SIZE, seed=3))
    cat_box = (0.45, 0.36, 0.65, 0.53) if not hidden_cat else (0.5, 0.65, 0.6, 0.75)
    subjects = [Subject("box", "📦", (0.35, 0.5, 0.75, 0.9), z=1, entity="e2"),
                Subject("cat", "🐈", cat_box, z=2 if not hidden_cat else 0, tint=(40, 90, 220), entity="e1")]
    for index in range(3):
        x = 0.05 + index * 0.08
        box = (x, 0.82, x + 0.07, 0.89) if not (hidden_apple and index == 2) else (0.5, 0.6, 0.56, 0.66)
        subjects.append(Subject("apple", "🍎", box, z=0, entity="e3"))
    scene = SceneGraph(entities=(Entity("e1", "cat", "🐈", color=(40, 90, 220), color_name="blue"),
                                 Entity("e2", "box", "📦"), Entity("e3", "apple", "🍎", count=3)),
                       relations=(Relation("e1", "on", "e2"), Relation("e2", "right_of", "e3")))
    return replace(base, subjects=tuple(subjects), scene=scene, texts=())


def verdicts(plan: Plan, item: dict[str, Any] = CAT_ON_BOX) -> dict[tuple[str, str], bool]:
    checks = scene_fidelity.check_plan(item, plan, DraftEngine(), SIZE, None, seed=3)
    return {(c.metric, c.what): c.ok for c in checks}


def test_a_faithful_plan_passes_every_check() -> None:
    found = verdicts(scene_plan())
    assert found == {
        ("entities", "cat"): True, ("entities", "box"): True, ("entities", "apple"): True,
        ("entities by label", "cat"): True, ("entities by label", "box"): True, ("entities by label", "apple"): True,
        ("colours", "blue cat"): True, ("colours", "red apple"): True, ("counts", "3 apple"): True,
        ("relations", "cat on box"): True, ("relations", "apple left_of box"): True,
    }


def test_what_is_hidden_behind_another_subject_is_not_counted() -> None:
    found = verdicts(scene_plan(hidden_apple=True, hidden_cat=True))
    assert found[("counts", "3 apple")] is False  # the third apple is behind the box: two are visible
    assert found[("entities", "cat")] is False and found[("relations", "cat on box")] is False
    assert found[("entities", "box")] is True


def test_a_relation_that_does_not_hold_in_the_picture_is_a_miss() -> None:
    item = {**CAT_ON_BOX, "relations": [["cat", "under", "box"], ["apple", "right_of", "box"]]}
    plan = scene_plan()
    plan = replace(plan, scene=replace(plan.scene, relations=(Relation("e1", "under", "e2"),
                                                              Relation("e3", "right_of", "e2"))))
    found = verdicts(plan, item)
    assert found[("relations", "cat under box")] is False and found[("relations", "apple right_of box")] is False



def test_next_to_states_an_asked_near_and_nothing_states_more_than_it_says() -> None:
    """A graph saying "next_to" says "near" too (next to is a kind of near); "near" never says "next_to", "on" never
    says "near", and the other way round stays a miss."""
    graph = SceneGraph(entities=(Entity("e1", "cat", "🐈"), Entity("e2", "box", "📦")),
                       relations=(Relation("e1", "next_to", "e2"), Relation("e2", "on", "e1")))
    assert scene_checks.relation_read(graph, "e1", "near", "e2")
    assert scene_checks.relation_read(graph, "e2", "near", "e1")  # both ways, as near and next_to are
    assert scene_checks.relation_read(graph, "e1", "next_to", "e2")
    near_only = replace(graph, relations=(Relation("e1", "near", "e2"),))
    assert not scene_checks.relation_read(near_only, "e1", "next_to", "e2")
    on_only = replace(graph, relations=(Relation("e1", "on", "e2"),))
    assert not scene_checks.relation_read(on_only, "e1", "near", "e2")
    assert not scene_checks.relation_read(graph, "e1", "left_of", "e2")

def test_a_colour_the_picture_does_not_show_is_a_miss() -> None:
    item = {**CAT_ON_BOX, "entities": [{"noun": "cat", "color": "yellow"}, {"noun": "box"}, {"noun": "apple"}]}
    assert verdicts(scene_plan(), item)[("colours", "yellow cat")] is False


def test_a_plan_without_a_scene_graph_is_all_misses_not_a_crash() -> None:
    found = verdicts(replace(scene_plan(), scene=SceneGraph()))
    assert not any(ok for (metric, _), ok in found.items() if metric != "entities by label")
    assert found[("entities by label", "cat")] is True  # the subjects are still drawn and labelled


def test_a_prompt_that_fails_to_plan_counts_its_checks_as_misses() -> None:
    item = {**CAT_ON_BOX, "aspect": "7:3"}  # not in the size table: planning it raises
    checks = scene_fidelity.evaluate_item(item, RulesPlanner(), DraftEngine(), None, seed=3)
    assert len(checks) == 11 and not any(c.ok for c in checks)
    assert all(c.why.startswith("error: KeyError") for c in checks)


def test_strings_are_read_back_from_their_block() -> None:
    from text_fidelity import Reader

    item = {"id": "t2", "prompt": 'A sign that says "Fresh Bread 4.50"', "aspect": "1:1",
            "texts": [{"text": "Fresh Bread 4.50", "at": "top"}, {"text": "Closed", "at": "bottom"}]}
    plan = replace(scene_plan(), texts=(TextBlock("Fresh Bread 4.50", "headline", (0.1, 0.05, 0.9, 0.2)),))
    checks = scene_fidelity.check_plan(item, plan, DraftEngine(), SIZE, Reader().read, seed=3)
    found = {(c.metric, c.what): c.ok for c in checks if c.metric in ("strings", "text placement")}
    assert found == {("strings", "Fresh Bread 4.50"): True, ("text placement", "'Fresh Bread 4.50' at top"): True,
                     ("strings", "Closed"): False, ("text placement", "'Closed' at bottom"): False}


def test_a_scale_expectation_may_list_its_alternatives() -> None:
    """A size written as alternatives ("scale": [1.5, 2.0]) is checked like any listed attribute, never a crash that
    turns the prompt's every check into a miss."""
    big = Entity(id="e1", noun="dog", glyph="🐕", scale=1.6)
    checks = scene_fidelity.check_attributes("x1", "dog", {"scale": [1.5, 2.0]}, big)
    assert [c.ok for c in checks] == [True]
    assert [c.ok for c in scene_fidelity.check_attributes("x1", "dog", {"scale": [0.5]}, big)] == [False]
