"""The Plan → a diffusion prompt, and the exact text composited on top (text_mode=composite)."""

from __future__ import annotations

import re

from PIL import Image

from openbanana.imaging.drawing.shapes import draw_shapes
from openbanana.imaging.drawing.typography import draw_texts
from openbanana.plan import RGB, Plan

_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”')

# A few colour names for the palette words; the nearest one names each palette colour.
_COLOR_NAMES: dict[str, RGB] = {
    "black": (0, 0, 0), "white": (255, 255, 255), "gray": (128, 128, 128), "red": (220, 40, 40),
    "orange": (245, 140, 30), "yellow": (245, 215, 50), "green": (50, 160, 70), "teal": (30, 150, 150),
    "blue": (40, 90, 210), "navy": (20, 30, 90), "purple": (130, 60, 180), "pink": (240, 130, 180),
    "brown": (120, 75, 40), "beige": (225, 205, 170),
}


def color_name(color: RGB) -> str:
    return min(_COLOR_NAMES, key=lambda name: sum((a - b) ** 2 for a, b in zip(_COLOR_NAMES[name], color, strict=True)))


def build_prompt(plan: Plan, *, composite_text: bool) -> str:
    """The user's words, enriched with the plan's style and palette.

    With composited text the quoted strings are taken out of the prompt and the model is asked for clean space
    instead, because diffusion models misspell; the finish step draws the exact strings.
    """
    prompt = plan.prompt.strip()
    if composite_text:
        texts = [block.text for block in plan.texts]
        # a quoted span any block comes from ("Espresso $3" is set as an item and its price)
        prompt = _QUOTED.sub(lambda m: "" if any(t in m.group(0) for t in texts) else m.group(0), prompt)
        for text in texts:
            prompt = prompt.replace(f"'{text}'", "")
    words = [prompt] if prompt else []
    if plan.style:
        words.append(", ".join(plan.style) + " style")
    colors = list(dict.fromkeys(color_name(color) for color in plan.palette))
    if colors:
        words.append("palette of " + ", ".join(colors[:4]))
    if composite_text and plan.texts:
        words.append("clean empty space for a title, no lettering")
    return ", ".join(words)


def composite_text(image: Image.Image, plan: Plan) -> tuple[Image.Image, tuple[str, ...]]:
    """Draw the plan's exact text blocks on the finished image with the shared typography (imaging.drawing), and
    the layout's shapes that carry text (buttons, bubbles, callouts, arrows; not the panels and frames under the
    picture); returns what could not be set whole, for the answer."""
    canvas = image.convert("RGB")
    draw_shapes(canvas, plan.shapes, "over", plan.texts)
    return canvas, draw_texts(canvas, plan.texts, tuple(plan.palette), plan.style)
