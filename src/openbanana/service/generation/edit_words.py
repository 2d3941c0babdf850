"""Photo edits in words, for the answer: "as a watercolor painting", "with the cup recoloured blue"."""

from __future__ import annotations

import re

from openbanana.plan import RGB, PhotoEdit
from openbanana.wording import with_article

STYLE_NAMES = {"watercolor": "a watercolor painting", "pencil_sketch": "a pencil sketch", "cartoon": "a cartoon",
               "oil_painting": "an oil painting", "pixel_art": "pixel art", "vintage_film": "a vintage film photo",
               "black_and_white": "a black-and-white photo", "hdr": "an HDR photo",
               "coloring_page": "a colouring page", "autumn": "an autumn scene",
               "spring": "a spring scene",
               "pop_art": "a pop-art print", "blueprint": "a blueprint",
               "cyanotype": "a cyanotype print", "mosaic": "a tile mosaic",
               "chalk": "a chalk drawing on a blackboard", "linocut": "a black-ink linocut print",
               "neon": "a cyberpunk neon scene", "halftone": "a halftone newspaper photo",
               "risograph": "a two-ink risograph print", "thermal": "a thermal camera image",
               "x_ray": "an x-ray", "tilt_shift": "a tilt-shift miniature",
               "stencil": "a stencil graffiti sprayed on a concrete wall"}
LIGHTS = {"night": "at night", "golden_hour": "in golden-hour light", "sunset": "at sunset", "dusk": "at dusk",
          "dawn": "at dawn", "storm": "in stormy light", "rain": "in the rain", "heavy_rain": "in heavy rain",
          "snow": "in falling snow",
          "fog": "in fog", "overcast": "under an overcast sky", "day": "in daylight",
          "candlelight": "by candlelight", "moonlight": "by moonlight", "frost": "on a frosty morning",
          "spotlight": "under a spotlight on its main subject, the rest fallen dark",
          "lamp_left": "lit by a warm lamp from the left", "lamp_right": "lit by a warm lamp from the right"}
SKY_NAMES = {"sunset": "a sunset sky", "golden_hour": "a golden-hour sky", "dawn": "a dawn sky",
             "twilight": "a purple twilight sky", "pink": "a pink sky", "galaxy": "a starry purple galaxy sky",
             "night": "a starry night sky", "storm": "a stormy sky", "overcast": "an overcast sky",
             "clear": "a clear blue sky", "fair": "a blue sky with white clouds", "rainbow": "a sky with a rainbow",
             "aurora": "a night sky with the northern lights"}
UNCOUNTED = frozenset({"snow", "confetti", "fire", "lightning", "fog", "mist", "rain", "smoke", "grass", "sand",
                       "water", "people", "steam"})  # named without "a"
BASIC_COLORS: dict[str, RGB] = {
    "red": (220, 30, 40), "orange": (250, 140, 20), "yellow": (250, 220, 40), "green": (40, 170, 70),
    "teal": (0, 140, 140), "blue": (30, 90, 230), "navy": (20, 30, 110), "purple": (130, 50, 180),
    "pink": (250, 130, 180), "brown": (120, 70, 30), "black": (10, 10, 10), "white": (250, 250, 250),
    "grey": (128, 128, 128), "gold": (230, 180, 40), "silver": (192, 192, 192)}


def color_name(color: RGB) -> str:
    """The nearest everyday colour name."""
    return min(BASIC_COLORS, key=lambda n: sum((a - b) ** 2 for a, b in zip(BASIC_COLORS[n], color, strict=True)))


def _the(target: str, default: str) -> str:
    target = target.strip() or default
    first = target.split()[0]
    return target if first in ("the", "a", "an", "his", "her", "their", "my", "its", "this", "that", "him", "them",
                               "me", "us", "everyone", "everybody", "all", "every", "any") else \
        f"the {target}"


def photo_edit_phrase(edit: PhotoEdit) -> str:
    name = edit.name.replace("_", " ")
    if edit.kind == "style":
        return f"as {STYLE_NAMES.get(edit.name, name)}"
    if edit.kind == "relight":
        time, _, weather = edit.name.rpartition("+")  # "night+rain": "in the rain at night"
        return " ".join(LIGHTS.get(n, f"in {n.replace('_', ' ')} light") for n in (weather, time) if n)
    if edit.kind == "crop":
        return "cropped to the new frame" if edit.name == "frame" else f"cropped to {_the(edit.target, 'subject')}"
    if edit.kind == "outpaint":
        return "zoomed out" if edit.amount < 1 else "extended to the new frame"
    if edit.kind == "sky":
        return f"{SKY_NAMES.get(edit.name, 'a new sky')} in place of the old one"
    if edit.kind == "recolor":
        color = edit.name or (color_name(edit.color) if edit.color else "")
        return f"{_the(edit.target, 'subject')} recoloured {color}".rstrip()
    if edit.kind == "remove":
        if re.search(r"\b(?:text|words?|writing|lettering|captions?)\b", edit.target):
            return "the text I found painted out"  # never "all the text removed": small or faint print may be missed
        return f"{_the(edit.target, 'subject')} removed"
    if edit.kind == "accessory":
        worn = with_article(name, plural=name.endswith("s"))
        return f"{worn} on {_the(edit.target, 'face')}"
    if edit.kind == "add" and edit.name == "lying snow":
        return "snow lying on the ground"
    if edit.kind == "add":
        where = f" {edit.destination}" if edit.destination else ""
        head = name.split(" of ")[0]  # "a vase of flowers added": the vase is counted, not the flowers
        plural = head.endswith("s") or name in UNCOUNTED  # "fireworks added", "snow added on the ground"
        return f"{with_article(name, plural=plural)} added{where}"
    if edit.kind == "background":
        if edit.name == "blur":
            return "the background blurred"
        if edit.name == "grayscale":
            return "the background in black and white"
        if edit.color is not None:
            return f"a plain {edit.name or color_name(edit.color)} background"  # "light green", as asked
        return "a white background" if edit.name == "white" else f"a new {name} background"
    if edit.kind == "combine":
        if edit.destination:  # the engine may take either photo as the scene: say where, not which
            return f"{edit.target or 'the subject'} placed {edit.destination}"
        return f"{edit.target or 'the subject'} from photo {edit.reference + 1} placed in it"
    return name
