"""Sea creatures in the sea ("a jellyfish glowing in the dark ocean", "an octopus in the ocean", "a fish swimming in
a lake") are seen under its surface, among their own kind: with the sea's surface as the ground they stood on the
water like boats, a fish upright against the sky. Whales, dolphins and sharks (they show at the surface), boats,
birds that float and people keep the view above the water."""

from __future__ import annotations

from openbanana.planner.rules.scene.kinds import MARINE_SURFACE, SWIMMERS, WATER, is_person
from openbanana.planner.rules.scene.waters import is_wave
from openbanana.planner.rules.setting import SettingReader
from openbanana.planner.rules.vocabulary.settings import PLACES
from openbanana.scene import Entity


def under_the_surface(setting: SettingReader, entities: tuple[Entity, ...]) -> None:
    """The setting made the water's underwater view when what is named in a sea, a lake or a river is all sea life
    below the surface (the water itself, named as a thing, is where they are, not a thing at its surface);
    otherwise left as it is."""
    place = setting.place
    if place is None or place.terrain != "water" or place.indoor or not entities:
        return
    glyphs = [(e.glyph or "").replace("\ufe0f", "") for e in entities if not is_wave(e.glyph)]
    if glyphs and all(g[:1] in SWIMMERS and g[:1] not in MARINE_SURFACE and g[:1] not in WATER and not is_person(g)
           for g in glyphs):
        setting.place = PLACES["underwater"]
