"""The colour of a thing drawn as a form (a table, a rug, a lighthouse): the prompt's colour, else its material's;
None leaves the form's usual colour to the engine, which draws the form (engines/draft/world/forms.py)."""

from __future__ import annotations

from openbanana.plan import RGB
from openbanana.planner.rules.vocabulary.attributes import MATERIAL_FAMILIES

MATERIALS: dict[str, RGB] = {"wooden": (150, 100, 62), "wood": (150, 100, 62), "oak": (176, 130, 80),
                             "pine": (200, 160, 110), "walnut": (110, 72, 45), "glass": (190, 220, 230),
                             "metal": (150, 155, 165), "steel": (150, 155, 165),
                             "iron": (92, 94, 100), "tin": (176, 180, 186), "marble": (236, 234, 228),
                             "stone": (150, 150, 155), "plastic": (230, 230, 235), "white": (240, 240, 240),
                             "wool": (176, 70, 60), "cotton": (214, 200, 170), "chocolate": (112, 66, 42),
                             "terracotta": (196, 106, 72)}


def form_color(color: RGB | None, material: str) -> RGB | None:
    said = material.lower().strip()
    return color or MATERIALS.get(said) or MATERIALS.get(MATERIAL_FAMILIES.get(said, ""))
