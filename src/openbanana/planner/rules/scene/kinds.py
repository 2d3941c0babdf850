"""What kind of thing an entity is, for placing it: where it lives, how big it is, which way it faces, what it bears.

Pictograms are classed by their emoji (the reader may reach "automobile" or "kitty" through any word); the few
things that have no pictogram but are drawn as furniture (a table, a desk) are classed by their noun.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from openbanana.planner.rules.scene.built_forms import BUILT_FORMS, PLANTED_POTS
from openbanana.planner.rules.scene.made_forms import MADE_FORMS
from openbanana.scene import Entity

# ground: stands on the ground plane; sky: flies or hangs in the sky; water: floats on water; swimmer: lives under
# water; tabletop: a small thing that belongs on a table or shelf when there is one.
Zone = Literal["ground", "sky", "water", "swimmer", "tabletop"]
WearSlot = Literal["head", "ears", "eyes", "neck", "back", "body", "feet", "wrist"]

# Doing these, a thing is in the sky ("a dragon flying over a village"); insects hover at the flowers, below it.
FLYING = frozenset({"flying", "soaring", "gliding", "hovering", "swooping", "circling"})
INSECTS = frozenset("🐝🦋🐞🪲🦗🪰🦟🐛🪳🪺")
FLIER_SIZE = 0.4
# Lights strung overhead, drawn by the light bulb's pictogram: they hang in the air above the scene, not on a desk.
STRUNG = frozenset({"fairy light", "string light", "christmas light", "festoon light", "party light"})
STRUNG_SIZE = 0.3
SKY = set("☀🌞🌙🌛🌜🌝🌕🌖🌗🌘🌑🌒🌓🌔⭐🌟🌠☁⛅🌤🌥🌦🌧⛈🌩🌨🌈⚡☄🪐🌌🎆🎇🐦🕊🦅✈🛩🚁🎈🪁🚀🛸🛰🪂🦇")
DISCS = set("☀🌞🌙🌛🌜🌝🌕🌖🌗🌘🌑🌒🌓🌔🪐")  # sky things that stay put and keep to a corner of the sky
WATER = set("⛵🚤🛥🛳🚢⛴🛶🦆🦢🏄🚣🏊🦭")
SWIMMERS = set("🐟🐠🐡🦈🐙🦑🪼🐋🐳🐬🦐🐢🧜")  # crabs, lobsters and coral keep to the sea floor
MARINE_SURFACE = set("🐋🐳🐬🦈")  # sea animals that show at the surface of a sea seen from above it
FURNITURE = set("🛋🪑🛏🚪🛁🚽🎹🪞🗄")
SCENERY = set("🏠🏡🏘🏚🏢🏣🏤🏥🏦🏨🏩🏪🏫🏬🏭🏯🏰💒🗼🗽⛪🕌🛕🕍⛩🕋⛲⛺🏟🎡🎢🎠🌳🌲🌴🎄⛰🏔🗻🌋🏕🏜🏝🛖")
MOUNTAINS = set("⛰🏔🗻🌋")
FLAT = set("🍽")  # lies flat on a surface, drawn squashed in perspective
FOOD_RANGES = ((0x1F345, 0x1F37F), (0x1F950, 0x1F96F), (0x1F9C0, 0x1F9CB), (0x1FAD0, 0x1FADB), (0x2615, 0x2615),
               (0x1F32D, 0x1F330), (0x1F336, 0x1F336), (0x1F33D, 0x1F33D), (0x1F344, 0x1F344))
TABLETOP = set(
    "📖📚📓📔📒📕📗📘📙💻📱⌨🖱🕯🪔💡🎂🍰🧁🏺⚱📷🎧🔑🗝✂🖊✏🖌🖍📎⏰🕰⌛⏳🧸🎁🪀🧩🎲🕶👓💍⌚🪴💐🥀🌷🌹🎀📦"
    "🧴🧼🫖🍼🥛🍵🍶🍾🍷🍸🍹🍺🍻🥂🥃🥤🧋🧃🧉🧊🪙💰🔔🎤🔭🔬🧪🧫📺📻☎📞🖥🗿"
)
PEOPLE_LEADS = set(
    "🧑👨👩🧒👦👧👶🧓👴👵👱🧔🤴👸👮🕵💂🥷👷🫅🤵👰🎅🤶🦸🦹🧙🧚🧛🧜🧝🧞🧟🧌💆💇🚶🧍🧎🏃💃🕺🧖🧗🏇⛷"
    "🏂🏌🏄🚣🏊⛹🏋🚴🚵🤸🤼🤽🤾🤹🧘🙋🙆🙅🤷🤦🙇💁🙍🙎🤰🫄🤱👼🗣👤👥🫂🤖👽👻🤡⛄☃"
)
ANIMAL_FACES = set("🐱🐶🐻🐼🐨🐯🦁🐮🐷🐸🐵🐰🐭🐹🐺🦊🐗🐴🦄🐲🐔")
# Side-view pictograms drawn facing left; flipping them makes them face right.
FACES_LEFT = set(
    "🐈🐕🐩🦮🐎🐄🐂🐃🐖🐑🐏🐐🐪🐫🦙🦒🐘🦣🦏🦛🐁🐀🐇🐿🦫🦔🦇🐓🐤🐥🐦🕊🦅🦆🦢🦉🦤🦩🦚🦜🐊🐢🦎🐍🦕🦖"
    "🐋🐳🐬🦭🐟🐠🐡🦈🐙🐅🐆🦓🦍🦧🐒🦘🦡🦨🦥🦦🐌🐛🐜🐝🐞🦗🚗🚕🚙🏎🚓🚑🚒🚐🛻🚚🚛🚜🚌🚎🚲🛵🏍🛴🚂🚆"
    "🚅🚄🛶⛵🚤🛥🚢🏇🚴🚵🏃🚶🏄🚣🏊⛷"
)
FACES_RIGHT = set("🐧🦜🦃")

# Heights in "world units": a standing adult (about 1.7 m) is 1, and every kind is at its real height against one
# (a cow 1.4 m, a dog 0.65 m, a cat 0.35 m, a car 1.5 m, a bicycle 1 m), so that a person stands taller than a cow
# and a cat is smaller than a dog; placement compresses the spread (`drawn_size`) so that small things stay readable
# and big ones leave room. Side views are sized by their height, not their length.
SIZES: dict[str, float] = {
    **dict.fromkeys("🏠🏡🏘🏚🛖⛺🏕", 2.0), **dict.fromkeys("🏢🏣🏤🏥🏦🏨🏩🏪🏫🏬🏭🏯🏰💒⛪🕌🛕🕍⛩🕋🏟🎡🎢", 2.6),
    **dict.fromkeys("🗼🗽", 3.0), **dict.fromkeys("⛰🏔🗻🌋🏝", 3.5), **dict.fromkeys("🌳🌲🌴🎄", 2.0), "🌵": 1.2,
    "⛲": 1.4, "🎠": 1.6, **dict.fromkeys("🐘🦣🦕🦖🐋🐳🐉", 1.9), "🦒": 2.6, **dict.fromkeys("🐪🐫", 1.25),
    "🐎": 1.15, **dict.fromkeys("🦏🦬🦍🦙", 1.0), **dict.fromkeys("🐄🐂🐃🦛", 0.82), **dict.fromkeys("🦓🦌", 0.85),
    "🫏": 0.75, **dict.fromkeys("🐊🦈🐬", 1.1), **dict.fromkeys("🐅🐆🦘🦩", 0.7), **dict.fromkeys("🦭🦢🦚🦧", 0.6),
    **dict.fromkeys("🐖🐑🐏🐐🐺", 0.5), **dict.fromkeys("🐕🦮🦃", 0.4), **dict.fromkeys("🐩🐧🦤", 0.36),
    **dict.fromkeys("🐒🦥🐓🐔🦉", 0.3), **dict.fromkeys("🐈🦊🦝🦆🦫", 0.22), **dict.fromkeys("🦦🦡🦨🐢", 0.18),
    **dict.fromkeys("🐇🐿🦔🐤🐥🐣🐦🦜🐸🦎🐍🦀🦞🐟🐠🐡🦑🐙🪼", 0.14),
    **dict.fromkeys("🐁🐀🐹🐞🐝🦋🐛🐌🐜🕷🦗🦟🦐", 0.1),
    **dict.fromkeys("🚌🚎🚚🚛🚒🚂🚆🚅🚄🚊🚋🚃🚢🛳⛴", 1.8), **dict.fromkeys("🚜🛥🚤⛵", 1.35),
    **dict.fromkeys("🚗🚕🚙🏎🚓🚑🚐🛻", 1.0), **dict.fromkeys("🛵🏍🛺", 0.7), **dict.fromkeys("🚲🛴🦽🦼", 0.62),
    "🛶": 0.9, "🛹": 0.35, **dict.fromkeys("🛋🛏🎹🛁", 1.0), "🪑": 0.85, "🚪": 1.6, "🪟": 1.3,
    "🚽": 0.8, "🪞": 1.1, "🗄": 1.0, **dict.fromkeys("🏇🚴🚵", 1.4), "🧸": 0.5, "⛄": 1.0, "☃": 1.0, "🤖": 1.0,
    **dict.fromkeys("⚽🏀🏈⚾🥎🎾🏐🏉", 0.14),
}
# Small things at their real height too (a wine glass 0.2 m, a cup 0.1 m, a vase 0.35 m, a book 0.25 m, a potted
# plant 0.5 m): a glass on a table stands lower than a cat beside it, a cup is small in a hand. Food with no height
# of its own is an apple's; other small things with none keep `LOOSE_SIZE`.
SMALL_SIZES: dict[str, float] = {
    **dict.fromkeys("🍷🍸🥂🍹🕯", 0.12), **dict.fromkeys("🥃🍵☕🧉🍮", 0.06), **dict.fromkeys("🍺🍻🥛🍶🍼", 0.09),
    **dict.fromkeys("🥤🧋🫖🎂📻🎤", 0.11), **dict.fromkeys("🧃📱☎📞📷🎧⏰⌛⏳🍰🧁🖊✏🖌🖍✂🧪", 0.08),
    **dict.fromkeys("🍾🧴🕰💰🔬", 0.17), **dict.fromkeys("📖📓📔📒📕📗📘📙📚💻🎁⚱", 0.14),
    **dict.fromkeys("🏺📦🍉🍍", 0.19), **dict.fromkeys("🪴💐🌷🌹🥀📺🖥", 0.26), "💡": 0.2,
    **dict.fromkeys("🔑🗝📎🪙💍🎲🧩🪀🧊🧼🖱⌨🕶👓⌚🎀🔔🪔", 0.05), **dict.fromkeys("🥄🍴🔪🥢", 0.09),
}
FOOD_SIZE, LOOSE_SIZE = 0.08, 0.45
CHILD_SIZE, BABY_SIZE = 0.76, 0.45  # a child of about eight against an adult; a baby
CHILDREN, BABIES = frozenset("🧒👦👧"), frozenset("👶")
SKY_SIZES: dict[str, float] = {  # sky things, in the same units, before the sky's own distance shrinks them
    **dict.fromkeys("☀🌞🌕🌝🪐", 0.9), **dict.fromkeys("🌙🌛🌜🌖🌗🌘🌑🌒🌓🌔", 0.75), "🌈": 1.6,
    **dict.fromkeys("☁⛅🌤🌥🌦🌧⛈🌩🌨", 0.9), **dict.fromkeys("🐦🕊🦅🦇", 0.4), **dict.fromkeys("✈🛩🚁🛸", 0.8),
    "🚀": 0.9, "🎈": 0.55, "🪁": 0.6, "🪂": 0.7, "🛰": 0.6, **dict.fromkeys("⭐🌟✨🌠", 0.35), "☄": 0.8, "⚡": 0.8,
}
STALLS = ("stall", "market stall", "fruit stall", "flower stall", "food stall", "fruit stand", "vegetable stand",
          "produce stand", "flower stand", "hot dog stand", "dog stand", "lemonade stand", "food stand", "taco stand",
          "snack stand", "coffee stand")
# Glyph-less furniture the composer places and the engine draws as a shape, by noun: (height in world units, width
# over height, the engine's form, where its top surface is from its top as a fraction of its height).
SURFACE_NOUNS: dict[str, tuple[float, float, str, float]] = {
    "table": (0.75, 1.9, "table", 0.0), "desk": (0.75, 1.9, "desk", 0.0), "counter": (0.9, 2.4, "counter", 0.0),
    "countertop": (0.9, 2.4, "counter", 0.0), "kitchen counter": (0.9, 2.4, "counter", 0.0),
    "kitchen island": (0.9, 2.4, "counter", 0.0),
    "bench": (0.8, 2.0, "bench", 0.47), "shelf": (0.12, 2.2, "shelf", 0.0), "coffee table": (0.45, 2.0, "table", 0.0),
    "dining table": (0.75, 2.2, "table", 0.0), "kitchen table": (0.75, 2.0, "table", 0.0),
    "workbench": (0.8, 2.2, "table", 0.0), "nightstand": (0.6, 0.9, "nightstand", 0.0),
    "bedside table": (0.6, 0.9, "nightstand", 0.0), "side table": (0.6, 0.9, "table", 0.0),
    "dresser": (0.8, 1.4, "counter", 0.0), "cabinet": (0.8, 1.2, "counter", 0.0),
    "rug": (0.16, 3.4, "rug", 0.42), "carpet": (0.16, 3.4, "rug", 0.42), "mat": (0.12, 3.0, "rug", 0.42),
    "doormat": (0.1, 2.6, "rug", 0.42), "rack": (0.12, 2.2, "shelf", 0.0), "spice rack": (0.12, 2.2, "shelf", 0.0),
    **dict.fromkeys(("seesaw", "see-saw", "teeter-totter", "teeter totter"), (0.55, 3.0, "seesaw", 0.35)),
    **dict.fromkeys(("tray", "serving tray", "muffin tin", "muffin pan", "muffin tray", "cupcake tin", "cupcake tray",
                     "cupcake pan", "ice cube tray"), (0.1, 2.6, "tray", 0.3)),
    **dict.fromkeys(("puddle", "rain puddle", "mud", "mud puddle"), (0.12, 3.4, "puddle", 0.45)),
    **dict.fromkeys(("lily pad", "lilypad", "water lily pad"), (0.12, 2.6, "lily pad", 0.45)),
    **dict.fromkeys(STALLS, (1.5, 1.3, "stall", 0.58)),  # an awning over a counter its sellers stand behind
    **dict.fromkeys(("bookshelf", "bookcase", "book shelf", "bookshelves"), (1.8, 0.55, "bookcase", 0.0)),
    **dict.fromkeys(("oven", "stove", "cooker", "kitchen stove", "range cooker"), (0.9, 0.95, "oven", 0.0)),
}
# Glyph-less things that are no furniture, drawn as a form: (height, width over height, form, zone, scenery).
OTHER_FORMS: dict[str, tuple[float, float, str, Zone, bool]] = {
    "pillow": (0.16, 1.7, "pillow", "tabletop", False), "cushion": (0.16, 1.5, "pillow", "tabletop", False),
    **dict.fromkeys(("towel", "beach towel", "bath towel", "blanket", "picnic blanket", "beach blanket"),
                    (0.12, 3.0, "rug", "ground", False)),
    "lighthouse": (3.0, 0.42, "lighthouse", "ground", True), "windmill": (2.6, 0.9, "windmill", "ground", True),
    "waterfall": (3.0, 0.85, "waterfall", "ground", True), "waterfalls": (3.0, 0.85, "waterfall", "ground", True),
    "fireplace": (1.1, 1.15, "fireplace", "ground", False), "hearth": (1.1, 1.15, "fireplace", "ground", False),
    "lamp post": (2.2, 0.28, "lamp post", "ground", False), "lamppost": (2.2, 0.28, "lamp post", "ground", False),
    "street lamp": (2.2, 0.28, "lamp post", "ground", False), "streetlight": (2.2, 0.28, "lamp post", "ground", False),
    "street light": (2.2, 0.28, "lamp post", "ground", False),
    "hot air balloon": (2.6, 0.8, "hot-air balloon", "sky", False),
    "hot-air balloon": (2.6, 0.8, "hot-air balloon", "sky", False), "fence": (0.55, 3.2, "fence", "ground", False),
    "picket fence": (0.55, 3.2, "fence", "ground", False),
    "fridge": (1.5, 0.55, "fridge", "ground", False),
    "refrigerator": (1.5, 0.55, "fridge", "ground", False), "floor lamp": (1.5, 0.32, "floor lamp", "ground", False),
    "standing lamp": (1.5, 0.32, "floor lamp", "ground", False), "standard lamp": (1.5, 0.32, "floor lamp", "ground",
                                                                                    False),
    **dict.fromkeys(("trough", "water trough", "feeding trough"), (0.55, 2.4, "trough", "ground", False)),
    "radiator": (0.55, 1.6, "radiator", "ground", False),
    **dict.fromkeys(("thermos", "flask", "vacuum flask"), (0.32, 0.42, "flask", "tabletop", False)),
    **dict.fromkeys(("fire hydrant", "hydrant"), (0.7, 0.75, "hydrant", "ground", False)),
    **dict.fromkeys(("pier", "jetty", "dock", "fishing pier", "boardwalk"),
                    (0.9, 1.3, "pier", "ground", False)),
    "menorah": (0.5, 0.95, "menorah", "tabletop", False),
    "wall": (0.7, 3.4, "wall", "ground", False),  # a material or use word stays a word of its own (stone, garden)
    **dict.fromkeys(("bridge", "footbridge"),  # a material word stays the bridge's (a stone bridge, a wooden one)
                    (1.0, 3.2, "bridge", "ground", False)),
    **dict.fromkeys(("stroller", "pram", "pushchair", "buggy", "baby carriage", "baby stroller"),
                    (0.95, 1.05, "stroller", "ground", False)),
    **dict.fromkeys(("egg carton", "carton"), (0.22, 1.6, "carton", "tabletop", False)),
    **dict.fromkeys(("cage", "pet cage", "hamster cage", "bird cage", "birdcage", "hutch", "rabbit hutch"),
                    (0.45, 1.35, "cage", "ground", False)),
    **dict.fromkeys(("hoop", "basketball hoop", "basketball net"), (2.0, 0.5, "hoop", "ground", True)),
    **dict.fromkeys(("goal", "soccer goal", "football goal", "goalpost", "goalposts"),
                    (1.4, 2.2, "goal", "ground", True)),
    **dict.fromkeys(("ice floe", "floe", "ice sheet"), (0.22, 3.2, "floe", "ground", False)),
    **dict.fromkeys(("beam", "girder", "i-beam"), (0.14, 4.0, "girder", "ground", False)),  # "steel": its material
    **dict.fromkeys(("gate", "gates", "farm gate", "field gate", "garden gate"), (0.75, 1.6, "gate", "ground", False)),
    **dict.fromkeys(("arch", "archway", "flower arch", "arbor", "arbour", "wedding arch", "garden arch", "rose arch"),
                    (1.9, 0.8, "arch", "ground", True)),
    "kettlebell": (0.16, 0.9, "kettlebell", "ground", False), "dumbbell": (0.1, 2.2, "dumbbell", "ground", False),
    **BUILT_FORMS,  # a flower pot, a log cabin
    **MADE_FORMS,  # a ramp, a gurney, a railing, a crater
}
# forms things stand on along their top
SLABS = frozenset({"wall", "floe", "girder", "trampoline", "cloth", "stage", "balcony", "lawn", "plinth", "road",
                   "soil"})
MADE_ONLY = frozenset({"beam"})  # a girder only when made of something: a bare "beam" is as often one of light
SLAB_TOP = 0.28  # a floe's or a beam's lit top seen from above: what stands on it stands on its middle
FORM_CONTAINERS = frozenset({"carton", "trough", "cage", "fish tank"})  # what is in them sinks behind the rim
BARRED = frozenset({"cage"})  # of those, seen through: what is in them is drawn behind the bars, not over the rim
GROUND_SURFACES = frozenset({"puddle", "lily pad", "seesaw", "tray"})  # things stand on them, but make no room
OUTDOOR_FORMS = frozenset({"bench", *GROUND_SURFACES})  # furniture that stands outdoors too: it makes no room
TABLE_FORMS = frozenset({"table", "desk", "counter", "nightstand"})  # small loose things go on these


def named_form(noun: str) -> bool:
    """Whether these very words name a thing drawn as a form of its own: "lamp post", "bedside table" (a
    nightstand); not "kitchen table", which is a table."""
    noun = noun.lower().strip()
    if noun in OTHER_FORMS:
        return True
    head = SURFACE_NOUNS.get(noun.split()[-1])
    return noun in SURFACE_NOUNS and (head is None or SURFACE_NOUNS[noun][2] != head[2])


def has_form(noun: str) -> bool:
    """Whether a glyph-less thing is drawn as a shape of its own (a table, a rug, a lighthouse)."""
    return furniture_form(noun) is not None or noun.lower().strip() in OTHER_FORMS


def furniture_form(noun: str) -> tuple[float, float, str, float] | None:
    """How a glyph-less piece of furniture is drawn, by its noun ("kitchen table", "rug"), or None."""
    noun = noun.lower().strip()
    if noun in SURFACE_NOUNS:
        return SURFACE_NOUNS[noun]
    return SURFACE_NOUNS["table"] if noun.split()[-1:] == ["table"] else None


# Where a pictogram's seat or top surface is, from its top, as a fraction of its height (the rest: its very top).
SEATS: dict[str, float] = {"🛋": 0.45, "🛏": 0.42, "🪑": 0.5, "🍽": 0.5, "🛁": 0.3, "🚽": 0.45, "🧺": 0.2,
                           "📚": 0.02, "🪨": 0.1, "🛹": 0.35, "🪵": 0.2, "🪜": 0.45}
CONTAINERS = set("🏺⚱🧺📦🛍👜🎁🪣🥣🍜🍲🫖☕🍵🥛🥤🧋🛒🛁🪴🛶🚗🚙🚕🚌🏠🏡🛖⛺")
WEAR_SLOTS: dict[WearSlot, set[str]] = {
    "head": set("🎩👑🧢👒🎓⛑🪖🥳🎀"), "ears": set("🎧"), "eyes": set("🕶👓🥽"), "neck": set("🧣👔🏅🥇🥈🥉📿💎🎖"),
    "back": set("🎒🪽"), "body": set("👕👚🧥🥼🦺👗👘🥻👙🩱👖🩳"), "feet": set("👟👞🥾👠👡👢🩴🧦⛸🩰"),
    "wrist": set("⌚💍"),
}
OVERHEAD = set("☂🌂☔⛱")  # held over the head
HELD_HIGH = set("☂🌂🎈🏳🚩🏴🔦🕯🪔🏮🎏🪄🔱🗡⚔🏆")  # things held up, beside and above the hand
# Held across the body, about half a person tall: instruments, rods, rackets, brooms, tools with a long handle.
HELD_ACROSS = set("🎸🎻🪕🎷🎺🪗🪈🎣🏓🏸🏏🏑🏒🥍🧹🪓⛏")
PLAYED_AT = set("🎹🥁🪘")  # too big to hold: stands before the player at its own size, the hands on it


@dataclass(frozen=True)
class Kind:
    zone: Zone
    size: float  # height in world units
    faces: Literal["left", "right", "front"]
    person: bool = False
    scenery: bool = False  # big things that stand back: trees, buildings, mountains
    furniture: bool = False
    surface: bool = False  # others can sit on it
    seat: float = 0.04  # where that surface is, from its top, as a fraction of its height
    flat: bool = False
    container: bool = False
    shape_aspect: float = 0.0  # > 0: no pictogram; drawn as a piece of furniture this wide for its height
    form: str = ""  # and the shape the engine draws it as ("table", "rug")


SIZE_SPREAD = 0.65  # real sizes differ too much for pictograms: a house is drawn 1.6 people tall, not 4
TRUE_TO_LIFE = (0.25, 0.8)  # below a person's height, the compression fades out across these heights


def drawn_size(size: float) -> float:
    """The height a kind is drawn at, in world units: its real height compressed (`SIZE_SPREAD`) so that small
    things stay readable and big ones leave room, but less and less as it nears a person's height, so a cow, a
    sheep or a big dog stands at its real height beside a person (compressed alike, a cow came out 0.88 of its
    farmer's height, a sheep 0.64 of a shepherd's)."""
    if size >= 1.0:
        return float(size ** SIZE_SPREAD)
    low, high = TRUE_TO_LIFE
    true = min(1.0, max(0.0, (size - low) / (high - low)))
    return float(size ** (SIZE_SPREAD + (1.0 - SIZE_SPREAD) * true))


def is_food(glyph: str) -> bool:
    if not glyph:
        return False
    code = ord(glyph[0])
    return any(lo <= code <= hi for lo, hi in FOOD_RANGES)


def is_person(glyph: str) -> bool:
    return glyph[:1] in PEOPLE_LEADS


def wear_slot(glyph: str | None) -> WearSlot | None:
    base = (glyph or "").replace("\ufe0f", "")
    return next((slot for slot, glyphs in WEAR_SLOTS.items() if base in glyphs), None)


def kind_of(entity: Entity) -> Kind:
    """Where the entity lives and how big it is, from its pictogram (or, for drawn furniture, its noun)."""
    form = furniture_form(entity.noun) if entity.glyph is None else None
    if form is not None:
        height, width, name, seat = form
        return Kind("ground", height, "front", furniture=name not in GROUND_SURFACES, surface=True, seat=seat,
                    shape_aspect=width, form=name)
    noun = entity.noun.lower().strip()
    noun = "flower pot" if entity.glyph is None and noun in PLANTED_POTS else noun
    other = OTHER_FORMS.get(noun) if entity.glyph is None and (noun not in MADE_ONLY or entity.material) else None
    if other is not None:
        height, width, name, lives, scenery = other
        return Kind(lives, height, "front", scenery=scenery, shape_aspect=width, form=name,
                    container=name in FORM_CONTAINERS, surface=name in SLABS,
                    seat=SLAB_TOP if name in SLABS - {"wall"} else 0.04)
    glyph = (entity.glyph or "").replace("\ufe0f", "")
    lead = glyph[:1]
    faces: Literal["left", "right", "front"] = (
        "left" if lead in FACES_LEFT else "right" if lead in FACES_RIGHT else "front")
    person = is_person(glyph)
    if glyph in SKY or noun in STRUNG:
        return Kind("sky", SKY_SIZES.get(glyph, STRUNG_SIZE), faces)
    if entity.action in FLYING and not person and glyph[:1] not in ANIMAL_FACES | INSECTS:
        return Kind("sky", FLIER_SIZE, faces)  # "a dragon flying over a village": in the sky, a bird's size
    zone: Zone = ("swimmer" if glyph in SWIMMERS else "water" if glyph in WATER else
                  "ground" if person or glyph in SIZES or glyph in FURNITURE or lead in ANIMAL_FACES else
                  "tabletop" if is_food(glyph) or glyph in TABLETOP or glyph in FLAT or wear_slot(glyph) else "ground")
    size = SIZES.get(glyph, _person_size(lead) if person else 0.6 if lead in ANIMAL_FACES else _small_size(glyph))
    return Kind(zone, size, faces, person=person, scenery=glyph in SCENERY, furniture=glyph in FURNITURE,
                surface=glyph in SEATS or glyph in FURNITURE, seat=SEATS.get(glyph, 0.04), flat=glyph in FLAT,
                container=glyph in CONTAINERS)


def _person_size(lead: str) -> float:
    """A person's height against an adult's: a child stands shorter, a baby shorter still."""
    return CHILD_SIZE if lead in CHILDREN else BABY_SIZE if lead in BABIES else 1.0


def _small_size(glyph: str) -> float:
    """A small thing's height: its own, an apple's for food, else a loose thing's."""
    return SMALL_SIZES.get(glyph, FOOD_SIZE if is_food(glyph) else LOOSE_SIZE)
