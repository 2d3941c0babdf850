"""Whole people from head-only pictograms: 👧 is a face, so in a scene it gets a body under it.

Twemoji draws a girl, a man or a grandmother as a face (with the hair, skin tone and age the planner chose); in a
scene that reads as a floating head. A figure keeps that face and adds a body in the same flat style: a shirt (or
a dress), arms with hands in the face's skin tone, legs and shoes, in a child's or an adult's proportions. The
clothes take the subject's tint ("a girl in a red dress"); otherwise their colours come from the subject itself,
so the same request draws the same figure. The result is an ordinary layered Sprite, so haze, mirroring and the
styles treat it like any pictogram. What the person does (`gestures.py`) moves its arms and legs (`limbs.py`).
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw

from openbanana.engines.draft.arms import (
    ADULT,
    CHILD,
    Build,
    Reach,
    arm_reaches,
    face_height,
    face_sprite,
    figure_width,
    hand_at,
    hand_radius,
)
from openbanana.engines.draft.gestures import STILL, Act, Sits
from openbanana.engines.draft.limbs import KICK, Leg, Part, Shape, chair, ground_legs, seated_legs, standing_legs
from openbanana.engines.draft.pictograms import transformed
from openbanana.engines.draft.roles import HAT_LIFT, apron_parts, cape_parts, hat, role_shirt, wears_hat
from openbanana.imaging.drawing.glyphs import Layer, Sprite, quantise
from openbanana.imaging.people import CHILD_HEADS, ELDERLY_HEADS, SITTING_SHARE, figure_aspect, role_of
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
GROUND_LAP = 1.7  # how far the feet of a figure sitting on the ground reach past its body, in head widths
STOOP = 0.14  # how far an old person's head leans forward of the shoulders, in head widths
CANE: RGB = (110, 74, 46)


@dataclass(frozen=True)
class Frame:
    """The sprite's canvas: its size, where the figure (`body` wide) begins in it, the figure's standing height
    (the canvas is shorter when it sits) and what it sits on, if it sits."""

    width: int
    height: int
    left: int
    body: int
    standing: int = 0
    sits: Sits = ""


def fit_figure(subject: Subject, size: tuple[int, int], holds: tuple[float, float, float, float] | None = None,
               wears: tuple[RGB | None, RGB | None] = (None, None),
               feet: tuple[RGB, bool] | None = None, act: Act = STILL,
               apron: RGB | None = None, cape: RGB | None = None) -> tuple[Sprite, int, int] | None:
    """The subject as a whole figure standing on its box's bottom edge, as tall as the box (narrower if the box
    is too narrow), centred across it; when it `holds` something (that thing's box, in pixels), one arm reaches out
    to it; `wears` colours its top and bottoms, `feet` its shoes (boots reach up the shins); `act` raises its arms,
    swings a leg, or sits it on a chair or the ground inside its standing box; an `apron` is worn over the
    clothes, a `cape` hangs behind them from the shoulders. None when its face is not in the font."""
    assert subject.glyph is not None
    left, top, right, bottom = subject.box
    box_w, box_h = (right - left) * size[0], (bottom - top) * size[1]
    seated = subject.pose == "sitting"
    standing_h = box_h / SITTING_SHARE if seated else box_h
    height = quantise(min(standing_h, box_w / figure_aspect(subject.glyph)))
    if height < 8:
        return None
    width = figure_width(subject.glyph, height)
    if width is None:
        return None
    x = round(left * size[0] + (box_w - width) / 2)
    build = CHILD if subject.glyph[0] in CHILD_HEADS else ADULT
    y = round(bottom * size[1] - (build.waist * height if seated else height))  # a seated figure's hips on the seat
    hand = hand_at(subject.glyph, height, width, holds, (x, y)) if holds is not None else None
    sits: Sits = "seat" if seated else act.seat
    kick = act.aim if act.gesture == "kick" and not sits else 0
    shirt, trousers = clothes(subject)
    made = _figure(subject.glyph, height, wears[0] or shirt, wears[1] or trousers,
                   arm_reaches(subject.glyph, height, width, hand, act), sits, feet or (SHOES, False), kick, apron,
                   cape)
    if made is None:
        return None
    drawn, pad_left = made
    y -= round(face_height(subject.glyph, height) * HAT_LIFT) if wears_hat(role_of(subject.glyph)) else 0
    if sits and not seated:  # sitting inside its standing box: the feet (or the chair) on the box's bottom
        y = round(bottom * size[1] - drawn.size[1])
        if act.aim < 0:  # it faces what it sits at (its lap points right as drawn)
            drawn = transformed(drawn, Image.Transpose.FLIP_LEFT_RIGHT)
            pad_left = drawn.size[0] - pad_left - width
    return drawn, x - pad_left, y


def clothes(subject: Subject) -> tuple[RGB, RGB]:
    """The shirt (or dress) and trousers: the subject's tint when it has one, else its role's (a chef's whites),
    else picked by the subject itself."""
    pick = zlib.crc32(f"{subject.entity}|{subject.box[0]:.3f}|{subject.glyph}".encode())
    shirt = subject.tint or role_shirt(role_of(subject.glyph)) or SHIRTS[pick % len(SHIRTS)]
    return shirt, TROUSERS[(pick // len(SHIRTS)) % len(TROUSERS)]


def skin(glyph: str) -> RGB:
    return next((tone for mark, tone in TONES.items() if mark in glyph), YELLOW)


def _extents(width: int, marks: Sequence[tuple[float, float]]) -> tuple[int, int]:
    """How far the canvas must extend left of the figure, and its whole width, to hold every mark (x, radius)."""
    lo = min([0.0, *(x - r for x, r in marks)])
    hi = max([float(width), *(x + r + 1 for x, r in marks)])
    pad = max(0, -math.floor(lo))
    return pad, math.ceil(hi) + pad


@lru_cache(maxsize=256)
def _figure(glyph: str, height: int, shirt: RGB, trousers: RGB, reach: tuple[Reach, ...] = (),
            sits: Sits = "", feet: tuple[RGB, bool] = (SHOES, False), kick: int = 0,
            apron: RGB | None = None, cape: RGB | None = None) -> tuple[Sprite, int] | None:
    """The figure's sprite (`height` is its standing height) and how far it extends left of the figure; each
    `reach` (in the figure's own pixels, possibly beside it) takes an arm there, and the sprite widens to hold it.
    `sits`: on the plan's seat or a chair (its lap at the waist, its shins hanging below), or on the ground (its
    legs out in front), so the sprite is shorter; `kick` (+1 right, -1 left) swings a foot forward. An old
    person's face (👴) gets a stoop and a cane."""
    build = CHILD if glyph[0] in CHILD_HEADS else ADULT
    face = face_sprite(glyph, height)
    if face is None:
        return None
    head_w, head_h = face.size
    width = max(head_w, round(head_w * 1.25))
    radius = hand_radius(glyph, height)
    marks = [(float(x), float(radius)) for _, (x, _) in reach]
    leg = height * (1 - build.waist)
    if kick:
        marks.append((width / 2 + kick * leg * KICK[0], head_w * 0.8 * 0.38))
    if sits == "chair":
        marks.append((width / 2 - head_w * 0.8 * 0.95, 0.0))
    pad_left, full_w = _extents(width, marks)
    tall = round(height * (build.waist + SHIN)) if sits in ("seat", "chair") else height
    if sits == "ground":
        tall = round(height * build.waist + head_w * 0.8 * 0.3 * 0.8)
    full_w += round(head_w * (GROUND_LAP if sits == "ground" else LAP)) if sits else 0  # the legs reach forward
    frame = Frame(full_w, tall, pad_left, width, height, sits)
    body = _body(frame, head_h, head_w, build, glyph, (shirt, trousers), reach, feet, kick, (apron, cape))
    stooped = glyph[0] in ELDERLY_HEADS and not sits
    head_x = pad_left + (width - head_w) // 2 + (round(head_w * STOOP) if stooped else 0)
    layers = (*body, *(Layer(layer.mask, (layer.offset[0] + head_x, layer.offset[1]), layer.color)
                       for layer in face.layers))
    role = role_of(glyph)
    worn = hat(role, head_x * SUPERSAMPLE, head_w * SUPERSAMPLE, head_h * SUPERSAMPLE)
    if not worn:
        return Sprite(layers, (full_w, tall)), pad_left
    lift = round(head_h * HAT_LIFT)  # the canvas grows upward by the hat's height; fit_figure raises it as much
    layers = (*(Layer(layer.mask, (layer.offset[0], layer.offset[1] + lift), layer.color) for layer in layers),
              *rasterised(worn, (full_w * SUPERSAMPLE, (tall + lift) * SUPERSAMPLE), (full_w, tall + lift)))
    return Sprite(layers, (full_w, tall + lift)), pad_left


def _body(frame: Frame, head_h: int, head_w: int, build: Build, glyph: str, wears: tuple[RGB, RGB],
          reach: tuple[Reach, ...], feet: tuple[RGB, bool], kick: int,
          over: tuple[RGB | None, RGB | None] = (None, None)) -> list[Layer]:
    """The body's layers, back to front: a cape, a chair, legs, shoes, arms, shirt or dress, an apron, hands; an
    arm with a `reach` goes there instead of hanging. `over`: the colours of an apron and a cape worn."""
    k = SUPERSAMPLE
    width, height = frame.width, frame.height
    w, h = width * k, (frame.standing or height) * k  # shapes are laid out on the standing height
    cx = (frame.left + frame.body / 2) * k
    shoulders = head_w * 0.8 * k
    top = head_h * 0.86 * k
    waist = build.waist * h
    dress = glyph[0] in FEMININE or "\u2640" in glyph
    leg = Leg(cx, waist, shoulders * 0.3, shoulders * 0.07, h)
    arm_w = shoulders * 0.2
    tone = skin(glyph)
    shirt, trousers = wears
    apron, cape = over
    parts: list[Part] = cape_parts(cape, cx, shoulders, top, min(h, frame.height * k) * 0.84) if cape else []
    parts += chair(leg, frame.height * k, shoulders, top) if frame.sits == "chair" else []
    if frame.sits == "ground":
        parts += ground_legs(leg, frame.height * k, shoulders, (tone if dress else trousers,
                                                              shirt if dress else trousers), feet)
    elif frame.sits:
        parts += seated_legs(leg, frame.height * k, frame.standing * k, shoulders,
                             (tone if dress else trousers, shirt if dress else trousers), feet)
    else:
        parts += standing_legs(leg, tone if dress else trousers, feet, kick)
    raised = {side for side, _ in reach}
    arms: list[Shape] = []
    if False not in raised:
        arms.append(("rect", (cx - shoulders / 2 - arm_w * 0.9, top + arm_w * 0.3, cx - shoulders / 2 + arm_w * 0.2,
                              waist - arm_w * 0.4)))
    if True not in raised:
        arms.append(("rect", (cx + shoulders / 2 - arm_w * 0.2, top + arm_w * 0.3, cx + shoulders / 2 + arm_w * 0.9,
                              waist - arm_w * 0.4)))
    for side, (hx, hy) in reach:
        sx = cx + (shoulders / 2 if side else -shoulders / 2)
        arms.append(("line", (sx, top + arm_w * 0.5, (hx + frame.left) * k, hy * k, arm_w)))
    parts.append((shirt, arms))
    if dress and not frame.sits:
        hem = build.hem * h
        flare = shoulders * 0.32
        parts.append((shirt, [("rect", (cx - shoulders / 2, top, cx + shoulders / 2, waist)),
                              ("polygon", (cx - shoulders / 2, waist - arm_w, cx + shoulders / 2, waist - arm_w,
                                           cx + shoulders / 2 + flare, hem, cx - shoulders / 2 - flare, hem))]))
    else:
        parts.append((shirt, [("rect", (cx - shoulders / 2, top, cx + shoulders / 2, waist))]))
    if apron is not None:
        parts += apron_parts(apron, cx, shoulders * 0.72, top + (waist - top) * 0.28,
                             waist + (h - waist) * (0.1 if frame.sits else 0.45))
    r = arm_w * 0.62
    hands: list[Shape] = []
    if False not in raised:
        hands.append(("ellipse", (cx - shoulders / 2 - arm_w * 0.35 - r, waist - arm_w * 0.7 - r,
                                  cx - shoulders / 2 - arm_w * 0.35 + r, waist - arm_w * 0.7 + r)))
    if True not in raised:
        hands.append(("ellipse", (cx + shoulders / 2 + arm_w * 0.35 - r, waist - arm_w * 0.7 - r,
                                  cx + shoulders / 2 + arm_w * 0.35 + r, waist - arm_w * 0.7 + r)))
    for _, (hx, hy) in reach:
        hands.append(("ellipse", ((hx + frame.left) * k - r, hy * k - r, (hx + frame.left) * k + r, hy * k + r)))
    if glyph[0] in ELDERLY_HEADS and not frame.sits and True not in raised:
        parts.append((CANE, [("line", (cx + shoulders / 2 + arm_w * 0.35, waist - arm_w * 0.9,
                                       cx + shoulders / 2 + arm_w * 1.5, h - h * 0.045 * 0.3, arm_w * 0.55))]))
    parts.append((tone, hands))
    return rasterised(parts, (w, height * k), (width, height))


def rasterised(parts: Sequence[Part], big: tuple[int, int], size: tuple[int, int]) -> list[Layer]:
    """Each part's shapes drawn at the supersampled size and boxed down to one layer in its colour."""
    layers = []
    for color, shapes in parts:
        mask = Image.new("L", big, 0)
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
        small = mask.resize(size, Image.Resampling.BOX)
        box = small.getbbox()
        if box is not None:
            layers.append(Layer(small.crop(box), (box[0], box[1]), (*color, 255)))
    return layers
