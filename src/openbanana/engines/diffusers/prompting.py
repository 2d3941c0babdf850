"""The Plan → a diffusion prompt, and the exact text composited on top (text_mode=composite)."""

from __future__ import annotations

from PIL import Image

from openbanana.engines.draft.typography import draw_text
from openbanana.plan import RGB, Plan

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
        for block in plan.texts:
            for quoted in (f'"{block.text}"', f"“{block.text}”", f"'{block.text}'"):
                prompt = prompt.replace(quoted, "")
    words = [prompt] if prompt else []
    if plan.style:
        words.append(", ".join(plan.style) + " style")
    colors = list(dict.fromkeys(color_name(color) for color in plan.palette))
    if colors:
        words.append("palette of " + ", ".join(colors[:4]))
    if composite_text and plan.texts:
        words.append("clean empty space for a title, no lettering")
    return ", ".join(words)


def composite_text(image: Image.Image, plan: Plan) -> Image.Image:
    """Draw the plan's exact text blocks on the finished image (the draft engine's typography)."""
    canvas = image.convert("RGB")
    for block in plan.texts:
        draw_text(canvas, block, tuple(plan.palette), plan.style)
    return canvas
