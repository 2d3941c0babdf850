"""Colour words and their values, the modifiers that lighten or darken them, and when a colour is the background's."""

from __future__ import annotations

from openbanana.plan import RGB

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

# Coat colours said of an animal only: "a ginger cat" is orange, "a chestnut horse" red-brown, while "ginger tea"
# and "a chestnut tree" name things (a person's "ginger" hair is the hair reader's).
FUR_COLOURS: dict[str, RGB] = {"ginger": (222, 110, 40), "chestnut": (149, 69, 36), "tawny": (205, 130, 60),
                               "sorrel": (170, 80, 40), "palomino": (218, 180, 110), "brindle": (110, 75, 45),
                               "roan": (150, 110, 100), "marmalade": (230, 120, 40), "liver": (100, 50, 30)}

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


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """`a` moved a fraction `t` of the way toward `b`, channel by channel."""
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


# Hues that an ambiguous colour word can shade ("lime green", "mint green", "coral pink").
BASIC_HUES = ("red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "grey", "gray", "white",
              "black", "violet", "teal")


def color_phrases() -> dict[str, tuple[str, RGB]]:
    """Colour names of two or three words → (name, colour): "lime green", "light blue", "pale pink", "sky blue"."""
    phrases: dict[str, tuple[str, RGB]] = {}
    for modifier, (toward, amount) in COLOR_MODIFIERS.items():
        for name in COMMON_COLORS:
            if " " not in name:
                phrases[f"{modifier} {name}"] = (f"{modifier} {name}", mix(COMMON_COLORS[name], toward, amount))
    for shade in AMBIGUOUS_COLORS:
        for hue in BASIC_HUES:
            if shade in COLORS and hue in COMMON_COLORS:
                phrases[f"{shade} {hue}"] = (f"{shade} {hue}", mix(COLORS[shade], COMMON_COLORS[hue], 0.5))
    phrases.update({name: (name, color) for name, color in COMMON_COLORS.items() if " " in name})
    return phrases
