"""Whether a noun names a thing worn: one of the worn words, or a compound whose last word is one ("a party hat",
"a cowboy hat", "rain boots", "a bow tie"), so "a dinosaur in a party hat" wears it as "a fox in a hat" does.

A few worn words end compounds that are no garment ("a boxing ring", "a tank top" aside: "a spinning top", "wine
glasses", "a conveyor belt"), so those heads count only alone. Eyewear is only ever worn on a face: a thing "with
sunglasses" is a character wearing them, not a thing beside a pair.
"""

from __future__ import annotations

from openbanana.planner.rules.vocabulary.attributes import WEARABLES

# Worn words that end compounds naming other things: worn only when named alone.
ALONE_ONLY = frozenset({"ring", "top", "belt", "collar", "watch", "bow", "glasses", "bonnet", "crown"})
EYEWEAR = frozenset({"sunglasses", "glasses", "goggles", "monocle", "eyepatch"})


def wearable(noun: str) -> bool:
    """The noun (as read, lower case) is worn: a worn word, or a compound headed by one."""
    if noun in WEARABLES:
        return True
    words = noun.split()
    return len(words) > 1 and words[-1] in WEARABLES - ALONE_ONLY


def eyewear(noun: str) -> bool:
    """The noun names glasses of some kind ("sunglasses", "heart-shaped glasses" read as "glasses")."""
    return noun.split()[-1] in EYEWEAR if noun else False
