"""What a whole figure does with its arms and legs, read from its person's action, not from the prompt's words.

A person the scene graph has waving, cheering, pointing, throwing, kicking or pouring is drawn in that gesture (an
arm raised beside the head, both arms up, an arm held out toward what it points at, a foot swung at the ball, a
stream falling from what it pours into the cup below); a person sitting with no seat under it sits on a chair at a
table or indoors, and on the ground outdoors. The figure code (`figures.py`) draws the limbs; this module decides
the gesture, which way it aims, and draws the poured stream, which belongs to the scene rather than the figure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from PIL import Image, ImageDraw

from openbanana.geometry import overlaps, widened
from openbanana.plan import RGB, Subject
from openbanana.scene import Entity, Relation

Gesture = Literal["", "wave", "cheer", "point", "throw", "kick", "pour"]
Seat = Literal["", "chair", "ground"]
Sits = Literal["", "seat", "chair", "ground"]  # a figure's seat: the plan's, a chair drawn with it, the ground
GESTURES: dict[str, Gesture] = {
    "waving": "wave", "greeting": "wave", "hailing": "wave", "saying hello": "wave", "saying goodbye": "wave",
    "cheering": "cheer", "celebrating": "cheer", "jumping": "cheer", "rejoicing": "cheer",
    "pointing": "point", "showing": "point", "presenting": "point", "teaching": "point",
    "throwing": "throw", "tossing": "throw", "pitching": "throw",
    "kicking": "kick", "pouring": "pour", "watering": "pour",
}
SITTING = frozenset({"sitting", "seated"})
TABLES = frozenset({"table", "desk", "counter", "workbench", "bar"})
# What falls from the thing poured from (by its pictogram), else water.
STREAMS: dict[str, RGB] = {"🫖": (176, 104, 44), "☕": (120, 72, 40), "🍵": (150, 170, 80), "🍶": (240, 240, 230),
                           "🥛": (250, 250, 245), "🍷": (140, 20, 50), "🍾": (240, 210, 120), "🧃": (250, 170, 60)}
WATER: RGB = (120, 180, 235)
POURED_FROM = frozenset({"watering can", "teapot", "kettle", "jug", "pitcher", "bottle", "coffee pot"})
POURED_INTO = ("in", "on", "next_to", "near")  # what a pouring person's stream may fall into, nearest first


@dataclass(frozen=True)
class Act:
    """A figure's gesture and where it is aimed: `aim` +1 toward its right in the canvas, -1 its left; `seat`:
    what a person sitting with no seat in the plan sits on."""

    gesture: Gesture = ""
    aim: int = 1
    seat: Seat = ""


STILL = Act()


def gesture_of(action: str) -> Gesture:
    return GESTURES.get(action.lower().strip(), "")


def acts(entities: Sequence[Entity], relations: Sequence[Relation], subjects: Sequence[Subject],
         indoors: bool) -> dict[str, Act]:
    """Each acting person's gesture (by entity id), aimed at what the action is about (the thing kicked, pointed
    at, waved to) or else toward the canvas middle; a sitting person the plan left standing gets a seat."""
    drawn = {s.entity: s for s in subjects if s.entity}
    tables = {s.entity for s in subjects if s.form in TABLES or s.label in TABLES}
    out: dict[str, Act] = {}
    for entity in entities:
        me = drawn.get(entity.id)
        if me is None or not me.figure:
            continue
        gesture = gesture_of(entity.action)
        seat: Seat = ""
        if entity.action.lower().strip() in SITTING and me.pose != "sitting":
            near_table = any(r.subject == entity.id and r.object in tables for r in relations)
            seat = "chair" if near_table or indoors else "ground"
        if not gesture and not seat:
            continue
        target = next((drawn[r.object] for r in relations if r.subject == entity.id and r.object in drawn
                       and r.object != entity.id), None)
        centre = (me.box[0] + me.box[2]) / 2
        goal = (target.box[0] + target.box[2]) / 2 if target is not None else 0.5
        aim = 1 if goal >= centre else -1
        out[entity.id] = Act(gesture, -aim if me.flip else aim, seat)
    return out


def pour_stream(canvas: Image.Image, source: Subject, subjects: Sequence[Subject], relations: Sequence[Relation],
                pourer: str) -> bool:
    """A stream falling from the poured thing's low front corner into the vessel below it (the thing the prompt
    pours into, else the nearest other thing); False when there is nothing to pour into."""
    size = canvas.size
    vessels = [s for s in subjects if s.entity and s.entity not in (pourer, source.entity) and not s.figure]
    named = {r.subject for r in relations if r.object == pourer and r.predicate in POURED_INTO}
    named |= {r.object for r in relations if r.subject == source.entity and r.predicate in POURED_INTO}
    if not vessels:
        return False
    sx = (source.box[0] + source.box[2]) / 2
    vessel = min(vessels, key=lambda s: (s.entity not in named, abs((s.box[0] + s.box[2]) / 2 - sx)))
    vx = (vessel.box[0] + vessel.box[2]) / 2
    toward = 1 if vx >= sx else -1
    lip_x = (source.box[2] if toward > 0 else source.box[0]) * size[0]
    lip_y = (source.box[1] + (source.box[3] - source.box[1]) * 0.45) * size[1]
    end_x, end_y = vx * size[0], (vessel.box[1] + (vessel.box[3] - vessel.box[1]) * 0.15) * size[1]
    if end_y <= lip_y:
        end_y = lip_y + (source.box[3] - source.box[1]) * size[1]
    colour = STREAMS.get((source.glyph or " ")[0], WATER)
    width = max(3, round((source.box[3] - source.box[1]) * size[1] * 0.14))
    points = [(lip_x + (end_x - lip_x) * (1 - (1 - t) ** 2), lip_y + (end_y - lip_y) * t)
              for t in (i / 10 for i in range(11))]  # leaves the lip sideways, then falls
    ImageDraw.Draw(canvas).line(points, fill=colour, width=width, joint="curve")
    return True


def draw_streams(canvas: Image.Image, entities: Sequence[Entity], relations: Sequence[Relation],
                 subjects: Sequence[Subject], holding: Mapping[str, str]) -> None:
    """The stream each pouring person pours from the thing it holds (or the tool the composer put in its hand,
    a watering can), over everything drawn."""
    for entity in entities:
        if gesture_of(entity.action) != "pour":
            continue
        held = holding.get(entity.id)
        source = next((s for s in subjects if held and s.entity == held), None)
        me = next((s for s in subjects if s.entity == entity.id), None)
        if source is None and me is not None:
            tools = [s for s in subjects if not s.entity and s.label in POURED_FROM and _touches(s, me)]
            source = tools[0] if tools else None
        if source is not None:
            pour_stream(canvas, source, subjects, relations, entity.id)


def _touches(thing: Subject, person: Subject) -> bool:
    """Whether the thing's box meets the person's box widened by half its width (it is at the person's hand)."""
    return overlaps(thing.box, widened(person.box, (person.box[2] - person.box[0]) / 2))
