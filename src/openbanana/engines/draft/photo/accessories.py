"""Accessories worn on a face: glasses on the eye line, hats (a santa hat, a cowboy hat) and crowns on the head, a
moustache under the nose, a bow tie or a scarf under the chin.

Each is anchored to the face's own points (eyes, hairline, nose, lips), sized from the face's width and turned with
its tilt, so it sits where a real one would; pictograms where a good one exists, simple drawn shapes otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PIL import Image

from openbanana.engines.draft.photo.beanie import beanie
from openbanana.engines.draft.photo.beard import beard
from openbanana.engines.draft.photo.face_frame import Frame, Point, finish, glyph_on, layer_for
from openbanana.engines.draft.photo.faces import Face
from openbanana.engines.draft.photo.jewellery import earrings, heart_necklace, necklace, pearl_necklace
from openbanana.engines.draft.photo.kerchief import bandana
from openbanana.engines.draft.photo.knit import in_light, knitted, tinted
from openbanana.engines.draft.photo.monocle import monocle
from openbanana.engines.draft.photo.pointed_hats import witch_hat, wizard_hat


def _eyewear(glyph: str) -> Callable[[Image.Image, Frame], tuple[int, int, int, int] | None]:
    def draw(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int] | None:
        face = frame.face  # a cat's face box takes in its wide cheeks: its glasses are sized to its eyes
        width = face.eye_distance * CAT_EYEWEAR if face.kind == "cat" else face.width * 1.02
        return glyph_on(canvas, glyph, width, frame.eyes, frame, rise=0.06)

    return draw


CAT_EYEWEAR = 2.3  # a cat's glasses' width, in eye distances: the pictogram's lenses sit 0.44 of it apart


def glasses(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int]:
    """Clear glasses: two round lenses in thin dark rims, one over each eye, a bridge between them and the start of
    the temples (the eyes show through; the pictogram's lenses are tinted blue like sunglasses)."""
    face = frame.face
    gap = math.dist(face.eye_left, face.eye_right)
    radius = gap * 0.4
    width, height = gap + radius * 2.6, radius * 2.3
    layer, draw, scale = layer_for(width, height)
    w, h = layer.size
    r, cy, half = radius * scale, h / 2, gap * scale / 2
    rim, ink = max(2, round(r * 0.11)), (34, 30, 32, 255)
    for cx in (w / 2 - half, w / 2 + half):
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(236, 242, 248, 36), outline=ink, width=rim)
    draw.line([(w / 2 - half + r, cy - r * 0.15), (w / 2 + half - r, cy - r * 0.15)], fill=ink, width=rim)
    draw.line([(0, cy - r * 0.3), (w / 2 - half - r, cy - r * 0.15)], fill=ink, width=rim)
    draw.line([(w / 2 + half + r, cy - r * 0.15), (w, cy - r * 0.3)], fill=ink, width=rim)
    return finish(canvas, layer, frame.eyes, frame)


def _headwear(glyph: str, width: float, seat: float) -> Callable[[Image.Image, Frame],
                                                                   tuple[int, int, int, int] | None]:
    """A hat `width` face-widths wide whose bottom sits `seat` of the way from the hairline to the top of the head."""

    def draw(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int] | None:
        base = frame.move(frame.face.forehead, up=seat * frame.hair)
        return glyph_on(canvas, glyph, frame.face.width * width, base, frame, rise=0.5)

    return draw


def mustache(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int]:
    face = frame.face
    width = face.width * 0.56
    layer, draw, _ = layer_for(width, width * 0.34)
    w, h = layer.size
    for side in (-1, 1):  # two tilted lobes that meet under the nose and taper out to curled tips
        cx, cy, a, b, tilt = w / 2 + side * w * 0.24, h * 0.5, w * 0.26, h * 0.36, math.radians(side * 14)
        points = [(cx + a * math.cos(t) * math.cos(tilt) - b * math.sin(t) * math.sin(tilt) * (0.6 + 0.4 * math.cos(
            t) * side),
                   cy + a * math.cos(t) * math.sin(tilt) + b * math.sin(t) * math.cos(tilt))
                  for t in (i * math.tau / 48 for i in range(48))]
        draw.polygon(points, fill=(58, 38, 26, 255))
    centre = ((face.under_nose[0] * 0.45 + face.mouth[0] * 0.55), (face.under_nose[1] * 0.45 + face.mouth[1] * 0.55))
    return finish(canvas, layer, centre, frame)


