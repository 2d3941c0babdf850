"""Details of a request the engine does not follow, said in the answer: a kind of hat it has no drawing of ("a chef's
hat") is drawn as a top hat, words asked in a typeface's look ("in a curvy font") are set in the engine's own, and
an oil painting asked with thick brush strokes gets the general oil look, and a young animal with no drawing of its
own ("a foal") is a small grown one. Without these sentences the answer's "a
top hat on the cat", "with the words …" and "as an oil painting" quietly dropped that part of the request."""

from __future__ import annotations

import re

from openbanana.plan import PhotoEdit
from openbanana.planner.rules.photo_words import color_in
from openbanana.planner.rules.vocabulary.photo import ACCESSORIES, YOUNG_AS_GROWN
from openbanana.wording import with_article

_PLAIN_HAT = frozenset({"a", "an", "the", "his", "her", "its", "their", "my", "little", "small", "big", "tiny",
                        "huge", "giant", "tall", "new", "old", "funny", "silly", "cute", "nice", "fancy", "cool",
                        "pretty", "warm", "fun"})  # words before "hat" that ask no other kind of hat
_HAT = re.compile(r"\b([a-z]+(?:'s|s')?)\s+hat\b")
_FONT = re.compile(r"\b(curvy|curly|cursive|handwritten|hand-written|script|calligraphy|calligraphic|gothic|"
                   r"bubbly|bubble|graffiti|serif|italic|typewriter|neon|3d|glitter|fancy|elegant|chalky)\s+"
                   r"(?:font|fonts|letters|lettering|writing|type|typeface|script|text)\b|\bin\s+(cursive|"
                   r"calligraphy|handwriting|italics)\b")
_STROKES = re.compile(r"\b(?:(?:thick|heavy|bold|big|chunky|visible|broad|textured)\s+(?:brush\s*strokes|"
                      r"brushstrokes|brushwork|paint|strokes)|impasto|palette knife)\b")


def detail_shortfalls(edits: tuple[PhotoEdit, ...], lowered: str, wrote: bool) -> tuple[str, ...]:
    """One sentence per detail asked and not followed: a hat's kind, a typeface's look (when words were set),
    thick oil brush strokes."""
    said = [s for s in (_hat_kind(e) for e in edits if e.kind == "accessory" and e.name == "top_hat") if s]
    if any(e.kind == "style" and e.name == "oil_painting" and _STROKES.search(e.request) for e in edits):
        said.append("The oil look is the general one: its strokes follow the photo's own shapes, not thick brush "
                    "strokes laid on as such.")
    said += [f"{with_article(e.name).capitalize()} is drawn as a small {YOUNG_AS_GROWN[e.name]}, the nearest "
             "animal I can draw." for e in edits if e.kind == "add" and e.name in YOUNG_AS_GROWN]
    font = _FONT.search(lowered) if wrote else None
    if font is not None:
        look = font.group(1) or font.group(2)
        said.append(f"The words are set in my own typeface: a {look} font is not one I can choose."
                    if font.group(1) else f"The words are set in my own typeface, not in {look}.")
    return tuple(said)


def _hat_kind(edit: PhotoEdit) -> str:
    """The sentence for a hat asked by a kind this engine has no drawing of, drawn as a top hat; "" otherwise."""
    for match in _HAT.finditer(edit.request):
        kind = match.group(1)
        if kind in _PLAIN_HAT or f"{kind} hat" in ACCESSORIES or kind == "top" or color_in(kind) is not None:
            continue
        return f"A {kind} hat is drawn as a top hat, the nearest hat I can draw."
    return ""
