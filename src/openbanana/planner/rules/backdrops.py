"""A place named as what stands behind the scene is its far view: "a fox in a snowy field, pine forest in the
background", "a deer in a clearing surrounded by tall pines", "a picnic with the city behind", "a horse against a
forest backdrop", "a campfire on a beach, tents among the trees behind", "a climber high above a forest"; the sea
a scene is by or above ("yoga on a mat by the ocean", "a highway beside the sea"). The first place had set the view
(a field's hills), and a place named only as a modifier or a filler ("pine forest" is pines) had left it; the view
asked for wins over the one a place brings."""

from __future__ import annotations

import re

from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.setting import SettingReader
from openbanana.planner.rules.vocabulary.settings import PLACES
from openbanana.scene import Backdrop

BEHIND_SCENE = re.compile(
    r"\b([a-z]+) in the (?:background|distance)"
    r"|\bagainst (?:a |an |the )?(?:[a-z-]+ )?([a-z]+) (?:backdrop|background)\b"
    r"|\b(?:surrounded|ringed|encircled) by (?:[a-z-]+ ){0,2}?(pines|trees|firs|woods|forest|jungle|skyscrapers)\b"
    r"|\b(?:among|amongst|in|between) the (?:[a-z-]+ )?(pines|trees|firs|birches) (?:behind|beyond)\b"  # tents
    r"|\b(?:high |far )?(?:above|over) (?:a |an |the )?(?:[a-z-]+ )?(forest|woods|woodland|jungle|valley)\b"
    r"|\b([a-z]+) (?:rising |looming )?behind (?:them|him|her|it|us)\b"  # "pine trees behind it" are trees near
    r"|\bwith (?:a |an |the )?(?:[a-z-]+ )?([a-z]+) (?:behind|beyond)\b"  # it; "the city behind" is the view
    r"|\b(?:by|beside|alongside|along|next to|above|overlooking|facing) the (sea|ocean)\b")  # the sea beyond
NEAR_TOO = 4  # the groups from here on name a place only: trees behind a thing stand near it, no forest beyond
TREES = frozenset({"pines", "trees", "firs", "pine", "tree", "fir"})  # many trees round a place are a forest
TOWERS = frozenset({"skyscrapers", "skyscraper", "towers"})
SEAS = frozenset({"sea", "ocean", "seas", "waves"})
FAR_VIEWS: dict[str, Backdrop] = {view: view for view in ("mountains", "hills", "city", "forest", "dunes", "sea")}


def backdrop_asked(setting: SettingReader, prose: str) -> None:
    """Set the view to the place the prose names behind the scene, where the scene is outdoors."""
    if setting.place is not None and setting.place.indoor:
        return
    for found in BEHIND_SCENE.finditer(prose.lower()):
        group, word = next((n, w) for n, w in enumerate(found.groups()) if w)
        name = word if group >= NEAR_TOO else "forest" if word in TREES else "city" if word in TOWERS else word
        place = PLACES.get(name) or PLACES.get(noun_lemma(name))
        view = "sea" if name in SEAS else place.backdrop if place else ""
        if view in FAR_VIEWS:
            setting.view = FAR_VIEWS[view]
            return
