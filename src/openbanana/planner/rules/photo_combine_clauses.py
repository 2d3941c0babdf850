"""The reader of a clause that combines photos ("put the cat next to the coffee", "add the clock from the second photo
in the top left corner"): which photo's subject goes where in the first."""

from __future__ import annotations

import re

from openbanana.plan import PhotoEdit
from openbanana.planner.rules.photo_words import (
    BESIDE,
    PHOTO_WORDS,
    WHO,
    clean_target,
    placement_in,
)
from openbanana.planner.rules.vocabulary.photo import (
    ORDINALS,
)


def read_combine(clause: str, count: int) -> list[PhotoEdit] | None:
    if count < 2 or re.search(r"\b(?:collage|grid|side by side|next to each other|tile)\b", clause):
        return None
    ordinal = ORDINAL_WORDS
    other_sky = sky_from_photo(clause, count)
    if other_sky is not None:  # "use the sky from the second photo": its sky, not a thing in it
        return [PhotoEdit("combine", target="the sky", reference=other_sky, request=clause)]
    taken = re.search(rf"\b(?:put|place|add|insert|paste|move|bring|take|park|stand|sit|drop|hang|mount|stick|pin|"
                      rf"lay|scatter|sprinkle|spread|strew|set|perch|rest|prop|lean|seat|plant)\s+"
                      rf"(.+?)\s+from\s+(?:the |my )?({ordinal})\s+"
                      rf"{PHOTO_WORDS}s?\b(.*)$", clause)
    if taken:
        index = _ordinal(taken.group(2), count)
        destination = re.sub(rf"\s*\b(?:in|into|of|on)\s+(?:the\s+)?(?:first|1st|this|main)\s*{PHOTO_WORDS}?\s*$",
                             "", taken.group(3)).strip()
        placement, _ = placement_in(destination)
        return [PhotoEdit("combine", target=clean_target(taken.group(1)), reference=index, placement=placement,
                          destination=destination, request=clause)]
    into = re.search(rf"\b(?:put|place|add|insert|paste)\s+({WHO}|the [a-z]+)\s+(?:in|into|onto)\s+"
                     rf"(?:the |this |my )?(?:first|1st|other|this)?\s*{PHOTO_WORDS}\b", clause)
    if into:
        return [PhotoEdit("combine", target=into.group(1), reference=1, request=clause)]
    moved = re.search(rf"\b(?:put|place|move|set|sit|stand|park|hang|mount)\s+(the [a-z]+(?: [a-z]+)?|him|her|them|"
                      rf"me|us)\s+"
                      rf"(?:(?:standing|sitting|lying|floating|walking|posing)\s+)?({BESIDE}\b.*)$", clause)
    if moved:  # "put the cat next to the coffee": the thing is in another photo than the place
        target, destination = moved.group(1), moved.group(2)
        having = re.match(rf"with\s+(.+?)\s+((?!with\b){BESIDE}\b.*)$", destination)
        if having:  # "the man with the camera by the lake": "with …" tells which man; the place comes after it
            target, destination = f"{target} with {having.group(1)}", having.group(2)
        placement, _ = placement_in(destination)
        return [PhotoEdit("combine", target=target, reference=1, placement=placement, destination=destination,
                          request=clause)]
    if re.search(r"\b(?:combine|merge|blend|composite|join)\b", clause):  # every other photo's subject, in turn
        return [PhotoEdit("combine", target="", reference=index, request=clause) for index in range(1, count)]
    return None


ORDINAL_WORDS = "|".join(ORDINALS) + "|last|2|3"


def sky_from_photo(clause: str, count: int) -> int | None:
    """The index of the other photo whose sky the clause asks for ("the sky from the second photo", "replace the sky
    with the one from the other picture"); None when it asks for no other photo's sky."""
    sky = re.search(rf"\bsky\b(?:\s+with\s+the\s+(?:one|sky))?\s+(?:from|of|in)\s+(?:the |my )?({ORDINAL_WORDS})\s+"
                    rf"{PHOTO_WORDS}\b", clause)
    index = _ordinal(sky.group(1), count) if sky and count > 1 else 0
    return index if 0 < index < count else None


def _ordinal(word: str, count: int) -> int:
    if word == "last":
        return count - 1
    if word.isdigit():
        return max(0, int(word) - 1)
    return ORDINALS.get(word, 1)
