"""Which people stand as whole figures, and the shape they take: shared by the composer, which gives such a person a
figure-shaped place and anchors what it holds at the figure's hand, and the draft engine, which draws the figure.

Twemoji draws a girl, a man or a grandmother as a face alone; in a scene (not a close-up) that person stands as a
whole figure, glasses or a hat worn on its face (a bust with glasses had been a head floating in the scene).
"""

from __future__ import annotations

ADULT_HEADS = frozenset("🧑👨👩🧓👴👵👱🧔👸🤴👲🧕👳👮💂👷")
CHILD_HEADS = frozenset("🧒👦👧")
SKIN_TONE_MARKS = "\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"
PLAIN_MARKS = frozenset(SKIN_TONE_MARKS + "\u200d\ufe0f\u2640\u2642🦰🦱🦳🦲")
TOPS = frozenset("👔👕👗🧥👚🥼🦺👘🥻🩱👙")  # worn on the body: they colour the shirt or dress
BOTTOMS = frozenset("👖🩳")  # they colour the trousers
FOOTWEAR = frozenset("👟👞🥾👠👡👢🩴")  # they colour the shoes; boots (BOOTS) reach up the shins
BOOTS = frozenset("👢🥾")
FLOWN = frozenset("🪁")  # held on a string: it flies above and beside the holder's raised hand
ELDERLY_HEADS = frozenset("🧓👴👵")  # drawn stooped, with a cane
# A seated figure's box, as a share of its standing height: the head and the torso down to the seat.
SITTING_SHARE = 0.62
SEAT_FORMS = frozenset({"bench", "sofa", "couch", "chair", "stool", "steps", "armchair"})
SEAT_GLYPHS = frozenset("🛋🪑🛏")
SITTING_ACTIONS = frozenset({"sitting", "seated", "resting", "reading", "relaxing", "waiting", "eating", "knitting"})
# A standing figure's width for its height (the face's width and a little more for the shoulders and arms).
FIGURE_ASPECT = {"adult": 0.4, "child": 0.5}


# People named by role whose clothes a plain figure can wear (a chef's whites and hat, a farmer's straw hat): the
# bust's role mark after the face → the role. An astronaut's helmet or a superhero's mask stay busts.
ROLES = {"🍳": "chef", "🌾": "farmer", "🏫": "teacher", "⚕": "medic", "🔧": "mechanic", "🔬": "scientist",
         "🎨": "artist", "🚒": "firefighter", "💼": "office", "💻": "office", "🎤": "singer", "🏭": "worker",
         "🎓": "graduate"}


def is_head(glyph: str | None) -> bool:
    """Whether the pictogram is a person's face alone, or the bust of a person in a role a whole figure can be
    dressed for (`ROLES`): not a full figure, not a baby, not a bust whose costume a plain body would contradict
    (an astronaut's helmet)."""
    if not glyph or (glyph[0] not in ADULT_HEADS and glyph[0] not in CHILD_HEADS):
        return False
    return all(c in PLAIN_MARKS for c in face_of(glyph)[1:])


def role_of(glyph: str | None) -> str:
    """The role a face pictogram is dressed for ("chef" for 👩‍🍳), "" for none."""
    return next((role for mark, role in ROLES.items() if glyph and "\u200d" + mark in glyph), "")


def face_of(glyph: str) -> str:
    """The face alone, the role's mark taken off (👩‍🍳 → 👩), with its skin tone and hair."""
    for mark in ROLES:
        glyph = glyph.replace("\u200d" + mark + "\ufe0f", "").replace("\u200d" + mark, "")
    return glyph


def is_clothing(glyph: str | None) -> bool:
    """Whether a worn thing becomes a figure's clothes (a shirt, a dress, trousers) rather than an accessory."""
    return bool(glyph) and (glyph or " ")[0] in TOPS | BOTTOMS


def is_footwear(glyph: str | None) -> bool:
    """Whether a worn thing becomes a whole figure's shoes (rain boots, trainers) rather than a thing beside it."""
    return bool(glyph) and (glyph or " ")[0] in FOOTWEAR


def sits_on(action: str, seat_form: str, seat_glyph: str | None) -> bool:
    """Whether a whole figure put on this thing sits on it: on a seat unless the prompt has it standing, or on
    anything when the prompt says it sits."""
    if action in ("standing", "jumping", "dancing", "climbing"):
        return False
    return is_seat(seat_form, seat_glyph) or action in ("sitting", "seated")


def is_seat(form: str, glyph: str | None) -> bool:
    """Whether the thing is made to be sat on (a sofa, a bench), not just sat on (a wall, a dad's shoulders)."""
    return form in SEAT_FORMS or (glyph or "").replace("\ufe0f", "") in SEAT_GLYPHS


def figure_aspect(glyph: str | None) -> float:
    """The width per unit height of the whole figure a head pictogram stands as."""
    return FIGURE_ASPECT["child" if glyph and glyph[0] in CHILD_HEADS else "adult"]
