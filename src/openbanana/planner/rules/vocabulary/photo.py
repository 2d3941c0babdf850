"""Words for edits that change what is in a photo: styles, light and weather, skies, places, accessories, spots."""

from __future__ import annotations

from openbanana.scene import Placement

# Styles named plainly anywhere in an edit prompt.
STYLES: dict[str, str] = {
    "watercolor": "watercolor", "watercolour": "watercolor", "water color": "watercolor", "aquarelle": "watercolor",
    "pencil sketch": "pencil_sketch", "pencil drawing": "pencil_sketch", "charcoal drawing": "pencil_sketch",
    "line drawing": "pencil_sketch", "cartoon": "cartoon", "comic book": "cartoon", "cel shaded": "cartoon",
    "cel-shaded": "cartoon", "oil painting": "oil_painting", "oil paint": "oil_painting", "impressionist":
    "oil_painting", "van gogh": "oil_painting", "monet": "oil_painting", "renoir": "oil_painting",
    "cezanne": "oil_painting", "impressionism": "oil_painting", "pixel art": "pixel_art", "pixelated": "pixel_art",
    "8-bit": "pixel_art", "8 bit": "pixel_art", "16-bit": "pixel_art", "vintage film": "vintage_film",
    "film look": "vintage_film", "film photo": "vintage_film", "film grain": "vintage_film", "analog film":
    "vintage_film", "analogue film": "vintage_film", "polaroid": "vintage_film", "hdr": "hdr",
    "high dynamic range": "hdr", "film noir": "black_and_white", "coloring page": "coloring_page",
    "colouring page": "coloring_page", "coloring book": "coloring_page", "colouring book": "coloring_page",
    "coloring sheet": "coloring_page", "colouring sheet": "coloring_page", "line art": "coloring_page",
    "disposable camera": "vintage_film", "autumn": "autumn", "fall colors": "autumn", "fall colours": "autumn",
    "autumnal": "autumn", "fall foliage": "autumn", "autumn leaves": "autumn", "pop art": "pop_art",
    "pop-art": "pop_art", "warhol": "pop_art", "lichtenstein": "pop_art", "screen print": "pop_art",
    "springtime": "spring", "spring time": "spring", "cherry blossom": "spring", "cherry blossoms": "spring",
    "in bloom": "spring", "blossoming": "spring", "in spring": "spring", "spring colors": "spring",
    "spring colours": "spring", "blueprint": "blueprint", "blue print": "blueprint", "cyanotype": "cyanotype",
    "sun print": "cyanotype", "technical drawing": "blueprint", "mosaic": "mosaic", "tile mosaic": "mosaic",
    "mosaic tiles": "mosaic", "chalk drawing": "chalk", "chalk art": "chalk", "chalkboard drawing": "chalk",
    "blackboard drawing": "chalk", "chalk on a blackboard": "chalk", "chalk on a chalkboard": "chalk",
    "ink sketch": "pencil_sketch", "ink drawing": "pencil_sketch", "pen and ink": "pencil_sketch",
    "pen drawing": "pencil_sketch", "pen sketch": "pencil_sketch", "in oils": "oil_painting",
    "in oil paint": "oil_painting", "in oil paints": "oil_painting", "oil paints": "oil_painting",
    "watercolors": "watercolor", "watercolours": "watercolor", "in pencil": "pencil_sketch",
    # the verbs people coin from a style's name: "cartoonify it", "anime-fy me" ("pixelate her face" hides a face,
    # so it is no style)
    "cartoonify": "cartoon", "cartoonize": "cartoon", "cartoonise": "cartoon", "toonify": "cartoon",
    "animefy": "cartoon", "anime-fy": "cartoon", "animeify": "cartoon", "comicify": "cartoon",
    "sketchify": "pencil_sketch",
    "watercolorize": "watercolor", "watercolourise": "watercolor", "watercolorise": "watercolor",
    "linocut": "linocut", "lino cut": "linocut", "lino-cut": "linocut", "lino print": "linocut",
    "linoleum print": "linocut", "woodcut": "linocut", "wood cut": "linocut", "block print": "linocut",
    "relief print": "linocut", "cyberpunk": "neon", "synthwave": "neon", "neon look": "neon", "neon style": "neon",
    "neon glow": "neon", "neon-lit": "neon", "neon lit": "neon", "neon noir": "neon",
    "halftone": "halftone", "half-tone": "halftone", "half tone": "halftone", "newspaper photo": "halftone",
    "newspaper print": "halftone", "newsprint": "halftone", "printed in a newspaper": "halftone",
    "risograph": "risograph", "riso print": "risograph", "riso-print": "risograph", "risoprint": "risograph",
    "thermal camera": "thermal", "thermal image": "thermal", "thermal imaging": "thermal", "thermal imager": "thermal",
    "thermal vision": "thermal", "infrared camera": "thermal", "heat camera": "thermal", "heat vision": "thermal",
    "thermograph": "thermal", "thermographic": "thermal", "predator vision": "thermal",
    "x-ray": "x_ray", "x ray": "x_ray", "xray": "x_ray", "radiograph": "x_ray", "x-rayed": "x_ray",
    "tilt-shift": "tilt_shift", "tilt shift": "tilt_shift", "tiltshift": "tilt_shift", "miniature effect": "tilt_shift",
    "miniature look": "tilt_shift", "toy town": "tilt_shift", "toy-town": "tilt_shift", "miniature model": "tilt_shift",
    "stencil": "stencil", "stencil art": "stencil", "stencil graffiti": "stencil", "stencilled": "stencil",
    "stenciled": "stencil", "banksy": "stencil", "spray-paint stencil": "stencil",
}
# "sketch it in ink", "draw this": the photo itself sketched, the verb naming the style.
SKETCH_VERB = r"^(?:sketch|draw)\s+(?:it|this|the (?:photo|image|picture|scene|shot))\b"
# "a 90s photo", "make it look like the 70s", "80's vibe", "a grainy 1920s photo": an old photo's look, which the
# film style gives.
_DECADE = r"(?:(?:19)?[2-9]0'?s|nineties|eighties|seventies|sixties|fifties|forties)"
DECADE_LOOK = (rf"\b(?:like|from|in)\s+(?:an?\s+|the\s+)?(?:old\s+)?{_DECADE}\b|\b{_DECADE}\s+(?:photo|picture|pic|"
               r"look|style|film|vibes?|snapshot|aesthetic|polaroid|filter)\b")
