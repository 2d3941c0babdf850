"""Words that set the scene rather than name a thing in it: places, time of day, weather, season, camera, style.

A phrase found here is never drawn as an entity: "a beach at sunset" is a setting (sand, sea, the sun going down),
not a pictogram of a beach beside a pictogram of a sunset.
"""

from __future__ import annotations

from dataclasses import dataclass

from openbanana.scene import Backdrop, Camera, RenderStyle, Season, Terrain, TimeOfDay, Weather


@dataclass(frozen=True)
class Place:
    """What a place word means for the picture: inside or out, the ground, what closes the view."""

    name: str
    indoor: bool
    terrain: Terrain
    backdrop: Backdrop


def _places(names: str, indoor: bool, terrain: Terrain, backdrop: Backdrop) -> dict[str, Place]:
    return {name.strip(): Place(name.strip(), indoor, terrain, backdrop) for name in names.split(",")}


PLACES: dict[str, Place] = {
    **_places("kitchen, cafe, café, coffee shop, restaurant, bistro, diner, bakery, bar, pub, cafeteria, canteen, "
              "parlour, parlor, ice cream parlour, ice cream parlor, ice cream shop, tea room, tearoom, deli",
              True, "table", "room"),
    **_places("bedroom, living room, lounge, office, classroom, library, studio, gym, bathroom, hallway, museum, "
              "gallery, attic, basement, nursery, playroom, room, home office, workshop, shop, store, "
              "supermarket, hospital room, dining room, apartment, loft, laboratory, lab, hall, barn interior, "
              "stable interior, garage, greenhouse, cabin interior, indoors, inside, nook, reading nook, "
              "reading corner, corner, "
              "bookstore, bookshop, book shop, flower shop, florist, florist's, toy shop, toy store, gift shop, "
              "boutique, clothes shop, clothing store, pharmacy, grocery store, corner shop, barbershop, "
              "barber shop, hair salon, salon, underground car park, underground parking, parking garage, "
              "indoor arena, indoor court, sports hall, lobby, hotel lobby, elevator, cinema, movie theater, "
              "movie theatre, mall, shopping mall, bowling alley, arcade, departure lounge, airport terminal, "
              "warehouse, factory floor, conservatory, sunroom, sun room",
              True, "floor", "room"),
    **_places("stage, concert, theater, theatre, concert hall", True, "stage", "none"),
    # A ring performers work in is their stage: a circus's sawdust, a boxer's canvas, under the tent or the lights.
    **_places("circus ring, circus, big top, circus tent, boxing ring, wrestling ring", True, "stage", "none"),
    # A station waits under its roof: its hall's floor and walls, not the open street (a platform alone may be open
    # to the snow).
    **_places("train station, railway station, subway station, metro station, underground station, tube station, "
              "subway platform, metro platform, underground platform, tube platform", True, "floor", "room"),
    # Inside what one rides or works in: its floor and walls, not the outside (indoor_cues.py).
    **_places("train carriage, bus cabin, tram cabin, plane cabin, subway car, space station cabin, car cabin", True,
              "floor", "room"),
    **_places("beach, seaside, shore, seashore, coast, coastline, island, tropical island", False, "sand", "sea"),
    # The open sea's water, its horizon beyond (a whale leaping from the ocean has more sea behind it); a seagrass
    # meadow grows in it (sea life alone there is seen under its surface: undersea.py). A kelp forest is its kelp, drawn
    # (phrase_shapes.PLANTED), whose water is the ground (scene_reading.GROUND_THINGS).
    **_places("ocean, sea, open sea, open ocean, sea surface, seagrass meadow", False,
              "water", "sea"),
    # boats lie on a harbour's water, not on its sand, and the open sea lies beyond its mouth
    **_places("bay, harbor, harbour, marina, port", False, "water", "sea"),
    **_places("fjord", False, "water", "none"),
    **_places("lake, pond, river, stream, canal, lagoon, pool, swimming pool, shallows", False, "water", "hills"),
    **_places("marsh, marshes, salt marsh, swamp, wetland, wetlands, bog, bayou", False, "water",
              "hills"),  # shallow water among reeds: a wader stands in it, not a bird drawn
    **_places("underwater, under water, under the sea, deep sea, deep ocean, ocean depths, depths, seabed, "
              "sea floor, ocean floor, coral reef, reef, aquarium",
              False, "underwater", "none"),
    **_places("forest, woods, woodland, jungle, rainforest, rain forest, grove, birch wood, beech wood, "
              "bluebell wood, birchwood", False, "grass", "forest"),  # a wood of its trees ("a wood" is timber)
    **_places("park, garden, backyard, yard, lawn, orchard, playground, campsite, campground, pitch, "
              "camping trip, football pitch, football field, soccer field, soccer pitch, sports field, playing field, "
              "tennis court, golf course",
              False, "grass",
              "forest"),
    **_places("field, meadow, prairie, farm, farmland, countryside, pasture, savanna, savannah, valley, "
              "hill, hillside, hills, hilltop, village, vineyard, paddock, maze, corn maze, cornfield maze, "
              "maize maze, hedge maze, labyrinth", False, "grass", "hills"),  # walked out of doors, no hallway
    **_places("mountain, mountains, mountaintop, mountain top, alps, canyon, cliff, cliffs, peak, summit, ledge, "
              "gorge, ravine, ridge, ridgeline, mountain ridge",  # a ridge alone: high ground (setting.RIDGES)
              False, "stone", "mountains"),
    **_places("desert, dunes, sand dunes, sahara, oasis", False, "sand", "dunes"),
    **_places("snowfield, snow field, tundra, arctic, antarctica, north pole, glacier, ski slope, slope",
              False, "snow", "mountains"),
    **_places("city, downtown, town, city street, street, road, avenue, alley, alleyway, sidewalk, crosswalk, "
              "zebra crossing, pedestrian crossing, "
              "square, town square, plaza, rooftop, highway, parking lot, car park, market, marketplace, city skyline, "
              "skyline, storefront, store front, shopfront, shop front, shop window, basketball court, "
              "parade, parade route, street corner, city corner, intersection, crossroads, tram stop", False,
              "road", "city"),
    **_places("promenade, seaside promenade, esplanade, seafront, sea front, waterfront, harbourfront, harborfront",
              False, "road", "sea"),  # a paved way along the shore, the sea beyond its railing
    **_places("boardwalk", False, "floor", "sea"),  # the same way built of boards
    **_places("coastal road, coast road, coastal highway, coastal path, cliff path, cliff road, seaside road",
              False, "road", "sea"),  # a road along the shore: the sea beside it, not a town's skyline
    # a yard of a farm is trodden earth where the animals are fed, the fields beyond it
    **_places("farmyard, farm yard, barnyard, barn yard, stable yard, stableyard", False, "dirt", "hills"),
    **_places("farm track, dirt track", False, "dirt",
              "hills"),  # an unpaved way across farmland: bare earth, fields beyond
    # an arena of packed earth ridden and roped in: its dirt, open land beyond the rails
    **_places("rodeo, rodeo arena, bullring, bull ring, riding arena, corral, horse corral", False, "dirt", "hills"),
    **_places("open-air cafe, open air cafe, outdoor cafe, sidewalk cafe, pavement cafe, street cafe, "
              "open-air restaurant, outdoor restaurant, cafe terrace, beer garden", False, "road",
              "city"),  # tables set out on the street: the pavement under them, the town around
    **_places("mountain pass, mountain pass road", False, "road", "mountains"),  # a road climbing between peaks
    **_places("driveway, cul-de-sac, suburb, suburbs, suburban street, neighborhood, neighbourhood",
              False, "road", "forest"),  # a street of houses and gardens, trees beyond it
    **_places("country road, country lane, lane, narrow lane, back lane, dirt road, mountain road, rural road",
              False, "road",
              "hills"),  # a road out of town: fields and hills beyond it, not a skyline
    **_places("balcony, terrace, roof terrace, rooftop terrace, veranda, verandah", False, "floor",
              "city"),  # a floor under the open sky, the town beyond the railing
    **_places("porch, front porch, back porch, porch steps, stoop", False, "floor",
              "forest"),  # the boards before a house, its yard's trees beyond (the nearest by meaning: a balcony)
    **_places("space, outer space, orbit, galaxy, cosmos, universe, lunar surface, moon surface, "
              "surface of the moon, moonscape, lunar landscape, moon base, lunar base",
              False, "space", "none"),  # the Moon's ground under a black sky
    **_places("mars, surface of mars, martian surface, martian landscape", False, "dirt",
              "dunes"),  # Mars is a desert of red dust: dusty ground, dunes beyond
    **_places("sky, clouds, the sky, air", False, "none", "none"),
}

