"""Whole people from head-only pictograms: 👧 is a face, so in a scene it gets a body under it.

Twemoji draws a girl, a man or a grandmother as a face (with the hair, skin tone and age the planner chose); in a
scene that reads as a floating head. A figure keeps that face and adds a body in the same flat style: a shirt (or
a dress), arms with hands in the face's skin tone, legs and shoes, in a child's or an adult's proportions. The
clothes take the subject's tint ("a girl in a red dress"); otherwise their colours come from the subject itself,
so the same request draws the same figure. The result is an ordinary layered Sprite, so haze, mirroring and the
styles treat it like any pictogram.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw

from openbanana.imaging.drawing.glyphs import Layer, Sprite, ink_box, quantise, sprite
from openbanana.plan import RGB, Subject

ADULT_HEADS = frozenset("🧑👨👩🧓👴👵👱🧔👸🤴👲🧕👳👮💂👷")
CHILD_HEADS = frozenset("🧒👦👧")
FEMININE = frozenset("👩👧👵👸🧕")
TONES: dict[str, RGB] = {"\U0001f3fb": (247, 222, 206), "\U0001f3fc": (243, 210, 162),
                         "\U0001f3fd": (212, 171, 136), "\U0001f3fe": (175, 126, 87), "\U0001f3ff": (124, 83, 62)}
YELLOW: RGB = (255, 220, 93)
PLAIN_MARKS = frozenset("".join(TONES) + "\u200d\ufe0f\u2640\u2642🦰🦱🦳🦲")
SHIRTS: tuple[RGB, ...] = ((226, 76, 60), (58, 130, 220), (250, 178, 40), (80, 170, 110), (150, 90, 200),
                           (240, 120, 160), (40, 170, 180), (245, 245, 240))
TROUSERS: tuple[RGB, ...] = ((52, 72, 120), (70, 70, 80), (120, 84, 60), (40, 100, 150))
SHOES: RGB = (48, 40, 40)
SUPERSAMPLE = 2


@dataclass(frozen=True)
class Build:
    """A figure's proportions, as fractions of its height."""

    head: float  # the face's height
    waist: float  # where the shirt ends
    hem: float  # where a dress ends


CHILD = Build(head=0.40, waist=0.68, hem=0.80)
ADULT = Build(head=0.29, waist=0.60, hem=0.78)


def is_head(glyph: str | None) -> bool:
    """Whether the pictogram is a person's face alone: not a full figure, not a baby, not a bust dressed for a
    role (an astronaut's helmet, a chef's hat), which a plain body would contradict."""
    if not glyph or (glyph[0] not in ADULT_HEADS and glyph[0] not in CHILD_HEADS):
        return False
    return all(c in PLAIN_MARKS for c in glyph[1:])


def fit_figure(subject: Subject, size: tuple[int, int]) -> tuple[Sprite, int, int] | None:
    """The subject as a whole figure standing on its box's bottom edge, as tall as the box (narrower if the box
    is too narrow), centred across it. None when its face is not in the font."""
    assert subject.glyph is not None
    left, top, right, bottom = subject.box
    box_w, box_h = (right - left) * size[0], (bottom - top) * size[1]
    height = quantise(min(box_h, box_w / 0.62))
    if height < 8:
        return None
    colors = clothes(subject)
    made = _figure(subject.glyph, height, *colors)
    if made is None:
        return None
    x = round(left * size[0] + (box_w - made.size[0]) / 2)
    y = round(bottom * size[1] - made.size[1])
    return made, x, y


