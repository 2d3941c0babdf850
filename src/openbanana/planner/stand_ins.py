"""Everyday things the pictogram set has no picture of, and the one a person would accept in their place.

Looked up after the index (a thing's own pictogram always wins) and before the nearest pictogram by meaning, whose
sentence embedding is weakest exactly here: it puts a lighthouse nearest a lamp, a barn nearest a cow and a
golden retriever just under its threshold. Each entry names what the stand-in really shows, so the thoughts and the
answer can say what stood in for what ("the barn is drawn as a house").
"""

from __future__ import annotations

from openbanana.planner.closer_stand_ins import CLOSER_STAND_INS

DOG = ("🐕", "dog")
CAT = ("🐈", "cat")
HOUSE = ("🏠", "house")
SHIRT = ("👕", "shirt")
GARMENT = SHIRT  # what a worn thing with no picture of its own and no nearer stand-in is drawn as
DRESS = ("👗", "dress")

# noun (singular, lower case) → (pictogram, what it shows)
STAND_INS: dict[str, tuple[str, str]] = {
    # buildings and structures
    "barn": HOUSE, "farmhouse": HOUSE, "garage": HOUSE, "bungalow": HOUSE, "villa": HOUSE, "mansion": HOUSE,
    "townhouse": HOUSE, "chalet": ("🏡", "house with garden"), "shed": ("🛖", "hut"), "igloo": ("🛖", "hut"),
    "treehouse": ("🛖", "hut"), "tipi": ("⛺", "tent"), "teepee": ("⛺", "tent"),
    "tower block": ("🏢", "office building"), "clock tower": ("🗼", "tower"), "cathedral": ("⛪", "church"),
    "chapel": ("⛪", "church"), "fire hydrant": ("🧯", "fire extinguisher"), "hydrant": ("🧯", "fire extinguisher"),
    **dict.fromkeys(("gas station", "petrol station", "filling station", "fuel station", "service station"),
                    ("⛽", "fuel pump")),  # by its head word a train station, by meaning a bus stop
    **dict.fromkeys(("telephone box", "phone box", "telephone booth", "phone booth"), ("☎", "telephone")),
    "charging case": ("📦", "box"),  # by meaning a tile of capital letters
    **dict.fromkeys(("fairy light", "string light", "christmas light", "festoon light", "party light"),
                    ("💡", "light bulb")),  # hung in a row; "lights" alone are the picture's lighting
    **dict.fromkeys(("treasure chest", "toy chest", "pirate chest"), ("🧰", "toolbox")),  # a lidded box with a handle
    "boutique": ("🏪", "shop"), "bookshop": ("🏪", "shop"), "bookstore": ("🏪", "shop"),
    "mailbox": ("📮", "postbox"), "letterbox": ("📮", "postbox"),
    # places a thing stands on or over, when they are drawn as things too (rules/landmarks.py)
    **dict.fromkeys(("cliff", "peak", "summit", "mountaintop", "mountain top", "hill", "hilltop", "ledge"),
                    ("⛰", "mountain")),
    **dict.fromkeys(("river", "stream", "pond", "lake", "canal", "pool", "lagoon", "creek", "fjord", "watering hole"),
                    ("🌊", "water wave")),
    **dict.fromkeys(("piling", "pier piling"), ("🪵", "wood")),  # a wooden post standing in the water
    **dict.fromkeys(("dam", "beaver dam", "beaver lodge"), ("🪵", "wood")),  # a beaver's heap of logs and sticks
    # animals the set has only the grown-up or the species of
    "duckling": ("🐥", "chick"), "gosling": ("🐥", "chick"), "golden retriever": DOG, "retriever": DOG,
    "labrador": DOG, "corgi": DOG, "beagle": DOG, "husky": DOG, "dachshund": DOG, "bulldog": DOG, "terrier": DOG,
    "german shepherd": DOG, "sheepdog": DOG, "collie": DOG, "chihuahua": DOG, "pug": DOG, "dalmatian": DOG,
    "spaniel": DOG, "greyhound": DOG, "shiba": DOG, "doberman": DOG, "rottweiler": DOG, "hound": DOG,
    "tabby": CAT, "siamese": CAT, "persian cat": CAT, "tomcat": CAT, "calf": ("🐄", "cow"), "foal": ("🐎", "horse"),
    "piglet": ("🐖", "pig"), "cub": ("🐻", "bear"), "seagull": ("🐦", "bird"), "sparrow": ("🐦", "bird"),
    "robin": ("🐦", "bird"), "cardinal": ("🐦", "bird"), "pigeon": ("🕊", "dove"), "crow": ("🐦‍⬛", "black bird"),
    "raven": ("🐦‍⬛", "black bird"), "koi": ("🐠", "tropical fish"), "stingray": ("🐟", "fish"),
    "orca": ("🐋", "whale"), "stallion": ("🐎", "horse"),
    # things at home and outdoors
    "smoke": ("☁", "cloud"),  # the nearest by meaning is a cigarette, or the no-smoking sign
    "awning": ("⛱", "umbrella on ground"),
    "watering can": ("🪣", "bucket"), "paper fan": ("🪭", "folding hand fan"), "hand fan": ("🪭", "folding hand fan"),
    "crib": ("🛏", "bed"), "cradle": ("🛏", "bed"), "cot": ("🛏", "bed"), "bunk bed": ("🛏", "bed"),
    "recliner": ("🛋", "sofa"), "loveseat": ("🛋", "sofa"), "kettle": ("🫖", "teapot"), "teacup": ("☕", "cup"),
    "frisbee": ("🥏", "flying disc"),
    "wheelbarrow": ("🛒", "cart"), "log": ("🪵", "wood"), "firewood": ("🪵", "wood"), "stump": ("🪵", "wood"),
    "boulder": ("🪨", "rock"), "pebble": ("🪨", "rock"), "toy block": ("🧱", "brick"), "block": ("🧱", "brick"),
    "sundae": ("🍨", "ice cream"), "muffin": ("🧁", "cupcake"), "acorn": ("🌰", "chestnut"),
    "iceberg": ("🧊", "ice"), "scarecrow": ("🧑‍🌾", "farmer"), "fishbowl": ("🫙", "jar"),
    "fish bowl": ("🫙", "jar"),
    **dict.fromkeys(("platter", "serving platter"), ("🍽", "plate")),  # by meaning a spoon
    "swing": ("🛝", "playground slide"),
    "cauldron": ("🍲", "pot of food"), "monitor": ("🖥", "desktop computer"), "staircase": ("🪜", "ladder"),
    "stairs": ("🪜", "ladder"), "step": ("🪜", "ladder"), "shovel": ("⛏", "pick"), "chandelier": ("💡", "light bulb"),
    "curtain": ("🪟", "window"), "sink": ("🚰", "tap water"), "faucet": ("🚰", "tap water"),
    "frying pan": ("🍳", "pan"), "pan": ("🍳", "pan"), "traffic cone": ("🚧", "construction barrier"),
    **dict.fromkeys(("haystack", "hay bale", "straw bale", "wheat", "barley", "rye", "oats"),
                    ("🌾", "sheaf of rice")),

    "fort": ("🏰", "castle"), "fortress": ("🏰", "castle"), "pagoda": ("🏯", "Japanese castle"),
    "cave": ("🕳", "hole"), "crater": ("🕳", "hole"), "knight": ("💂", "guard"),
    **dict.fromkeys(("rover", "mars rover", "lunar rover", "moon buggy"), ("🚙", "sport utility vehicle")),
    "toboggan": ("🛷", "sled"), "sledge": ("🛷", "sled"), "post": ("🪵", "wood"), "fence post": ("🪵", "wood"),
    "windowsill": ("🪟", "window"), "garden gate": ("🚪", "door"),
    "window sill": ("🪟", "window"), "sill": ("🪟", "window"),
    "barbell": ("🏋", "weight lifter"), "robot vacuum": ("🤖", "robot"), "vacuum cleaner": ("🧹", "broom"),
    "vacuum": ("🧹", "broom"), "moped": ("🛵", "motor scooter"), "vespa": ("🛵", "motor scooter"),
    "rowboat": ("🛶", "canoe"), "row boat": ("🛶", "canoe"), "rowing boat": ("🛶", "canoe"),
    "dinghy": ("🛶", "canoe"),  # by meaning a sailing boat: the mast is what a rowboat has not
    "milkshake": ("🥤", "cup with straw"),
    "lettuce": ("🥬", "leafy green"),  # by meaning broccoli
    "bedtime story": ("📖", "open book"), "story": ("📖", "open book"), "storybook": ("📖", "open book"),
    "fairy tale": ("📖", "open book"),  # by meaning a bed: a story read aloud is the book it is read from
    "convertible": ("🚗", "car"), "hot rod": ("🚗", "car"), "price tag": ("🏷", "label"),
    "tag": ("🏷", "label"), "double decker": ("🚌", "bus"), "door hanger": ("🏷", "label"),
    "cake stand": ("🍽", "plate"),  # the stand's plate is what carries the cakes
    "sunscreen": ("🧴", "lotion bottle"), "sun cream": ("🧴", "lotion bottle"),
    "joey": ("🦘", "kangaroo"), "bamboo stalk": ("🎋", "bamboo"),
    "passport": ("📘", "blue book"),  # by its head word a port, a place
    "banner": ("🪧", "placard"),  # hung over a finish line or a gate: a board with words
    **dict.fromkeys(("anemone", "sea anemone"), ("🪸", "coral")),
    **dict.fromkeys(("welly", "wellie", "wellington"), ("👢", "boot")),
    **dict.fromkeys(("cassette", "cassette tape"), ("📼", "videocassette")),
    **dict.fromkeys(("doorknob", "door knob", "door handle"), ("🚪", "door")),
    # birds, sea life and plants the set has a near kin of
    "hawk": ("🦅", "eagle"), "falcon": ("🦅", "eagle"), "vulture": ("🦅", "eagle"), "toucan": ("🦜", "parrot"),
    "macaw": ("🦜", "parrot"), "cockatoo": ("🦜", "parrot"), "heron": ("🦩", "flamingo"),
    "stork": ("🦩", "flamingo"), "crane": ("🦩", "flamingo"), "pelican": ("🦢", "swan"),
    "puffin": ("🐧", "penguin"), "emu": ("🦤", "dodo"), "ostrich": ("🦤", "dodo"), "possum": ("🐀", "rat"),
    "opossum": ("🐀", "rat"), "mole": ("🐁", "mouse"), "seahorse": ("🐠", "tropical fish"),
    "clam": ("🦪", "oyster"), "mussel": ("🦪", "oyster"), "seaweed": ("🌿", "herb"), "kelp": ("🌿", "herb"),
    "fern": ("🌿", "herb"), "moss": ("🌿", "herb"), "ivy": ("🌿", "herb"), "hammock": ("🛏", "bed"),
    "bush": ("🌳", "tree"), "hedge": ("🌳", "tree"),
    **dict.fromkeys(("raindrop", "dewdrop", "water drop"), ("💧", "droplet")),  # by meaning an umbrella in rain
    # cattle and horses by sex or age (by meaning a bull came out a unicorn)
    **dict.fromkeys(("bull", "bullock", "steer"), ("🐂", "ox")), "heifer": ("🐄", "cow"),
    **dict.fromkeys(("bronco", "mare", "colt", "filly", "mustang"), ("🐎", "horse")),
    "walrus": ("🦭", "seal"), "sea lion": ("🦭", "seal"), "guinea pig": ("🐹", "hamster"),
    "gerbil": ("🐹", "hamster"), "piggy bank": ("🐖", "pig"), "hive": ("🐝", "bee"),  # as "beehive" is by meaning
    "lily": ("🌷", "tulip"), "water lily": ("🪷", "lotus"), "lavender": ("🪻", "hyacinth"),
    # clothes the set lacks, as the garment worn in the same place (a meaning lookup drops them or draws beans)
    **dict.fromkeys(("scrubs", "pyjamas", "pajamas", "onesie", "jersey", "jumper", "cardigan", "overalls",
                     "dungarees", "tunic", "hoodie", "blouse"), SHIRT),
    **dict.fromkeys(("tutu", "kilt", "kaftan", "nightgown", "nightie", "nightdress", "robe", "bathrobe", "gown",
                     "cloak", "cape"), DRESS),
    **dict.fromkeys(("parka", "poncho", "raincoat", "anorak", "sweater"), ("🧥", "coat")),
    **dict.fromkeys(("beanie", "beret", "bonnet", "fedora", "stetson", "sombrero", "bandana"), ("🧢", "cap")),
    **dict.fromkeys(("eyepatch", "eye patch"), ("🕶", "pair of dark glasses")), "tiara": ("👑", "crown"),
    **dict.fromkeys(("tights", "leggings", "trousers", "pants"), ("👖", "jeans")),
    **dict.fromkeys(("trainers", "slippers"), ("👟", "shoe")), "lederhosen": ("🩳", "shorts"),
    **dict.fromkeys(("dirndl", "toga", "sundress", "pinafore"), DRESS), "necklace": ("📿", "beads"),
    # things held or placed that the set lacks
    "staff": ("🪄", "wand"), "walking stick": ("🦯", "cane"), "coop": ("🛖", "hut"),
    "chicken coop": ("🛖", "hut"), "henhouse": ("🛖", "hut"), "hen house": ("🛖", "hut"),
    **dict.fromkeys(("chalkboard", "blackboard", "board", "menu board", "notice board", "bulletin board",
                     "message board", "corkboard", "cork board", "pinboard", "noticeboard"), ("🪧", "placard")),
    "macaron": ("🍪", "cookie"),
    # things the reader makes that nothing drew (no picture, none near enough by meaning, or the moon for a lunar
    # lander): a cloth laid over a bed or a sofa as the set's cloth, a spacecraft as its rocket
    **dict.fromkeys(("throw", "throw blanket", "blanket", "quilt", "duvet", "comforter", "bedspread"),
                    ("🧣", "scarf")),
    **dict.fromkeys(("lunar lander", "moon lander", "lander", "space capsule", "spacecraft"), ("🚀", "rocket")),
    # a thing whose modifier's own picture is the whole: "ice" is drawn as a cube of ice, so "ice cubes" are one
    # thing named by both words, not cubes made of ice (read as bare cubes, the ice lost)
    **dict.fromkeys(("ice cube", "ice block"), ("🧊", "ice")),
    # a list written on paper (a grocery list had no pictogram and was never drawn; by meaning a shopping cart)
    **dict.fromkeys(("list", "shopping list", "to-do list", "todo list", "checklist"), ("📝", "memo")),
    # things whose nearest pictogram by meaning is of another kind (marshmallows had been apples, a baby shower a
    # shower head, a barbershop a barber's pole standing alone)
    "marshmallow": ("🍬", "sweet"), "baby shower": ("🍼", "baby bottle"), "bridal shower": ("💐", "bouquet"),
    "ball of yarn": ("🧶", "yarn"), "yarn ball": ("🧶", "yarn"), "roller": ("🖌", "paintbrush"),
    "paint roller": ("🖌", "paintbrush"), "dough": ("🫓", "flatbread"),
    **dict.fromkeys(("kiosk", "food cart", "hot dog cart"), ("🏪", "shop")),  # nothing fits by meaning (stands and
    # stalls are drawn as a counter: scene/kinds.py)
    # by meaning a rain cloud on a card that says "Sunny", the internet's globe in a fishing boat, a music note for
    # a band that marches
    "weather": ("⛅", "sun behind cloud"), "net": ("🎣", "fishing pole"), "fishing net": ("🎣", "fishing pole"),
    **dict.fromkeys(("marching band", "brass band", "school band"), ("🥁", "drum")),
    # household and office things whose nearest pictogram by meaning is of another kind entirely (a typewriter, a
    # stapler and a calculator had been a gear, a tripod an aeroplane, a unicycle a monocle, a saucepan a flying
    # saucer, a microwave a kettle, a record player a person, a remote control a passport desk)
    "typewriter": ("⌨", "keyboard"), "stapler": ("📎", "paperclip"), "calculator": ("🧮", "abacus"),
    "tripod": ("📷", "camera"), "unicycle": ("🚲", "bicycle"), "saucepan": ("🍲", "pot of food"),
    **dict.fromkeys(("stockpot", "cooking pot", "casserole dish", "dutch oven"), ("🍲", "pot of food")),
    **dict.fromkeys(("microwave", "microwave oven"), ("📺", "television")),
    **dict.fromkeys(("record player", "turntable", "gramophone", "stereo", "boombox", "jukebox"), ("📻", "radio")),
    **dict.fromkeys(("remote control", "tv remote", "remote"), ("📱", "mobile phone")),
    **dict.fromkeys(("chess board", "chessboard", "chess set"), ("♟", "chess pawn")),
    **dict.fromkeys(("cutting board", "chopping board", "breadboard"), ("🪵", "wood")),
    **dict.fromkeys(("easel", "canvas on an easel"), ("🖼", "framed picture")),
    "poster": ("🖼", "framed picture"),  # one hung in the scene ("a band poster above the bed"); by meaning nothing
    # compounds whose head alone has the wrong pictogram (a hard hat had been a top hat, a perfume bottle a baby's
    # bottle, a coffee grinder a gear)
    **dict.fromkeys(("hard hat", "hardhat", "safety helmet", "construction helmet"), ("⛑", "safety helmet")),
    **dict.fromkeys(("perfume bottle", "scent bottle", "cologne bottle"), ("🧴", "bottle")),
    **dict.fromkeys(("coffee grinder", "coffee mill", "pepper mill", "pepper grinder", "spice grinder"),
                    ("🧂", "shaker")),  # a mill's tall body
    **CLOSER_STAND_INS,  # closer than the nearest by meaning, for things a person read as another
}
# Things held or worn that are better left out than stood in for: a leash by meaning is a second dog (a guide dog).
NOT_BY_MEANING = frozenset({"leash", "dog leash", "lead"})