# Places known only by their own names, never the nearest by meaning to another word: a platform alone ("waiting
# on the train platform in the snow") may be open to the sky, though an underground one is a station's hall.
BY_NAME_ONLY = frozenset({"subway platform", "metro platform", "underground platform", "tube platform"})
# The edge of a place, after its name in one word: "a lakeside", "a riverbank", "a mountainside".
PLACE_EDGES = ("side", "bank", "shore")
# Place words that end a compound as no place's head ("a drawbridge", "porridge" are no ridge).
NOT_HEADS = frozenset({"inside", "indoors", "underwater", "ridge"})


def compound_place(word: str) -> str | None:
    """The known place a one-word compound names: its head ("a cornfield" is a field, "a schoolyard" a yard), or
    the place whose edge it is ("a lakeside" is by the lake); None when it is neither."""
    edge = next((e for e in PLACE_EDGES if word.endswith(e)), "")
    if edge and word[: -len(edge)] in PLACES:
        return word[: -len(edge)]
    heads = (word[start:] for start in range(3, len(word) - 3))  # the longest first, after three letters or more
    return next((head for head in heads if head in PLACES and head not in NOT_HEADS), None)


TIMES: dict[str, TimeOfDay] = {
    "sunrise": "dawn", "dawn": "dawn", "daybreak": "dawn", "first light": "dawn", "morning": "morning",
    "early morning": "morning", "noon": "day", "midday": "day", "daytime": "day", "day": "day", "daylight": "day",
    "broad daylight": "day", "afternoon": "afternoon", "late afternoon": "afternoon", "golden hour": "golden_hour",
    "sunset": "sunset", "sundown": "sunset", "dusk": "dusk", "twilight": "dusk", "evening": "dusk",
    "blue hour": "dusk", "night": "night", "midnight": "night", "nighttime": "night", "night time": "night",
    "night sky": "night", "moonlight": "night", "moonlit": "night", "starry": "night", "starlit": "night",
    "tonight": "night", "nocturnal": "night", "starry night": "night", "setting sun": "sunset",
    "rising sun": "dawn", "sun setting": "sunset", "sun rising": "dawn", "sunsets": "sunset", "sunrises": "dawn",
    "sunup": "dawn", "nightfall": "dusk", "after dark": "night", "high noon": "day", "lunchtime": "day",
    "star filled sky": "night", "aurora": "night", "auroras": "night", "northern lights": "night",
    "aurora borealis": "night", "southern lights": "night", "milky way": "night",
    "moonrise": "night", "dead of night": "night", "small hours": "night",
    "neon-lit": "night", "neon lit": "night",  # lit by its signs: after dark
    "christmas eve": "night", "new year's eve": "night", "new years eve": "night",  # the eve's festivities: night
    # the sun's course said as a clause ("as the sun sets", "while the sun comes up")
    "sun sets": "sunset", "sun goes down": "sunset", "sun going down": "sunset", "sun is setting": "sunset",
    "sun rises": "dawn", "sun comes up": "dawn", "sun coming up": "dawn", "sun is rising": "dawn",
}

