"""A small loose thing behind a counter, a table or a desk stands on its top, at the back edge: "pouring latte
art into a cup behind the counter" put the cup past the counter's side, low, where the counter hid it all, while
the barista behind it was seen over the top. Drawn behind the host still (first, a little further back), so the
relation holds, but above its top line, so it shows."""

from __future__ import annotations

from openbanana.planner.rules.scene.kinds import TABLE_FORMS, Kind
from openbanana.planner.rules.scene.pieces import Piece

Anchor = tuple[float, float, float, float, float]  # x, bottom, height, layer, depth (as `anchoring.anchor`)
SHRINK = 0.85  # a thing behind is drawn this much smaller, as every thing behind another
BACK = 0.2  # and this much further back


def on_back_edge(host: Piece, child_kind: Kind, natural: float) -> Anchor | None:
    """The anchor on the host's top at its back edge, for a small thing that belongs on a table (a cup, a vase)
    behind a table-like host; None for anything else (a person, an animal, a big thing)."""
    if host.kind.form not in TABLE_FORMS or child_kind.zone != "tabletop" or child_kind.person \
            or natural * SHRINK >= host.height:
        return None
    surface = host.top + host.kind.seat * host.height
    return host.x, surface, natural * SHRINK, host.layer - 1, host.depth + BACK
