"""Readers of clauses that add something to a photo: a worn accessory ("give her a mustache"), a pictogram thing
("add a dog on the grass") or painted scenery ("add fireworks over the lake")."""

from __future__ import annotations

import re

from openbanana.plan import RGB, PhotoEdit
from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.photo_words import (
    BESIDE,
    COLOR_NAMES,
    MODIFIERS,
    clean_target,
    color_in,
    light_in,
    placement_in,
)
from openbanana.planner.rules.vocabulary.photo import (
    ACCESSORIES,
    PAINTED_ADDITIONS,
    PLAIN_BIRDS,
    SNOW_ON,
    YOUNG_AS_GROWN,
)

# Things a worn thing can be laid on rather than worn by ("a helmet on the seat", "a hat on the table").
RESTING_PLACES = (r"seat|saddle|table|chair|bench|sofa|couch|bed|desk|floor|ground|shelf|counter|hook|handlebars?|"
                  r"tank|car|bike|motorcycle|motorbike|bicycle|scooter|step|steps|rock|grass|sand|box")


_THOUGHT = re.compile(r"\b(?:add|put|draw|give\s+\w+(?:'s)?)\s+(?:a|an)\s+(?:little\s+|small\s+|big\s+)?"
                      r"thought[- ]bubble\b(.*?)\s*\b(?:with|showing|of)\s+(?:a|an|some|the)?\s*"
                      r"([a-z]+(?:\s+[a-z]+)?)(?:\s+in\s+it)?"
                      r"(?:\s+(?:above|over|by|next to|beside)\s+.+)?$")


def read_thought(clause: str, count: int) -> list[PhotoEdit] | None:
    """"add a thought bubble above the cat with a fish in it": a thought bubble at the head, the thing drawn in it
    (a bubble of words is read with the words: the "speech" text role)."""
    match = _THOUGHT.search(clause)
    if match is None:
        return None
    words = match.group(2).split()
    thing = next((" ".join(words[i:]) for i in range(len(words)) if pictogram_for(" ".join(words[i:]))), None)
    if thing is None:
        return None
    return [PhotoEdit("add", name=f"thought bubble of {thing}", glyph=pictogram_for(thing),
                      destination=match.group(1).strip(), request=clause)]


def read_accessory(clause: str, count: int) -> list[PhotoEdit] | None:
    """Every accessory named in the clause ("sunglasses and a crown"), worn by the person it names."""
    found: list[tuple[int, str]] = []
    taken: set[int] = set()
    for words in sorted(ACCESSORIES, key=len, reverse=True):
        for match in re.finditer(rf"\b{re.escape(words)}(?:e?s)?\b", clause):  # "party hats" for everyone
            if not taken & set(range(match.start(), match.end())):
                found.append((match.start(), words))
                taken.update(range(match.start(), match.end()))
    if not found or not re.search(r"\b(?:add|put|place|give|draw|paint|stick|wear|wearing|on)\b", clause):
        return None
    last = max(start + len(words) for start, words in found)
    who = re.search(r"\b(?:on|to|onto|for|around|round|in(?= (?:her|his|their|its|the \w+'s) hair\b))\s+(.+)$",
                    clause[last:])  # "a bow in her hair": worn by her
    first = min(start for start, _ in found)
    give = re.search(r"\b(?:give|make)\s+(.+?)(?:\s+(?:wear|a|an|some|a pair of)\b.*|\s+the)?\s*$", clause[:first])
    placement, target = placement_in(who.group(1) if who else give.group(1) if give else "")
    target = re.sub(r"(?:'s)?\s+(?:head|face|nose|eyes|hair|neck)$|'s$", "", clean_target(target))
    target = target if target not in ("", "the", "a", "an") else "the face"
    if re.search(rf"\b(?:{RESTING_PLACES})\b", target) and len(found) == 1 and pictogram_for(found[0][1]):
        # "put a helmet on the seat": a worn thing laid on a thing is added there, not worn
        return [PhotoEdit("add", name=found[0][1], glyph=pictogram_for(found[0][1]), destination=f"on {target}",
                          request=clause, color=_worn_color(clause[:found[0][0]]))]
    return [PhotoEdit("accessory", name=ACCESSORIES[words], target=target, placement=placement, request=clause,
                      color=_worn_color(clause[:start]))
            for start, words in sorted(found)]


def _worn_color(before: str) -> RGB | None:
    """The colour named just before a worn thing ("a red scarf", "a dark green knitted scarf", "a pink bow")."""
    named = re.search(rf"\b((?:(?:{MODIFIERS})[ -])?(?:{COLOR_NAMES}))(?:\s+[a-z]+)?\s*$", before)
    found = color_in(named.group(1)) if named else None
    return found[1] if found else None


# Size and look words before an added thing ("a small plant", "a cute little dog"): not part of its name.
SIZES = r"(?:small|little|tiny|big|large|huge|giant|cute|fluffy|wooden|tall|short|fat|round)"


# Words that begin a thing's place, never a second word of its name ("a ball of yarn on the bed").
# Containers whose contents may be drawn instead of them: the answer then names the contents, not the container
_HOLDERS = frozenset({"glass", "cup", "mug", "jar", "bottle", "jug", "pitcher", "can", "carton", "tin", "bucket",
                      "vase", "bowl", "plate", "basket", "pot", "tray", "dish"})  # "a vase of flowers": the
# flowers are drawn (a bouquet), so they are what the answer names, never a vase that is not there
_RELATION_WORDS = frozenset({"on", "in", "at", "by", "near", "next", "beside", "behind", "under", "over", "above",
                             "below", "into", "onto", "to", "with", "for", "flying", "sitting", "standing", "floating"})