WEATHERS: dict[str, Weather] = {
    "sunny": "clear", "sunshine": "clear", "clear sky": "clear", "clear skies": "clear", "blue sky": "clear",
    "sunlit": "clear", "sunlight": "clear", "sunbeam": "clear", "sunbeams": "clear", "sun rays": "clear",
    "sunrays": "clear", "sun ray": "clear", "cloudless": "clear", "cloudy": "cloudy", "clouds": "cloudy",
    "partly cloudy": "cloudy",
    "overcast": "overcast", "grey sky": "overcast", "gray sky": "overcast", "gloomy": "overcast",
    "rain": "rain", "rainy": "rain", "raining": "rain", "rainfall": "rain", "drizzle": "rain", "downpour": "rain",
    "rainstorm": "rain", "raindrops": "rain", "storm": "storm", "stormy": "storm", "thunderstorm": "storm",
    "lightning": "storm", "thunder": "storm", "snow": "snow", "snowy": "snow", "snowing": "snow",
    "snowfall": "snow", "snowstorm": "snow", "blizzard": "snow", "snowflakes": "snow", "falling snow": "snow",
    "fog": "fog", "foggy": "fog", "mist": "fog", "misty": "fog", "haze": "fog", "hazy": "fog",
    "windy": "windy", "wind": "windy", "breezy": "windy", "gale": "windy", "blustery": "windy", "gusty": "windy",
    "sandstorm": "windy", "dust storm": "windy", "drizzly": "rain", "drizzling": "rain", "showers": "rain",
    "pouring rain": "rain", "monsoon": "rain", "rainswept": "rain", "rain soaked": "rain", "wet weather": "rain",
    "hail": "storm", "hailstorm": "storm", "thundery": "storm", "thunderclouds": "storm", "storm clouds": "storm",
    "sleet": "snow", "snowdrift": "snow", "snowdrifts": "snow", "smog": "fog", "smoggy": "fog", "murky": "fog",
    "heatwave": "clear", "heat wave": "clear", "cloudy day": "cloudy", "cloud cover": "overcast",
    "rains": "rain", "pours": "rain", "snows": "snow", "snowed in": "snow",
    "snow-covered": "snow", "snow-dusted": "snow", "snow-laden": "snow",  # tag_shapes.py joins them as one word
    "thunderhead": "storm", "thunderheads": "storm", "thundercloud": "storm",
    # clouds that cover the sky: no sun between them
    "grey clouds": "overcast", "gray clouds": "overcast", "dark clouds": "overcast", "heavy clouds": "overcast",
    "leaden sky": "overcast",
}
# "grey skies", "clear skies": every sky phrase is read in the plural too.
WEATHERS.update({key[:-3] + "skies": value for key, value in list(WEATHERS.items()) if key.endswith(" sky")})
TIMES.update({key[:-3] + "skies": value for key, value in list(TIMES.items()) if key.endswith(" sky")})