def stand_in(noun: str) -> tuple[str, str] | None:
    """(pictogram, what it shows) for a thing the set lacks, by its noun ("barn", "golden retriever")."""
    return STAND_INS.get(noun.lower().strip())


# Kinds of things, each with the pictogram that stands in for any of them when nothing nearer does: the last step of
# the lookup by meaning (`meaning.nearest_pictogram`), so that a named thing is drawn as something of its kind, and
# the answer says which ("the whisk is shown as a spoon").
THING_KINDS: dict[str, tuple[str, str]] = {
    "kitchen utensil": ("🥄", "spoon"), "kitchen appliance": ("🫖", "kettle"), "cooking pot or pan": ("🍳", "pan"),
    "clothing": ("👕", "shirt"), "gloves": ("🧤", "gloves"), "hat": ("🧢", "cap"), "shoes": ("👟", "shoe"),
    "musical instrument": ("🎸", "guitar"), "car": ("🚗", "car"), "truck": ("🚚", "truck"), "boat": ("⛵", "boat"),
    "aircraft": ("✈", "airplane"), "tool": ("🛠", "tools"), "garden tool": ("⛏", "pick"),
    "furniture": ("🪑", "chair"), "box or container": ("📦", "box"), "toy": ("🧸", "teddy bear"),
    "animal": ("🐾", "paw prints"), "bird": ("🐦", "bird"), "insect": ("🐛", "bug"), "fish": ("🐟", "fish"),
    "plant": ("🪴", "potted plant"), "flower": ("🌸", "flower"), "tree": ("🌳", "tree"), "food": ("🍲", "dish"),
    "fruit": ("🍎", "apple"), "vegetable": ("🥦", "vegetable"), "drink": ("🥤", "drink"),
    "building": ("🏠", "house"), "electronic device": ("📱", "phone"), "machine": ("⚙", "gear"),
    "fabric or cloth": ("🧣", "scarf"), "bag": ("👜", "bag"), "jewellery": ("💍", "ring"),
    "stationery": ("📝", "memo"), "sports equipment": ("⚽", "ball"), "lamp or light": ("💡", "light bulb"),
}
# The animal kind's pictogram is no animal: an animal the set lacks is drawn as the nearest animal it has instead.
ANIMAL_KIND = THING_KINDS["animal"]
# Parts of a scene that are no thing of a kind: a wall is not drawn as a house; and small things their kind's picture
# misreads, better left out and said so (a referee's whistle as a guitar, the kind "musical instrument").
NOT_KINDS = frozenset({"wall", "walls", "ceiling", "floor", "ground", "sky", "background", "backdrop", "horizon",
                       "corner", "edge", "surface", "side", "air", "distance", "shadow", "light", "view", "whistle"})
# Heads that name a set of what their modifier names: a drum kit is drums, a tea set cups and a teapot.
SET_HEADS = frozenset({"kit", "set", "collection", "assortment", "selection", "bundle", "pack", "range"})
