"""Words the rules planner understands: colours, moods and edit instructions."""

from __future__ import annotations

from openbanana.plan import RGB, EditOp

COLORS: dict[str, RGB] = {
    "red": (220, 38, 38), "crimson": (190, 18, 60), "scarlet": (230, 30, 20), "maroon": (128, 0, 32),
    "orange": (249, 115, 22), "amber": (245, 158, 11), "yellow": (250, 204, 21), "gold": (212, 175, 55),
    "golden": (218, 165, 32), "lime": (132, 204, 22), "green": (22, 163, 74), "emerald": (16, 185, 129),
    "olive": (128, 128, 0), "mint": (152, 255, 200), "teal": (13, 148, 136), "cyan": (6, 182, 212),
    "turquoise": (64, 224, 208), "aqua": (0, 200, 220), "sky": (56, 189, 248), "blue": (37, 99, 235),
    "navy": (23, 37, 84), "indigo": (79, 70, 229), "violet": (139, 92, 246), "purple": (147, 51, 234),
    "lavender": (196, 181, 253), "magenta": (217, 70, 239), "fuchsia": (192, 38, 211), "pink": (236, 72, 153),
    "rose": (244, 63, 94), "peach": (255, 190, 152), "coral": (255, 127, 80), "salmon": (250, 128, 114),
    "brown": (120, 72, 40), "chocolate": (96, 56, 19), "beige": (232, 220, 196), "cream": (255, 248, 220),
    "tan": (210, 180, 140), "white": (248, 250, 252), "ivory": (255, 255, 240), "silver": (192, 192, 200),
    "gray": (120, 120, 128), "grey": (120, 120, 128), "charcoal": (54, 69, 79), "black": (12, 12, 16),
}

# mood word → (background colours top..bottom, style tags)
MOODS: dict[str, tuple[tuple[RGB, ...], tuple[str, ...]]] = {
    "sunset": (((255, 94, 77), (255, 170, 90), (90, 40, 120)), ("warm", "glow")),
    "sunrise": (((255, 200, 150), (255, 140, 120), (120, 160, 220)), ("warm",)),
    "night": (((8, 12, 40), (30, 30, 80)), ("dark", "stars")),
    "midnight": (((5, 5, 25), (25, 25, 60)), ("dark",)),
    "neon": (((20, 0, 40), (120, 0, 160)), ("neon", "dark")),
    "cyberpunk": (((15, 0, 35), (0, 140, 170)), ("neon", "dark")),
    "pastel": (((255, 214, 224), (200, 230, 255)), ("soft",)),
    "minimal": (((245, 245, 240), (230, 230, 225)), ("minimal",)),
    "minimalist": (((245, 245, 240), (230, 230, 225)), ("minimal",)),
    "vintage": (((222, 196, 150), (160, 120, 80)), ("vintage",)),
    "retro": (((255, 190, 110), (220, 90, 70)), ("vintage",)),
    "dramatic": (((15, 15, 20), (70, 60, 70)), ("dramatic", "dark")),
    "stormy": (((40, 45, 60), (90, 95, 110)), ("dramatic",)),
    "fancy": (((30, 20, 30), (90, 60, 40)), ("elegant",)),
    "elegant": (((25, 20, 30), (80, 60, 70)), ("elegant",)),
    "luxury": (((15, 12, 10), (70, 55, 30)), ("elegant",)),
    "forest": (((20, 70, 40), (90, 140, 70)), ("natural",)),
    "ocean": (((0, 90, 160), (0, 170, 200)), ("natural",)),
    "beach": (((130, 200, 240), (240, 220, 170)), ("bright",)),
    "winter": (((210, 230, 250), (160, 190, 230)), ("cool",)),
    "autumn": (((200, 110, 40), (120, 60, 30)), ("warm",)),
    "spring": (((200, 240, 200), (250, 220, 235)), ("soft",)),
    "summer": (((255, 220, 100), (90, 190, 240)), ("bright",)),
    "space": (((0, 0, 10), (30, 10, 60)), ("dark", "stars")),
    "cosmic": (((10, 0, 30), (60, 20, 100)), ("dark", "stars")),
    "gemini": (((40, 60, 160), (130, 80, 220), (230, 120, 200)), ("glow",)),
    "happy": (((255, 230, 120), (255, 170, 120)), ("bright",)),
    "cheerful": (((255, 230, 120), (130, 210, 255)), ("bright",)),
    "dark": (((10, 10, 14), (40, 40, 48)), ("dark",)),
    "bright": (((255, 250, 235), (220, 240, 255)), ("bright",)),
}

EDIT_WORDS: dict[str, EditOp] = {
    "brighter": "brighter", "brighten": "brighter", "lighter": "brighter", "darker": "darker", "darken": "darker",
    "black and white": "grayscale", "black-and-white": "grayscale", "grayscale": "grayscale",
    "greyscale": "grayscale", "monochrome": "grayscale", "sepia": "sepia", "vintage": "sepia",
    "warmer": "warmer", "warm": "warmer", "cooler": "cooler", "cold": "cooler", "dramatic": "dramatic",
    "storm": "dramatic", "stormy": "dramatic", "moody": "dramatic", "blur the background": "blur_background",
    "blurry background": "blur_background", "bokeh": "blur_background", "vivid": "vivid", "saturated": "vivid",
    "colorful": "vivid", "colourful": "vivid", "muted": "muted", "faded": "muted", "desaturate": "muted",
}

STOPWORDS = frozenset(
    """a an the of and or with in on at to for from by into onto over under near behind above below this that these
    those is are be it its make create generate draw paint render picture image photo photograph illustration
    poster banner show showing some very more most less theme themed style styled like looking please design
    scene background foreground version one two three four five add put place text saying says reads word words
    letters title caption label logo sign big small large tiny huge giant little""".split()
)