SEASONS: dict[str, Season] = {
    "spring": "spring", "springtime": "spring", "summer": "summer", "summertime": "summer", "summery": "summer",
    "autumn": "autumn", "autumnal": "autumn", "fall": "autumn", "fall foliage": "autumn", "winter": "winter",
    "wintertime": "winter", "wintry": "winter", "wintery": "winter", "frost": "winter", "frosty": "winter",
    "frosted": "winter", "snowbound": "winter", "midwinter": "winter", "midsummer": "summer",
    "autumn leaves": "autumn", "fallen leaves": "autumn", "harvest time": "autumn", "blossom time": "spring",
    # the months, as a northern-hemisphere reader pictures them; "may", "march" and "august" are left out: more
    # often a verb or an adjective than the month
    **dict.fromkeys(("april", "mid-april", "mid-may"), "spring"),
    **dict.fromkeys(("june", "july", "mid-june", "mid-july", "mid-august"), "summer"),
    **dict.fromkeys(("september", "october", "november", "mid-september", "mid-october", "mid-november"), "autumn"),
    **dict.fromkeys(("december", "january", "february", "mid-december", "mid-january", "mid-february"), "winter"),
}

CAMERAS: dict[str, Camera] = {
    "close up": "close_up", "closeup": "close_up", "close-up": "close_up", "macro": "close_up",
    "portrait": "close_up", "headshot": "close_up", "extreme close up": "close_up", "detail shot": "close_up",
    "wide": "wide", "wide shot": "wide", "wide angle": "wide", "wide-angle": "wide", "panorama": "wide",
    "panoramic": "wide", "landscape shot": "wide", "establishing shot": "wide", "long shot": "wide",
    "top down": "top_down", "top-down": "top_down", "overhead": "top_down", "flat lay": "top_down",
    "flatlay": "top_down", "bird's eye": "top_down", "bird's eye view": "top_down", "birds eye view": "top_down",
    "aerial": "top_down", "aerial view": "top_down", "from above": "top_down", "top view": "top_down",
    "top-down view": "top_down", "overhead view": "top_down", "overhead shot": "top_down",
    "view from above": "top_down", "seen from above": "top_down", "seen from the top": "top_down",
    "shot from the top": "top_down", "shot from above": "top_down", "isometric": "isometric",
    # not "from the top" alone: "picking apples from the top of a ladder" says where someone is, not the camera
    "low angle": "low_angle", "low-angle": "low_angle", "worm's eye": "low_angle", "worm's eye view": "low_angle",
    "from below": "low_angle",
}

