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
from openbanana.imaging.people import CHILD_HEADS, ELDERLY_HEADS, SITTING_SHARE, figure_aspect
from openbanana.imaging.people import is_head as is_head
from openbanana.plan import RGB, Subject

FEMININE = frozenset("👩👧👵👸🧕")
TONES: dict[str, RGB] = {"\U0001f3fb": (247, 222, 206), "\U0001f3fc": (243, 210, 162),
                         "\U0001f3fd": (212, 171, 136), "\U0001f3fe": (175, 126, 87), "\U0001f3ff": (124, 83, 62)}
YELLOW: RGB = (255, 220, 93)
SHIRTS: tuple[RGB, ...] = ((226, 76, 60), (58, 130, 220), (250, 178, 40), (80, 170, 110), (150, 90, 200),
                           (240, 120, 160), (40, 170, 180), (245, 245, 240))
TROUSERS: tuple[RGB, ...] = ((52, 72, 120), (70, 70, 80), (120, 84, 60), (40, 100, 150))
SHOES: RGB = (48, 40, 40)
SUPERSAMPLE = 2
SHIN = 0.27  # a seated figure's shins and shoes below the seat, as a fraction of its standing height
LAP = 0.95  # how far a seated figure's knees reach past its body, in head widths
STOOP = 0.14  # how far an old person's head leans forward of the shoulders, in head widths
CANE: RGB = (110, 74, 46)
Shape = tuple[str, tuple[float, ...]]
Part = tuple[RGB, list[Shape]]
ARM = 0.42  # an arm's reach, as a fraction of the figure's height


@dataclass(frozen=True)
class Build:
    """A figure's proportions, as fractions of its height."""

    head: float  # the face's height
    waist: float  # where the shirt ends
    hem: float  # where a dress ends


CHILD = Build(head=0.40, waist=0.68, hem=0.80)
ADULT = Build(head=0.29, waist=0.60, hem=0.78)


def fit_figure(subject: Subject, size: tuple[int, int], holds: tuple[float, float, float, float] | None = None,
               wears: tuple[RGB | None, RGB | None] = (None, None),
               feet: tuple[RGB, bool] | None = None) -> tuple[Sprite, int, int] | None:
    """The subject as a whole figure standing on its box's bottom edge, as tall as the box (narrower if the box
    is too narrow), centred across it; when it `holds` something (that thing's box, in pixels), one arm reaches out
    to it; `wears` colours its top and bottoms, `feet` its shoes (boots reach up the shins). None when its face is
    not in the font."""
    assert subject.glyph is not None
    left, top, right, bottom = subject.box
    box_w, box_h = (right - left) * size[0], (bottom - top) * size[1]
    seated = subject.pose == "sitting"
    standing_h = box_h / SITTING_SHARE if seated else box_h
    height = quantise(min(standing_h, box_w / figure_aspect(subject.glyph)))
    if height < 8:
        return None
    width = _width(subject.glyph, height)
    if width is None:
        return None
    x = round(left * size[0] + (box_w - width) / 2)
    build = CHILD if subject.glyph[0] in CHILD_HEADS else ADULT
    y = round(bottom * size[1] - (build.waist * height if seated else height))  # a seated figure's hips on the seat
    hand = _hand(subject.glyph, height, width, holds, (x, y)) if holds is not None else None
    shirt, trousers = clothes(subject)
    made = _figure(subject.glyph, height, wears[0] or shirt, wears[1] or trousers, hand, seated,
                   feet or (SHOES, False))
    if made is None:
        return None
    shift = min(0, hand[0] - _hand_radius(subject.glyph, height)) if hand is not None else 0
    return made, x + shift, y


def _width(glyph: str, height: int) -> int | None:
    face = _face(glyph, height)
    return None if face is None else max(face.size[0], round(face.size[0] * 1.25))


def _face(glyph: str, height: int) -> Sprite | None:
    build = CHILD if glyph[0] in CHILD_HEADS else ADULT
    _, top, _, bottom = ink_box(glyph)
    return sprite(glyph, quantise(height * build.head / max(1e-6, bottom - top)))


