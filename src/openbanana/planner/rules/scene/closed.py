"""Containers drawn closed: a food word before one names what it is for, not what shows in it.

A dish or a bowl shows the food its word names ("a fruit bowl", groups.py's contents), but a pizza box is a shut
cardboard box: the pizza had been drawn in each of "a stack of 3 pizza boxes", six things for three. Boxes, gifts,
handbags, cars, houses and tents close over what they hold."""

from __future__ import annotations

CLOSED = frozenset("📦🎁👜🚗🚙🚕🚌🏠🏡🛖⛺")


def closed(glyph: str | None) -> bool:
    """Whether the pictogram draws its container shut."""
    return (glyph or "").replace("\ufe0f", "") in CLOSED
