"""Forms for things met outdoors that the pictogram font lacks or shows only as a sign: an arched stone bridge (the
font's bridge is a night scene on a tile), a playground seesaw (a slide had stood in), a baby's stroller (a
shopping cart had stood in), a skateboard seen side on under a rider's feet (the font's is tilted on end), a
basketball hoop and a football goal (the props a court or a pitch is known by; a ball had stood in for a hoop),
a plain slab for an ice floe or a steel beam to stand on (they were left out, and what stood on them floated), a
market stall."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.engines.draft.world.part_shapes import Part, ellipse, rect
from openbanana.plan import RGB


def _bridge() -> list[Part]:
    """A stone bridge seen side on: a parapet along the deck, the span's face, and two arches dark beneath it."""
    parts: list[Part] = [(rect(0.0, 0.1, 1.0, 0.22), 1.12), (rect(0.0, 0.22, 1.0, 1.0), 0.95)]
    for cx in (0.29, 0.71):  # each arch: a half ellipse of shade cut into the span, its springing at the foot
        arch = [(cx + 0.19 * x, 1.0 - 0.55 * y) for x, y in
                ((-1.0, 0.0), *((p[0], p[1]) for p in _half_circle(12)), (1.0, 0.0))]
        parts.append((tuple(arch), 0.4))
    for x in (0.04, 0.2, 0.36, 0.52, 0.68, 0.84):
        parts.append((rect(x, 0.0, x + 0.1, 0.12), 1.05))  # the parapet's coping stones
    return parts


def _half_circle(steps: int) -> list[tuple[float, float]]:
    points = ellipse(0.0, 0.0, 1.0, 1.0, steps * 2)
    return [(x, -y) for x, y in points if y <= 1e-9][::-1]


def _seesaw() -> list[Part]:
    """A plank on a pivot, one end down on the ground, handles at both seats."""
    return [(((0.42, 1.0), (0.5, 0.55), (0.58, 1.0)), 0.6),
            (((0.0, 0.78), (0.02, 0.7), (1.0, 0.3), (1.0, 0.4)), 1.0),
            (rect(0.1, 0.56, 0.13, 0.72), 0.7), (rect(0.86, 0.18, 0.89, 0.36), 0.7)]


def _stroller() -> list[Part]:
    """A pram: a hooded body on a frame, two wheels, the push handle rising behind."""
    return [(((0.78, 0.52), (0.86, 0.06), (0.94, 0.06), (0.84, 0.52)), 0.55),
            (ellipse(0.42, 0.48, 0.36, 0.22), 1.0), (rect(0.06, 0.48, 0.78, 0.6), 1.0),
            (((0.1, 0.46), (0.2, 0.2), (0.42, 0.12), (0.46, 0.46)), 0.8),
            (rect(0.2, 0.6, 0.24, 0.82), 0.45), (rect(0.62, 0.6, 0.66, 0.82), 0.45),
            (ellipse(0.22, 0.86, 0.12, 0.12), 0.35), (ellipse(0.64, 0.86, 0.12, 0.12), 0.35)]


def _skateboard() -> list[Part]:
    """A deck with its ends kicked up, two trucks and four wheels (two show) under it."""
    return [(((0.0, 0.05), (0.08, 0.4), (0.92, 0.4), (1.0, 0.05), (1.0, 0.2), (0.94, 0.58), (0.06, 0.58),
              (0.0, 0.2)), 1.0),
            (rect(0.2, 0.58, 0.3, 0.7), 0.55), (rect(0.7, 0.58, 0.8, 0.7), 0.55),
            (ellipse(0.25, 0.8, 0.08, 0.2), 0.3), (ellipse(0.75, 0.8, 0.08, 0.2), 0.3)]


def _hoop() -> list[Part]:
    """A basketball hoop on its post: the post and its arm in shade, the backboard lit pale with its square, the
    rim in front of the board's foot and the net hanging white from it."""
    return [(rect(0.74, 0.22, 0.84, 1.0), 0.42), (rect(0.5, 0.2, 0.8, 0.25), 0.42),
            (rect(0.0, 0.0, 0.7, 0.3), 1.75), (rect(0.23, 0.15, 0.47, 0.27), 1.0), (rect(0.26, 0.17, 0.44, 0.25), 1.75),
            (((0.14, 0.335), (0.56, 0.335), (0.48, 0.46), (0.22, 0.46)), 1.9), (rect(0.1, 0.3, 0.6, 0.335), 1.0)]


def _goal() -> list[Part]:
    """A football goal seen from the front: the net's strings in pale shade, the white posts and crossbar over it."""
    strings: list[Part] = [(rect(0.04 + i * 0.115, 0.08, 0.05 + i * 0.115, 1.0), 0.8) for i in range(9)]
    strings += [(rect(0.04, 0.08 + j * 0.18, 0.96, 0.09 + j * 0.18), 0.8) for j in range(1, 6)]
    return [*strings, (rect(0.0, 0.0, 1.0, 0.07), 1.0), (rect(0.0, 0.0, 0.035, 1.0), 1.0),
            (rect(0.965, 0.0, 1.0, 1.0), 1.0)]


def _slab() -> list[Part]:
    """A plain slab seen a little from above, for a support with no pictogram of its own (an ice floe, a steel
    beam): its lit top, on which things stand, over its front face in shade."""
    return [(((0.04, 0.0), (0.96, 0.0), (1.0, 0.55), (0.0, 0.55)), 1.12), (rect(0.0, 0.55, 1.0, 1.0), 0.72)]


def _stall() -> list[Part]:
    """A market stall seen from the front: a striped awning on two posts over a wooden counter, its sellers behind
    the counter under the awning (a shop building had stood in for a lemonade stand, and hid the kids behind it)."""
    stripes: list[Part] = [(rect(i / 6, 0.0, (i + 1) / 6, 0.2), 1.45 if i % 2 else 0.85) for i in range(6)]
    posts: list[Part] = [(rect(0.04, 0.2, 0.08, 0.58), 0.7), (rect(0.92, 0.2, 0.96, 0.58), 0.7)]
    return [*stripes, *posts, (rect(0.0, 0.58, 1.0, 0.65), 1.15), (rect(0.02, 0.65, 0.98, 1.0), 0.9)]


OUTDOOR_THINGS: dict[str, Sequence[Part]] = {"bridge": _bridge(), "seesaw": _seesaw(), "stroller": _stroller(),
                                             "skateboard": _skateboard(), "hoop": _hoop(), "goal": _goal(),
                                             "floe": _slab(), "girder": _slab(), "stall": _stall()}
OUTDOOR_COLORS: dict[str, RGB] = {"bridge": (168, 156, 140), "seesaw": (220, 80, 60), "stroller": (90, 120, 170),
                                  "skateboard": (206, 64, 52), "hoop": (216, 96, 40), "goal": (236, 236, 236),
                                  "floe": (214, 232, 242), "girder": (120, 128, 140), "stall": (214, 120, 70)}
