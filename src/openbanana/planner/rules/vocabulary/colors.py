"""Words the rules planner understands: colours, moods, scenes, edit instructions, and words to ignore."""

from __future__ import annotations

from dataclasses import dataclass

from openbanana.plan import RGB, EditOp, FontName, SceneKind

# The CSS Color Module Level 4 named colours; a few everyday names take livelier values below.
CSS_COLORS: dict[str, RGB] = {
    "aliceblue": (240, 248, 255), "antiquewhite": (250, 235, 215), "aqua": (0, 255, 255),
    "aquamarine": (127, 255, 212), "azure": (240, 255, 255), "beige": (245, 245, 220), "bisque": (255, 228, 196),
    "black": (0, 0, 0), "blanchedalmond": (255, 235, 205), "blue": (0, 0, 255), "blueviolet": (138, 43, 226),
    "brown": (165, 42, 42), "burlywood": (222, 184, 135), "cadetblue": (95, 158, 160), "chartreuse": (127, 255, 0),
    "chocolate": (210, 105, 30), "coral": (255, 127, 80), "cornflowerblue": (100, 149, 237),
    "cornsilk": (255, 248, 220), "crimson": (220, 20, 60), "cyan": (0, 255, 255), "darkblue": (0, 0, 139),
    "darkcyan": (0, 139, 139), "darkgoldenrod": (184, 134, 11), "darkgray": (169, 169, 169),
    "darkgreen": (0, 100, 0), "darkgrey": (169, 169, 169), "darkkhaki": (189, 183, 107),
    "darkmagenta": (139, 0, 139), "darkolivegreen": (85, 107, 47), "darkorange": (255, 140, 0),
    "darkorchid": (153, 50, 204), "darkred": (139, 0, 0), "darksalmon": (233, 150, 122),
    "darkseagreen": (143, 188, 143), "darkslateblue": (72, 61, 139), "darkslategray": (47, 79, 79),
    "darkslategrey": (47, 79, 79), "darkturquoise": (0, 206, 209), "darkviolet": (148, 0, 211),
    "deeppink": (255, 20, 147), "deepskyblue": (0, 191, 255), "dimgray": (105, 105, 105),
    "dimgrey": (105, 105, 105), "dodgerblue": (30, 144, 255), "firebrick": (178, 34, 34),
    "floralwhite": (255, 250, 240), "forestgreen": (34, 139, 34), "fuchsia": (255, 0, 255),
    "gainsboro": (220, 220, 220), "ghostwhite": (248, 248, 255), "gold": (255, 215, 0),
    "goldenrod": (218, 165, 32), "gray": (128, 128, 128), "green": (0, 128, 0), "greenyellow": (173, 255, 47),
    "grey": (128, 128, 128), "honeydew": (240, 255, 240), "hotpink": (255, 105, 180), "indianred": (205, 92, 92),
    "indigo": (75, 0, 130), "ivory": (255, 255, 240), "khaki": (240, 230, 140), "lavender": (230, 230, 250),
    "lavenderblush": (255, 240, 245), "lawngreen": (124, 252, 0), "lemonchiffon": (255, 250, 205),
    "lightblue": (173, 216, 230), "lightcoral": (240, 128, 128), "lightcyan": (224, 255, 255),
    "lightgoldenrodyellow": (250, 250, 210), "lightgray": (211, 211, 211), "lightgreen": (144, 238, 144),
    "lightgrey": (211, 211, 211), "lightpink": (255, 182, 193), "lightsalmon": (255, 160, 122),
    "lightseagreen": (32, 178, 170), "lightskyblue": (135, 206, 250), "lightslategray": (119, 136, 153),
    "lightslategrey": (119, 136, 153), "lightsteelblue": (176, 196, 222), "lightyellow": (255, 255, 224),
    "lime": (0, 255, 0), "limegreen": (50, 205, 50), "linen": (250, 240, 230), "magenta": (255, 0, 255),
    "maroon": (128, 0, 0), "mediumaquamarine": (102, 205, 170), "mediumblue": (0, 0, 205),
    "mediumorchid": (186, 85, 211), "mediumpurple": (147, 112, 219), "mediumseagreen": (60, 179, 113),
    "mediumslateblue": (123, 104, 238), "mediumspringgreen": (0, 250, 154), "mediumturquoise": (72, 209, 204),
    "mediumvioletred": (199, 21, 133), "midnightblue": (25, 25, 112), "mintcream": (245, 255, 250),
    "mistyrose": (255, 228, 225), "moccasin": (255, 228, 181), "navajowhite": (255, 222, 173),
    "navy": (0, 0, 128), "oldlace": (253, 245, 230), "olive": (128, 128, 0), "olivedrab": (107, 142, 35),
    "orange": (255, 165, 0), "orangered": (255, 69, 0), "orchid": (218, 112, 214), "palegoldenrod": (238, 232, 170),
    "palegreen": (152, 251, 152), "paleturquoise": (175, 238, 238), "palevioletred": (219, 112, 147),
    "papayawhip": (255, 239, 213), "peachpuff": (255, 218, 185), "peru": (205, 133, 63), "pink": (255, 192, 203),
    "plum": (221, 160, 221), "powderblue": (176, 224, 230), "purple": (128, 0, 128),
    "rebeccapurple": (102, 51, 153), "red": (255, 0, 0), "rosybrown": (188, 143, 143),
    "royalblue": (65, 105, 225), "saddlebrown": (139, 69, 19), "salmon": (250, 128, 114),
    "sandybrown": (244, 164, 96), "seagreen": (46, 139, 87), "seashell": (255, 245, 238), "sienna": (160, 82, 45),
    "silver": (192, 192, 192), "skyblue": (135, 206, 235), "slateblue": (106, 90, 205),
    "slategray": (112, 128, 144), "slategrey": (112, 128, 144), "snow": (255, 250, 250),
    "springgreen": (0, 255, 127), "steelblue": (70, 130, 180), "tan": (210, 180, 140), "teal": (0, 128, 128),
    "thistle": (216, 191, 216), "tomato": (255, 99, 71), "turquoise": (64, 224, 208), "violet": (238, 130, 238),
    "wheat": (245, 222, 179), "white": (255, 255, 255), "whitesmoke": (245, 245, 245), "yellow": (255, 255, 0),
    "yellowgreen": (154, 205, 50),
}

