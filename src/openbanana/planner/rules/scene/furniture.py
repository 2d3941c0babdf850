"""The colour of furniture that has no pictogram (a table, a desk, a rug): the prompt's colour, else its material's,
else the form's usual one. The engine draws the form itself (engines/draft/world/furniture.py)."""

from __future__ import annotations

from openbanana.plan import RGB

MATERIALS: dict[str, RGB] = {"wooden": (150, 100, 62), "wood": (150, 100, 62), "oak": (176, 130, 80),
                             "pine": (200, 160, 110), "walnut": (110, 72, 45), "glass": (190, 220, 230),
                             "metal": (150, 155, 165), "steel": (150, 155, 165), "marble": (236, 234, 228),
                             "stone": (150, 150, 155), "plastic": (230, 230, 235), "white": (240, 240, 240),
                             "wool": (176, 70, 60), "cotton": (214, 200, 170)}
DEFAULT_WOOD: RGB = (160, 108, 66)
FORM_COLORS: dict[str, RGB] = {"rug": (168, 62, 52)}


def furniture_color(color: RGB | None, material: str, form: str = "") -> RGB:
    return color or MATERIALS.get(material.lower().strip()) or FORM_COLORS.get(form, DEFAULT_WOOD)