def clothes(subject: Subject) -> tuple[RGB, RGB]:
    """The shirt (or dress) and trousers: the subject's tint when it has one, else picked by the subject itself."""
    pick = zlib.crc32(f"{subject.entity}|{subject.box[0]:.3f}|{subject.glyph}".encode())
    shirt = subject.tint or SHIRTS[pick % len(SHIRTS)]
    return shirt, TROUSERS[(pick // len(SHIRTS)) % len(TROUSERS)]


def skin(glyph: str) -> RGB:
    return next((tone for mark, tone in TONES.items() if mark in glyph), YELLOW)


@lru_cache(maxsize=256)
def _figure(glyph: str, height: int, shirt: RGB, trousers: RGB) -> Sprite | None:
    build = CHILD if glyph[0] in CHILD_HEADS else ADULT
    _, top, _, bottom = ink_box(glyph)
    face = sprite(glyph, quantise(height * build.head / max(1e-6, bottom - top)))
    if face is None:
        return None
    head_w, head_h = face.size
    width = max(head_w, round(head_w * 1.25))
    body = _body(width, height, head_h, head_w, build, glyph, shirt, trousers)
    head_x = (width - head_w) // 2
    layers = (*body, *(Layer(layer.mask, (layer.offset[0] + head_x, layer.offset[1]), layer.color)
                       for layer in face.layers))
    return Sprite(layers, (width, height))


def _body(width: int, height: int, head_h: int, head_w: int, build: Build, glyph: str, shirt: RGB,
          trousers: RGB) -> list[Layer]:
    """The body's layers, back to front: legs, shoes, arms, shirt or dress, hands."""
    k = SUPERSAMPLE
    w, h = width * k, height * k
    cx = w / 2
    shoulders = head_w * 0.8 * k
    top = head_h * 0.86 * k
    waist = build.waist * h
    dress = glyph[0] in FEMININE or "\u2640" in glyph
    leg_w, gap = shoulders * 0.3, shoulders * 0.07
    shoe_h = h * 0.045
    arm_w = shoulders * 0.2
    tone = skin(glyph)
    parts: list[tuple[RGB, list[tuple[str, tuple[float, ...]]]]] = [
        (tone if dress else trousers, [("rect", (cx - gap / 2 - leg_w, waist - leg_w, cx - gap / 2, h - shoe_h)),
                                       ("rect", (cx + gap / 2, waist - leg_w, cx + gap / 2 + leg_w, h - shoe_h))]),
        (SHOES, [("ellipse", (cx - gap / 2 - leg_w * 1.25, h - shoe_h * 2, cx - gap / 2 + leg_w * 0.1, h)),
                 ("ellipse", (cx + gap / 2 - leg_w * 0.1, h - shoe_h * 2, cx + gap / 2 + leg_w * 1.25, h))]),
        (shirt, [("rect", (cx - shoulders / 2 - arm_w * 0.9, top + arm_w * 0.3, cx - shoulders / 2 + arm_w * 0.2,
                           waist - arm_w * 0.4)),
                 ("rect", (cx + shoulders / 2 - arm_w * 0.2, top + arm_w * 0.3, cx + shoulders / 2 + arm_w * 0.9,
                           waist - arm_w * 0.4))]),
    ]
    if dress:
        hem = build.hem * h
        flare = shoulders * 0.32
        parts.append((shirt, [("rect", (cx - shoulders / 2, top, cx + shoulders / 2, waist)),
                              ("polygon", (cx - shoulders / 2, waist - arm_w, cx + shoulders / 2, waist - arm_w,
                                           cx + shoulders / 2 + flare, hem, cx - shoulders / 2 - flare, hem))]))
    else:
        parts.append((shirt, [("rect", (cx - shoulders / 2, top, cx + shoulders / 2, waist))]))
    hand = arm_w * 0.62
    parts.append((tone, [("ellipse", (cx - shoulders / 2 - arm_w * 0.35 - hand, waist - arm_w * 0.7 - hand,
                                      cx - shoulders / 2 - arm_w * 0.35 + hand, waist - arm_w * 0.7 + hand)),
                         ("ellipse", (cx + shoulders / 2 + arm_w * 0.35 - hand, waist - arm_w * 0.7 - hand,
                                      cx + shoulders / 2 + arm_w * 0.35 + hand, waist - arm_w * 0.7 + hand))]))
    layers = []
    for color, shapes in parts:
        mask = Image.new("L", (w, h), 0)
        draw = ImageDraw.Draw(mask)
        for kind, points in shapes:
            if kind == "rect":
                draw.rounded_rectangle(points, radius=min(points[2] - points[0], points[3] - points[1]) * 0.45,
                                       fill=255)
            elif kind == "ellipse":
                draw.ellipse(points, fill=255)
            else:
                draw.polygon(list(zip(points[::2], points[1::2], strict=True)), fill=255)
        small = mask.resize((width, height), Image.Resampling.BOX)
        box = small.getbbox()
        if box is not None:
            layers.append(Layer(small.crop(box), (box[0], box[1]), (*color, 255)))
    return layers
