"""What goes "over" or "across" a bridge goes along its deck: "a tram rattling over a cobblestone bridge", "a steam
locomotive thundering across a viaduct" and "riding a horse across a drawbridge" are on it. Read as the word alone
says, the tram hung in the air above the bridge and the locomotive stood anywhere near the viaduct.

Only a doer that travels on the ground does so: a person, a vehicle or a walking animal, moved by a verb. What
flies, floats, hangs or rises over a bridge stays above it ("gulls circling over the bridge", "a moon rising over
the bridge"), and so does a bird or an insect, or what no verb moves ("a rainbow over the bridge").
"""

from __future__ import annotations

from typing import Protocol

from openbanana.planner.noun_kinds import noun_kinds
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.grammar import Item, NounPhrase
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.reading_state import Reading

BRIDGES = frozenset({"bridge", "footbridge", "drawbridge", "viaduct", "overpass", "aqueduct"})
CROSSING_WORDS = frozenset({"over", "across"})
# Verbs of what passes over a bridge in the air, or stands above it: it stays above.
AIRBORNE = frozenset({"fly", "soar", "hover", "float", "circle", "glide", "wheel", "swoop", "drift", "flutter", "hang",
                      "dangle", "swing", "rise", "set", "shine", "glow", "loom", "tower", "arc", "burst", "explode",
                      "jump", "leap", "hop", "vault", "stretch", "span", "lean", "bend", "peer", "look", "gaze",
                      "throw", "toss", "fling", "hurl", "lob", "kick", "cast", "launch"})  # sent through the air
FLIERS = frozenset({"bird", "insect"})  # by the first sense: what walks is an animal of another kind
TRAINS = frozenset({"train", "locomotive", "engine", "steam train", "freight train"})  # vehicles no sense calls a car


class Crossing(Protocol):
    """What the reader knows when it meets the preposition."""

    out: Reading
    subject: list[int]  # the doers
    verb: str  # the verb's lemma, or "" once its object was read
    object_verb: str  # the verb whose object the last phrase is ("riding a horse across …")
    upcoming: list[Item]  # the items after the preposition


def crossing(word: str, state: Crossing) -> str | None:
    """"on" when `word` ("over", "across") after a verb takes a bridge named next and every one of the doers
    travels on the ground; None otherwise (the preposition keeps its reading)."""
    verb = state.verb or state.object_verb
    if word not in CROSSING_WORDS or not verb or verb in AIRBORNE or not state.subject:
        return None
    phrase = next((item for item in state.upcoming if isinstance(item, NounPhrase)), None)
    if phrase is None or noun_lemma(phrase.head.word).split()[-1] not in BRIDGES:
        return None
    return "on" if all(_on_the_ground(state.out.drafts[i]) for i in state.subject) else None


def _on_the_ground(doer: Draft) -> bool:
    """A person, a vehicle (by its first two senses, or a train) or an animal that is no bird or insect."""
    return doer.person or travels_on_the_ground(doer.noun, animal=doer.animal)


def travels_on_the_ground(noun: str, animal: bool = False) -> bool:
    """A person or a vehicle (by its first two senses, or a train), or an animal (`animal`, or by its first sense)
    that is no bird or insect."""
    name = noun_lemma(noun)
    kinds = noun_kinds(name)[:2]
    vehicle = "car" in kinds or name in TRAINS or name.split()[-1] in TRAINS
    return kinds[:1] == ("person",) or vehicle or ((animal or kinds[:1] == ("animal",)) and not set(kinds[:1]) & FLIERS)