# Everyday colour words, with values a designer would pick (CSS "green" is a dull 0,128,0; "blue" is harsh).
COMMON_COLORS: dict[str, RGB] = {
    "red": (220, 38, 38), "crimson": (190, 18, 60), "scarlet": (230, 30, 20), "maroon": (128, 0, 32),
    "burgundy": (128, 0, 32), "wine": (114, 47, 55), "orange": (249, 115, 22), "amber": (245, 158, 11),
    "yellow": (250, 204, 21), "gold": (212, 175, 55), "golden": (218, 165, 32), "lime": (132, 204, 22),
    "green": (22, 163, 74), "emerald": (16, 185, 129), "olive": (128, 128, 0), "mint": (152, 255, 200),
    "teal": (13, 148, 136), "cyan": (6, 182, 212), "turquoise": (64, 224, 208), "aqua": (0, 200, 220),
    "blue": (37, 99, 235), "navy": (23, 37, 84), "cobalt": (0, 71, 171), "indigo": (79, 70, 229),
    "violet": (139, 92, 246), "purple": (147, 51, 234), "lilac": (200, 162, 200), "lavender": (196, 181, 253),
    "magenta": (217, 70, 239), "fuchsia": (192, 38, 211), "pink": (236, 72, 153), "rose": (244, 63, 94),
    "peach": (255, 190, 152), "coral": (255, 127, 80), "salmon": (250, 128, 114), "brown": (120, 72, 40),
    "chocolate": (96, 56, 19), "coffee": (111, 78, 55), "beige": (232, 220, 196), "cream": (255, 248, 220),
    "tan": (210, 180, 140), "white": (248, 250, 252), "ivory": (255, 255, 240), "silver": (192, 192, 200),
    "gray": (120, 120, 128), "grey": (120, 120, 128), "charcoal": (54, 69, 79), "black": (12, 12, 16),
    "bronze": (205, 127, 50), "copper": (184, 115, 51), "rust": (183, 65, 14), "sand": (225, 200, 150),
    "mustard": (225, 173, 1), "ochre": (204, 119, 34), "sage": (156, 175, 136), "khaki": (195, 176, 145),
    "ruby": (224, 17, 95), "sapphire": (15, 82, 186), "jade": (0, 168, 107), "cerulean": (0, 123, 167),
    "azure": (0, 127, 255), "pastel pink": (255, 209, 220), "sky blue": (110, 190, 240),
    "baby blue": (137, 207, 240), "royal blue": (65, 105, 225), "navy blue": (23, 37, 84),
    "forest green": (34, 110, 50), "lime green": (90, 205, 50), "olive green": (107, 142, 35),
    "hot pink": (255, 60, 160), "rose gold": (183, 110, 121), "off white": (245, 242, 235),
    "burnt orange": (204, 85, 0), "blood red": (138, 7, 7), "neon green": (57, 255, 20),
    "neon pink": (255, 16, 240), "electric blue": (44, 117, 255), "dark blue": (20, 40, 120),
    "light blue": (150, 200, 245), "dark green": (10, 90, 45), "light green": (150, 230, 150),
    "dark red": (130, 10, 20), "light pink": (255, 200, 215), "dark purple": (70, 20, 100),
}
COLORS: dict[str, RGB] = {**CSS_COLORS, **COMMON_COLORS}