def _shoulder(glyph: str, height: int, width: int, right: bool) -> tuple[float, float]:
    """Where an arm starts, in the figure's own pixels (its top-left at 0, 0)."""
    face = _face(glyph, height)
    head_w, head_h = face.size if face is not None else (width, height // 3)
    shoulders = head_w * 0.8
    return (width / 2 + (shoulders / 2 if right else -shoulders / 2), head_h * 0.86 + shoulders * 0.1)


def _hand_radius(glyph: str, height: int) -> int:
    face = _face(glyph, height)
    return max(2, round((face.size[0] if face is not None else height / 3) * 0.8 * 0.2 * 0.62)) + 1


def _hand(glyph: str, height: int, width: int, holds: tuple[float, float, float, float],
          origin: tuple[int, int]) -> tuple[int, int] | None:
    """Where the reaching hand goes, in the figure's own pixels: at the held thing's nearest edge, a little inside
    it (a cartoon arm stretches a little); None when that is well beyond an arm's length (another of several
    people holds it)."""
    x0, y0, x1, y1 = (v - origin[i % 2] for i, v in enumerate(holds))
    right = (x0 + x1) / 2 > width / 2
    sx, sy = _shoulder(glyph, height, width, right)
    tx = min(max(sx, x0 + (x1 - x0) * 0.15), x1 - (x1 - x0) * 0.15) if x0 < sx < x1 else (
        x0 + (x1 - x0) * 0.15 if right else x1 - (x1 - x0) * 0.15)
    ty = min(max(sy, y0 + (y1 - y0) * 0.3), y1 - (y1 - y0) * 0.3)
    reach = height * ARM
    dx, dy = tx - sx, ty - sy
    length = max(1e-6, (dx * dx + dy * dy) ** 0.5)
    if length > reach * 1.6:
        return None
    return round(sx + dx), round(sy + dy)


def clothes(subject: Subject) -> tuple[RGB, RGB]:
    """The shirt (or dress) and trousers: the subject's tint when it has one, else picked by the subject itself."""
    pick = zlib.crc32(f"{subject.entity}|{subject.box[0]:.3f}|{subject.glyph}".encode())
    shirt = subject.tint or SHIRTS[pick % len(SHIRTS)]
    return shirt, TROUSERS[(pick // len(SHIRTS)) % len(TROUSERS)]


def skin(glyph: str) -> RGB:
    return next((tone for mark, tone in TONES.items() if mark in glyph), YELLOW)


@lru_cache(maxsize=256)
def _figure(glyph: str, height: int, shirt: RGB, trousers: RGB, hand: tuple[int, int] | None = None,
            seated: bool = False, feet: tuple[RGB, bool] = (SHOES, False)) -> Sprite | None:
    """The figure's sprite (`height` is its standing height); with a `hand` (in the figure's own pixels, possibly
    beside it) one arm reaches there, and the sprite widens to hold it. `seated`: sitting, its lap at the waist and
    its shins hanging below, so the sprite is shorter. An old person's face (👴) gets a stoop and a cane."""
    build = CHILD if glyph[0] in CHILD_HEADS else ADULT
    face = _face(glyph, height)
    if face is None:
        return None
    head_w, head_h = face.size
    width = max(head_w, round(head_w * 1.25))
    radius = _hand_radius(glyph, height)
    pad_left = max(0, -(hand[0] - radius)) if hand is not None else 0
    full_w = max(width, hand[0] + radius + 1) + pad_left if hand is not None else width
    tall = round(height * (build.waist + SHIN)) if seated else height
    full_w += round(head_w * LAP) if seated else 0  # the thighs reach forward past the body
    frame = Frame(full_w, tall, pad_left, width, height, seated)
    body = _body(frame, head_h, head_w, build, glyph, (shirt, trousers), hand, feet)
    stooped = glyph[0] in ELDERLY_HEADS and not seated
    head_x = pad_left + (width - head_w) // 2 + (round(head_w * STOOP) if stooped else 0)
    layers = (*body, *(Layer(layer.mask, (layer.offset[0] + head_x, layer.offset[1]), layer.color)
                       for layer in face.layers))
    return Sprite(layers, (full_w, tall))


@dataclass(frozen=True)
class Frame:
    """The sprite's canvas: its size, where the figure (`body` wide) begins in it, and the figure's standing
    height (the canvas is shorter when it sits)."""

    width: int
    height: int
    left: int
    body: int
    standing: int = 0
    seated: bool = False


def _body(frame: Frame, head_h: int, head_w: int, build: Build, glyph: str, wears: tuple[RGB, RGB],
          hand: tuple[int, int] | None, feet: tuple[RGB, bool]) -> list[Layer]:
    """The body's layers, back to front: legs, shoes, arms, shirt or dress, hands; with a `hand`, the arm on its
    side reaches there instead of hanging."""
    k = SUPERSAMPLE
    width, height = frame.width, frame.height
    w, h = width * k, (frame.standing or height) * k  # shapes are laid out on the standing height
    cx = (frame.left + frame.body / 2) * k
    shoulders = head_w * 0.8 * k
    top = head_h * 0.86 * k
    waist = build.waist * h
    dress = glyph[0] in FEMININE or "\u2640" in glyph
    leg_w, gap = shoulders * 0.3, shoulders * 0.07
    shoe_h = h * 0.045
    arm_w = shoulders * 0.2
    tone = skin(glyph)
    shirt, trousers = wears
    parts = _seated_legs(frame, cx, waist, leg_w, gap, shoulders, tone if dress else trousers,
                         shirt if dress else trousers, feet) \
        if frame.seated else _legs(cx, waist, leg_w, gap, h, tone if dress else trousers, feet)

    reach_right = hand is not None and hand[0] + frame.left > frame.left + frame.body / 2
    arms: list[tuple[str, tuple[float, ...]]] = []
    if hand is None or reach_right:
        arms.append(("rect", (cx - shoulders / 2 - arm_w * 0.9, top + arm_w * 0.3, cx - shoulders / 2 + arm_w * 0.2,
                              waist - arm_w * 0.4)))
    if hand is None or not reach_right:
        arms.append(("rect", (cx + shoulders / 2 - arm_w * 0.2, top + arm_w * 0.3, cx + shoulders / 2 + arm_w * 0.9,
                              waist - arm_w * 0.4)))
    if hand is not None:
        sx = cx + (shoulders / 2 if reach_right else -shoulders / 2)
        arms.append(("line", (sx, top + arm_w * 0.5, (hand[0] + frame.left) * k, hand[1] * k, arm_w)))
    parts.append((shirt, arms))
    if dress and not frame.seated:
        hem = build.hem * h
        flare = shoulders * 0.32
        parts.append((shirt, [("rect", (cx - shoulders / 2, top, cx + shoulders / 2, waist)),
                              ("polygon", (cx - shoulders / 2, waist - arm_w, cx + shoulders / 2, waist - arm_w,
                                           cx + shoulders / 2 + flare, hem, cx - shoulders / 2 - flare, hem))]))
    else:
        parts.append((shirt, [("rect", (cx - shoulders / 2, top, cx + shoulders / 2, waist))]))
    r = arm_w * 0.62
    hands: list[tuple[str, tuple[float, ...]]] = []
    if hand is None or reach_right:
        hands.append(("ellipse", (cx - shoulders / 2 - arm_w * 0.35 - r, waist - arm_w * 0.7 - r,
                                  cx - shoulders / 2 - arm_w * 0.35 + r, waist - arm_w * 0.7 + r)))
    if hand is None or not reach_right:
        hands.append(("ellipse", (cx + shoulders / 2 + arm_w * 0.35 - r, waist - arm_w * 0.7 - r,
                                  cx + shoulders / 2 + arm_w * 0.35 + r, waist - arm_w * 0.7 + r)))
    if hand is not None:
        hx, hy = (hand[0] + frame.left) * k, hand[1] * k
        hands.append(("ellipse", (hx - r, hy - r, hx + r, hy + r)))
    if glyph[0] in ELDERLY_HEADS and not frame.seated and (hand is None or reach_right is False):
        parts.append((CANE, [("line", (cx + shoulders / 2 + arm_w * 0.35, waist - arm_w * 0.9,
                                       cx + shoulders / 2 + arm_w * 1.5, h - shoe_h * 0.3, arm_w * 0.55))]))
    parts.append((tone, hands))
    layers = []
    for color, shapes in parts:
        mask = Image.new("L", (w, height * k), 0)
        draw = ImageDraw.Draw(mask)
        for kind, points in shapes:
            if kind == "rect":
                draw.rounded_rectangle(points, radius=min(points[2] - points[0], points[3] - points[1]) * 0.45,
                                       fill=255)
            elif kind == "ellipse":
                draw.ellipse(points, fill=255)
            elif kind == "line":
                x0, y0, x1, y1, thick = points
                draw.line((x0, y0, x1, y1), fill=255, width=round(thick))
                for px, py in ((x0, y0), (x1, y1)):
                    draw.ellipse((px - thick / 2, py - thick / 2, px + thick / 2, py + thick / 2), fill=255)
            else:
                draw.polygon(list(zip(points[::2], points[1::2], strict=True)), fill=255)
        small = mask.resize((width, height), Image.Resampling.BOX)
        box = small.getbbox()
        if box is not None:
            layers.append(Layer(small.crop(box), (box[0], box[1]), (*color, 255)))
    return layers


def _legs(cx: float, waist: float, leg_w: float, gap: float, h: float, color: RGB,
          feet: tuple[RGB, bool]) -> list[Part]:
    """Standing: two legs from the waist to the shoes; boots cover the shins."""
    shoe_h = h * 0.045
    shoes: list[Shape] = [("ellipse", (cx - gap / 2 - leg_w * 1.25, h - shoe_h * 2, cx - gap / 2 + leg_w * 0.1, h)),
                          ("ellipse", (cx + gap / 2 - leg_w * 0.1, h - shoe_h * 2, cx + gap / 2 + leg_w * 1.25, h))]
    if feet[1]:
        shoes += [("rect", (cx - gap / 2 - leg_w * 1.1, h - shoe_h * 4.5, cx - gap / 2 + leg_w * 0.1, h - shoe_h)),
                  ("rect", (cx + gap / 2 - leg_w * 0.1, h - shoe_h * 4.5, cx + gap / 2 + leg_w * 1.1, h - shoe_h))]
    return [(color, [("rect", (cx - gap / 2 - leg_w, waist - leg_w, cx - gap / 2, h - shoe_h)),
                     ("rect", (cx + gap / 2, waist - leg_w, cx + gap / 2 + leg_w, h - shoe_h))]),
            (feet[0], shoes)]


def _seated_legs(frame: Frame, cx: float, waist: float, leg_w: float, gap: float, shoulders: float, color: RGB,
                 lap: RGB, feet: tuple[RGB, bool]) -> list[Part]:
    """Sitting, seen a little from the side: the thighs level along the seat toward the way the figure faces,
    the shins hanging from the knees to the shoes below the seat's edge (a front view reads as standing)."""
    k = SUPERSAMPLE
    bottom = frame.height * k
    shoe_h = frame.standing * k * 0.045
    thigh = shoulders * 1.05
    knee_x = cx + thigh
    hip = waist - leg_w * 0.5
    shins: list[Shape] = []
    thighs: list[Shape] = []
    shoes: list[Shape] = []
    for offset in (-gap, gap):  # the far leg a little behind the near one
        knee = knee_x + offset
        shins.append(("rect", (knee - leg_w, hip - leg_w * 0.4, knee, bottom - shoe_h)))
        thighs.append(("rect", (cx - shoulders * 0.45 + offset, hip - leg_w * 0.55, knee, hip + leg_w * 0.55)))
        shoes.append(("ellipse", (knee - leg_w * 1.1, bottom - shoe_h * 2, knee + leg_w * 0.9, bottom)))
    return [(color, shins), (lap, thighs), (feet[0], shoes)]
