"""Hair done a certain way ("a girl with braids", "a ponytail", "her hair in a bun", "an afro"): the font's faces
have one hair style each, so the style was lost. A whole figure whose entity names one (its `hair`, or a modifier
the reading kept, "braid hair") gets the hair drawn as forms (`world/hair_forms.py`) around its face, in the face's
own hair colour: a ponytail, pigtails or a bun behind the head, two braids hanging over the shoulders, an afro
behind the whole head, curls over the top of a child's head (the font has curly hair for adults only).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from openbanana.engines.draft.arms import ADULT, CHILD, face_sprite
from openbanana.imaging.drawing.glyphs import Layer
from openbanana.imaging.people import CHILD_HEADS, figure_aspect, is_head
from openbanana.plan import RGB, Subject
from openbanana.scene import Entity

# a word for the hair → the style drawn
WORDS: dict[str, str] = {"ponytail": "ponytail", "pony": "ponytail", "pigtail": "pigtails", "pigtails": "pigtails",
                         "braid": "braids", "braids": "braids", "plait": "braids", "plaits": "braids",
                         "cornrows": "braids", "bun": "bun", "topknot": "bun", "afro": "afro"}
# style → pieces: (form, box as fractions of the head's width and height from its top-left, in front of the face)
PIECES: dict[str, tuple[tuple[str, tuple[float, float, float, float], bool], ...]] = {
    "ponytail": (("ponytail", (0.55, 0.05, 1.3, 1.15), False),),
    "pigtails": (("pigtail", (0.78, 0.2, 1.28, 0.62), False), ("pigtail", (-0.28, 0.2, 0.22, 0.62), False)),
    "braids": (("braid", (0.7, 0.45, 0.94, 1.55), True), ("braid", (0.06, 0.45, 0.3, 1.55), True)),
    "bun": (("bun", (0.3, -0.22, 0.7, 0.18), False),),
    "afro": (("afro", (-0.22, -0.2, 1.22, 0.95), False),),
    "curls": (("curls", (-0.06, -0.14, 1.06, 0.5), False),),
}
FLIPPED = frozenset({"pigtail", "braid"})  # the second of a pair is the first mirrored


def style_of(entity: Entity, glyph: str) -> str:
    """The hair style an entity names, "" for none; curly hair counts only on a face the font draws without it."""
    said = entity.hair.lower().replace("-", " ").split()  # the hair as described: "long blonde braids"
    words = [*said, *(w for m in entity.modifiers for w in m.split())]
    style = next((WORDS[w] for w in words if w in WORDS), "")
    if not style and "curly" in said and "🦱" not in glyph:
        style = "curls"
    return style


def hairdos(entities: Sequence[Entity], subjects: Sequence[Subject], size: tuple[int, int],
            dyes: Mapping[str, RGB] | None = None) -> tuple[Subject, ...]:
    """The subjects with each styled figure's hair pieces added around its face (`size`: the canvas in pixels), in
    the hair colour asked (`dyes`: entity → colour) or else the face's own."""
    by_id = {e.id: e for e in entities}
    out = list(subjects)
    for me in subjects:
        entity = by_id.get(me.entity)
        if entity is None or not me.figure or not is_head(me.glyph) or me.glyph is None:
            continue
        style = style_of(entity, me.glyph)
        head = _head(me, size) if style else None
        if head is None:
            continue
        box, color = head
        color = (dyes or {}).get(me.entity, color)
        out += [_piece(me, form, at, front, box, color, index) for index, (form, at, front) in enumerate(PIECES[style])]
    return tuple(out)


def _head(me: Subject, size: tuple[int, int]) -> tuple[tuple[float, float, float, float], RGB] | None:
    """The face's box on the canvas (fractions) as the figure will be drawn, and its hair's colour."""
    assert me.glyph is not None
    left, top, right, bottom = me.box
    box_w, box_h = (right - left) * size[0], (bottom - top) * size[1]
    seated = me.pose == "sitting"
    height = round(min(box_h / (0.62 if seated else 1.0), box_w / figure_aspect(me.glyph)))
    face = face_sprite(me.glyph, height) if height >= 8 else None
    color = _hair_colour(face.layers) if face is not None else None
    if face is None or color is None:
        return None
    build = CHILD if me.glyph[0] in CHILD_HEADS else ADULT
    y0 = bottom * size[1] - (build.waist * height if seated else height)
    cx = (left + right) / 2 * size[0]
    w, h = face.size
    return ((cx - w / 2) / size[0], y0 / size[1], (cx + w / 2) / size[0], (y0 + h) / size[1]), color


def _hair_colour(layers: Sequence[Layer]) -> RGB | None:
    """The colour of the face's topmost layer, its hair (None when that is skin: a bald head)."""
    top = min(layers, key=lambda layer: layer.offset[1], default=None)
    if top is None:
        return None
    r, g, b = top.color[:3]
    return None if (r, g, b) in SKINS else (r, g, b)


SKINS = frozenset({(255, 220, 93), (247, 222, 206), (243, 210, 162), (212, 171, 136), (175, 126, 87),
                   (124, 83, 62)})


def _piece(me: Subject, form: str, at: tuple[float, float, float, float], front: bool,
           head: tuple[float, float, float, float], color: RGB, index: int) -> Subject:
    x0, y0, x1, y1 = head
    w, h = x1 - x0, y1 - y0
    box = (x0 + at[0] * w, y0 + at[1] * h, x0 + at[2] * w, y0 + at[3] * h)
    return Subject(form, None, box, z=me.z + (1 if front else 0), role="support", tint=color,
                   entity=f"{me.entity}:hair{index}", depth=me.depth + (-1e-4 if front else 1e-4), shadow=False,
                   form=form, flip=form in FLIPPED and index == 1)
