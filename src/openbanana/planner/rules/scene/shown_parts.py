"""Things a host's own pictogram already shows: the candles of a birthday cake (🎂 has them lit on top), the
chopsticks in a bowl of ramen, the syrup on pancakes. Drawn as a second pictogram they stood beside the host ("a
cake with candles" had its candles in a row next to it); drawn by the host, they are where they belong, and the
host's subject says it shows them too (`Subject.also_shows`), as a rider's pictogram shows the horse."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from openbanana.plan import Subject
from openbanana.planner.people import person_noun
from openbanana.planner.rules.scene.kinds import Kind
from openbanana.planner.rules.scene.variants import activity_glyph
from openbanana.scene import Entity, Relation, SceneGraph

# a part's noun (singular) → the host pictograms that show it
SHOWN_BY: dict[str, str] = {
    "candle": "🎂", "frosting": "🎂🧁🍰", "icing": "🎂🧁🍰", "chopstick": "🍜🍱🍣", "chopsticks": "🍜🍱🍣",
    "syrup": "🥞", "maple syrup": "🥞", "butter": "🥞", "ribbon": "🎁", "bow": "🎁", "straw": "🥤🧋🍹",
    "noodle": "🍜", "noodles": "🍜", "broth": "🍜", "sprinkle": "🍩", "sprinkles": "🍩", "cherry": "🍨🍧",
    "strawberry": "🍰", "club": "🏌", "golf club": "🏌",
}
ICED_TOPS = frozenset({"frosting", "icing"})  # what the plain cake form (CAKE) draws on its own top
APART: frozenset[str] = frozenset({"left_of", "right_of", "under", "behind", "in_front_of", "below"})
# How many of a part the host's pictogram draws (🎂 has three candles); asked in another number, the host is drawn
# as a form with none (CAKE) and the parts stand on it as pictograms of their own, so "eight candles" are eight.
SHOWN_COUNTS: dict[str, tuple[str, int]] = {"candle": ("🎂", 3), "strawberry": ("🍰", 1)}
CAKE = Kind("tabletop", 0.5, "front", surface=True, seat=0.3, shape_aspect=1.25, form="cake")


def shown_parts(scene: SceneGraph, glyphs: dict[str, str | None], cakes: Iterable[str] = ()) -> dict[str, str]:
    """{part: host} for each thing that a host in the scene draws as part of its own pictogram, unless the prompt
    puts the two apart ("candles beside the cake" stay two things); `cakes`: hosts drawn as the plain cake form,
    whose iced top is the frosting (a frosting beside it was drawn as an ice cube)."""
    parts: dict[str, str] = {}
    for entity in scene.entities:
        hosts = SHOWN_BY.get(entity.noun.lower(), "")
        host = next((e.id for e in scene.entities if e.id != entity.id and glyphs.get(e.id)
                     and (glyphs.get(e.id) or "").replace("\ufe0f", "") in hosts), None)
        if host is None and entity.noun.lower() in ICED_TOPS:
            host = next(iter(cakes), None)
        apart = any({r.subject, r.object} == {entity.id, host} and r.predicate in APART for r in scene.relations)
        counted = entity.count == SHOWN_COUNTS.get(entity.noun.lower(), ("", entity.count))[1]
        if host is not None and not apart and entity.color is None and counted and not _stood_on(scene, entity, host):
            parts[entity.id] = host
    return parts


def recounted(scene: SceneGraph, glyphs: dict[str, str | None]) -> tuple[SceneGraph, dict[str, Kind]]:
    """The hosts whose pictogram shows a part in another number or colour than asked (a cake for "eight candles",
    "three blue candles"): each as a plain form ({host: its kind}), with the parts put on it if no relation placed
    them."""
    hosts: dict[str, Kind] = {}
    relations = list(scene.relations)
    for entity in scene.entities:
        if entity.noun.lower() not in SHOWN_COUNTS:
            continue
        drawn_by, shown = SHOWN_COUNTS[entity.noun.lower()]
        host = next((e.id for e in scene.entities if e.id != entity.id
                     and (glyphs.get(e.id) or "").replace("\ufe0f", "") == drawn_by), None)
        if host is None or (entity.count == shown and entity.color is None and not _stood_on(scene, entity, host)):
            continue  # a colour the pictogram's own candles cannot take: pictograms of their own, on a cake with none
        hosts[host] = CAKE
        if not any({r.subject, r.object} == {entity.id, host} and r.predicate in ("on", *APART) for r in relations):
            relations = [r for r in relations if {r.subject, r.object} != {entity.id, host}]
            relations.append(Relation(entity.id, "on", host))
    return replace(scene, relations=tuple(relations)), hosts


def _stood_on(scene: SceneGraph, part: Entity, host: str) -> bool:
    """"Three candles burning on a birthday cake": the prompt stands the counted parts on the host, so each is a
    pictogram of its own there, to be seen and counted; the 🎂's three lit candles were one thing, not three. "A
    birthday cake with three candles" keeps the pictogram's own, and one strawberry on top of a slice is 🍰's."""
    return part.count > 1 and any(r.subject == part.id and r.object == host and r.predicate == "on"
                                  for r in scene.relations)