# Style words that are only a style after "make it (look like) a …", "turn it into a …", "as a …", "… style".
STYLES_IN_CONTEXT: dict[str, str] = {
    "sketch": "pencil_sketch", "drawing": "pencil_sketch", "pencil": "pencil_sketch", "charcoal": "pencil_sketch",
    "comic": "cartoon", "anime": "cartoon", "manga": "cartoon", "toon": "cartoon", "painting": "oil_painting",
    "oil": "oil_painting", "acrylic": "oil_painting", "pixel": "pixel_art", "retro game": "pixel_art",
    "vintage": "vintage_film", "retro": "vintage_film", "film": "vintage_film", "analog": "vintage_film",
    "analogue": "vintage_film", "old photo": "vintage_film", "noir": "black_and_white", "fall": "autumn",
    "spring": "spring", "neon": "neon", "miniature": "tilt_shift", "thermal": "thermal", "infrared": "thermal",
}
STYLE_CONTEXT = (r"(?:make|turn|convert|transform|render|redo|restyle|change)\s+(?:it|this|the (?:photo|image|picture"
                 r"|shot))?\s*(?:look\s+)?(?:like|into|to|as)?\s*(?:an?\s+)?",
                 r"(?:as|like|in the style of|into)\s+(?:an?\s+)?")
STYLE_SUFFIX = r"\s*(?:style|styled|effect|filter|look|version|art)"

