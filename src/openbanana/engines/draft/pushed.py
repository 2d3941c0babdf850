"""The long-handled tool an action is done with when the plan draws none: a rake, a push mower, a vacuum cleaner.

"a man raking leaves", "mowing the lawn", "vacuuming the carpet": the reading keeps the action, and the font has no
rake, mower or vacuum, so the person stood empty-handed and the action did not show. A whole figure doing one of
these gets the tool (a drawn form) standing on the ground before it, toward the middle of the picture, its grip at
the figure's hand, and holds it, so the arm reaches to the handle.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from openbanana.imaging.people import figure_aspect, is_head
from openbanana.plan import Subject
from openbanana.scene import Entity

# action → (the tool's drawn form, its width over its height)
PUSHED: dict[str, tuple[str, float]] = {
    "raking": ("rake", 0.8), "mowing": ("lawn mower", 1.1), "vacuuming": ("vacuum cleaner", 0.75),
    "hoovering": ("vacuum cleaner", 0.75),
}
TALL = 0.62  # the tool's height, as a share of the figure's


def push_tools(entities: Sequence[Entity], subjects: Sequence[Subject], holding: Mapping[str, str],
               size: tuple[int, int]) -> tuple[tuple[Subject, ...], dict[str, str]]:
    """The subjects with each such figure's tool added before it, and who holds what (`size`: the canvas in
    pixels, so the tool keeps its shape in any aspect ratio)."""
    out, held = list(subjects), dict(holding)
    for entity in entities:
        tool = PUSHED.get(entity.action.lower().strip())
        me = next((s for s in out if s.entity == entity.id and s.figure and is_head(s.glyph)), None)
        if tool is None or me is None or me.pose or held.get(entity.id):
            continue
        form, aspect = tool
        left, top, right, bottom = me.box
        tall = bottom - top
        figure = min(right - left, tall * figure_aspect(me.glyph) * size[1] / size[0])
        high = tall * TALL
        wide = high * aspect * size[1] / size[0]
        centre = (left + right) / 2
        toward = 1 if centre < 0.5 else -1
        x0 = centre + figure * 0.2 if toward > 0 else centre - figure * 0.2 - wide
        out.append(Subject(form, None, (x0, bottom - high, x0 + wide, bottom), z=me.z + 1, role="support",
                           entity=f"{entity.id}:tool", depth=me.depth - 1e-3, form=form, flip=toward < 0,
                           shadow=True))
        held[entity.id] = f"{entity.id}:tool"
    return tuple(out), held
