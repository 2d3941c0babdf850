"""Which people stand as whole figures, and the shape they take: shared by the composer, which gives such a person a
figure-shaped place and anchors what it holds at the figure's hand, and the draft engine, which draws the figure.

Twemoji draws a girl, a man or a grandmother as a face alone; in a scene (not a close-up) that person stands as a
whole figure, unless it wears an accessory set on its face (glasses, a hat), which keeps the head-and-shoulders bust.
"""

from __future__ import annotations

ADULT_HEADS = frozenset("🧑👨👩🧓👴👵👱🧔👸🤴👲🧕👳👮💂👷")
CHILD_HEADS = frozenset("🧒👦👧")
SKIN_TONE_MARKS = "\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"
PLAIN_MARKS = frozenset(SKIN_TONE_MARKS + "\u200d\ufe0f\u2640\u2642🦰🦱🦳🦲")
TOPS = frozenset("👔👕👗🧥👚🥼🦺👘🥻🩱👙")  # worn on the body: they colour the shirt or dress
BOTTOMS = frozenset("👖🩳")  # they colour the trousers
# A standing figure's width for its height (the face's width and a little more for the shoulders and arms).
FIGURE_ASPECT = {"adult": 0.4, "child": 0.5}


def is_head(glyph: str | None) -> bool:
    """Whether the pictogram is a person's face alone: not a full figure, not a baby, not a bust dressed for a
    role (an astronaut's helmet, a chef's hat), which a plain body would contradict."""
    if not glyph or (glyph[0] not in ADULT_HEADS and glyph[0] not in CHILD_HEADS):
        return False
    return all(c in PLAIN_MARKS for c in glyph[1:])


def is_clothing(glyph: str | None) -> bool:
    """Whether a worn thing becomes a figure's clothes (a shirt, a dress, trousers) rather than an accessory."""
    return bool(glyph) and (glyph or " ")[0] in TOPS | BOTTOMS


def figure_aspect(glyph: str | None) -> float:
    """The width per unit height of the whole figure a head pictogram stands as."""
    return FIGURE_ASPECT["child" if glyph and glyph[0] in CHILD_HEADS else "adult"]