# "light blue", "pale pink", "deep red": a modifier mixes the colour with white or black.
COLOR_MODIFIERS: dict[str, tuple[RGB, float]] = {
    "light": ((255, 255, 255), 0.45), "pale": ((255, 255, 255), 0.55), "pastel": ((255, 255, 255), 0.5),
    "soft": ((255, 255, 255), 0.3), "dark": ((0, 0, 0), 0.45), "deep": ((0, 0, 0), 0.3),
    "dusty": ((128, 128, 128), 0.35),
}

# Words that name a colour but that are usually nouns in a prompt: only colours when right before a colour noun.
AMBIGUOUS_COLORS = frozenset({"orange", "rose", "lime", "chocolate", "coffee", "wine", "sand", "snow", "gold",
                              "silver", "rust", "peach", "salmon", "mint", "olive", "cream", "plum", "tomato",
                              "wheat", "linen", "honeydew", "bisque", "moccasin", "sage", "jade", "ruby",
                              "copper", "bronze", "amber", "coral", "violet", "lavender", "tan", "navy", "indigo"})
# After one of these, a colour word is the background's.
BACKGROUND_NOUNS = frozenset({"background", "backdrop", "wall", "walls", "sky", "backgrounds", "canvas", "ground",
                              "setting", "tones", "tone", "palette", "colors", "colours", "color", "colour",
                              "scheme", "light", "lighting", "theme", "gradient", "hues"})


@dataclass(frozen=True)
class Mood:
    """What a mood or style word does to the picture."""

    colors: tuple[RGB, ...]  # background stops, top to bottom
    tags: tuple[str, ...] = ()
    font: FontName | None = None
    effects: tuple[str, ...] = ()
    vignette: float = 0.15
    glow: float = 0.35
    ground: RGB | None = None


