"""A sign someone holds, with words on it: held before the holder, not grown into a roadside board beside them.

"A girl holding a protest sign that reads "Save The Bees"", "a terrier holding a cardboard sign in its mouth": the
carrier (carriers.py) grows a sign to carry its words and slides it to where it covers the least, which moved it away
from the holder and the holder off to its side. A held one is a plaque (no posts) as wide as the words need, hung
before the holder's body below the head, so the holder shows above and at its sides and it stays in their reach.
"""

from __future__ import annotations

from openbanana.plan import Box, Subject
from openbanana.planner.rules.scene.anchors import attach_point
from openbanana.planner.rules.scene.kinds import is_person
from openbanana.scene import SceneGraph

HELD_WIDTH = (0.34, 0.62)  # a held board's width, as a share of the picture's: enough for its words, never a billboard
HOLDER_WIDTHS = 1.4  # at most this many of the holder's widths
MOUTH_WIDTHS = 0.6  # of an animal's, held in the mouth
BELOW_HEAD = 0.3  # its top, down the holder's height: the head shows above it
ASPECT = 0.5  # its height over its width, in pixels


def holder_of(graph: SceneGraph, target: str, subjects: list[Subject]) -> int | None:
    """The index of the subject drawing the one thing that holds `target` (an entity's id or noun), or None. A
    group "with" a sign ("two boys behind a stand, with a painted sign") is read as holding it, but one board cannot
    be before each of them: it stays a board of its own."""
    held = {e.id for e in graph.entities if target in (e.id, e.noun)}
    single = {e.id for e in graph.entities if e.count == 1}
    holders = {r.subject for r in graph.relations if r.predicate == "holding" and r.object in held} & single
    return next((i for i, s in enumerate(subjects) if s.entity in holders), None)


def held_board(holder: Subject, size: tuple[int, int]) -> Box:
    """The board's box, inside the picture: before a person's body below the head; from an animal's mouth (its
    "hand"), narrower, so the animal shows behind it."""
    width, height = size
    left, top, right, bottom = holder.box
    person = is_person(holder.glyph or " ")
    board_w = min(max(HELD_WIDTH[0], (right - left) * (HOLDER_WIDTHS if person else MOUTH_WIDTHS)), HELD_WIDTH[1])
    board_h = board_w * width * ASPECT / height
    x, y = (0.5, BELOW_HEAD) if person else attach_point(holder.glyph, "hand", flip=holder.flip)
    x0 = min(max(left + (right - left) * x - board_w / 2, 0.03), 0.97 - board_w)
    y0 = min(top + (bottom - top) * y, 0.97 - board_h)
    return (round(x0, 5), round(y0, 5), round(x0 + board_w, 5), round(y0 + board_h, 5))
