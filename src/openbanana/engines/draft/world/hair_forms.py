"""Hair done a certain way, drawn as forms beside a figure's face (the font's faces have one hair style each): a
ponytail, pigtails, braids, a bun, an afro, a cap of curls. Each fills its box in the hair's colour; `hairdos.py`
places them around the head."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.engines.draft.world.part_shapes import Part, ellipse


def _braid() -> list[Part]:
    """A plait: overlapping lobes down the box, a band and a tuft at the end."""
    lobes: list[Part] = [(ellipse(0.5, 0.08 + 0.13 * i, 0.42, 0.09), 1.0 if i % 2 else 0.82) for i in range(6)]
    return [*lobes, (ellipse(0.5, 0.86, 0.3, 0.04), 0.5), (ellipse(0.5, 0.94, 0.36, 0.06), 0.9)]


def _curls() -> list[Part]:
    """Round curls along the top of the head, a little past it on each side."""
    return [(ellipse(x, y, 0.13, 0.2), 1.0 if i % 2 else 0.85)
            for i, (x, y) in enumerate(((0.12, 0.6), (0.24, 0.32), (0.4, 0.2), (0.6, 0.2), (0.76, 0.32),
                                        (0.88, 0.6)))]


HAIR_FORMS: dict[str, Sequence[Part]] = {
    "ponytail": [(ellipse(0.45, 0.12, 0.3, 0.1), 0.7), (((0.3, 0.15), (0.8, 0.25), (0.95, 0.7), (0.6, 1.0),
                                                         (0.15, 0.6)), 1.0)],
    "pigtail": [(ellipse(0.55, 0.5, 0.45, 0.32), 1.0), (ellipse(0.12, 0.5, 0.1, 0.14), 0.55)],
    "braid": _braid(),
    "bun": [(ellipse(0.5, 0.5, 0.48, 0.46), 1.0), (ellipse(0.42, 0.38, 0.2, 0.14), 1.15)],
    "afro": [(ellipse(0.5, 0.5, 0.5, 0.5), 1.0), (ellipse(0.38, 0.3, 0.22, 0.16), 1.1)],
    "curls": _curls(),
}