MOODS: dict[str, Mood] = {
    "sunset": Mood(((255, 94, 77), (255, 170, 90), (90, 40, 120)), ("warm", "glow"), effects=("sun",), glow=0.2),
    "sunrise": Mood(((255, 200, 150), (255, 140, 120), (120, 160, 220)), ("warm",), effects=("sun",), glow=0.2),
    "dusk": Mood(((40, 40, 100), (200, 90, 110)), ("warm", "dark"), vignette=0.25),
    "night": Mood(((8, 12, 40), (30, 30, 80)), ("dark", "stars"), effects=("stars", "moon"), vignette=0.3,
                  glow=0.25),
    "midnight": Mood(((5, 5, 25), (25, 25, 60)), ("dark",), effects=("stars",), vignette=0.3, glow=0.2),
    "starry": Mood(((8, 10, 35), (40, 30, 90)), ("dark", "stars"), effects=("stars",), vignette=0.25),
    "neon": Mood(((20, 0, 40), (120, 0, 160)), ("neon", "dark"), "condensed", vignette=0.35, glow=0.4),
    "cyberpunk": Mood(((15, 0, 35), (0, 140, 170)), ("neon", "dark"), "condensed", vignette=0.35),
    "synthwave": Mood(((25, 0, 50), (255, 60, 160), (255, 170, 60)), ("neon", "retro"), "condensed",
                      effects=("sun", "stars")),
    "pastel": Mood(((255, 214, 224), (200, 230, 255)), ("soft",), "rounded", vignette=0.0, glow=0.3),
    "cute": Mood(((255, 222, 235), (255, 240, 200)), ("soft", "playful"), "rounded", vignette=0.0),
    "kawaii": Mood(((255, 215, 235), (215, 235, 255)), ("soft", "playful"), "rounded", vignette=0.0),
    "playful": Mood(((255, 236, 140), (140, 220, 255)), ("playful", "bright"), "rounded", ("confetti",), 0.0),
    "kids": Mood(((255, 240, 150), (150, 225, 255)), ("playful", "bright"), "rounded", vignette=0.0),
    "minimal": Mood(((245, 245, 240), (230, 230, 225)), ("minimal",), "sans-medium", vignette=0.0, glow=0.0),
    "minimalist": Mood(((245, 245, 240), (230, 230, 225)), ("minimal",), "sans-medium", vignette=0.0, glow=0.0),
    "clean": Mood(((250, 250, 250), (235, 238, 242)), ("minimal",), "sans-medium", vignette=0.0, glow=0.1),
    "modern": Mood(((240, 242, 246), (210, 218, 230)), ("minimal",), "display", vignette=0.05, glow=0.2),
    "corporate": Mood(((235, 241, 250), (190, 208, 235)), ("minimal", "professional"), "display", vignette=0.0),
    "professional": Mood(((235, 241, 250), (190, 208, 235)), ("minimal", "professional"), "display",
                         vignette=0.0),
    "vintage": Mood(((222, 196, 150), (160, 120, 80)), ("vintage",), "serif-bold", vignette=0.35),
    "retro": Mood(((255, 190, 110), (220, 90, 70)), ("vintage",), "serif-bold", vignette=0.25),
    "rustic": Mood(((200, 170, 130), (120, 85, 55)), ("vintage", "natural"), "serif-bold", vignette=0.3),
    "dramatic": Mood(((15, 15, 20), (70, 60, 70)), ("dramatic", "dark"), "condensed", vignette=0.45, glow=0.55),
    "cinematic": Mood(((10, 20, 30), (60, 70, 80)), ("dramatic", "dark"), "condensed", vignette=0.5, glow=0.5),
    "moody": Mood(((25, 28, 35), (70, 75, 85)), ("dramatic", "dark"), "serif-display", vignette=0.45, glow=0.4),
    "noir": Mood(((5, 5, 5), (60, 60, 60)), ("dramatic", "dark", "mono"), "serif-display", vignette=0.55, glow=0.5),
    "stormy": Mood(((40, 45, 60), (90, 95, 110)), ("dramatic",), effects=("rain",), vignette=0.4),
    "rainy": Mood(((70, 80, 95), (120, 130, 140)), ("cool",), effects=("rain",), vignette=0.3),
    "foggy": Mood(((200, 205, 210), (160, 165, 170)), ("soft",), vignette=0.1, glow=0.1),
    "spooky": Mood(((20, 10, 30), (70, 30, 60)), ("dark",), "serif-display", ("stars", "moon"), 0.45),
    "halloween": Mood(((30, 10, 40), (200, 90, 20)), ("dark",), "serif-display", ("moon",), 0.4),
    "fancy": Mood(((30, 20, 30), (90, 60, 40)), ("elegant",), "serif-display", vignette=0.4, glow=0.5,
                  ground=(60, 35, 30)),
    "elegant": Mood(((25, 20, 30), (80, 60, 70)), ("elegant",), "serif-display", vignette=0.4, glow=0.5),
    "luxury": Mood(((15, 12, 10), (70, 55, 30)), ("elegant",), "serif-display", vignette=0.45, glow=0.5),
    "luxurious": Mood(((15, 12, 10), (70, 55, 30)), ("elegant",), "serif-display", vignette=0.45, glow=0.5),
    "romantic": Mood(((255, 200, 210), (180, 80, 120)), ("warm", "elegant"), "serif-italic", ("sparkles",)),
    "wedding": Mood(((255, 250, 245), (235, 215, 210)), ("elegant", "soft"), "serif-display", ("sparkles",), 0.05),
    "cozy": Mood(((255, 214, 170), (170, 100, 70)), ("warm",), "serif-bold", vignette=0.3, glow=0.5),
    "warm": Mood(((255, 220, 170), (230, 140, 90)), ("warm",), vignette=0.2),
    "cool": Mood(((200, 230, 255), (120, 170, 220)), ("cool",), vignette=0.15),
    "dreamy": Mood(((220, 200, 255), (255, 210, 235)), ("soft", "glow"), "serif-italic", ("sparkles",), 0.1),
    "magical": Mood(((40, 20, 90), (150, 80, 200)), ("glow",), "serif-display", ("sparkles", "stars"), 0.3),
    "futuristic": Mood(((5, 15, 40), (20, 120, 180)), ("neon", "tech"), "geometric", vignette=0.3),
    "tech": Mood(((10, 20, 45), (40, 80, 160)), ("tech",), "geometric", vignette=0.25),
    "forest": Mood(((150, 200, 160), (70, 130, 80)), ("natural",), ground=(50, 100, 50)),
    "ocean": Mood(((120, 200, 240), (40, 140, 200)), ("natural", "cool"), ground=(20, 110, 170)),
    "underwater": Mood(((20, 140, 200), (5, 40, 90)), ("cool",), effects=("bubbles",), vignette=0.3),
    "tropical": Mood(((90, 210, 240), (255, 220, 150)), ("bright",), "rounded"),
    "beach": Mood(((120, 200, 245), (200, 235, 250)), ("bright",)),
    "desert": Mood(((255, 200, 130), (250, 230, 190)), ("warm",), ground=(225, 180, 120)),
    "winter": Mood(((210, 230, 250), (160, 190, 230)), ("cool",), effects=("snow",), ground=(235, 242, 250)),
    "snowy": Mood(((220, 232, 248), (180, 200, 230)), ("cool",), effects=("snow",), ground=(240, 245, 252)),
    "christmas": Mood(((150, 20, 30), (20, 80, 40)), ("festive", "warm"), "serif-display", ("snow",), 0.3),
    "autumn": Mood(((250, 200, 140), (200, 110, 40)), ("warm",), "serif-bold", ground=(170, 90, 40)),
    "fall": Mood(((250, 200, 140), (200, 110, 40)), ("warm",), "serif-bold", ground=(170, 90, 40)),
    "spring": Mood(((200, 240, 200), (250, 220, 235)), ("soft",), "rounded", ground=(120, 190, 90)),
    "summer": Mood(((255, 220, 100), (90, 190, 240)), ("bright",), "rounded"),
    "space": Mood(((0, 0, 10), (30, 10, 60)), ("dark", "stars"), "geometric", ("stars",), 0.3, 0.3),
    "cosmic": Mood(((10, 0, 30), (60, 20, 100)), ("dark", "stars"), "geometric", ("stars", "sparkles"), 0.3),
    "galaxy": Mood(((10, 0, 30), (80, 30, 120)), ("dark", "stars"), "geometric", ("stars",), 0.3),
    "gemini": Mood(((40, 60, 160), (130, 80, 220), (230, 120, 200)), ("glow",), effects=("sparkles",), glow=0.5),
    "happy": Mood(((255, 230, 120), (255, 170, 120)), ("bright",), "rounded", vignette=0.0),
    "cheerful": Mood(((255, 230, 120), (130, 210, 255)), ("bright",), "rounded", vignette=0.0),
    "festive": Mood(((255, 90, 90), (255, 200, 80)), ("festive", "bright"), "rounded", ("confetti",), 0.1),
    "party": Mood(((120, 40, 200), (255, 80, 140)), ("festive", "bright"), "rounded", ("confetti",), 0.15),
    "celebration": Mood(((120, 40, 200), (255, 80, 140)), ("festive",), "rounded", ("confetti",), 0.15),
    "birthday": Mood(((255, 200, 220), (180, 210, 255)), ("festive", "playful"), "rounded", ("confetti",), 0.05),
    "dark": Mood(((10, 10, 14), (40, 40, 48)), ("dark",), vignette=0.35, glow=0.35),
    "bright": Mood(((255, 250, 235), (220, 240, 255)), ("bright",), vignette=0.0),
    "sale": Mood(((255, 70, 60), (255, 160, 40)), ("bold", "bright"), "condensed", vignette=0.1),
    "sport": Mood(((20, 40, 90), (0, 120, 200)), ("bold",), "condensed", vignette=0.25),
    "sports": Mood(((20, 40, 90), (0, 120, 200)), ("bold",), "condensed", vignette=0.25),
}


