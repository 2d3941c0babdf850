"""A thing to wear asked as dressing someone ("dress the cat in a little red bow tie", "dress him up in a scarf"):
read as the order every accessory reader knows ("put a little red bow tie on the cat"). Only "dress … in" is
rewritten; "dress her up as a witch" (a costume, not a thing put on) is left as it was."""

from __future__ import annotations

import re

_DRESS = re.compile(r"^(?:dress|clothe)\s+(.+?)\s+(?:up\s+)?in\s+(.+)$")
_DRESS_UP = re.compile(r"^dress\s+up\s+(.+?)\s+in\s+(.+)$")


def as_wearing(clause: str) -> str:
    """The clause as "put WORN on WEARER", or the clause itself where it dresses no one in anything."""
    for form in (_DRESS_UP, _DRESS):
        found = form.match(clause)
        if found:
            wearer, worn = found.group(1), found.group(2).rstrip("?!. ").strip()
            return f"put {worn} on {wearer}"
    return clause
