"""An animal sitting: the side-view pictogram bent so its hindquarters sink to the ground while its chest and head
stay up, the way a sitting dog or cat is seen from the side. Pictograms only show animals standing.

The bend is a vertical squeeze that grows from nothing at the middle of the body to SINK at the tail end, anchored
at the ground line, done per layer with a mesh warp: it keeps the layers, so haze, tints and styles treat a sitting
dog as they treat a standing one.
"""

from __future__ import annotations

from PIL import Image

from openbanana.imaging.drawing.glyphs import Layer, Sprite

# Side views of animals that sit on their haunches, all drawn facing left (their tail end on the right).
SITTERS = frozenset("🐕🦮🐩🐈🐅🐆🐇🐿🐒🐁🐀🦔🦝")
SINK = 0.46  # how much of its height the tail end loses
BEND_FROM = 0.38  # where along the body (0 the head end, 1 the tail end) the squeeze begins
STRIPS = 12


def sits(glyph: str | None) -> bool:
    return glyph is not None and glyph[:1] in SITTERS


def _scale(u: float) -> float:
    """The column's height as a share of the standing one, `u` along the body from the head end."""
    t = max(0.0, (u - BEND_FROM) / (1.0 - BEND_FROM))
    return 1.0 - SINK * t * t * (3 - 2 * t)  # a smooth start, so the back curves instead of kinking


Strip = tuple[tuple[int, int, int, int], tuple[float, ...]]


def _mesh(width: int, height: int) -> list[Strip]:
    """Strips of the output, each mapped from the quad of the standing picture it shows (anchored at the feet)."""
    mesh: list[Strip] = []
    for i in range(STRIPS):
        x0, x1 = round(width * i / STRIPS), round(width * (i + 1) / STRIPS)
        if x1 <= x0:
            continue
        s0, s1 = _scale(x0 / width), _scale(x1 / width)
        top0, top1 = height - height / s0, height - height / s1
        mesh.append(((x0, 0, x1, height), (float(x0), top0, float(x0), float(height), float(x1), float(height),
                                           float(x1), top1)))
    return mesh


def seated(made: Sprite) -> Sprite:
    """The sprite (facing left) sitting: every layer bent the same way, cropped back to its ink."""
    width, height = made.size
    if width < 4 or height < 4:
        return made
    mesh = _mesh(width, height)
    layers = []
    for layer in made.layers:
        x, y = layer.offset
        whole = Image.new("L", (width, height), 0)
        whole.paste(layer.mask, (x, y))
        bent = whole.transform((width, height), Image.Transform.MESH, mesh, Image.Resampling.BILINEAR)
        box = bent.getbbox()
        if box is not None:
            layers.append(Layer(bent.crop(box), (box[0], box[1]), layer.color))
    return Sprite(tuple(layers), made.size)
