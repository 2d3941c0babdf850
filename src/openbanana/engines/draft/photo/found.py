"""What a search of the photo returns: the found thing's mask and how it was found, so the answer can say whether it
is the named thing or a stand-in for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from openbanana.engines.draft.photo.arrays import Mask
from openbanana.engines.draft.photo.faces import Face


@dataclass(frozen=True)
class Found:
    mask: Mask  # at the photo's size
    exact: bool  # the named thing itself, not a stand-in for it
    how: str  # "its face", "its colour", "the main subject", …
    face: Face | None = None
    others: Mask | None = None  # things like it that a fill must not borrow from (the other coins)
