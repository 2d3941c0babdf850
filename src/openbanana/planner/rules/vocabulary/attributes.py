"""Words that describe a thing rather than name one: amounts, sizes, materials, arrangements, containers, surfaces."""

from __future__ import annotations

from dataclasses import dataclass

from openbanana.scene import RGB, Arrangement, Terrain


@dataclass(frozen=True)
class Quantity:
    """An amount word or phrase before a noun: how many, and how they lie ("a pile of" books)."""

    count: int
    arrangement: Arrangement = "auto"
    pairs: bool = False  # "a pair of": two of a thing, but one of a thing that is itself a pair (headphones)


BARE_PLURAL_COUNT = 3  # "cups" with no number: a few, enough to read as many
LONE_WORDS = frozenset({"single", "lone"})  # "a single orange", "a lone orange": the fruit, as after "one"

# Whole phrases that stand before a noun phrase, matched as one unit ("a couple of" cats).
QUANTITY_PHRASES: dict[str, Quantity] = {
    "a pair of": Quantity(2, pairs=True), "pairs of": Quantity(4, pairs=True), "a couple of": Quantity(2),
    "a few": Quantity(3),
    "a handful of": Quantity(3), "a number of": Quantity(4), "lots of": Quantity(5), "a lot of": Quantity(5),
    "plenty of": Quantity(5), "a group of": Quantity(5), "groups of": Quantity(6), "a bunch of": Quantity(5),
    "a crowd of": Quantity(6), "crowds of": Quantity(6), "a flock of": Quantity(5), "a herd of": Quantity(5),
    "a school of": Quantity(5), "a pack of": Quantity(4), "a swarm of": Quantity(6), "a team of": Quantity(5),
    "a family of": Quantity(4), "a dozen": Quantity(12), "dozens of": Quantity(12), "half a dozen": Quantity(6),
    "a set of": Quantity(4), "a collection of": Quantity(5), "a gang of": Quantity(4), "a band of": Quantity(4),
    "a row of": Quantity(5, "row"), "rows of": Quantity(6, "row"), "a line of": Quantity(5, "row"),
    "a queue of": Quantity(5, "row"), "a short queue of": Quantity(4, "row"), "a long queue of": Quantity(7, "row"),
    "a long line of": Quantity(7, "row"), "a string of": Quantity(5, "row"),
    "a pile of": Quantity(5, "pile"), "piles of": Quantity(6, "pile"), "a heap of": Quantity(5, "pile"),
    "a stack of": Quantity(5, "stack"), "stacks of": Quantity(6, "stack"), "a tower of": Quantity(5, "stack"),
    "a circle of": Quantity(6, "circle"), "a ring of": Quantity(6, "circle"), "a grid of": Quantity(6, "grid"),
    "a field of": Quantity(6, "scattered"), "a sea of": Quantity(8, "scattered"), "hundreds of": Quantity(8),
    "thousands of": Quantity(8, "scattered"), "millions of": Quantity(8, "scattered"), "tons of": Quantity(6),
}


def _plural_quantities(phrases: dict[str, Quantity]) -> dict[str, Quantity]:
    """"bunches of", "baskets of"…: each "a X of" also read in the plural, as more of them, unless written already."""
    plurals: dict[str, Quantity] = {}
    for phrase, quantity in phrases.items():
        words = phrase.split()
        if len(words) == 3 and words[0] == "a" and words[2] == "of":
            noun = words[1]
            plural = noun[:-1] + "ies" if noun.endswith("y") and noun[-2] not in "aeiou" else noun + (
                "es" if noun.endswith(("ch", "sh", "s", "x")) else "s")
            plurals.setdefault(f"{plural} of", Quantity(max(6, quantity.count + 1), quantity.arrangement))
    return {**plurals, **phrases}


