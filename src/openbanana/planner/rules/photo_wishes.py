"""A change asked as a wish or a question rather than an order ("can the flower be purple instead", "i'd like the
sky to be pink", "the cup should be yellow"): read as the order it means ("make the flower purple"), so that every
reader of orders reads it too. Only the thing-to-be form is rewritten; other questions are left as they were."""

from __future__ import annotations

import re

_OWNER = r"(?:the|her|his|my|their|its|this|that|our|your)"
_AS_WISH = (
    re.compile(rf"^(?:can|could|would|will)\s+(?:you\s+(?:make\s+)?)?({_OWNER}\s+.+?)\s+(?:be|become|turn)\s+"
               r"(?:made\s+|painted\s+|coloured\s+|colored\s+)?(.+)$"),
    re.compile(rf"^(?:i(?:'d| would)?\s+(?:want|like|love|need|prefer)|let's\s+have|have)\s+({_OWNER}\s+.+?)\s+"
               r"(?:to\s+be|to\s+become|be)\s+(.+)$"),
    re.compile(rf"^({_OWNER}\s+.+?)\s+(?:should|must|needs?\s+to|has\s+to|ought\s+to)\s+(?:be|become)\s+(.+)$"),
)
_TAIL = re.compile(r"\s+(?:instead|please|for me|now|rather|if possible)$")


def as_order(clause: str) -> str:
    """The clause as an order ("make the flower purple"), or the clause itself where it is no wish."""
    for wish in _AS_WISH:
        found = wish.match(clause)
        if found:
            wanted = found.group(2).rstrip("?").strip()
            while (trimmed := _TAIL.sub("", wanted)) != wanted:
                wanted = trimmed
            return f"make {found.group(1)} {wanted}"
    return clause