def read_add(clause: str, count: int) -> list[PhotoEdit] | None:
    painted = _read_painted(clause)
    if painted is not None:
        return painted
    match = re.search(r"\b(?:add|put|place|insert|draw|include|paste|scatter|strew|sprinkle|spread)\s+"
                      r"(?:a |an |some |the |one )?"
                      rf"((?:(?:{SIZES}|(?:(?:{MODIFIERS})[ -])?(?:{COLOR_NAMES}))\s+)*)"
                      r"([a-z][a-z\-]*(?: [a-z][a-z\-]*)?)(?:\s+(.*))?$", clause)
    if not match or "sticker" in clause or re.search(r"\b(?:text|words?|caption|title|label|filter|grain)\b", clause):
        return None
    named = color_in(match.group(1)) if match.group(1) else None  # "a red ball of yarn": drawn red
    thing, rest = match.group(2), (match.group(3) or "")
    words = thing.split()
    drawn = thing
    if len(words) == 2 and pictogram_for(thing) is None and words[1] not in _RELATION_WORDS \
            and pictogram_for(words[1]) is not None:  # "rose petals", "autumn leaves": drawn as the second word
        drawn = words[1]
    elif len(words) == 2 and pictogram_for(thing) is None:  # "a dog next" → "dog"; keep "ice cream"
        rest, thing, drawn = f"{words[1]} {rest}".strip(), words[0], words[0]
    if pictogram_for(drawn) is None and drawn in PLAIN_BIRDS:  # "a seagull": the bird pictogram, named as a bird
        thing = drawn = "bird"
    young = pictogram_for(drawn) is None and drawn in YOUNG_AS_GROWN
    if young:  # "a foal": a small horse, named as asked and said as drawn so (photo_detail_notes)
        drawn = YOUNG_AS_GROWN[drawn]
    modifiers = match.group(1).split()
    if modifiers and pictogram_for(thing) is None and pictogram_for(modifiers[-1]) is not None:
        # "a rose behind the cat's ear": a colour's name that also names a thing is the thing
        rest, thing = f"{thing} {rest}".strip(), modifiers[-1]
        drawn = thing
        named = color_in(" ".join(modifiers[:-1])) if len(modifiers) > 1 else None
    of = re.match(r"of\s+([a-z]+)(?:\s+([a-z]+))?\s*(.*)$", rest)
    if of and of.group(2) and pictogram_for(of.group(2)) is not None and of.group(2) not in _RELATION_WORDS:
        # "a slice of chocolate cake": the second word is what is drawn, the first says which
        thing, drawn, rest = f"{thing} of {of.group(1)} {of.group(2)}", of.group(2), of.group(3)
        named = named or color_in(of.group(1))  # "chocolate cake": drawn chocolate-brown
    elif of and pictogram_for(of.group(1)) is not None:  # "a ball of yarn": drawn as yarn, named as asked
        thing, drawn, rest = f"{thing} of {of.group(1)}", of.group(1), f"{of.group(2) or ''} {of.group(3)}".strip()
    if thing.split()[0] in _HOLDERS and drawn != thing.split()[0]:  # "a glass of orange juice" drawn as the juice
        thing = thing.split(" of ", 1)[1]  # (a carton): named as what is drawn, never as the glass it is not
    if re.search(rf"\b(?:put|place)\s+the\s+{re.escape(thing)}\s+{BESIDE}\b", clause):
        return None  # "put the cat on a sofa": moving what the photo shows, not adding another one
    if thing in ("fog", "mist", "rain", "snow", "snowfall", "lightning") or light_in(thing):
        return None  # weather and light ("add a sunset"): read as light
    glyph = "🌈" if thing == "rainbow" else pictogram_for(drawn)
    if glyph is None:
        return None
    if re.search(r"\b(?:scatter|strew|sprinkle|spread)\b", clause):  # strewn "around the cup" lies near it, never
        rest = re.sub(r"^(?:all\s+)?a?round\b", "next to", rest)  # wrapped round it
    placement, _ = placement_in(rest)
    size = 0.6 if young or re.search(r"\b(?:small|little|tiny)\b", match.group(1)) else 1.6 if re.search(
        r"\b(?:big|large|huge|giant)\b", match.group(1)) else 1.0  # "a big star": drawn bigger
    return [PhotoEdit("add", name=thing, glyph=glyph, destination=rest.strip(), placement=placement,
                      color=named[1] if named else None, amount=size, request=clause)]


def _read_painted(clause: str) -> list[PhotoEdit] | None:
    """Scenery the engine paints into the photo ("add a lighthouse", "put fireworks in the sky", "add snow on the
    ground"): named for the engine, whatever the pictograms hold."""
    verb = re.search(r"\b(?:add|put|place|insert|draw|include|paste|paint|show|scatter|strew|sprinkle)\s+"
                     r"(?:a |an |some |the |one )?(.*)$",
                     clause) or re.search(r"\bwith\s+(?:some\s+)?((?:fire|flames?)\b.*)$", clause)  # "… with fire under
    # it": the fire is asked for as what the photo has
    if not verb:
        return None
    if re.search(SNOW_ON, verb.group(1)):
        return [PhotoEdit("add", name="snow", destination="on the ground", request=clause)]
    for words in sorted(PAINTED_ADDITIONS, key=len, reverse=True):
        found = re.match(rf"(?:[a-z-]+\s+)?{re.escape(words)}\b(.*)$", verb.group(1))
        if found:
            rest = found.group(1).strip()
            placement, _ = placement_in(rest)
            return [PhotoEdit("add", name=PAINTED_ADDITIONS[words], destination=rest, placement=placement,
                              request=clause)]
    return None
