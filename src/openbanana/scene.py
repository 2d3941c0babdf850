"""The scene graph: what a prompt asks for, read before anything is placed.

Every planner backend (the offline rules, a language model) fills the same typed graph; the composer then places
it on the canvas as a Plan. Modifiers live on the entity they describe ("a lime green jacket" is one jacket whose
colour is lime green), so nothing is ever drawn from an adjective alone. Plain frozen dataclasses, JSON-serialisable
with `dataclasses.asdict`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

RGB = tuple[int, int, int]

RenderStyle = Literal["flat", "watercolor", "sketch", "pixel", "photo", "poster", "3d"]
TimeOfDay = Literal["dawn", "morning", "day", "afternoon", "golden_hour", "sunset", "dusk", "night"]
Weather = Literal["clear", "cloudy", "overcast", "rain", "storm", "snow", "fog", "windy"]
Season = Literal["spring", "summer", "autumn", "winter"]
Camera = Literal["default", "close_up", "wide", "top_down", "isometric", "low_angle"]
# What the picture stands on: nothing, land of some kind, a room's floor or a table top, water, or no ground at all.
Terrain = Literal["none", "grass", "sand", "snow", "road", "water", "floor", "table", "stone", "dirt", "stage", "space",
                  "underwater"]
# What closes the view behind the subjects.
Backdrop = Literal["none", "mountains", "hills", "city", "forest", "dunes", "sea", "room"]
Predicate = Literal["left_of", "right_of", "on", "under", "in", "behind", "in_front_of", "next_to", "above", "below",
                    "holding", "wearing", "riding", "near"]
Arrangement = Literal["auto", "row", "grid", "pile", "scattered", "circle", "stack"]
SkinTone = Literal["light", "medium_light", "medium", "medium_dark", "dark"]
AgeGroup = Literal["baby", "child", "teen", "adult", "elderly"]
# What kind of picture was asked for: a scene, or a document whose layout template places the text.
DocumentKind = Literal["scene", "poster", "menu", "steps", "diagram", "comic", "quote", "social", "book_cover", "logo",
                       "card", "label"]
TextRole = Literal["headline", "subtitle", "label", "caption", "cta", "body", "section", "item", "price", "step",
                   "speech", "quote", "attribution", "title", "author", "wordmark", "tagline",
                   "number"]  # number: a figure set big (a "big number", a statistic) or a layout's ordinal
Placement = Literal["auto", "top", "bottom", "left", "right", "center", "top_left", "top_right", "bottom_left",
                    "bottom_right"]
FontWeight = Literal["auto", "light", "regular", "bold"]
FontFamily = Literal["auto", "sans", "serif", "display", "script", "mono", "rounded", "condensed"]


@dataclass(frozen=True)
class Entity:
    """One thing the prompt names, with every word bound to it."""

    id: str  # "e1", "e2", …: what relations, text targets and drawn subjects refer to
    noun: str  # the head noun, singular, as the prompt wrote it: "jacket", "fire truck"
    glyph: str | None  # the pictogram that draws it; None: nothing fits (the notes and the answer say so)
    stand_in: str = ""  # when the glyph is the nearest meaning rather than the thing: what it shows ("canoe")
    count: int = 1
    color: RGB | None = None
    color_name: str = ""
    material: str = ""  # "paper", "wooden", "gold", "glass", …
    scale: float = 1.0  # size words: tiny 0.5, small 0.75, big 1.35, huge 1.7
    action: str = ""  # "sleeping", "running", "reading", …
    skin_tone: SkinTone | None = None
    age: AgeGroup | None = None
    hair: str = ""  # as described: "curly red", "short afro", "long blonde braids", "man bun", "bald"
    arrangement: Arrangement = "auto"
    modifiers: tuple[str, ...] = ()  # other words bound to the head, kept for the thoughts ("vintage", "fire")


def next_entity_number(entities: Iterable[Entity]) -> int:
    """The number for the next "e<n>" id: one past the highest, so a thing added after others were dropped never
    takes the id of one still there."""
    return max((int(e.id[1:]) for e in entities if e.id[1:].isdigit()), default=0) + 1


@dataclass(frozen=True)
class Relation:
    """`subject` stands in `predicate` to `object` (entity ids): e1 on e2, e3 left_of e2, e4 wearing e5."""

    subject: str
    predicate: Predicate
    object: str


@dataclass(frozen=True)
class Setting:
    place: str = ""  # "kitchen", "beach", "forest", "city street", "space", …
    indoor: bool = False
    terrain: Terrain = "none"
    backdrop: Backdrop = "none"
    time_of_day: TimeOfDay | None = None
    weather: Weather | None = None
    season: Season | None = None
    asked_place: str = ""  # the place the prompt named, where it is drawn as the nearest known one ("pantry")


@dataclass(frozen=True)
class TextSpec:
    """A string the picture must show, exactly, in the role and place the prompt gave it."""

    text: str
    role: TextRole = "headline"
    placement: Placement = "auto"
    color: RGB | None = None
    weight: FontWeight = "auto"
    family: FontFamily = "auto"
    target: str = ""  # the entity it belongs to: a part's label, a speaker's bubble, the sign or button it is on


@dataclass(frozen=True)
class SceneGraph:
    """The planner's reading of a prompt, from rules or from a language model: the same graph either way."""

    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    setting: Setting = Setting()
    camera: Camera = "default"
    style: RenderStyle = "flat"
    document: DocumentKind = "scene"
    texts: tuple[TextSpec, ...] = ()
    unmatched: tuple[str, ...] = ()  # things the prompt names that no pictogram could draw, even by meaning

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)