QUANTITY_PHRASES = _plural_quantities(QUANTITY_PHRASES)
# Heads that name a group of what the noun before them names: "a camel caravan" is camels, "a pumpkin patch"
# pumpkins (when the modifier is a thing that is drawn).
GROUP_HEADS: dict[str, Quantity] = {
    "caravan": Quantity(4, "row"), "convoy": Quantity(4, "row"), "parade": Quantity(5, "row"),
    "patch": Quantity(6, "scattered"), "herd": Quantity(5), "flock": Quantity(5), "pack": Quantity(4),
    "swarm": Quantity(6, "scattered"), "colony": Quantity(6), "troop": Quantity(5), "fleet": Quantity(4),
    "pod": Quantity(4), "litter": Quantity(4), "bunch": Quantity(5), "cluster": Quantity(5), "orchard": Quantity(5),
}
# Heads that show a thing as a picture of it: "a bicycle wheel icon" is a bicycle wheel.
ICON_HEADS = frozenset({"icon", "logo", "emoji", "sticker", "symbol", "silhouette", "clipart", "mascot", "emblem"})
# A building's parts: "a castle gate" is drawn as the castle when nothing draws the gate itself.
BUILDING_PARTS = frozenset({"gate", "gates", "gateway", "entrance", "doorway", "facade", "façade", "wall", "walls",
                            "tower", "spire", "dome", "archway", "arch", "steps", "portico", "turret", "battlement"})
# Of those, the ones drawn as a form of their own when they stand alone (a farm gate, a flower arch): after a
# building's name they are still its part ("a castle gate" is the castle).
BUILT_INTO = frozenset({"gate", "gates", "archway", "arch"})
# Parts of a thing no pictogram shows alone, that its whole's does: "a laptop screen" is the laptop, "a church roof"
# the church (the nearest by meaning drew a screen as a window). What a screen shows is no whole ("a movie screen").
HOST_PARTS = frozenset({"screen", "display", "lid", "keyboard", "touchpad", "trackpad", "dashboard", "windshield",
                        "windscreen", "roof", "handlebar", "handlebars"})  # a rooftop is a place: landmarks.py
NO_WHOLES = frozenset({"movie", "film", "cinema", "video", "projection"})
# Single amount words, used as determiners or adjectives.
QUANTITY_WORDS: dict[str, int] = {"several": 4, "many": 5, "numerous": 6, "countless": 8, "multiple": 3, "few": 3,
                                  "some": 3, "both": 2, "various": 4, "dozen": 12, "lots": 5}

# Phrases after a noun phrase (or a participle) that lay the group out.
ARRANGEMENT_PHRASES: dict[str, Arrangement] = {
    "in a row": "row", "in rows": "grid", "in a line": "row", "lined up": "row", "side by side": "row",
    "in a grid": "grid", "in rows and columns": "grid", "stacked": "stack", "stacked up": "stack",
    "in a stack": "stack", "piled": "pile", "piled up": "pile", "in a pile": "pile", "in a heap": "pile",
    "heaped": "pile", "scattered": "scattered", "strewn": "scattered", "dotted": "scattered",
    "scattered around": "scattered", "in a circle": "circle", "in a ring": "circle", "arranged in a circle": "circle",
    "arranged in a row": "row", "arranged in a grid": "grid", "all around": "scattered",
    "single file": "row", "in single file": "row", "in file": "row", "in formation": "row", "in a column": "stack",
    "in a square": "grid", "in a matrix": "grid",
}

SIZES: dict[str, float] = {
    "tiny": 0.5, "miniature": 0.5, "mini": 0.5, "teeny": 0.5, "minuscule": 0.5, "small": 0.75, "little": 0.75,
    "smaller": 0.75, "big": 1.35, "large": 1.35, "bigger": 1.35, "tall": 1.2, "huge": 1.7, "giant": 1.7,
    "enormous": 1.7, "massive": 1.7, "gigantic": 1.7, "colossal": 1.7, "towering": 1.7, "oversized": 1.5,
    "petite": 0.75, "wee": 0.5, "diminutive": 0.5, "compact": 0.75, "jumbo": 1.7, "immense": 1.7,
    "vast": 1.7, "mammoth": 1.7, "monstrous": 1.7, "hulking": 1.5, "oversize": 1.5, "supersized": 1.7,
    "larger": 1.35, "largest": 1.7, "biggest": 1.7, "smallest": 0.5, "tinier": 0.5, "tiniest": 0.5,
}

