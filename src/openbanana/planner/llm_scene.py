"""The scene graph a language model may fill, as strict JSON: its schema, its validation, and the SceneGraph it gives.

The model fills the same graph the rules read (openbanana.scene): entities with attributes, relations by id,
setting, camera, style, document kind and texts with roles. Everything is checked (pydantic, extra keys forbidden,
ids that exist, texts that are verbatim in the prompt); pictograms are never taken from the model: every noun is
resolved by our own index, people variants and meaning lookup, exactly as for the rules reading.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from openbanana.planner.people import person_noun
from openbanana.planner.rules import extract_texts, read_texts
from openbanana.planner.rules.entities import MAX_COUNT
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.scene.kinds import has_form
from openbanana.planner.rules.vocabulary.attributes import ANIMALS
from openbanana.planner.rules.vocabulary.colors import COLORS
from openbanana.scene import (
    RGB,
    AgeGroup,
    Arrangement,
    Backdrop,
    Camera,
    DocumentKind,
    FontFamily,
    FontWeight,
    Placement,
    Predicate,
    Relation,
    RenderStyle,
    SceneGraph,
    Season,
    Setting,
    SkinTone,
    Terrain,
    TextRole,
    TextSpec,
    TimeOfDay,
    Weather,
)

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")
_STRICT = ConfigDict(extra="forbid", strict=True)

SCHEMA_HELP = """{
  "entities": [{"id": "e1", "noun": "jacket", "count": 1, "color": "#rrggbb or a colour name", "material": "",
                "scale": 1.0, "action": "", "skin_tone": null, "age": null, "hair": "", "arrangement": "auto",
                "modifiers": []}],
  "relations": [{"subject": "e1", "predicate": "on", "object": "e2"}],
  "setting": {"place": "", "indoor": false, "terrain": "none", "backdrop": "none", "time_of_day": null,
              "weather": null, "season": null},
  "camera": "default", "style": "flat", "document": "scene",
  "texts": [{"text": "exact text", "role": "headline", "placement": "auto", "color": null, "weight": "auto",
             "family": "auto", "target": ""}]
}
noun: the singular head noun of one concrete thing to draw ("a lime green jacket" is noun "jacket", color "lime
green"; never an adjective, a place or a style word). predicate: left_of right_of on under in behind in_front_of
next_to above below holding wearing riding near. skin_tone: light medium_light medium medium_dark dark. age: baby
child teen adult elderly. hair: blond red curly white bald. arrangement: auto row grid pile scattered circle stack.
terrain: none grass sand snow road water floor table stone dirt stage space underwater. backdrop: none mountains
hills city forest dunes sea room. time_of_day: dawn morning day afternoon golden_hour sunset dusk night. weather:
clear cloudy overcast rain storm snow fog windy. season: spring summer autumn winter. camera: default close_up wide
top_down isometric low_angle. style: flat watercolor sketch pixel photo poster 3d. document: scene poster menu steps
diagram comic quote social book_cover logo card label. role: headline subtitle label caption cta body section item
price step speech quote attribution title author wordmark tagline. placement: auto top bottom left right center
top_left top_right bottom_left bottom_right. target: the id of the entity a text is on or belongs to."""


def _colour(value: str | None) -> RGB | None:
    if value is None or not value.strip():
        return None
    text = value.strip().lower()
    match = _HEX.match(text)
    if match:
        digits = match.group(1)
        return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
    if text in COLORS:
        return COLORS[text]
    raise ValueError(f"{value!r} is neither #rrggbb nor a colour name")


class LlmEntity(BaseModel):
    model_config = _STRICT
    id: str = Field(min_length=1, max_length=12)
    noun: str = Field(min_length=1, max_length=40)
    count: int = Field(default=1, ge=1, le=1000)
    color: str | None = Field(default=None, max_length=30)
    material: str = Field(default="", max_length=30)
    scale: float = Field(default=1.0, gt=0, le=3)
    action: str = Field(default="", max_length=30)
    skin_tone: SkinTone | None = None
    age: AgeGroup | None = None
    hair: str = Field(default="", max_length=20)
    arrangement: Arrangement = "auto"
    modifiers: list[str] = Field(default_factory=list, max_length=8)

    @field_validator("color")
    @classmethod
    def _known_colour(cls, value: str | None) -> str | None:
        _colour(value)
        return value


class LlmRelation(BaseModel):
    model_config = _STRICT
    subject: str
    predicate: Predicate
    object: str


class LlmSetting(BaseModel):
    model_config = _STRICT
    place: str = Field(default="", max_length=40)
    indoor: bool = False
    terrain: Terrain = "none"
    backdrop: Backdrop = "none"
    time_of_day: TimeOfDay | None = None
    weather: Weather | None = None
    season: Season | None = None


class LlmText(BaseModel):
    model_config = _STRICT
    text: str = Field(min_length=1, max_length=400)
    role: TextRole = "headline"
    placement: Placement = "auto"
    color: str | None = Field(default=None, max_length=30)
    weight: FontWeight = "auto"
    family: FontFamily = "auto"
    target: str = Field(default="", max_length=12)

    @field_validator("color")
    @classmethod
    def _known_colour(cls, value: str | None) -> str | None:
        _colour(value)
        return value


class LlmScene(BaseModel):
    """The scene graph as the model writes it; ids must be unique and every reference must name one."""

    model_config = _STRICT
    entities: list[LlmEntity] = Field(default_factory=list, max_length=24)
    relations: list[LlmRelation] = Field(default_factory=list, max_length=48)
    setting: LlmSetting = Field(default_factory=LlmSetting)
    camera: Camera = "default"
    style: RenderStyle = "flat"
    document: DocumentKind = "scene"
    texts: list[LlmText] = Field(default_factory=list, max_length=24)

    @model_validator(mode="after")
    def _references(self) -> LlmScene:
        ids = [e.id for e in self.entities]
        if len(set(ids)) != len(ids):
            raise ValueError("entity ids repeat")
        for relation in self.relations:
            if relation.subject not in ids or relation.object not in ids:
                raise ValueError(f"relation {relation.subject} {relation.predicate} {relation.object} names an "
                                 "entity that does not exist")
        for text in self.texts:
            if text.target and text.target not in ids:
                raise ValueError(f"text target {text.target!r} names no entity")
        return self


class TextMismatchError(ValueError):
    """The model changed or dropped text the prompt asked for verbatim."""


def scene_from_llm(answer: LlmScene, prompt: str) -> SceneGraph:
    """The validated answer as our SceneGraph: glyphs from our own pictogram lookups, texts checked verbatim."""
    rules_texts, _, _ = read_texts(prompt)
    for text in answer.texts:
        if text.text not in prompt:
            raise TextMismatchError(f"it changed the quoted text ({text.text[:40]!r} is not in the prompt)")
    if answer.texts and not all(_covered(quoted, [t.text for t in answer.texts]) for quoted in extract_texts(prompt)):
        raise TextMismatchError("it left out quoted text")
    rename = {e.id: f"e{n}" for n, e in enumerate(answer.entities, start=1)}
    nouns = {e.id: _noun(e.noun) for e in answer.entities}
    entities = tuple(to_entity(rename[e.id], _draft(e, nouns[e.id])) for e in answer.entities)
    relations = tuple(dict.fromkeys(Relation(rename[r.subject], r.predicate, rename[r.object])
                                    for r in answer.relations if r.subject != r.object))
    texts = tuple(TextSpec(t.text, t.role, t.placement, _colour(t.color), t.weight, t.family,
                           rename.get(t.target, "")) for t in answer.texts) or rules_texts
    s = answer.setting
    setting = Setting(s.place.strip().lower(), s.indoor, s.terrain, s.backdrop, s.time_of_day, s.weather, s.season)
    return SceneGraph(entities=entities, relations=relations, setting=setting, camera=answer.camera,
                      style=answer.style, document=answer.document, texts=texts,
                      unmatched=tuple(dict.fromkeys(e.noun for e in entities
                                                    if e.glyph is None and not has_form(e.noun))))


def _covered(quoted: str, texts: list[str]) -> bool:
    """Whether the texts hold every word of a quoted string, whole or in parts ("Espresso $3" as item and price)."""
    rest = quoted
    for text in sorted(texts, key=len, reverse=True):
        if text and text in rest:
            rest = rest.replace(text, " ", 1)
    return not re.sub(r"[\W_]+", "", rest)


def _noun(noun: str) -> str:
    words = noun.strip().lower().split()
    return " ".join([*words[:-1], noun_lemma(words[-1])]) if words else noun


def _draft(entity: LlmEntity, noun: str) -> Draft:
    colour = _colour(entity.color)
    return Draft(noun=noun, count=min(entity.count, MAX_COUNT), color=colour,
                 color_name=(entity.color or "").strip().lower() if colour else "",
                 material=entity.material.strip().lower(), scale=entity.scale, action=entity.action.strip().lower(),
                 skin_tone=entity.skin_tone, age=entity.age, hair=entity.hair.strip().lower(),
                 arrangement=entity.arrangement, modifiers=[m.strip().lower() for m in entity.modifiers],
                 lookup=noun, person=person_noun(noun) is not None, animal=noun.split()[-1] in ANIMALS)
