"""Where land meets water: people, trees and houses stand on dry ground, boats and swimmers on the water.

A beach's sea and a lake's water stop short of the feet of whatever stands on land, so nothing that walks is drawn
standing in the water. The shoreline is read from the subjects' feet, and a ground colour that cannot be the
terrain's (a blue beach, a purple meadow) is left to the terrain, or to the water it describes.
"""

from __future__ import annotations

import colorsys
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from openbanana.plan import RGB, Subject
from openbanana.scene import Entity, Relation

# What belongs on (or in) the water, by the pictogram's first character: boats, swimmers, water birds, sea life.
AFLOAT = frozenset("⛵🚤🛶🚢⛴🛥🚣🏊🏄🤽🦆🦢🐟🐠🐡🐬🐳🐋🦈🐙🦑🦭🐊🪷🛟🧜🦦🐸🐢🦀🦞🐚🪸🧊")  # 🧊: an iceberg, a floe
# What flies or hangs in the air: it has no feet to put on the ground.
AIRBORNE = frozenset("🪁🎈☁🌙☀⭐🌈✈🚁🛸🚀🦋🐝🐦🕊🦅🦜🦉🪽🎆🎇✨💫🌟🔥⚡🪂🛩")
WATER_MARK = "🌊"  # water named as a thing ("on the lake"): it is the water itself, with no feet on its bank
IN_WATER = frozenset(("swimming", "floating", "sailing", "rowing", "paddling", "surfing", "diving", "bathing",
                      "wading", "kayaking", "canoeing", "snorkeling", "snorkelling"))  # actions done in the water
FAR = 0.25  # feet nearer the horizon than this (a fraction of the ground's height) stand on the far bank
MARGIN = 0.06  # dry ground kept in front of the water, below the nearest standing feet


def stands_on_land(subject: Subject, swimming: Collection[str] = ()) -> bool:
    """Whether the subject has feet that must be on dry ground (not when its entity is one of `swimming`)."""
    if subject.role == "sticker" or not subject.glyph or subject.entity in swimming:
        return False
    first = subject.glyph[0]
    return first not in AFLOAT and first not in AIRBORNE and first != WATER_MARK


@dataclass(frozen=True)
class Footing:
    """Where subjects touch the ground, as depths into it (0 at the horizon, 1 at the front edge)."""

    land: tuple[float, ...] = ()  # the feet of what stands on dry ground
    afloat: float = 0.0  # the nearest base of what floats (a boat, a swimmer): the water reaches past it


NOTHING_STANDS = Footing()


def footing(subjects: Sequence[Subject], horizon: float, swimming: Collection[str] = ()) -> Footing:
    """Where the subjects below the horizon stand: on land, or afloat (boats, swimmers, and the entities in
    `swimming`: a dog swimming in a lake)."""
    if horizon >= 1.0:
        return Footing()
    land, afloat = [], 0.0
    for subject in subjects:
        bottom = subject.box[3]
        if subject.role == "sticker" or not subject.glyph or not horizon < bottom <= 1.0:
            continue
        depth = (bottom - horizon) / (1.0 - horizon)
        if stands_on_land(subject, swimming):
            land.append(depth)
        elif subject.glyph[0] in AFLOAT or subject.entity in swimming:
            afloat = max(afloat, depth)
    return Footing(tuple(land), afloat)


def shoreline(feet: Footing, reach: float, least: float) -> float:
    """How far the water comes toward the eye (a fraction of the ground's height): `reach` when nothing stands
    in front of it, else just short of the nearest standing feet (never less than `least`), and always past
    whatever floats on it."""
    near = [s for s in feet.land if s >= FAR]
    dry = reach if not near else max(least, min(reach, min(near) - MARGIN))
    return dry if feet.afloat <= 0 else min(1.0, max(dry, feet.afloat + MARGIN))


def swimmers(entities: Iterable[Entity], relations: Iterable[Relation] = ()) -> frozenset[str]:
    """The entities whose action puts them in the water, less those something stands or sits "on" (penguins on a
    floating iceberg, a boy on a drifting raft): a thing that carries others rides high, it is not half under."""
    carrying = {relation.object for relation in relations if relation.predicate == "on"}
    return frozenset(entity.id for entity in entities if entity.action in IN_WATER and entity.id not in carrying)


def plausible_ground(terrain: str, color: RGB | None) -> RGB | None:
    """The plan's ground colour when it can be the terrain's (sand is not blue, grass not purple); else None, so
    the terrain's own colour is used."""
    if color is None or terrain not in ("grass", "sand", "dirt", "snow"):
        return color
    hue, lightness, saturation = colorsys.rgb_to_hls(*(c / 255 for c in color))
    degrees = hue * 360
    if terrain == "snow":
        return color if lightness > 0.7 else None
    if saturation < 0.15:
        return color  # greys and browns of any hue read as earth
    if terrain == "grass":
        return color if 40 <= degrees <= 170 else None
    return color if degrees <= 60 or degrees >= 340 else None  # sand and dirt: reds, browns, ochres, yellows
