"""What kind of thing an English noun names, from WordNet: the last resort for a noun nothing else knows.

A prompt names many things the pictogram set has no picture of and no everyday stand-in for (a colander, a baobab,
a silo), and the sentence embedding is weakest on exactly such rare words. WordNet's hypernym tree knows them: the
table `assets/reading/noun_kinds.tsv.gz` (built by scripts/build_noun_kinds.py from Princeton WordNet 3.0) gives
each noun the kinds of its first senses, most used first ("florist": a person, then a shop). So an unknown noun
becomes a thing of the right kind, drawn by the pictogram of that kind (`THING_KINDS`: a colander as a spoon) and
sized as it is; a person noun is a person; a thing is never taken for a place because its name is near one.
"""

from __future__ import annotations

import gzip
import logging
from functools import cache
from importlib.resources import files

from openbanana.planner.stand_ins import NOT_KINDS, THING_KINDS

KINDS_FILE = "assets/reading/noun_kinds.tsv.gz"
NO_KIND = "-"  # a sense that names no drawn thing (a message, an act)
PLACE_KINDS = frozenset({"place", "water"})  # kinds a setting can be: a reef, a marsh, a lagoon
BUILDING = "building"  # a thing outside, a place to be in ("in a silo")
FOOD_KINDS = frozenset({"food", "drink", "fruit", "vegetable"})  # one family: coffee names a grinder as much as cake
MIN_PART = 3  # the shortest half of a closed compound ("lawn|mower", "pop|corn")
WORN_KINDS = frozenset({"clothing", "hat", "shoes", "gloves", "jewellery", "fabric or cloth", "bag"})

log = logging.getLogger(__name__)


@cache
def _table() -> dict[str, tuple[str, ...]]:
    try:
        packed = files("openbanana").joinpath(KINDS_FILE).read_bytes()
        lines = gzip.decompress(packed).decode().splitlines()
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        log.warning("nouns by kind are off: %s is unreadable (%s)", KINDS_FILE, exc)
        return {}
    table: dict[str, tuple[str, ...]] = {}
    for line in lines:
        kinds, _, nouns = line.partition("\t")
        sequence = tuple(kinds.split(","))
        table.update(dict.fromkeys(nouns.split("|"), sequence))
    return table


def noun_kinds(noun: str) -> tuple[str, ...]:
    """The kinds of a noun's first senses, most used first (`NO_KIND` for one that is no thing); () if unknown. A
    compound WordNet lacks is its head's ("a copper colander" is a colander)."""
    words = noun.strip().lower().split()
    if not words:
        return ()
    table = _table()
    return table.get(" ".join(words)) or table.get(words[-1]) or _closed_compound(words[-1], table)


def _closed_compound(word: str, table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """A compound written as one word that WordNet spells as two ("lawnmower", "lawn mower"): its two words' kinds,
    so that a thing written closed is not taken for the place its first half names."""
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        kinds = table.get(f"{word[:cut]} {word[cut:]}")
        if kinds:
            return kinds
    return ()


def usual_kind(noun: str) -> str | None:
    """The kind of the noun's usual sense, or None (unknown, or its usual sense names no thing: "a letter" is
    first a message)."""
    kinds = noun_kinds(noun)
    return kinds[0] if kinds and kinds[0] != NO_KIND else None


def is_person_noun(noun: str) -> bool:
    """Whether the noun's usual sense is a person ("a florist", "a cellist", "an angler")."""
    return usual_kind(noun) == "person"


def is_thing_noun(noun: str, *, inside: bool = False) -> bool:
    """Whether the noun's usual sense is a thing, which no place stands for: a thing of any kind but a place or
    water; a building too, unless one is in it (`inside`: "in a silo")."""
    kind = usual_kind(noun)
    return kind is not None and kind not in PLACE_KINDS and not (inside and kind == BUILDING)


def may_be_worn(noun: str) -> bool:
    """Whether a person "in" the thing may wear it: its kind is one worn or carried, or unknown (a boy in a kilt,
    never a boy in a silo)."""
    kind = usual_kind(noun)
    return kind is None or kind in WORN_KINDS


def kind_pictogram(noun: str, modifiers: tuple[str, ...] | list[str] = ()) -> tuple[str, str] | None:
    """(pictogram, what it shows) of the kind of thing the noun names ("colander" → the spoon, a kitchen
    utensil), or None: no kind that a pictogram shows, or a part of a scene (a wall). A kind that a modifier is of
    too gives way to the noun's next sense: a "coffee grinder" is a machine, not the grinder sandwich, since what
    a thing is named after is seldom what it is."""
    if not usual_kind(noun) or noun.strip().lower().split()[-1] in NOT_KINDS:
        return None
    named_after = {_family(usual_kind(m) or "") for m in modifiers} - {""}
    kind = next((k for k in noun_kinds(noun) if k != NO_KIND and _family(k) not in named_after), "")
    return THING_KINDS.get(kind)


def _family(kind: str) -> str:
    return "food" if kind in FOOD_KINDS else kind