# Material words as written → the family a colour is looked up by (a terracotta pot is clay-coloured).
MATERIAL_FAMILIES: dict[str, str] = {
    "wooden": "wooden", "wood": "wooden", "timber": "wooden", "paper": "paper", "cardboard": "cardboard",
    "origami": "paper", "gold": "gold", "silver": "silver", "bronze": "bronze", "copper": "copper",
    "brass": "brass", "metal": "metal", "metallic": "metal", "steel": "metal", "iron": "iron", "tin": "tin",
    "chrome": "metal", "aluminum": "metal", "aluminium": "metal", "glass": "glass", "crystal": "crystal",
    "plastic": "plastic", "stone": "stone", "marble": "marble", "granite": "stone", "concrete": "concrete",
    "brick": "brick", "ceramic": "ceramic", "porcelain": "ceramic", "clay": "clay", "terracotta": "clay",
    "leather": "leather", "wool": "wool", "woolen": "wool", "woollen": "wool", "woolly": "wool", "wooly": "wool",
    "knitted": "wool", "knit": "wool",
    "cotton": "cotton", "silk": "silk", "silken": "silk", "velvet": "velvet", "denim": "denim", "fur": "fur",
    "furry": "fur", "rubber": "rubber", "straw": "straw", "wicker": "wicker", "rattan": "wicker",
    "bamboo": "bamboo", "ice": "ice", "icy": "ice", "chocolate": "chocolate", "candy": "candy", "lego": "plastic",
    "felt": "felt", "linen": "linen", "canvas": "canvas", "jade": "jade", "neon": "neon",
    "tweed": "wool", "cashmere": "wool", "fleece": "wool", "crocheted": "wool", "corduroy": "cotton",
    "flannel": "cotton", "satin": "silk", "chiffon": "silk", "lace": "lace", "suede": "leather",
    "burlap": "burlap", "hessian": "burlap", "jute": "burlap", "nylon": "plastic", "vinyl": "plastic",
    "acrylic": "plastic", "resin": "plastic", "polyester": "plastic", "pewter": "metal", "titanium": "metal",
    "stainless": "metal", "enamel": "enamel", "stoneware": "ceramic", "earthenware": "ceramic", "glazed": "ceramic",
    "driftwood": "wooden", "plywood": "wooden",
    "slate": "stone", "sandstone": "stone", "limestone": "stone", "cast-iron": "iron",  # "a slate serving board"
}
# -ing words that name what a made thing is for ("a slate serving board", "a glass mixing bowl"): after a
# material they are no verb
USES = frozenset({"serving", "cutting", "chopping", "mixing", "baking", "cooking", "measuring", "watering",
                  "drinking", "dining", "writing", "frying", "roasting", "carving"})
# Woods, a material before a thing ("an oak desk", "a cedar chest"), a tree before a plant ("an oak tree", "a pine
# cone", "birch woods"): see WOOD_PLANTS.
WOODS = frozenset({"oak", "oaken", "pine", "walnut", "mahogany", "cedar", "birch", "teak", "beech", "ebony",
                   "rosewood", "cherrywood"})
MATERIAL_FAMILIES.update(dict.fromkeys(WOODS, "wooden"))
# Materials named as such stay as written on the entity ("a terracotta pot", "a tweed cap", "a steel beam"), since
# the prompt said that material, not its family; other forms ("woollen", "timber", "oak") take the family's name.
# A knitted thing says its stuff as "knitted" (a knitted blanket is asked for as knitted, not as wool) and is drawn
# in wool's colour, its family.
KEPT_MATERIALS = frozenset({"knitted", "knit", "terracotta", "tweed", "steel", "aluminium", "aluminum", "cashmere",
                            "fleece", "corduroy", "flannel", "satin", "suede", "granite", "porcelain", "stoneware",
                            "pewter", "titanium", "chrome", "rattan", "slate"})
MATERIALS: dict[str, str] = {word: word if word in KEPT_MATERIALS else family
                             for word, family in MATERIAL_FAMILIES.items()}