def clown_nose(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int]:
    radius = frame.face.width * 0.1
    layer, draw, _ = layer_for(radius * 2, radius * 2)
    w, h = layer.size
    draw.ellipse((0, 0, w - 1, h - 1), fill=(214, 30, 36, 255))
    draw.ellipse((w * 0.22, h * 0.18, w * 0.45, h * 0.4), fill=(255, 150, 150, 255))
    return finish(canvas, layer, frame.face.nose, frame)


def halo(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int]:
    width = frame.face.width * 0.85
    layer, draw, _ = layer_for(width, width * 0.3)
    w, h = layer.size
    thickness = max(3, round(w * 0.05))
    draw.ellipse((thickness, thickness, w - thickness, h - thickness), outline=(255, 214, 80, 255), width=thickness)
    centre = frame.move(frame.head_top, up=frame.tall * 0.15)
    return finish(canvas, layer, centre, frame)


def party_hat(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int]:
    width = frame.face.width * 0.6
    height = frame.tall * 0.9
    layer, draw, _ = layer_for(width, height)
    w, h = layer.size
    top = h * 0.12
    draw.polygon([(w * 0.5, top), (w, h), (0, h)], fill=(66, 133, 244, 255))
    for i in range(1, 4):  # stripes across the cone
        y = top + (h - top) * i / 4
        half = w / 2 * (y - top) / (h - top)
        draw.line([(w / 2 - half, y), (w / 2 + half, y)], fill=(251, 188, 5, 255), width=max(2, round(h * 0.035)))
    draw.ellipse((w * 0.38, 0, w * 0.62, top * 1.9), fill=(234, 67, 53, 255))
    centre = frame.move(frame.face.forehead, up=frame.hair * 0.75 + height / 2)
    return finish(canvas, layer, centre, frame)


def santa_hat(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int]:
    """A red cap flopping to one side, a white fur band round the head and a white pompom at its tip."""
    width, height = frame.face.width * 1.2, frame.tall * 0.75
    layer, draw, _ = layer_for(width, height)
    w, h = layer.size
    band = h * 0.2
    red, shade, fur = (200, 28, 38, 255), (150, 16, 28, 255), (248, 246, 240, 255)
    body = [(w * 0.06, h - band * 0.5), (w * 0.16, h * 0.42), (w * 0.36, h * 0.12), (w * 0.58, h * 0.06),
            (w * 0.78, h * 0.18), (w * 0.9, h * 0.44), (w * 0.78, h * 0.36), (w * 0.7, h * 0.5),
            (w * 0.86, h - band * 0.5)]  # up from the band, then drooping over to the right
    draw.polygon(body, fill=red)
    draw.polygon([(w * 0.58, h * 0.06), (w * 0.78, h * 0.18), (w * 0.9, h * 0.44), (w * 0.78, h * 0.36),
                  (w * 0.62, h * 0.2)], fill=shade)
    draw.rounded_rectangle((0, h - band, w, h), radius=band / 2, fill=fur)
    r = w * 0.1
    draw.ellipse((w * 0.88 - r, h * 0.46 - r, w * 0.88 + r, h * 0.46 + r), fill=fur)
    centre = frame.move(frame.face.forehead, up=frame.hair * 0.3 + height / 2 - band / 2)
    return finish(canvas, layer, centre, frame)


def cowboy_hat(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int]:
    """A tall dented crown with a dark band over a wide brim curled up at both ends, in brown felt."""
    width = frame.face.width * 1.9
    height = width * 0.46
    layer, draw, _ = layer_for(width, height)
    w, h = layer.size
    felt, dark, band = (150, 98, 52, 255), (112, 70, 34, 255), (60, 38, 22, 255)
    draw.polygon([(0, h * 0.5), (w * 0.12, h * 0.72), (w * 0.5, h * 0.8), (w * 0.88, h * 0.72), (w, h * 0.5),
                  (w * 0.9, h * 0.86), (w * 0.5, h), (w * 0.1, h * 0.86)], fill=dark)  # the brim, ends curled up
    draw.rounded_rectangle((w * 0.27, h * 0.06, w * 0.73, h * 0.82), radius=w * 0.08, fill=felt)
    draw.polygon([(w * 0.42, h * 0.06), (w * 0.5, h * 0.2), (w * 0.58, h * 0.06)], fill=(0, 0, 0, 0))  # the dent
    draw.rectangle((w * 0.27, h * 0.6, w * 0.73, h * 0.7), fill=band)
    centre = frame.move(frame.face.forehead, up=frame.hair * 0.15 + height * 0.35)  # the brim just above the
    return finish(canvas, layer, centre, frame)  # brow, the crown over the hair: worn, not floating over the head