# Light and weather, named anywhere that is not a sky or background clause.
RELIGHTS: dict[str, str] = {
    "at night": "night", "night time": "night", "nighttime": "night", "night-time": "night", "by night": "night",
    "night scene": "night", "golden hour": "golden_hour", "golden light": "golden_hour", "sunset": "sunset",
    "sundown": "sunset", "at dusk": "dusk", "dusk": "dusk", "twilight": "dusk", "blue hour": "dusk",
    "sunrise": "dawn", "dawn": "dawn", "early morning": "dawn", "stormy": "storm", "storm": "storm",
    "thunderstorm": "storm", "lightning": "storm", "rainy": "rain", "raining": "rain", "rain": "rain",
    "rainstorm": "rain", "heavy rain": "heavy_rain", "downpour": "heavy_rain", "pouring rain": "heavy_rain",
    "torrential rain": "heavy_rain", "raining hard": "heavy_rain", "heavy rainfall": "heavy_rain",
    "raining heavily": "heavy_rain", "snowy": "snow", "snowing": "snow", "snowfall": "snow", "snow": "snow",
    "winter": "snow",
    "wintry": "snow", "foggy": "fog", "fog": "fog", "misty": "fog", "mist": "fog", "daytime": "day",
    "during the day": "day", "sunny": "day", "midday": "day", "overcast": "overcast", "cloudy": "overcast",
    "gloomy": "overcast", "evening": "dusk", "nightfall": "dusk", "midnight": "night", "late afternoon": "golden_hour",
    "candlelight": "candlelight", "candle light": "candlelight", "candlelit": "candlelight", "candle-lit":
    "candlelight", "lit by candles": "candlelight", "firelight": "candlelight", "fire light": "candlelight",
    "firelit": "candlelight", "lamplight": "candlelight",
    "moonlight": "moonlight", "moonlit": "moonlight", "moon light": "moonlight", "moon-lit": "moonlight",
    "by the light of the moon": "moonlight", "frosty": "frost", "frost": "frost", "hoarfrost": "frost",
    "hoar frost": "frost", "frosted over": "frost", "spotlight": "spotlight", "spot light": "spotlight",
    "spotlit": "spotlight", "in a spotlight": "spotlight",
}
# A weather can be asked for at a time of day ("a rainy night"): both are drawn.
WEATHERS = frozenset({"rain", "heavy_rain", "snow", "fog", "storm"})
TIMES = frozenset({"night", "dusk", "dawn", "sunset", "golden_hour"})
NIGHT_AFTER_VERB = (r"(?:make|turn|change|set)\s+(?:it|this|the (?:photo|image|picture|scene)|(?:the\s+)?day(?:time)?)"
                    r"\s+(?:in)?to\s+night|\bfrom\s+day\s+to\s+night\b")

# The drawn skies, by the words that describe them.
SKIES: dict[str, str] = {
    "sunset": "sunset", "sundown": "sunset", "pink": "pink", "rosy": "pink", "orange": "sunset", "purple": "twilight",
    "galaxy": "galaxy", "purple galaxy": "galaxy", "nebula": "galaxy", "cosmic": "galaxy", "outer space": "galaxy",
    "violet": "twilight", "lavender": "twilight", "twilight": "twilight",
    "sunrise": "dawn", "dawn": "dawn", "golden": "golden_hour", "night": "night", "starry": "night",
    "stars": "night", "milky way": "night", "moon": "night", "storm": "storm", "stormy": "storm", "dark": "storm",
    "dramatic": "storm", "thunder": "storm", "clouds": "overcast", "cloudy": "overcast", "overcast": "overcast",
    "grey": "overcast", "gray": "overcast", "blue": "clear", "clear": "clear", "sunny": "clear", "bright": "clear",
    "rainbow": "rainbow", "fluffy": "fair", "puffy": "fair", "white clouds": "fair", "cumulus": "fair",
    "fluffy clouds": "fair", "some clouds": "fair", "a few clouds": "fair", "scattered clouds": "fair",
    "blue sky with clouds": "fair", "cotton": "fair", "fair weather": "fair", "northern lights": "aurora",
    "southern lights": "aurora", "aurora": "aurora", "aurora borealis": "aurora", "aurora australis": "aurora",
    "auroras": "aurora",
}