@dataclass(frozen=True)
class Scene:
    """A place word: what the ground is, where the horizon sits, and what props stand in it."""

    kind: SceneKind
    horizon: float = 0.68
    ground: RGB | None = None
    sky: tuple[RGB, ...] = ()
    props: tuple[str, ...] = ()  # pictograms that make the place recognisable (small, beside the subjects)
    effects: tuple[str, ...] = ()


SCENES: dict[str, Scene] = {
    "restaurant": Scene("table", 0.66, (95, 55, 40), ((70, 40, 45), (150, 95, 70)), ("🍷", "🕯")),
    "bistro": Scene("table", 0.66, (110, 70, 45), ((90, 60, 50), (170, 120, 80)), ("🍷",)),
    "cafe": Scene("table", 0.66, (150, 105, 70), ((230, 210, 185), (190, 150, 120)), ("☕", "🥐")),
    "coffee shop": Scene("table", 0.66, (150, 105, 70), ((230, 210, 185), (190, 150, 120)), ("☕",)),
    "kitchen": Scene("table", 0.64, (200, 170, 130), ((240, 235, 225), (215, 205, 190)), ("🍳",)),
    "table": Scene("table", 0.64, (160, 110, 70)),
    "desk": Scene("table", 0.64, (175, 130, 90), ((235, 235, 230), (205, 210, 215)), ("💻",)),
    "office": Scene("floor", 0.7, (160, 160, 165), ((235, 240, 245), (205, 215, 225)), ("🪴",)),
    "room": Scene("floor", 0.72, (170, 140, 110), ((240, 232, 220), (215, 200, 185))),
    "bedroom": Scene("floor", 0.72, (170, 140, 110), ((235, 225, 240), (210, 195, 215)), ("🛏",)),
    "living room": Scene("floor", 0.72, (170, 140, 110), ((240, 232, 220), (215, 200, 185)), ("🛋", "🪴")),
    "studio": Scene("floor", 0.74, (200, 200, 200), ((245, 245, 245), (215, 215, 215))),
    "stage": Scene("stage", 0.74, (45, 30, 35), ((20, 10, 20), (70, 20, 40)), ("🎤",)),
    "concert": Scene("stage", 0.74, (45, 30, 35), ((20, 10, 30), (90, 20, 80)), ("🎸",), ("confetti",)),
    "beach": Scene("sea", 0.55, (20, 130, 190), ((110, 195, 245), (200, 235, 250)), ("🌴", "⛱")),
    "sea": Scene("sea", 0.58, (20, 110, 170), ((120, 195, 240), (205, 232, 250))),
    "ocean": Scene("sea", 0.58, (15, 100, 165), ((120, 195, 240), (205, 232, 250))),
    "lake": Scene("sea", 0.6, (50, 120, 150), ((150, 200, 235), (220, 236, 245)), ("🌲",)),
    "island": Scene("sea", 0.6, (20, 140, 190), ((100, 200, 245), (210, 240, 250)), ("🌴",)),
    "underwater": Scene("water", 1.0, None, ((20, 140, 200), (5, 40, 90)), ("🐠",), ("bubbles",)),
    "field": Scene("ground", 0.6, (110, 170, 70), ((140, 200, 245), (220, 238, 250)), ("🌼",)),
    "meadow": Scene("ground", 0.6, (110, 175, 80), ((140, 200, 245), (220, 238, 250)), ("🌼", "🌷")),
    "park": Scene("ground", 0.62, (100, 165, 75), ((140, 200, 245), (220, 238, 250)), ("🌳",)),
    "garden": Scene("ground", 0.62, (95, 160, 70), ((150, 205, 245), (225, 240, 250)), ("🌷", "🌻")),
    "farm": Scene("ground", 0.6, (130, 170, 70), ((140, 200, 245), (225, 240, 250)), ("🌾",)),
    "forest": Scene("ground", 0.66, (50, 100, 50), ((160, 210, 190), (90, 150, 110)), ("🌲", "🌳")),
    "jungle": Scene("ground", 0.66, (40, 110, 50), ((120, 200, 150), (60, 140, 80)), ("🌴", "🌿")),
    "mountain": Scene("ground", 0.68, (90, 120, 90), ((150, 200, 240), (230, 240, 250)), ("🏔",)),
    "mountains": Scene("ground", 0.68, (90, 120, 90), ((150, 200, 240), (230, 240, 250)), ("🏔",)),
    "desert": Scene("ground", 0.62, (225, 180, 120), ((255, 200, 130), (250, 230, 190)), ("🌵",)),
    "snow": Scene("ground", 0.64, (240, 245, 252), ((190, 215, 240), (230, 240, 250)), (), ("snow",)),
    "street": Scene("floor", 0.7, (90, 90, 100), ((180, 200, 225), (225, 230, 240)), ("🏢",)),
    "city": Scene("floor", 0.72, (80, 85, 95), ((150, 180, 220), (220, 225, 240)), ("🏙",)),
    "town": Scene("floor", 0.72, (120, 110, 100), ((150, 195, 235), (225, 235, 245)), ("🏘",)),
    "sky": Scene("sky", 1.0, None, ((90, 160, 240), (200, 230, 255)), ("☁",)),
    "space": Scene("none", 1.0, None, ((0, 0, 10), (30, 10, 60)), ("🪐",), ("stars",)),
}

