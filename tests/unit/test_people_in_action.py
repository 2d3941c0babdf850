"""People who do what the prompt says, through the real rules planner and the real draft engine: a whole figure's
arms and legs follow its person's action (`engines/draft/gestures.py`, `limbs.py`). Each check finds the person's
ink by rendering the plan with and without that person, and asserts where the ink goes against its box.

1. A kicker's foot swings out toward the ball; a pointer's arm reaches out toward what it points at.
2. A waving or cheering person's hand is up by the head, not hanging at the waist.
3. A pourer's stream falls from the pot into the cup; a gardener's from the watering can over the plants.
4. People the prompt has sitting with no seat in the plan sit: on chairs at a table, on the grass outdoors.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from openbanana.plan import Plan, Subject
from tests.unit.test_drawn_as_asked import HEIGHT, WIDTH, plan_of, render

Pixels = tuple[int, int, int, int]


def person(plan: Plan, noun: str) -> list[Subject]:
    ids = {e.id for e in plan.scene.entities if e.noun == noun}
    return [s for s in plan.subjects if s.entity in ids]


def pixel_box(subject: Subject) -> Pixels:
    x0, y0, x1, y1 = (round(v * n) for v, n in zip(subject.box, (WIDTH, HEIGHT, WIDTH, HEIGHT), strict=True))
    return x0, y0, x1, y1


def ink_mask(plan: Plan, subject: Subject) -> np.ndarray:
    """Where drawing this subject changes the picture (its figure, limbs and shadow)."""
    without = replace(plan, subjects=tuple(s for s in plan.subjects if s is not subject))
    return np.abs(render(plan) - render(without)).sum(axis=-1) > 60


def ink(plan: Plan, subject: Subject) -> Pixels:
    """The box of the subject's ink."""
    ys, xs = np.nonzero(ink_mask(plan, subject))
    assert xs.size, subject.label
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def still(plan: Plan, noun: str) -> Plan:
    """The same plan with the person's action taken away: it stands with its arms at its sides."""
    entities = tuple(replace(e, action="") if e.noun == noun else e for e in plan.scene.entities)
    return replace(plan, scene=replace(plan.scene, entities=entities))


def centre(subject: Subject) -> float:
    return (subject.box[0] + subject.box[2]) / 2


def reach_toward(plan: Plan, noun: str, target: Subject) -> tuple[float, Pixels]:
    """How far past its standing ink the acting person's ink reaches toward the target, in its box's widths; and
    its standing ink box."""
    who, = person(plan, noun)
    x0, _, x1, _ = pixel_box(who)
    acting, standing = ink(plan, who), ink(still(plan, noun), who)
    past = standing[0] - acting[0] if centre(target) < centre(who) else acting[2] - standing[2]
    return past / (x1 - x0), standing


def test_a_kicker_swings_a_foot_toward_the_ball() -> None:
    plan = plan_of("a soccer player kicking a ball on a green field")
    player, = person(plan, "player")
    ball, = person(plan, "ball")
    past, standing = reach_toward(plan, "player", ball)
    assert past > 0.3  # the foot reaches well past the body toward the ball
    _, y0, _, y1 = pixel_box(player)
    ys, xs = np.nonzero(ink_mask(plan, player))
    beyond = (xs < standing[0]) if centre(ball) < centre(player) else (xs > standing[2])
    assert ys[beyond].min() > y0 + (y1 - y0) * 0.6  # what reaches out is the foot, low, not an arm


def test_a_pointer_holds_an_arm_out_toward_what_it_points_at() -> None:
    plan = plan_of("a man pointing at a map")
    map_, = person(plan, "map")
    assert reach_toward(plan, "man", map_)[0] > 0.5