def cat_ears(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int] | None:
    size = frame.face.width * 0.4
    box: tuple[int, int, int, int] | None = None
    for side in (-1, 1):
        layer, draw, _ = layer_for(size, size)
        w, h = layer.size
        draw.polygon([(w * 0.5, 0), (w, h), (0, h)], fill=(40, 34, 34, 255))
        draw.polygon([(w * 0.5, h * 0.3), (w * 0.78, h * 0.92), (w * 0.22, h * 0.92)], fill=(240, 150, 170, 255))
        centre = frame.move(frame.face.forehead, up=frame.hair * 0.8 + size * 0.4,
                            across=side * frame.face.width * 0.33)
        drawn = finish(canvas, layer, centre, frame)
        box = drawn if box is None else (min(box[0], drawn[0]), min(box[1], drawn[1]), max(box[2], drawn[2]),
                                         max(box[3], drawn[3]))
    return box


def flower_crown(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int] | None:
    box: tuple[int, int, int, int] | None = None
    size = frame.face.width * 0.26
    for i in range(5):
        t = (i - 2) / 2  # −1 … 1 across the head, on an arc
        anchor = frame.move(frame.face.forehead, up=frame.hair * (0.55 - 0.3 * t * t),
                            across=t * frame.face.width * 0.48)
        drawn = glyph_on(canvas, "🌸", size, anchor, frame, rise=0.3, tilt=t * 20)
        if drawn is not None:
            box = drawn if box is None else (min(box[0], drawn[0]), min(box[1], drawn[1]), max(box[2], drawn[2]),
                                             max(box[3], drawn[3]))
    return box


def bow(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int] | None:
    anchor = frame.move(frame.face.forehead, up=frame.hair * 0.7, across=frame.face.width * 0.32)
    return glyph_on(canvas, "🎀", frame.face.width * 0.45, anchor, frame, rise=0.0, tilt=15)


def bow_tie(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int]:
    """Two triangles and a knot, just under the chin (a cat's chin: the bottom of its face box)."""
    face = frame.face
    width = face.width * 0.5
    layer, draw, _ = layer_for(width, width * 0.45)
    w, h = layer.size
    red, dark = (196, 30, 45, 255), (120, 12, 24, 255)
    draw.polygon([(w * 0.5, h * 0.5), (0, 0), (0, h)], fill=red, outline=dark, width=max(2, round(w * 0.02)))
    draw.polygon([(w * 0.5, h * 0.5), (w, 0), (w, h)], fill=red, outline=dark, width=max(2, round(w * 0.02)))
    draw.rounded_rectangle((w * 0.41, h * 0.28, w * 0.59, h * 0.72), radius=w * 0.04, fill=dark)
    centre = frame.move(face.chin, up=-h / 4)
    return finish(canvas, layer, centre, frame)


SCARF_RED = (178, 34, 44)