EDIT_WORDS: dict[str, EditOp] = {
    "brighter": "brighter", "brighten": "brighter", "lighter": "brighter", "darker": "darker", "darken": "darker",
    "black and white": "grayscale", "black-and-white": "grayscale", "grayscale": "grayscale",
    "greyscale": "grayscale", "monochrome": "grayscale", "b&w": "grayscale", "sepia": "sepia", "vintage": "sepia",
    "old photo": "sepia", "warmer": "warmer", "warm": "warmer", "cooler": "cooler", "cold": "cooler",
    "dramatic": "dramatic", "storm": "dramatic", "stormy": "dramatic", "moody": "dramatic",
    "blur the background": "blur_background", "blurry background": "blur_background",
    "blurred background": "blur_background", "bokeh": "blur_background", "depth of field": "blur_background",
    "vivid": "vivid", "saturated": "vivid", "colorful": "vivid", "colourful": "vivid", "more color": "vivid",
    "more colour": "vivid", "muted": "muted", "faded": "muted", "desaturate": "muted", "washed out": "muted",
    "contrast": "contrast", "punchy": "contrast", "sharpen": "sharpen", "sharper": "sharpen", "crisp": "sharpen",
    "soft": "soft", "softer": "soft", "dreamy": "soft", "hazy": "soft", "at night": "night", "night": "night",
    "nighttime": "night", "night time": "night", "golden hour": "golden", "sunset": "golden", "golden": "golden",
    "vignette": "vignette", "pastel": "pastel", "mirror": "mirror", "flip horizontally": "mirror",
    "flip it horizontally": "mirror", "flip vertically": "flip", "upside down": "flip",
}

