"""Sea creatures in the sea ("a jellyfish glowing in the dark ocean", "an octopus in the ocean", "a fish swimming in
a lake") are seen under its surface, among their own kind: with the sea's surface as the ground they stood on the
water like boats, a fish upright against the sky. Whales, dolphins and sharks (they show at the surface), boats,
birds that float and people keep the view above the water. The place's own water named as a thing ("a school of fish
swimming in the sea": named_waters' wave) is that ground, not a creature: under the surface it is the whole picture,
so its wave and what is said to be in it give way to the underwater view."""

from __future__ import annotations

from openbanana.planner.rules.scene.kinds import MARINE_SURFACE, SWIMMERS, WATER, is_person
from openbanana.planner.rules.scene.waters import is_wave
from openbanana.planner.rules.setting import SettingReader
from openbanana.planner.rules.vocabulary.settings import PLACES
from openbanana.scene import Entity, Relation


def under_the_surface(setting: SettingReader, entities: tuple[Entity, ...],
                      relations: tuple[Relation, ...]) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The setting made the water's underwater view when what is named in a sea, a lake or a river is all sea life
    below the surface (the place's own wave dropped with its relations); otherwise everything left as it is."""
    place = setting.place
    if place is None or place.terrain != "water" or place.indoor:
        return entities, relations
    ground = {e.id for e in entities if is_wave(e.glyph) and e.noun == place.name}
    lives = [e for e in entities if e.id not in ground]
    glyphs = [(e.glyph or "").replace("\ufe0f", "") for e in lives]
    if not lives or not all(g[:1] in SWIMMERS and g[:1] not in MARINE_SURFACE and g[:1] not in WATER
                            and not is_person(g) for g in glyphs):
        return entities, relations
    setting.place = PLACES["underwater"]
    return tuple(lives), tuple(r for r in relations if not {r.subject, r.object} & ground)
