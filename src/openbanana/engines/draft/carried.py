"""A child on a grown-up's shoulders: seated there, not standing small on top of the head.

The composer stands a thing that is "on" another on its top edge, which for a person on a person's shoulders is a
tiny figure standing on the head. A whole figure on another whole figure sits astride the shoulders instead, a
child's size beside the grown-up (three fifths of its height), behind the head so the grown-up's face shows and
the child's head and body rise above it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from openbanana.imaging.people import SITTING_SHARE, is_head
from openbanana.plan import Subject
from openbanana.scene import Relation

CHILD_SHARE = 0.6  # the rider's standing height, as a share of the carrier's
NECK = 0.2  # where the rider sits, down from the carrier's top, as a share of the carrier's height


def on_shoulders(relations: Sequence[Relation], subjects: Sequence[Subject]) -> tuple[Subject, ...]:
    """The subjects with each figure that is on another figure seated on its shoulders."""
    figures = {s.entity: s for s in subjects if s.entity and s.figure and is_head(s.glyph)}
    carried = {r.subject: figures[r.object] for r in relations
               if r.predicate == "on" and r.subject in figures and r.object in figures and r.subject != r.object}
    out = []
    for subject in subjects:
        carrier = carried.get(subject.entity)
        if carrier is None or not subject.figure or subject.pose:
            out.append(subject)
            continue
        left, top, right, bottom = carrier.box
        tall = (bottom - top) * CHILD_SHARE
        aspect = (subject.box[2] - subject.box[0]) / max(1e-6, subject.box[3] - subject.box[1])
        width, seat, centre = tall * aspect, top + (bottom - top) * NECK, (left + right) / 2
        out.append(replace(subject, box=(centre - width / 2, seat - tall * SITTING_SHARE, centre + width / 2, seat),
                           pose="sitting", depth=carrier.depth + 1e-3, z=carrier.z - 1, shadow=False))
    return tuple(out)