# Crops and reframing of the reference, as the part of it to keep.
CROPS: dict[str, tuple[float, float, float, float]] = {
    "zoom in": (0.15, 0.15, 0.85, 0.85), "close-up": (0.2, 0.2, 0.8, 0.8), "close up": (0.2, 0.2, 0.8, 0.8),
    "closer": (0.15, 0.15, 0.85, 0.85), "crop in": (0.12, 0.12, 0.88, 0.88), "tighter": (0.12, 0.12, 0.88, 0.88),
    "left half": (0.0, 0.0, 0.5, 1.0), "right half": (0.5, 0.0, 1.0, 1.0), "top half": (0.0, 0.0, 1.0, 0.5),
    "bottom half": (0.0, 0.5, 1.0, 1.0), "left side": (0.0, 0.0, 0.6, 1.0), "right side": (0.4, 0.0, 1.0, 1.0),
    "center": (0.2, 0.2, 0.8, 0.8), "centre": (0.2, 0.2, 0.8, 0.8), "middle": (0.2, 0.2, 0.8, 0.8),
}

STOPWORDS = frozenset(
    """a an the of and or with in on at to for from by into onto over under near behind above below this that these
    those is are be it its make create generate draw paint render picture image photo photograph illustration
    poster banner show showing some very more most less theme themed style styled like looking please design
    scene background foreground version one two three four five add put place text saying says reads word words
    letters title caption label logo sign big small large tiny huge giant little fancy beautiful pretty nice cool
    modern realistic photorealistic detailed high quality hd 4k 8k art artwork digital vector flat simple
    minimal minimalist colorful colourful bright dark light soft warm cold hot new old cute happy sad funny
    sitting standing flying running walking holding wearing eating playing looking made full filled featuring
    feature features set sets side top bottom left right center centre middle front back day time view shot
    closeup close up card flyer cover page wallpaper icon sticker social media post ad advert advertisement
    announcement invitation menu sale graphic template mockup infographic headline subtitle tagline slogan
    typography lettering font bold italic written write print printed reading read shows includes include
    nano pro gemini banana-pro cinematic dramatic vintage retro neon pastel elegant luxury party festive
    happy celebration event grand opening today tomorrow only now free off percent plus also then stickers
    emojis emoji icons just way bit lot kind sort thing things something anything everything""".split()
)
# words never taken as subjects even though an emoji has them as a name (the scene or mood handles them)
NOT_SUBJECTS = frozenset({"light", "sign", "night", "sunset", "sunrise", "dusk", "morning", "evening", "space",
                          "water", "sea", "ocean", "sky", "snow", "rain", "storm", "world", "theme",
                          "office", "room", "stage", "city", "street", "beach", "field", "park", "garden",
                          "restaurant", "cafe", "kitchen", "desk", "forest", "mountain", "mountains", "desert",
                          "island", "lake", "town", "farm", "meadow", "jungle", "bedroom", "studio", "concert",
                          "underwater", "table", "wall", "floor", "ground", "colour", "color", "shade", "glass",
                          "mark", "point", "top", "end", "back", "up", "down", "on", "off", "new", "free", "soon",
                          "cool", "ok", "id", "vs", "sos", "atm", "wc", "ng", "abc"})

# Edit requests that need to understand the picture: said in the thoughts, not faked.
SEMANTIC_EDITS = (
    r"\b(remove|erase|delete|get rid of|take out|take away)\b",
    r"\breplace (?:the |a |an |his |her |their )?(?!text|words?|title|caption|headline|label)\w+",
    r"\b(change|turn|transform|convert) (?:the |a |an |his |her |their |my )?\w+(?: \w+)? (?:in)?to\b",
    r"\b(swap|move|rotate|resize|enlarge|shrink) (?:the |a |an |his |her |their )\w+",
    r"\bmake (?:him|her|them|the (?:man|woman|person|people|dog|cat|child|kid|face))\b",
    r"\b(put|place|add) (?:a |an |the |some )?[\w ]+? (?:on|onto|in) (?:the |his |her |their |its )?"
    r"(?:head|hand|hands|face|dog|cat|man|woman|person|table|wall|shirt)\b",
    r"\b(zoom out|outpaint|extend the (?:image|picture|photo|canvas)|wider shot|uncrop)\b",
    r"\b(expression|smile|smiling|pose|posture|hair|hairstyle|outfit|clothes|clothing|age|older|younger)\b",
)
