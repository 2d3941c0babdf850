"""Words asked for at a thing in the photo ("write 'Mine' on the cup", "'Time flies' under the clock", "'Feed me' on
the cat's face"): read into a "text" photo edit that names the thing and how the words stand to it.

Why: only the engine can find the thing, so the plan keeps the request (the words' own block is placed as usual)
and the engine moves the words to the thing, or says where they went when it cannot find it.
"""

from __future__ import annotations

import re

from openbanana.plan import PhotoEdit

# With the quoted words taken out, a writing verb (or a text noun) runs straight into the place: "write on the cup",
# "add the text under the clock".
_AT_THING = re.compile(
    r"\b(?:write|put|add|place|print|type|set|paint|stamp|letter|draw)\s+"
    r"(?:(?:the |a |an |some )?(?:text|words?|caption|title|label|name|quote|message|slogan|letters)\s+)?"
    r"(?:in (?:small|big|large|bold|white|black|red|[a-z]+) (?:letters|font|type)\s+)?"
    r"(on|onto|under|underneath|below|beneath|above|over|across|next to|beside|in(?=\s+the\s+(?:sky|clouds|water|sea|"
    r"lake|sand|snow|grass)\b))\s+"
    r"((?:the|her|his|its|their|my|this|that)\s+.+)$")
# Places of the frame, which the text placement already reads ("across the top", "on the left side"); the sky is a
# thing in the photo, found there ("'Greetings' in the sky")
_FRAME_PLACES = re.compile(r"\b(?:top|bottom|left|right|middle|center|centre|corner|side|edge|background|photo|"
                           r"picture|image|frame|banner|sticker|plate)\b")
RELATIONS = {"on": "on", "onto": "on", "in": "on", "across": "on", "over": "above", "above": "above", "under": "under",
             "underneath": "under", "below": "under", "beneath": "under", "next to": "beside", "beside": "beside"}

_LYING = (r"\b(?:water|sea|ocean|lake|river|pond|bay|grass|lawn|field|sand|beach|snow|ground|floor|road|street|table|"
          r"desk)$")  # what lies flat: words "over" it are written across it


def read_text_at_thing(clause: str, count: int) -> list[PhotoEdit] | None:
    """"write on the cat's face" (the quote taken out): the words go on, under, above or beside that thing."""
    match = _AT_THING.search(clause)
    if match is None or _FRAME_PLACES.search(match.group(2)):
        return None
    thing = re.sub(r"\s+(?:like|as|in|with)\s+.*$", "", match.group(2)).strip()  # "on the wall like graffiti"
    relation = RELATIONS[match.group(1)]
    if match.group(1) == "over" and re.search(_LYING, thing):  # "over the water": on it, not in the sky above it
        relation = "on"
    return [PhotoEdit("text", name=relation, target=thing,
                      destination=f"{match.group(1)} {thing}", request=clause)]
