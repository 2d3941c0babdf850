"""Two people the font draws as one pictogram (a couple 💑, friends holding hands 👫), drawn as two whole figures.

The pair pictograms are two busts under a heart, or two small figures: in a scene they read as a sticker, and
they cannot hold a cup or sit. Each becomes two figures side by side in the pair's box, on its ground line, as
tall as the box, so they stand, hold, sit and gesture like anyone else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from openbanana.imaging.people import figure_aspect
from openbanana.plan import Subject

# The pair's pictogram (without variation selectors or skin tones) → the two faces that draw it.
PAIRS: dict[str, tuple[str, str]] = {"💑": ("👩", "👨"), "💏": ("👩", "👨"), "👫": ("👩", "👨"),
                                     "👬": ("👨", "👨"), "👭": ("👩", "👩"),
                                     "🧑\u200d🤝\u200d🧑": ("🧑", "🧑")}
GAP = 0.15  # between the two figures, in figure widths


def _pair(glyph: str | None) -> tuple[str, str] | None:
    if not glyph:
        return None
    plain = "".join(c for c in glyph if c not in "\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")
    return PAIRS.get(plain) or PAIRS.get(plain[:1])


def as_two(subjects: Sequence[Subject], size: tuple[int, int]) -> tuple[Subject, ...]:
    """The subjects with each pair pictogram replaced by its two people as whole figures (`size`: the canvas in
    pixels, to give each figure its width for its height)."""
    out: list[Subject] = []
    for subject in subjects:
        faces = _pair(subject.glyph)
        if faces is None or subject.role == "decor":
            out.append(subject)
            continue
        left, top, right, bottom = subject.box
        width = figure_aspect(faces[0]) * (bottom - top) * size[1] / size[0]
        start = (left + right) / 2 - width * (1 + GAP / 2)
        for index, face in enumerate(faces):
            x0 = start + index * width * (1 + GAP)
            out.append(replace(subject, glyph=face, figure=True, box=(x0, top, x0 + width, bottom),
                               flip=False, also_shows=()))
    return tuple(out)