# Places a background can be replaced with (the engine draws them), by the words that name them.
PLACES: dict[str, str] = {
    "beach": "beach", "seaside": "beach", "tropical": "beach", "island": "beach", "sea": "sea", "ocean": "sea",
    "lake": "sea", "forest": "forest", "woods": "forest", "jungle": "forest", "park": "park", "garden": "park",
    "meadow": "park", "field": "park", "countryside": "park", "mountains": "mountains", "mountain": "mountains",
    "alps": "mountains", "snow": "snow", "snowy": "snow", "winter": "snow", "desert": "desert", "dunes": "desert",
    "city": "city", "street": "city", "skyline": "city", "downtown": "city", "new york": "city", "paris": "city",
    "space": "space", "outer space": "space", "galaxy": "space", "stars": "space", "night sky": "night",
    "night": "night", "sunset": "sunset", "room": "room", "living room": "room", "office": "room",
    "kitchen": "room", "bedroom": "room", "indoors": "room", "underwater": "underwater", "aquarium": "underwater",
    "stage": "stage", "concert": "stage", "studio": "studio", "plain": "plain", "sofa": "room", "couch": "room",
    "bed": "room", "armchair": "room", "road": "city", "highway": "city", "wooden": "wood", "wood": "wood",
    "wooden table": "wood", "planks": "wood", "floorboards": "wood", "bookshelf": "room", "bookshelves": "room",
    "bookcase": "room", "library": "room", "fireplace": "room", "cafe": "room", "café": "room", "restaurant": "room",
    "paddock": "park", "pasture": "park", "farm": "park", "farmyard": "park", "ranch": "park", "showroom": "studio",
    "gallery": "studio",
}

# Accessories drawn on a face, by the words that ask for them; longer phrases are matched first.
ACCESSORIES: dict[str, str] = {
    "sunglasses": "sunglasses", "sun glasses": "sunglasses", "shades": "sunglasses", "glasses": "glasses",
    "spectacles": "glasses", "eyeglasses": "glasses", "goggles": "goggles", "monocle": "monocle", "top hat": "top_hat",
    "sun hat": "sun_hat", "sunhat": "sun_hat", "straw hat": "sun_hat", "baseball cap": "cap", "cap": "cap",
    "graduation cap": "graduation_cap", "mortarboard": "graduation_cap", "hard hat": "helmet",
    "helmet": "helmet", "crown": "crown", "tiara": "crown", "party hat": "party_hat", "birthday hat": "party_hat",
    "mustache": "mustache", "moustache": "mustache", "beard": "beard", "clown nose": "clown_nose",
    "red nose": "clown_nose",
    "halo": "halo", "cat ears": "cat_ears", "flower crown": "flower_crown", "bow": "bow", "hair bow": "bow",
    "bow tie": "bow_tie", "bowtie": "bow_tie", "santa hat": "santa_hat", "santa claus hat": "santa_hat",
    "christmas hat": "santa_hat", "xmas hat": "santa_hat", "cowboy hat": "cowboy_hat", "stetson": "cowboy_hat",
    "hat": "top_hat", "scarf": "scarf", "muffler": "scarf", "necklace": "necklace", "chain": "necklace",
    "pearl necklace": "pearl_necklace", "string of pearls": "pearl_necklace", "pearls": "pearl_necklace",
    "heart necklace": "heart_necklace", "locket": "heart_necklace", "earrings": "earrings", "earring": "earrings",
    "hoop earrings": "earrings", "hoops": "earrings", "beanie": "beanie", "woolly hat": "beanie",
    "wooly hat": "beanie", "wool hat": "beanie", "knit hat": "beanie", "knitted hat": "beanie",
    "bobble hat": "beanie", "winter hat": "beanie", "toque": "beanie", "ski hat": "beanie",
    "wizard hat": "wizard_hat", "wizard's hat": "wizard_hat", "wizards hat": "wizard_hat", "witch hat": "witch_hat",
    "witch's hat": "witch_hat", "witches hat": "witch_hat", "bandana": "bandana", "bandanna": "bandana",
    "neckerchief": "bandana", "kerchief": "bandana",
}
# Things worn that this engine cannot draw: the request stays in the answer's "not done".
UNDRAWN_WEARABLES = ("tie", "wig", "tattoo", "makeup",
                     "lipstick", "mask", "headphones")