WOOD_PLANTS = frozenset({"tree", "forest", "wood", "woods", "grove", "leaf", "cone", "needle", "branch", "twig",
                         "nut", "blossom", "sapling", "seedling", "bark", "log"})
# Materials that are also colours: "a gold frame" is gold-coloured too. Their colour is the colour word's, or this
# one where the word is no colour name of its own ("brass").
COLORED_MATERIALS = frozenset({"gold", "silver", "bronze", "copper", "brass", "jade"})
MATERIAL_TINTS: dict[str, RGB] = {"brass": (196, 160, 68)}

# "a cup of coffee" is one thing, a coffee cup; "a basket of apples" is two: apples in a basket.
SERVING_CONTAINERS = frozenset({"cup", "mug", "glass", "bottle", "can", "carton", "jug", "pitcher", "flask",
                                "teacup", "pot", "bowl", "plate", "slice", "piece", "scoop", "bar", "loaf",
                                "stick", "spoonful", "serving", "portion", "bouquet", "jar", "cone", "glassful",
                                "platter", "wedge", "pint", "shot", "sip", "bite"})
# Sports named where their ball is meant ("kids playing soccer"): the ball, by the name the index knows.
SPORT_BALLS = {"soccer": "soccer ball", "football": "football", "basketball": "basketball",
               "volleyball": "volleyball", "tennis": "tennis ball", "baseball": "baseball", "rugby": "rugby ball",
               "softball": "softball", "bowling": "bowling ball"}
# Of those, the ones that stay the thing named: "a cup of tea" is a cup (of tea), "a slice of cake" a cake slice.
VESSELS = frozenset({"cup", "mug", "glass", "bottle", "can", "carton", "jug", "pitcher", "flask", "teacup", "pot",
                     "bowl", "plate", "jar", "cone", "platter", "pint", "glassful"})
HOLDING_CONTAINERS: dict[str, str] = {  # container → how its contents lie in it
    "basket": "in", "box": "in", "bag": "in", "bucket": "in", "crate": "in", "vase": "in", "barrel": "in",
    "chest": "in", "nest": "in", "tank": "in", "cage": "in", "bin": "in", "pan": "in", "cart": "in",
    "wheelbarrow": "in", "sack": "in", "tray": "on", "shelf": "on", "table": "on", "plateful": "on",
    "bookshelf": "on", "bookcase": "on", "cupboard": "in", "drawer": "in", "fishbowl": "in", "aquarium": "in",
    "mural": "in",  # "a mural of whales" is a mural with whales in it: both are drawn, as a poster's subject alone is
}

# Things that are the ground of the picture when something stands on them: a terrain, never a drawn entity.
SURFACES: dict[str, Terrain] = {
    "table": "table", "desk": "table", "counter": "table", "countertop": "table", "kitchen counter": "table",
    "workbench": "table", "tabletop": "table", "kitchen table": "table", "dining table": "table",
    "coffee table": "table", "wooden table": "table", "floor": "floor", "carpet": "floor", "rug": "floor",
    "ground": "dirt", "dirt": "dirt", "mud": "dirt", "soil": "dirt", "grass": "grass", "lawn": "grass", "sand": "sand",
    "snow": "snow", "road": "road", "pavement": "road", "sidewalk": "road", "asphalt": "road", "stage": "stage",
    "water": "water", "waves": "water", "surface": "none", "mat": "floor", "doormat": "floor",
    "ice": "snow", "sea ice": "snow", "pack ice": "snow",  # drawn as the white ground it is
    "tile": "floor", "tiles": "floor", "floor tiles": "floor", "kitchen tiles": "floor", "kitchen floor": "floor",
    "floorboards": "floor", "linoleum": "floor", "parquet": "floor", "tiled floor": "floor",
}

# Heads that name how a thing's surface looks, not a thing: "a T-shirt with a print", "a dress with stripes".
PATTERN_NOUNS = frozenset({"print", "pattern", "motif", "stripe", "stripes", "dots", "polka dots", "spots",
                           "checks", "check", "plaid", "tartan", "paisley", "zigzag", "chevron", "houndstooth"})
