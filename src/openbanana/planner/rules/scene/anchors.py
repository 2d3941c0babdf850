"""Where on a host pictogram things attach: a hat on the head, glasses on the eyes, a scarf at the neck, a held
thing at the hand, a rider on the back. Points are fractions of the host's ink box as the font draws it (unflipped);
`span` is how wide that part is, as a fraction of the host's width (a hat is about as wide as the head).

Measured on the bundled pictograms: people and animal faces are drawn head-on (a bust); most animals are drawn from
the side, facing left, with the head at the top left.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from openbanana.planner.rules.scene.kinds import ANIMAL_FACES, FACES_LEFT, SIZES, is_person

Point = Literal["head", "eyes", "neck", "hand", "back", "saddle", "body", "feet"]


@dataclass(frozen=True)
class Body:
    """A host's attachment points: (x, y) in its ink box, and the width of its head."""

    head: tuple[float, float]
    eyes: tuple[float, float]
    neck: tuple[float, float]
    hand: tuple[float, float]
    back: tuple[float, float]
    saddle: tuple[float, float]
    head_span: float

    def point(self, name: Point) -> tuple[float, float]:
        if name == "body":
            return self.back
        if name == "feet":
            return (self.back[0], 0.96)
        return {"head": self.head, "eyes": self.eyes, "neck": self.neck, "hand": self.hand, "back": self.back,
                "saddle": self.saddle}[name]


BUST = Body(head=(0.5, 0.04), eyes=(0.5, 0.5), neck=(0.5, 0.86), hand=(0.96, 0.8), back=(0.5, 0.55),
            saddle=(0.5, 0.1), head_span=0.72)
SIDE_VIEW = Body(head=(0.2, 0.05), eyes=(0.17, 0.2), neck=(0.3, 0.4), hand=(0.05, 0.3), back=(0.6, 0.45),
                 saddle=(0.55, 0.35), head_span=0.32)
# Whole standing figures (a walker, a runner, a rider's figure): a small head on top of a body.
FIGURE = Body(head=(0.5, 0.0), eyes=(0.5, 0.07), neck=(0.5, 0.16), hand=(0.85, 0.5), back=(0.5, 0.35),
              saddle=(0.5, 0.5), head_span=0.36)
FIGURES = set("🧍🚶🏃💃🕺🧎🧗🏌⛹🏋🤸🤾🤹🧘🕴🧖")
DEFAULT = Body(head=(0.5, 0.02), eyes=(0.5, 0.3), neck=(0.5, 0.45), hand=(0.9, 0.6), back=(0.5, 0.5),
               saddle=(0.5, 0.05), head_span=0.5)
BODIES: dict[str, Body] = {
    "🐈": Body((0.18, 0.12), (0.16, 0.3), (0.26, 0.48), (0.05, 0.38), (0.6, 0.5), (0.55, 0.45), 0.34),
    "🐕": Body((0.2, 0.03), (0.2, 0.13), (0.3, 0.34), (0.03, 0.2), (0.6, 0.45), (0.6, 0.42), 0.34),
    "🐩": Body((0.2, 0.05), (0.2, 0.18), (0.3, 0.38), (0.05, 0.25), (0.6, 0.45), (0.6, 0.42), 0.3),
    "🐎": Body((0.12, 0.05), (0.1, 0.14), (0.24, 0.26), (0.02, 0.3), (0.55, 0.4), (0.48, 0.3), 0.2),
    "🐧": Body((0.45, 0.01), (0.42, 0.1), (0.5, 0.32), (0.9, 0.6), (0.5, 0.55), (0.5, 0.02), 0.45),
    "🐘": Body((0.2, 0.02), (0.17, 0.34), (0.35, 0.4), (0.1, 0.55), (0.6, 0.4), (0.55, 0.05), 0.4),
    "🐇": Body((0.15, 0.36), (0.16, 0.5), (0.28, 0.62), (0.02, 0.6), (0.65, 0.55), (0.6, 0.42), 0.3),
    "🐒": Body((0.25, 0.02), (0.18, 0.22), (0.3, 0.45), (0.1, 0.5), (0.55, 0.55), (0.5, 0.45), 0.35),
    "⛄": Body((0.5, 0.14), (0.5, 0.3), (0.5, 0.45), (0.92, 0.55), (0.5, 0.6), (0.5, 0.14), 0.35),
    "🤖": Body((0.5, 0.04), (0.5, 0.4), (0.5, 0.9), (0.96, 0.7), (0.5, 0.5), (0.5, 0.04), 0.8),
    "🚲": Body((0.68, 0.1), (0.68, 0.1), (0.68, 0.1), (0.15, 0.1), (0.68, 0.12), (0.68, 0.12), 0.2),
    "🛹": Body((0.5, 0.3), (0.5, 0.3), (0.5, 0.3), (0.5, 0.3), (0.5, 0.3), (0.5, 0.3), 0.6),
    "🐪": Body((0.15, 0.05), (0.12, 0.12), (0.25, 0.3), (0.05, 0.2), (0.55, 0.2), (0.55, 0.12), 0.2),
    "🐫": Body((0.15, 0.05), (0.12, 0.12), (0.25, 0.3), (0.05, 0.2), (0.55, 0.2), (0.55, 0.12), 0.2),
    "🐢": Body((0.1, 0.4), (0.08, 0.45), (0.15, 0.55), (0.05, 0.6), (0.55, 0.2), (0.55, 0.1), 0.2),
}


def body_of(glyph: str | None) -> Body:
    """The attachment points of a host pictogram: measured ones, else by its family (bust or side view)."""
    plain = (glyph or "").replace("\ufe0f", "")
    if plain in BODIES:
        return BODIES[plain]
    if plain[:1] in FIGURES:
        return FIGURE
    if is_person(plain) or plain[:1] in ANIMAL_FACES:
        return BUST
    if plain[:1] in FACES_LEFT and plain in SIZES:
        return SIDE_VIEW
    return DEFAULT


def attach_point(glyph: str | None, name: Point, *, flip: bool, figure: bool = False) -> tuple[float, float]:
    """The point in the host's box, mirrored when the host is drawn flipped; a face pictogram standing as a whole
    `figure` has a figure's points."""
    x, y = (FIGURE if figure else body_of(glyph)).point(name)
    return (1 - x if flip else x, y)