def scarf(canvas: Image.Image, frame: Frame, color: tuple[int, int, int] | None = None) -> tuple[int, int, int, int]:
    """A knitted scarf wound round the neck under the chin, one end hanging down the chest: a thick rolled band a
    little wider than the face (two overlapping turns, the lower one darker), the hanging end tapered and fringed,
    with knit ridges along it; red unless a colour is named."""
    face = frame.face
    red, green, blue = color or SCARF_RED
    base, shade = (red, green, blue, 255), (round(red * 0.6), round(green * 0.6), round(blue * 0.6), 255)
    light = (min(255, round(red * 1.15 + 20)), min(255, round(green * 1.15 + 20)), min(255, round(blue * 1.15 + 20)),
             255)
    band_w, band_h, drop = face.width * 1.3, frame.tall * 0.36, frame.tall * 0.9
    layer, draw, scale = layer_for(band_w, band_h + drop)
    w, h = layer.size
    band = band_h * scale
    line = max(2, round(w * 0.012))
    end = [(w * 0.56, band * 0.5), (w * 0.8, band * 0.5), (w * 0.77, h * 0.92), (w * 0.6, h * 0.94)]
    draw.polygon(end, fill=base, outline=shade, width=line)  # the hanging end, behind the turns
    for y in range(round(band * 0.8), round(h * 0.9), max(4, round(w * 0.05))):  # its knit ridges
        draw.line((w * 0.58, y, w * 0.78, y + w * 0.01), fill=shade, width=line)
    for x in range(round(w * 0.6), round(w * 0.77), max(3, round(w * 0.025))):  # the fringe
        draw.line((x, h * 0.93, x + w * 0.005, h - 1), fill=shade, width=line)
    thick = round(band * 0.55)  # the wound turns: thick arcs round the front of the neck, the lower one darker
    draw.arc((0, -band * 0.9 + thick * 0.4, w, band), 8, 172, fill=shade, width=thick)
    draw.arc((w * 0.03, -band * 1.05 + thick * 0.4, w * 0.97, band * 0.82), 10, 170, fill=base, width=thick)
    draw.arc((w * 0.12, -band * 0.95 + thick * 0.4, w * 0.88, band * 0.7), 40, 140, fill=light, width=line * 2)
    centre = frame.move(face.chin, up=-(band_h * 0.25 + drop / 2))
    return finish(canvas, in_light(knitted(layer), canvas, centre), centre, frame)


ACCESSORIES: dict[str, Callable[[Image.Image, Frame], tuple[int, int, int, int] | None]] = {
    "sunglasses": _eyewear("🕶"), "glasses": glasses, "goggles": _eyewear("🥽"),
    "top_hat": _headwear("🎩", 1.3, 0.5), "sun_hat": _headwear("👒", 1.8, 0.4), "cap": _headwear("🧢", 1.4, 0.35),
    "graduation_cap": _headwear("🎓", 1.5, 0.6), "helmet": _headwear("⛑", 1.45, 0.2),
    "crown": _headwear("👑", 0.85, 0.85), "party_hat": party_hat, "mustache": mustache, "clown_nose": clown_nose,
    "halo": halo, "santa_hat": santa_hat, "cowboy_hat": cowboy_hat, "cat_ears": cat_ears,
    "flower_crown": flower_crown, "bow": bow, "bow_tie": bow_tie, "necklace": necklace,
    "pearl_necklace": pearl_necklace, "heart_necklace": heart_necklace, "earrings": earrings,
    "wizard_hat": wizard_hat, "witch_hat": witch_hat, "monocle": monocle, "beard": beard,
}


CLOTHS = {"scarf": scarf, "beanie": beanie, "bandana": bandana}
NECK_WORN = frozenset({"scarf", "bandana"})


def neck_in_view(face: Face, height: int) -> bool:
    """Whether the chin is inside the photo with room under it: in a close-up whose chin is below the bottom edge, a
    scarf or bandana moved up to be seen had covered the mouth."""
    return face.chin[1] < height * 0.92


def unworn(name: str, face: Face, height: int) -> str:
    """Why `name` was not put on `face`."""
    if name in NECK_WORN and not neck_in_view(face, height):
        return (f"the chin is at the photo's bottom edge, so there is no neck in view to tie the "
                f"{name.replace('_', ' ')} round.")
    return f"I can't draw {name.replace('_', ' ')}."


def wear(canvas: Image.Image, name: str, face: Face, head_top: Point | None = None,
         color: tuple[int, int, int] | None = None) -> tuple[int, int, int, int] | None:
    """Draw the accessory `name` on `face` (in `color`, when one is named: "a pink bow"); the box it covers, or None
    when it is not one this module draws."""
    if name in CLOTHS:  # cloth: drawn in the colour named, then shaded as cloth
        if name in NECK_WORN and not neck_in_view(face, canvas.height):
            return None
        return CLOTHS[name](canvas, Frame(face, head_top), color)
    draw = ACCESSORIES.get(name)
    if draw is None:
        return None
    if color is None:
        return draw(canvas, Frame(face, head_top))
    layer = Image.new("RGBA", canvas.size, (0, 0, 0, 0))  # drawn apart, turned to the named colour, then laid on
    box = draw(layer, Frame(face, head_top))
    canvas.paste(tinted(layer, color), (0, 0), tinted(layer, color))
    return box
