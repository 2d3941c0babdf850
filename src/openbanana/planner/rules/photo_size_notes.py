"""A size asked for a thing worn ("a little red bow tie", "a huge hat"), said as not followed: an accessory is drawn
at the size its wearer's face or head sets, whatever the size word. Without this sentence the answer's "a bow tie on
the cat" quietly dropped the "little" of the request."""

from __future__ import annotations

import re

from openbanana.plan import PhotoEdit

_SIZE = re.compile(r"\b(little|small|tiny|mini|big|large|huge|giant|oversized)\b")


def size_shortfalls(edits: tuple[PhotoEdit, ...]) -> tuple[str, ...]:
    """One sentence per accessory edit whose request asks a size for it."""
    said: list[str] = []
    for edit in edits:
        worn = edit.request.replace(edit.target, " ") if edit.target else edit.request  # not "the little dog"
        asked = _SIZE.search(worn) if edit.kind == "accessory" else None
        if asked is not None:
            said.append(f"The {edit.name.replace('_', ' ')} is drawn at the size the face it sits on sets, so "
                        f"\"{asked.group(1)}\" was not followed.")
    return tuple(said)
