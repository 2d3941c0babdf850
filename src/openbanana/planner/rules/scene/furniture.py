"""Furniture that has no pictogram (a table, a desk, a bench, a shelf) drawn as plain shapes: a top and legs."""

from __future__ import annotations

from openbanana.plan import RGB, Box, Shape
from openbanana.planner.rules.scene.palettes import mix

MATERIALS: dict[str, RGB] = {"wooden": (150, 100, 62), "wood": (150, 100, 62), "oak": (176, 130, 80),
                             "pine": (200, 160, 110), "walnut": (110, 72, 45), "glass": (190, 220, 230),
                             "metal": (150, 155, 165), "steel": (150, 155, 165), "marble": (236, 234, 228),
                             "stone": (150, 150, 155), "plastic": (230, 230, 235), "white": (240, 240, 240)}
DEFAULT_WOOD: RGB = (160, 108, 66)


def furniture_color(color: RGB | None, material: str) -> RGB:
    return color or MATERIALS.get(material.lower().strip(), DEFAULT_WOOD)


def furniture_shapes(box: Box, ratio: float, color: RGB, noun: str) -> tuple[Shape, ...]:
    """A top slab across the box with legs down to its bottom (a shelf is only its board)."""
    left, top, right, bottom = box
    height = bottom - top
    slab = max(0.008, min(height * (0.16 if noun != "shelf" else 0.9), 0.05))
    edge = mix(color, (0, 0, 0), 0.25)
    shapes = [Shape("rect", ((left, top), (right, top + slab)), fill=color, stroke=edge, stroke_width=0.002,
                    radius=0.004, layer="under")]
    if noun == "shelf":
        return tuple(shapes)
    leg = max(0.006, (right - left) * 0.06)
    leg_color = mix(color, (0, 0, 0), 0.18)
    inset = (right - left) * 0.06
    for x in (left + inset, right - inset - leg):
        shapes.append(Shape("rect", ((x, top + slab), (x + leg, bottom)), fill=leg_color, layer="under"))
    if right - left > 0.25 / max(ratio, 0.2):  # a long table: an apron under the top
        shapes.append(Shape("rect", ((left + inset, top + slab), (right - inset, top + slab * 1.8)),
                            fill=edge, layer="under"))
    return tuple(shapes)