PLACEMENTS: dict[str, Placement] = {
    "top left": "top_left", "upper left": "top_left", "top right": "top_right", "upper right": "top_right",
    "bottom left": "bottom_left", "lower left": "bottom_left", "bottom right": "bottom_right",
    "lower right": "bottom_right", "top": "top", "upper": "top", "bottom": "bottom", "lower": "bottom",
    "left": "left", "right": "right", "center": "center", "centre": "center", "middle": "center",
    "corner": "top_right", "header": "top", "footer": "bottom", "bottom corner": "bottom_right",
    "lower corner": "bottom_right", "top corner": "top_right", "upper corner": "top_right",
}
ORDINALS: dict[str, int] = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "other": 1, "third": 2, "3rd": 2,
                            "fourth": 3, "4th": 3, "next": 1}

# Scenery an edit can paint into the photo itself (the engine finds its water, shore or sky), by the words for it.
PAINTED_ADDITIONS: dict[str, str] = {
    "lighthouse": "lighthouse", "light house": "lighthouse", "iceberg": "iceberg", "icebergs": "iceberg",
    "northern lights": "northern lights", "aurora borealis": "northern lights", "aurora": "northern lights",
    "southern lights": "northern lights", "fireworks": "fireworks", "firework": "fireworks",
    "firework display": "fireworks", "hot-air balloon": "hot-air balloon", "hot air balloon": "hot-air balloon",
    "hot-air balloons": "hot-air balloon", "hot air balloons": "hot-air balloon", "boat": "boat",
    "sailboat": "boat", "sailing boat": "boat", "sail boat": "boat", "yacht": "boat", "rowing boat": "boat",
    "rowboat": "boat", "ship": "boat", "birds": "birds", "flock of birds": "birds", "seagulls": "birds",
    "seagull": "gull", "gull": "gull",
    "gulls": "birds", "flying birds": "birds", "steam": "steam", "vapor": "steam", "vapour": "steam",
    "smoke": "smoke", "clouds of smoke": "smoke", "exhaust": "smoke", "confetti": "confetti",
    "streamers and confetti": "confetti", "confetti shower": "confetti",
    "stars": "stars", "twinkling stars": "stars", "starry sky": "stars", "moon": "moon", "full moon": "full moon",
    "crescent moon": "crescent moon", "crescent": "crescent moon", "half moon": "crescent moon",
    "fire": "fire", "flames": "fire", "flame": "fire", "fire and smoke": "fire", "flames and smoke": "fire",
}
SNOW_ON = r"\bsnow\b.*\b(?:on|over|covering|to)\s+(?:the\s+)?(?:ground|grass|field|fields|roofs?|trees|land|hills?)\b"
# Birds with no picture of their own ("a seagull", "a pigeon"): added as the bird pictogram and named as a bird, so
# the answer never claims the kind asked for.
# Young animals with no pictogram of their own, drawn as a small grown one and said so ("a foal", a small horse).
YOUNG_AS_GROWN = {"foal": "horse", "colt": "horse", "filly": "horse", "calf": "cow", "piglet": "pig", "cub": "bear",
                  "duckling": "chick", "gosling": "chick", "fawn": "deer", "kid goat": "goat", "joey": "kangaroo"}
PLAIN_BIRDS = frozenset({"seagull", "gull", "pigeon", "dove", "crow", "raven", "sparrow", "robin", "blackbird",
                         "starling", "magpie", "swallow", "finch", "songbird", "bluebird", "bluejay", "jay", "wren",
                         "blue tit", "seabird", "gannet", "tern", "cormorant", "heron", "stork"})