STYLES: dict[str, RenderStyle] = {
    "watercolor": "watercolor", "watercolour": "watercolor", "aquarelle": "watercolor", "gouache": "watercolor",
    "painting": "watercolor", "painted": "watercolor", "oil painting": "watercolor", "acrylic": "watercolor",
    "impressionist": "watercolor", "paper cut": "watercolor", "papercut": "watercolor", "papercraft": "watercolor",
    "paper art": "watercolor", "pencil": "sketch", "sketch": "sketch", "sketched": "sketch", "line art": "sketch",
    "line drawing": "sketch", "ink": "sketch", "ink drawing": "sketch", "drawing": "sketch", "charcoal": "sketch",
    "graphite": "sketch", "doodle": "sketch", "hand drawn": "sketch", "hand-drawn": "sketch", "pencil sketch": "sketch",
    "pencil drawing": "sketch", "pixel art": "pixel", "pixel": "pixel", "8-bit": "pixel", "8 bit": "pixel",
    "16-bit": "pixel", "16 bit": "pixel", "pixelated": "pixel", "retro game": "pixel", "photo": "photo",
    "photograph": "photo", "photography": "photo", "photorealistic": "photo", "realistic": "photo",
    "hyperrealistic": "photo", "hyper-realistic": "photo", "cinematic": "photo", "dslr": "photo", "35mm": "photo",
    "bokeh": "photo", "film photo": "photo", "snapshot": "photo", "shot": "photo", "poster": "poster",
    "poster art": "poster", "bold poster": "poster", "flat": "flat", "vector": "flat", "flat vector": "flat",
    "flat design": "flat", "flat illustration": "flat", "vector art": "flat",  # ("an illustration": any medium)
    "minimalist": "flat", "3d": "3d", "3-d": "3d", "3d render": "3d", "render": "3d", "rendered": "3d",
    "rendering": "3d", "clay": "3d", "claymation": "3d", "plasticine": "3d", "blender": "3d", "octane": "3d",
    "cgi": "3d", "pixar": "3d", "low poly": "3d", "low-poly": "3d", "photographic": "photo", "polaroid": "photo",
    "long exposure": "photo", "film photograph": "photo", "documentary photo": "photo", "crayon": "sketch",
    "crayon drawing": "sketch", "woodcut": "sketch", "linocut": "sketch", "etching": "sketch", "engraving": "sketch",
    "pen and ink": "sketch", "oil on canvas": "watercolor", "pastel drawing": "sketch",
    # a camera's words: a lens's focus is a photograph's ("shallow depth of field" names no field), and a product
    # "image" is the shop's photograph of it, as a product "shot" or "photo" is
    "depth of field": "photo", "shallow depth of field": "photo", "shallow focus": "photo", "soft focus": "photo",
    "product image": "photo", "product images": "photo", "product photography": "photo",
}
# Style words that are also everyday things ("a pencil on the desk", "a painting on the wall", "a clay pot"): they
# set the style only as the picture's own kind ("a pencil drawing of", "in watercolor", "pixel art style").
STYLE_ONLY_IN_CONTEXT = frozenset({"crayon", "etching", "engraving", "pencil", "painting", "drawing", "ink",
                                   "charcoal", "photo", "photograph",
                                   "poster", "clay", "shot", "sketch", "doodle", "render", "rendering", "painted",
                                   "flat", "vector", "illustration", "snapshot", "wide", "portrait", "overhead",
                                   "day", "fall", "spring", "wind", "storm", "lightning", "clouds", "pixel",
                                   "blender", "aerial", "macro", "acrylic", "graphite"})
# Ways of boards laid over other ground: drawn as a thing (a pier's form) where something is on them, and "a beach
# boardwalk" lies over the beach's sand.
WALKWAYS = frozenset({"boardwalk"})
# Heads that frame the picture itself ("a photo of", "a watercolor painting of", "an illustration of").
FRAMING_NOUNS = frozenset({"photo", "photograph", "picture", "image", "painting", "drawing", "sketch", "illustration",
                           "render", "rendering", "portrait", "shot", "snapshot", "artwork", "art", "doodle",
                           "poster", "scene", "view", "depiction", "close up", "closeup", "close-up", "panorama",
                           "watercolor", "watercolour", "print", "cartoon", "animation", "design", "graphic",
                           "wallpaper", "vector", "icon", "emoji", "sticker", "version", "pic"})