def activities(scene: SceneGraph, glyphs: dict[str, str | None]) -> tuple[dict[str, str], dict[str, str]]:
    """({activity: person}, {person: pictogram}) for an activity the reading took for a thing ("a woman doing
    yoga": yoga, 🧘) beside a person with no action of their own: the person is drawn in its pose, one figure, not
    a second person in lotus pose beside a standing woman."""
    parts: dict[str, str] = {}
    posed: dict[str, str] = {}
    for entity in scene.entities:
        glyph = glyphs.get(entity.id)
        if not glyph or person_noun(entity.noun) is not None:
            continue
        doer = next((e for e in scene.entities if e.id not in posed and not e.action and glyphs.get(e.id)
                     and person_noun(e.noun) is not None and e.count == 1), None)
        shown = activity_glyph(doer, glyphs[doer.id] or "", glyph) if doer is not None else None
        if doer is not None and shown is not None:
            parts[entity.id], posed[doer.id] = doer.id, shown
        elif entity.stand_in:  # "a woman running a marathon": the runner standing in for it is the woman herself
            doing = {r.subject for r in scene.relations if r.object == entity.id and r.predicate == "near"}
            doer = next((e for e in scene.entities if e.id in doing and e.action and person_noun(e.noun) is not None
                         and _pose(glyphs.get(e.id)) == _pose(glyph)), None)
            if doer is not None:
                parts[entity.id] = doer.id
    return parts, posed


def _pose(glyph: str | None) -> str:
    """A person pictogram's pose, whoever does it: 🏃🏽‍♀️ and 🏃 are one pose."""
    first = (glyph or "").replace("\ufe0f", "").split("\u200d")[0]
    return "".join(c for c in first if not 0x1F3FB <= ord(c) <= 0x1F3FF)


def redirected(scene: SceneGraph, parts: dict[str, str], ground: frozenset[str] = frozenset()) -> SceneGraph:
    """The graph as laid out: a relation to a part is a relation to its host ("blowing out the candles": the cake);
    one between a part and its own host says nothing more, nor does one that puts a thing on the `ground` the world
    draws (a table top seen from above)."""
    relations = [Relation(parts.get(r.subject, r.subject), r.predicate, parts.get(r.object, r.object))
                 for r in scene.relations if not (r.predicate == "on" and r.object in ground)]
    return replace(scene, relations=tuple(dict.fromkeys(r for r in relations if r.subject != r.object)))


def showing_parts(subjects: Sequence[Subject], parts: dict[str, str]) -> tuple[Subject, ...]:
    """Each host's subjects name the parts their pictogram shows."""
    shows: dict[str, tuple[str, ...]] = {}
    for part, host in parts.items():
        shows[host] = (*shows.get(host, ()), part)
    return tuple(replace(s, also_shows=(*s.also_shows, *shows[s.entity])) if s.entity in shows else s
                 for s in subjects)
