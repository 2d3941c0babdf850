"""Whether a noun names a thing worn: one of the worn words, or a compound whose last word is one ("a party hat",
"a cowboy hat", "rain boots", "a bow tie"), so "a dinosaur in a party hat" wears it as "a fox in a hat" does.

A few worn words end compounds that are no garment ("a boxing ring", "a tank top" aside: "a spinning top", "wine
glasses", "a conveyor belt"), so those heads count only alone. Eyewear is only ever worn on a face: a thing "with
sunglasses" is a character wearing them, not a thing beside a pair. A worn word after a word that makes it another
thing ("a bottle cap", "a hub cap", "an ice cap") names no garment: "a ladybug in a bottle cap" sits in it.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.vocabulary.attributes import WEARABLES

# Worn words that end compounds naming other things: worn only when named alone.
ALONE_ONLY = frozenset({"ring", "top", "belt", "collar", "watch", "bow", "glasses", "bonnet", "crown"})
# Words that, before a worn word read as its modifier, make it a thing no one wears: a cap on a bottle or a
# lens, a ring of rope or of a tree, the cap of ice on a pole or of a mushroom.
NOT_WORN_BEFORE = frozenset({"bottle", "jar", "lens", "hub", "pen", "ice", "polar", "snow", "mushroom", "boxing",
                             "circus", "wrestling", "key", "onion", "tree", "fairy", "napkin", "shower"})
EYEWEAR = frozenset({"sunglasses", "glasses", "goggles", "monocle", "eyepatch"})


def wearable(noun: str) -> bool:
    """The noun (as read, lower case) is worn: a worn word, or a compound headed by one."""
    if noun in WEARABLES:
        return True
    words = noun.split()
    return len(words) > 1 and words[-1] in WEARABLES - ALONE_ONLY


def worn_with(noun: str, modifiers: Sequence[str]) -> bool:
    """The noun, with the modifiers read before it, is worn: "a baseball cap" is, "a bottle cap" is not."""
    return wearable(noun) and not NOT_WORN_BEFORE & set(modifiers[-1:])


def eyewear(noun: str) -> bool:
    """The noun names glasses of some kind ("sunglasses", "heart-shaped glasses" read as "glasses")."""
    return noun.split()[-1] in EYEWEAR if noun else False


def worn_list_ends(list_predicate: str | None, nouns: Sequence[str], after_comma: bool) -> bool:
    """A thing after a comma that follows what is worn, and that no one wears ("wearing a bib, a bowl of spaghetti on
    the tray"), starts a new subject: it is not one more garment."""
    return list_predicate == "wearing" and after_comma and bool(nouns) and not any(wearable(n) for n in nouns)