def test_waving_and_cheering_raise_a_hand_by_the_head() -> None:
    for prompt, noun in (("a girl waving at her friend", "girl"), ("kids cheering at a birthday party", "kid")):
        plan = plan_of(prompt)
        people = person(plan, noun)
        assert people and all(p.figure for p in people), prompt  # whole figures, not the 🙋 bust
        who = people[0]
        x0, y0, x1, y1 = pixel_box(who)
        lifted, standing = ink(plan, who), ink(still(plan, noun), who)
        assert lifted[2] - lifted[0] > standing[2] - standing[0], prompt  # an arm out at the side
        acting = render(plan)[y0: y0 + (y1 - y0) // 3]
        resting = render(still(plan, noun))[y0: y0 + (y1 - y0) // 3]
        changed = np.abs(acting - resting).sum(axis=-1) > 60
        assert changed.sum() > (x1 - x0) * (y1 - y0) * 0.01, prompt  # the hand and forearm are up by the head


def test_a_pourer_pours_a_stream_into_the_cup() -> None:
    plan = plan_of("a woman pouring tea from a teapot into a cup")
    teapot, = person(plan, "teapot")
    cup, = person(plan, "cup")
    stream = np.abs(render(plan) - render(still(plan, "woman"))).sum(axis=-1) > 60
    ys, xs = np.nonzero(stream)
    assert xs.size > 30
    left, right = sorted((centre(teapot), centre(cup)))
    between = (xs >= left * WIDTH) & (xs <= right * WIDTH)
    assert between.mean() > 0.5  # the stream runs from the pot to the cup
    tea = render(plan)[ys, xs]
    assert float((tea[:, 0] - tea[:, 2]).mean()) > 60  # tea-brown


def test_watering_plants_pours_water_over_them() -> None:
    plan = plan_of("a boy watering plants in the garden")
    plants = person(plan, "plant")
    water = np.abs(render(plan) - render(still(plan, "boy"))).sum(axis=-1) > 60
    ys, xs = np.nonzero(water)
    assert xs.size > 30
    drawn = render(plan)[ys, xs]
    assert float((drawn[:, 2] - drawn[:, 0]).mean()) > 40  # water-blue
    nearest = min(plants, key=lambda p: p.box[0])
    assert xs.max() >= nearest.box[0] * WIDTH  # it reaches the plant


def test_people_sitting_at_a_table_sit_on_chairs() -> None:
    plan = plan_of("a family sitting at a table eating dinner")
    table = next(s for s in plan.subjects if s.form == "table" or s.label == "table")
    sitters = [s for s in plan.subjects if s.figure and s.pose != "sitting"]
    assert len(sitters) >= 3
    for sitter in sitters:
        _, y0, _, y1 = pixel_box(sitter)
        sitting, standing = ink(plan, sitter), ink(still(plan, sitter.label), sitter)
        assert sitting[1] > standing[1] + (y1 - y0) * 0.04, sitter.label  # the head lower (a child's a little)
        assert sitting[3] >= y1 - 4, sitter.label  # its feet and the chair's legs still on the floor
        lap_toward_table = sitting[2] > standing[2] if centre(table) > centre(sitter) else sitting[0] < standing[0]
        assert lap_toward_table, sitter.label


def test_people_sitting_on_the_grass_sit_on_the_ground_with_their_legs_out() -> None:
    plan = plan_of("a family sitting on the grass in the park")
    sitters = [s for s in plan.subjects if s.figure]
    assert len(sitters) >= 3
    for sitter in sitters:
        _, y0, _, y1 = pixel_box(sitter)
        sitting, standing = ink(plan, sitter), ink(still(plan, sitter.label), sitter)
        assert sitting[1] > standing[1] + (y1 - y0) * 0.2, sitter.label  # far lower than standing
        assert sitting[2] - sitting[0] > (standing[2] - standing[0]) * 1.6, sitter.label  # the legs out along it


def test_people_named_by_role_are_whole_figures_dressed_for_it() -> None:
    for prompt, noun in (("a chef tossing pizza dough", "chef"), ("a farmer standing in a wheat field", "farmer"),
                         ("a firefighter next to a fire truck", "firefighter")):
        plan = plan_of(prompt)
        who, = person(plan, noun)
        assert who.figure, prompt  # not the head-and-shoulders bust
        x0, y0, x1, y1 = pixel_box(who)
        drawn = ink(plan, who)
        assert drawn[3] - drawn[1] > (y1 - y0) * 0.95, prompt  # head to feet
        assert drawn[1] < y0 - 2, prompt  # the role's hat rises above the head
    chef = plan_of("a chef tossing pizza dough")
    cook, = person(chef, "chef")
    x0, y0, x1, y1 = pixel_box(cook)
    middle = (x0 + x1) // 2
    torso = render(chef)[y0 + (y1 - y0) * 2 // 5: y0 + (y1 - y0) // 2, middle - 2: middle + 3]
    assert torso.min() > 200  # the chef's whites


def test_an_apron_is_worn_over_the_clothes() -> None:
    plan = plan_of("a baker wearing a white apron")
    baker, = person(plan, "baker")
    assert baker.figure
    apron, = person(plan, "apron")
    x0, y0, x1, y1 = pixel_box(baker)
    drawn = ink(plan, apron)
    assert x0 <= drawn[0] and drawn[2] <= x1  # on the baker's front, no apron pictogram beside the baker
    middle, chest = (x0 + x1) // 2, y0 + (y1 - y0) * 11 // 20
    pixels = render(plan)
    assert pixels[chest, middle].min() > 240  # the white apron
    assert pixels[chest, middle].min() - pixels[chest - (y1 - y0) // 12: chest, x0 + (x1 - x0) // 5].min() > 20
