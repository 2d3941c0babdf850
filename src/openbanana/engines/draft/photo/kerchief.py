"""A bandana (a neckerchief) tied round the neck: a folded triangle of cloth hanging point down under the chin, a
rolled band across the throat with a knot at one side, and the classic pale print of small dots and rings.

Why: "put a bandana on the dog" is one of the commonest accessory requests for pets, and it had been left undone.
Drawn as cloth (shaded across its roll, dimmed to the photo's light, a soft shadow under it) it reads as worn; it is
red unless a colour is named.
"""

from __future__ import annotations

from PIL import Image, ImageDraw

from openbanana.engines.draft.photo.face_frame import Frame, Point, in_frame, layer_for
from openbanana.engines.draft.photo.glyphs import paste_rotated
from openbanana.engines.draft.photo.knit import in_light, knitted

BANDANA_RED = (186, 32, 40)
WIDTH = 1.05  # the bandana's width, in face widths (a cat's face box takes in its cheeks: its neck is about this)
DROP = 0.55  # how far its point hangs below the band, in face heights


def bandana(canvas: Image.Image, frame: Frame, color: tuple[int, int, int] | None = None) -> tuple[int, int, int,
                                                                                                      int]:
    """The bandana under `frame`'s chin, in `color` (red by default); the box it covers."""
    face = frame.face
    red, green, blue = color or BANDANA_RED
    base = (red, green, blue, 255)
    shade = (round(red * 0.62), round(green * 0.62), round(blue * 0.62), 255)
    light = (min(255, red + 60), min(255, green + 60), min(255, blue + 60), 255)
    print_ink = (246, 240, 228, 255) if red + green + blue < 560 else (40, 40, 48, 255)
    band_h, drop = frame.tall * 0.14, frame.tall * DROP
    layer, draw, scale = layer_for(face.width * WIDTH, band_h + drop)
    w, h = layer.size
    band = band_h * scale
    line = max(2, round(w * 0.01))
    draw.polygon([(w * 0.04, band * 0.6), (w * 0.96, band * 0.6), (w * 0.5, h - 1)], fill=base, outline=shade,
                 width=line)  # the hanging triangle
    draw.line([(w * 0.5, band), (w * 0.5, h * 0.9)], fill=shade, width=line)  # its fold down the middle
    _print(draw, w, h, band, print_ink)
    draw.rounded_rectangle((0, 0, w - 1, band), radius=band / 2, fill=base, outline=shade, width=line)  # the band
    draw.line([(w * 0.06, band * 0.35), (w * 0.94, band * 0.35)], fill=light, width=line)
    knot, radius = (w * 0.8, band * 0.5), band * 0.5
    for tip in ((w * 0.74, band * 1.7), (w * 0.87, band * 1.6)):  # the knot's two short ends, then the knot
        draw.polygon([(knot[0] - radius * 0.5, knot[1]), (knot[0] + radius * 0.5, knot[1]), tip], fill=base,
                     outline=shade, width=line)
    draw.ellipse((knot[0] - radius, knot[1] - radius, knot[0] + radius, knot[1] + radius), fill=base, outline=shade,
                 width=line)
    centre = frame.move(face.chin, up=-(band_h * 0.1 + drop / 2))
    return _tied(canvas, in_light(knitted(layer), canvas, centre), centre, frame, band_h)


def _tied(canvas: Image.Image, layer: Image.Image, centre: Point, frame: Frame, band_h: float) -> tuple[int, int,
                                                                                                         int, int]:
    """The layer pasted under the chin. Where the chin is near the photo's bottom, the hanging point runs off the
    edge as a real one would: moved up to be seen whole, it had covered the mouth. Only the band is kept inside."""
    small = layer.resize((max(1, layer.width // 2), max(1, layer.height // 2)), Image.Resampling.LANCZOS)
    small, _ = in_frame(canvas, small, centre, frame.face.width)
    band = band_h * small.height / max(1.0, layer.height / 2)
    lowest = canvas.height - band * 1.5 + small.height / 2  # the band's top no lower than this over the bottom edge
    x = min(max(centre[0], small.width * 0.25), canvas.width - small.width * 0.25)
    y = min(centre[1], lowest)
    paste_rotated(canvas, small, (x, y), frame.face.roll)
    half = max(small.width, small.height) / 2
    return round(x - half), round(y - half), round(x + half), round(y + half)


def _print(draw: ImageDraw.ImageDraw, w: int, h: int, band: float, ink: tuple[int, int, int, int]) -> None:
    """The bandana's pale print: rows of small dots and rings inside the triangle."""
    step = max(6.0, w * 0.075)
    dot = max(1.5, step * 0.14)
    row, y = 0, band * 1.4
    while y < h * 0.86:
        half = w * 0.46 * (1 - (y - band * 0.6) / (h - band * 0.6))  # the triangle's half width at this height
        x = w / 2 - half + step * (0.5 if row % 2 else 0.9)
        while x < w / 2 + half - step * 0.4:
            if (round(x / step) + row) % 3 == 0:
                draw.ellipse((x - dot * 1.6, y - dot * 1.6, x + dot * 1.6, y + dot * 1.6), outline=ink,
                             width=max(1, round(dot * 0.6)))
            else:
                draw.ellipse((x - dot, y - dot, x + dot, y + dot), fill=ink)
            x += step
        y += step * 0.8
        row += 1