# Words of a page ("a banner ad", "a blog post") that are things in a scene where a thing is under or on them.
PLACED_THINGS = frozenset({"banner", "post"})
# Words of a page that are also post: letters held, handed or stuffed into a box are mail, not the letters of a word.
MAIL_THINGS = frozenset({"letter"})
# Heads that name no drawable thing: how the picture looks, parts of the frame, abstract words.
NOT_THINGS = frozenset("""
    style styles vibe vibes mood atmosphere aesthetic aesthetics feel feeling look theme themes background
    backgrounds foreground backdrop setting scenery landscape view views shot angle perspective composition lighting
    light lights shadow shadows color colors colour colours palette tone tones hue hues shade shades texture textures
    detail details quality resolution hd 4k 8k image images version design designs layout text texts word
    words letter letters font fonts title titles caption captions headline headlines tagline slogan typography
    lettering label labels border borders margin outline gradient left right top bottom center centre middle side
    sides corner corners edge edges front back way kind type sort lot bit thing things something stuff anything
    everything nothing contrast brightness saturation depth focus format ratio aspect orientation size highlight
    highlights glow time moment place area spot environment life art artwork render rendering icon nobody
    minute minutes hour hours week weeks month months year years decade decades century centuries
    icons emoji emojis sticker stickers wallpaper banner flyer cover page post ad advertisement template mockup
    infographic message quote quotes typeface logo logos vector vectors element elements object objects item items
    subject subjects scene scenes photography graphic graphics
    animation doodle snapshot depiction effect effects tint splash accent accents motif motifs startup startups
    company companies brand brands agency launch launches release releases announcement announcements promo
    promos promotion promotions campaign campaigns offer offers deal deals discount discounts
    pattern patterns shape shapes line lines color-scheme scheme mode feature features piece pieces part parts
    realism detailing sharpness noise grain film camera-angle lens ambience ambiance energy spirit essence sense
    party parties celebration event festival gathering ceremony occasion holiday vacation trip adventure journey
    travel tourism
    """.split())
# Heads that show the noun before them: "a mug mockup" shows a mug, "a rocket launch" a rocket, "a pizza deal" a pizza.
SHOWCASE_HEADS = frozenset({"mockup", "template", "prototype", "showcase", "design", "launch", "release", "deal",
                            "offer", "promo", "promotion", "campaign", "announcement", "discount"})
# A line of a thing named after it ("a cliff edge", "the table top"): one who stands there stands on the thing.
EDGE_HEADS = frozenset({"edge", "top", "brink", "rim"})
# Parts of something: "the top of the hill" is about the hill.
PART_WORDS = frozenset({"top", "bottom", "side", "edge", "middle", "center", "centre", "corner", "front", "back",
                        "shape", "silhouette", "kind", "type", "sort", "outline", "form", "image", "picture",
                        "photo", "drawing", "painting", "sketch", "illustration", "portrait", "style", "view",
                        "shot", "close up", "closeup", "render", "rendering", "scene", "cartoon", "doodle",
                        "version", "design", "art", "artwork", "watercolor", "watercolour", "print", "poster",
                        "photograph", "snapshot", "selfie", "depiction", "icon", "sticker", "panorama", "vector",
                        "emoji", "graphic", "wallpaper", "animation", "roof", "rooftop", "foot", "base", "rim", "porch",
                        "doorstep", "shade", "trunk", "branch", "branches", "bough", "summit", "peak", "slope",
                        "surface", "end", "handlebar", "handlebars", "seat", "saddle", "pedal", "pedals", "hood",
                        "deck", "dashboard", "hollow", "tentacle", "fork", "crook", "pic", "diagram",
                        "chart", "cross section", "cutaway",  # "the fork of a tree", "a diagram of a plant"
                        "tuft", "mop", "shock",  # "a tuft of red hair", "a mop of curls": the hair
                        "heartbeat", "heartbeats", "pulse",  # "the heartbeat of a teddy bear" is the bear's
                        # a garment's or a vessel's parts: "the sleeve of a knitted sweater" is the sweater (not a
                        # pocket: "asleep in the pocket of a jacket" is in the pocket, not wearing the jacket)
                        "sleeve", "sleeves", "collar", "cuff", "cuffs", "hem", "handle", "brim", "strap",
                        "model", "replica",  # "a model of a volcano" is the volcano, small, not a fashion model
                        # a seat's or a stove's parts: "the backrest of a bench" is the bench
                        "backrest", "armrest", "burner"})
