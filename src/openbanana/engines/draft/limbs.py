"""A whole figure's legs (standing, kicking, seated, sitting on the ground) and the chair it may sit on, as flat
shapes on the figure's supersampled canvas: the figure code (`figures.py`) rasterises them with the arms and shirt.
"""

from __future__ import annotations

from dataclasses import dataclass

from openbanana.plan import RGB

Shape = tuple[str, tuple[float, ...]]
Part = tuple[RGB, list[Shape]]
KICK = (0.75, 0.45)  # a kicking foot's reach forward and its lift, as shares of the leg's length
CHAIR: RGB = (150, 100, 60)


@dataclass(frozen=True)
class Leg:
    """Where the legs hang from and how thick they are, on the supersampled canvas: `cx` the body's middle,
    `waist` the hips' height, `width` one leg's, `gap` between the legs, `h` the standing figure's height."""

    cx: float
    waist: float
    width: float
    gap: float
    h: float


def standing_legs(leg: Leg, color: RGB, feet: tuple[RGB, bool], kick: int = 0) -> list[Part]:
    """Standing: two legs from the waist to the shoes; boots cover the shins. `kick` (+1 right, -1 left) swings
    that leg forward from the hip, its foot off the ground."""
    cx, waist, lw, gap, h = leg.cx, leg.waist, leg.width, leg.gap, leg.h
    shoe_h = h * 0.045
    legs: list[Shape] = []
    shoes: list[Shape] = []
    for side in (-1, 1):
        inner, outer = cx + side * gap / 2, cx + side * (gap / 2 + lw)
        if side == kick:
            hip_x, length = cx + side * (gap / 2 + lw / 2), h - waist
            fx, fy = cx + side * length * KICK[0], h - length * KICK[1]
            legs.append(("line", (hip_x, waist - lw * 0.5, fx, fy, lw)))
            toe = fx + side * lw * 0.35
            shoes.append(("ellipse", (toe - lw * 0.8, fy - shoe_h, toe + lw * 0.8, fy + shoe_h)))
            continue
        legs.append(("rect", (min(inner, outer), waist - lw, max(inner, outer), h - shoe_h)))
        toe_out, toe_in = cx + side * (gap / 2 + lw * 1.25), cx + side * (gap / 2 - lw * 0.1)
        shoes.append(("ellipse", (min(toe_in, toe_out), h - shoe_h * 2, max(toe_in, toe_out), h)))
        if feet[1]:
            boot_out, boot_in = cx + side * (gap / 2 + lw * 1.1), cx + side * (gap / 2 - lw * 0.1)
            shoes.append(("rect", (min(boot_in, boot_out), h - shoe_h * 4.5, max(boot_in, boot_out), h - shoe_h)))
    return [(color, legs), (feet[0], shoes)]


def seated_legs(leg: Leg, bottom: float, standing: float, shoulders: float, colors: tuple[RGB, RGB],
                feet: tuple[RGB, bool]) -> list[Part]:
    """Sitting, seen a little from the side: the thighs level along the seat toward the way the figure faces,
    the shins hanging from the knees to the shoes below the seat's edge (a front view reads as standing).
    `colors`: the shins' and the lap's."""
    shoe_h = standing * 0.045
    knee_x = leg.cx + shoulders * 1.05
    hip, lw = leg.waist - leg.width * 0.5, leg.width
    shins: list[Shape] = []
    thighs: list[Shape] = []
    shoes: list[Shape] = []
    for offset in (-leg.gap, leg.gap):  # the far leg a little behind the near one
        knee = knee_x + offset
        shins.append(("rect", (knee - lw, hip - lw * 0.4, knee, bottom - shoe_h)))
        thighs.append(("rect", (leg.cx - shoulders * 0.45 + offset, hip - lw * 0.55, knee, hip + lw * 0.55)))
        shoes.append(("ellipse", (knee - lw * 1.1, bottom - shoe_h * 2, knee + lw * 0.9, bottom)))
    return [(colors[0], shins), (colors[1], thighs), (feet[0], shoes)]


def ground_legs(leg: Leg, bottom: float, shoulders: float, colors: tuple[RGB, RGB],
                feet: tuple[RGB, bool]) -> list[Part]:
    """Sitting on the ground, seen from the side: the legs out straight along the ground toward the way the
    figure faces, the shoes upright at their ends. `colors`: the shins' and the lap's."""
    lw = leg.width
    toe = leg.cx + shoulders * 1.95
    hip = leg.cx - shoulders * 0.4
    legs: list[Shape] = [("rect", (hip, bottom - lw * 1.2, toe - lw * 0.3, bottom))]
    lap: list[Shape] = [("rect", (hip, bottom - lw * 1.25, leg.cx + shoulders * 0.95, bottom))]
    shoes: list[Shape] = [("ellipse", (toe - lw * 0.8, bottom - lw * 1.7, toe + lw * 0.25, bottom))]
    return [(colors[0], legs), (colors[1], lap), (feet[0], shoes)]


def chair(leg: Leg, bottom: float, shoulders: float, top: float) -> list[Part]:
    """A plain wooden chair in profile under a seated figure: the back behind its torso, the seat under its
    thighs, a leg at each end, drawn before the figure so the body covers what it would."""
    lw = leg.width
    seat_top = leg.waist
    seat_bottom = seat_top + lw * 0.45
    back = leg.cx - shoulders * 0.95
    front = leg.cx + shoulders * 1.1
    return [(CHAIR, [("rect", (back, top + (leg.waist - top) * 0.2, back + lw * 0.5, seat_bottom)),
                     ("rect", (back, seat_top, front, seat_bottom)),
                     ("rect", (back, seat_bottom - lw * 0.2, back + lw * 0.4, bottom)),
                     ("rect", (front - lw * 0.4, seat_bottom - lw * 0.2, front, bottom))])]
