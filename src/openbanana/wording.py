"""English for the answers and thoughts every layer writes: the article a noun takes and a list said as a sentence.
One place, so "an owl", "fireworks" and "a, b and c" read the same in a scene's thoughts and a photo edit's answer."""

from __future__ import annotations

from collections.abc import Sequence


def article(noun: str) -> str:
    """ "a" or "an", by the noun's first letter (a plain rule: "an hour" and "a unicorn" are rare in answers)."""
    return "an" if noun[:1].lower() in "aeiou" else "a"


def with_article(noun: str, *, plural: bool | None = None) -> str:
    """The noun with its article ("a ribbon", "an owl"); a plural keeps none ("buildings"). `plural`: the caller
    knows better than the noun's last letter ("shorts", "snow")."""
    if plural is None:
        plural = noun.endswith("s") and not noun.endswith("ss")
    return noun if plural else f"{article(noun)} {noun}"


def joined(items: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c"; nothing for no items."""
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" and {items[-1]}"