# Containers that hold countable things rather than a serving: "a bowl of oranges" is oranges in a bowl, while
# "a bowl of soup" stays one soup bowl.
PLURAL_HOLDERS: dict[str, str] = {"bowl": "in", "plate": "on", "platter": "on", "jar": "in", "pot": "in",
                                  "bag": "in", "cup": "in", "glass": "in", "bottle": "in",
                                  # what carries a load: "a trailer of hay bales" is bales on a trailer
                                  "trailer": "on", "wagon": "in", "truck": "in", "sleigh": "in"}

# What people wear (so "in a red coat" and "with sunglasses" mean wearing), and what they ride.
WEARABLES = frozenset("""
    hat cap jacket coat dress shirt t-shirt tshirt sweater jumper cardigan scarf glasses sunglasses boots boot shoes
    shoe sneakers trainers sandals heels gloves glove mittens helmet crown tiara tie necktie bowtie mask apron
    hoodie jeans pants trousers shorts skirt uniform suit tuxedo kimono sari bikini swimsuit raincoat socks
    watch wristwatch necklace earrings earring bracelet ring beanie beret costume cape cloak robe gown vest
    pajamas pyjamas overalls backpack headphones headband bandana turban hijab veil wig goggles bow top blouse
    poncho parka jersey sombrero fedora stetson bonnet slippers tights leggings belt collar
    scrubs eyepatch onesie nightgown nightie nightdress bathrobe dungarees tunic anorak tutu kilt sarong sari kaftan
    blazer waistcoat wetsuit sunhat boater smartwatch
    """.split()) | {"hard hat", "safety helmet", "fitness tracker"}  # named whole, so drawn as one (stand_ins.py)
RIDEABLES = frozenset({"bicycle", "bike", "motorcycle", "motorbike", "scooter", "skateboard", "horse", "pony",
                       "unicorn", "camel", "elephant", "donkey", "surfboard", "snowboard", "skis", "sled",
                       "sledge", "tricycle", "unicycle", "mountain bike", "dragon", "broom", "broomstick",
                       "tractor", "moped", "zebra", "ostrich", "dolphin", "whale", "turtle", "wave", "waves"})
# Things that others stand on or lie in when "with" joins them ("a table with a vase", "a cake with candles").
CARRIERS = frozenset({"table", "desk", "shelf", "plate", "tray", "cake", "bed", "sofa", "couch", "bench",
                      "counter", "cupcake", "pizza", "tree", "christmas tree", "wall", "windowsill", "car",
                      "truck", "boat", "roof", "house", "pancake", "pancakes", "waffle", "toast", "bread", "salad",
                      "ice cream", "donut", "doughnut", "pie", "tart", "burger", "sandwich", "bookshelf"})
# Animals: they ride, wear and hold like people do ("a dog wearing sunglasses", "a cat with a ball").
ANIMALS = frozenset("""
    cat kitten dog puppy horse pony unicorn cow pig sheep lamb goat rabbit bunny mouse rat hamster hedgehog squirrel
    fox wolf bear panda koala lion tiger leopard cheetah elephant giraffe zebra monkey gorilla camel kangaroo sloth
    otter raccoon deer bird parrot owl eagle duck swan flamingo peacock penguin rooster hen chicken chick dove fish
    shark whale dolphin octopus crab turtle tortoise frog snake lizard dinosaur dragon butterfly bee ladybug ant
    spider snail bat seal polar bear hippo rhino donkey llama alpaca bison buffalo moose beaver badger skunk
    hummingbird crow raven seagull pelican goose turkey corgi poodle retriever labrador kitty pup cub
    """.split())
