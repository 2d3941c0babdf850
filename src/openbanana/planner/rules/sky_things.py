"""Stars and clouds named as the sky's things, drawn as things: "a tent under a starry sky", "sheep grazing under
grey clouds", "a lighthouse beneath dark storm clouds".

The setting reader takes such words for the time and the weather (night, overcast), which they also are, so the
stars or the clouds asked for were left to whatever the world paints for that sky, and a colour said of the clouds
("grey", "pink") was said of nothing. Here they are also an entity of a few copies, in the colour said, above the
thing they are over (landmarks.standing: after a verb the clause's first thing, else the one named last before).
Stars or clouds the reader already made a thing of are left as they are."""

from __future__ import annotations

import re

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.planner.rules.landmarks import HANDLED, standing
from openbanana.planner.rules.vocabulary.colors import COLORS
from openbanana.scene import Entity, Relation, next_entity_number

COPIES = 3  # "stars", "clouds": a few, as a bare plural is read elsewhere
STARRY = r"\b(?:starry|starlit|star-filled|star filled|star-studded) (?:night )?(?:sky|skies)\b"
CLOUDS = r"\b((?:[a-z-]+ ){0,2})clouds\b(?! of\b)"  # "clouds of steam" are steam
# what the sky thing is over, or what is over it ("a plane flying above the clouds"), is named before it
UNDER_IT = r"\b(?:under|beneath|below|underneath)\s+(?:(?:a|an|the)\s+)?$"
OVER_IT = r"\b(?:above|over)\s+(?:(?:a|an|the)\s+)?$"
NOT_DESCRIBING = frozenset({"a", "an", "the", "above", "over", "under", "beneath", "below", "underneath", "of", "in",
                            "with", "and", "through", "into", "among", "between", "behind", "at", "on", "from"})


def sky_things(entities: tuple[Entity, ...], relations: tuple[Relation, ...],
               prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with the stars of a starry sky and clouds the prompt names made things, above what is under
    them."""
    lowered = prose.lower()
    held = {r.object for r in relations if r.predicate in HANDLED}
    nouns = {e.noun for e in entities}
    added: list[Entity] = []
    related: list[Relation] = []
    for noun, found in (("star", re.search(STARRY, lowered)), ("cloud", re.search(CLOUDS, lowered))):
        if found is None or noun in nouns:
            continue
        said = found.group(1).split() if found.groups() else []
        cut = max((i + 1 for i, w in enumerate(said) if w in NOT_DESCRIBING), default=0)
        words = said[cut:]  # "above the clouds": no describing word
        start = found.start() + sum(len(w) + 1 for w in said[:cut])  # where the sky thing's own words begin
        tint = next((w for w in words if w in COLORS), "")
        thing = to_entity(f"e{next_entity_number((*entities, *added))}",
                          Draft(noun=noun, count=COPIES, color=COLORS.get(tint), color_name=tint,
                                modifiers=[w for w in words if w != tint]))
        if thing.glyph is None:
            continue
        added.append(thing)
        under = standing(entities, held, lowered, start)
        if re.search(UNDER_IT, lowered[:start]):
            related += [Relation(thing.id, "above", s) for s in under]
        elif re.search(OVER_IT, lowered[:start]):
            related += [Relation(s, "above", thing.id) for s in under]
    return entities + tuple(added), relations + tuple(related)
