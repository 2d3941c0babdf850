"""Words between things, in one table: what a preposition (of one word or several), a verb with its preposition and
an adverb of place mean as a predicate; which verbs and nouns change it; and who a pronoun can be.

The reader never matches a phrase of a prompt: it parses each clause into (subject head, preposition or verb, object
head) and looks the middle up here, so a preposition met in a new sentence shape means what it meant in any other.
"""

from __future__ import annotations

from openbanana.planner.rules.vocabulary.actions import VERB_RELATIONS
from openbanana.planner.rules.vocabulary.attributes import HOLDING_CONTAINERS, PLURAL_HOLDERS
from openbanana.planner.rules.vocabulary.verb_senses import SENSE_PREPOSITIONS
from openbanana.scene import Predicate

# Prepositions of one word → the predicate they state ("with", "between" and "by" are decided by what they join).
PREPOSITIONS: dict[str, str] = {
    "on": "on", "onto": "on", "upon": "on", "atop": "on", "under": "under", "underneath": "under",
    "beneath": "under", "in": "in", "inside": "inside", "within": "inside", "into": "in",
    "behind": "behind", "beside": "next_to", "by": "next_to", "alongside": "next_to", "against": "next_to",
    "above": "above", "over": "above", "near": "near", "below": "below", "around": "near", "among": "near",
    "amongst": "near", "at": "near", "with": "with", "between": "between", "across": "near", "along": "near",
    "outside": "near", "opposite": "near", "past": "near", "through": "near", "toward": "near", "towards": "near",
    "beyond": "behind", "facing": "near", "before": "in_front_of",
}
# Prepositions of several words, and where in the frame a thing is: one token each (grammar.tokenize).
PHRASE_PREPOSITIONS: dict[str, str] = {
    "in front of": "in_front_of", "on top of": "on", "next to": "next_to", "to the left of": "left_of",
    "on the left of": "left_of", "left of": "left_of", "to the right of": "right_of", "on the right of": "right_of",
    "right of": "right_of", "close to": "near", "near to": "near", "inside of": "inside", "in the middle of": "in",
    "in the center of": "in", "in the centre of": "in", "at the foot of": "near", "on the edge of": "on",
    "across from": "near", "opposite to": "near", "in between": "between", "high above": "above",
    "far behind": "behind", "out of": "inside", "up in": "in", "on board": "in", "away from": "near",
    "not far from": "near", "a short way from": "near", "at the base of": "near",
    "up against": "next_to", "in the shade of": "near", "on either side of": "next_to", "at the side of": "next_to",
    "either side of": "next_to", "on both sides of": "next_to", "on each side of": "next_to",
    "just above": "above", "just below": "below", "right behind": "behind", "right next to": "next_to",
    "all around": "near", "at the end of": "on", "at the top of": "on", "at the edge of": "on",
    "from left to right": "in_order", "left to right": "in_order",
}
# Adverbs and phrases of place with no object: where the thing itself is (the composer reads the frame ones), or
# how it stands to the clause's subject ("a cabin with a canoe nearby": the canoe is near the cabin).
PLACE_ADVERBS: dict[str, str] = {
    "in the background": "background", "in the foreground": "foreground", "in the distance": "background",
    "far away": "background", "far off": "background", "in the far distance": "background",
    # the shore across the water is the picture's far side, behind what is on the water or this side of it
    **{f"on the {far} {shore}": "background" for far in ("far", "opposite", "other")
       for shore in ("shore", "bank", "riverbank", "shoreline")},
    "on the left": "side", "on the right": "side", "to the left": "side", "to the right": "side",
    "on the side": "side", "on top": "on top", "nearby": "near", "close by": "near", "near by": "near",
    "up above": "above", "down below": "below",
    # a pair or a row that flanks the subject: "pine trees on both sides", "bay trees on either side"
    "on both sides": "next_to", "on either side": "next_to", "on each side": "next_to", "either side": "next_to",
}
FRAME_PLACES = frozenset({"background", "foreground", "side", "on top"})  # about the thing itself, no partner
# Verbs of a body's posture, of watching and of tending a thing in front of one: "over" after them is at the thing.
POSTURE_VERBS = ("lean", "bend", "stoop", "hunch", "crouch", "kneel", "bow", "sit", "huddle", "grin",
                 "smile", "beam", "laugh", "cry", "weep", "toast", "roast", "warm", "cook", "stir", "watch", "guard",
                 "preside", "pore", "fuss", "linger")
# Verbs that send a thing off through the air: "from" after them is where the sender stands.
SENDING_VERBS = ("throw", "toss", "cast", "fling", "hurl", "lob", "launch", "shoot", "scatter", "blow", "shout",
                 "yell", "release")
# A verb and its preposition together mean something neither says alone ("hanging from a branch" is under it).
VERB_PREPOSITIONS: dict[tuple[str, str], str] = {
    ("hang", "from"): "under", ("dangle", "from"): "under", ("swing", "from"): "under",
    ("lean", "on"): "next_to", ("lean", "against"): "next_to", ("rest", "against"): "next_to",
    ("tie", "to"): "next_to", ("chain", "to"): "next_to", ("moor", "to"): "next_to", ("moor", "at"): "next_to",
    ("strap", "to"): "on", ("moor", "along"): "next_to", ("tether", "to"): "next_to", ("attach", "to"): "next_to",
    ("park", "outside"): "in_front_of", ("park", "at"): "next_to", ("wait", "outside"): "in_front_of",
    ("stand", "outside"): "in_front_of", ("sit", "outside"): "in_front_of",
    ("fish", "from"): "on", ("fish", "off"): "on", ("wave", "from"): "on", ("cheer", "from"): "on",
    ("clap", "from"): "on", ("applaud", "from"): "on",
    ("dive", "from"): "on", ("dive", "off"): "on",  # "fishing from a rowboat": in it, as "on" a vessel is
    ("watch", "from"): "on", ("look", "from"): "on", ("peer", "from"): "on", ("sing", "from"): "on",
    ("call", "from"): "on", ("peek", "from"): "behind", ("peep", "from"): "behind",
    ("fall", "on"): "above", ("fall", "onto"): "above",  # "snow falling on a hut": still in the air above it
    ("float", "above"): "above", ("float", "over"): "above", ("hover", "over"): "above",
    ("fly", "over"): "above", ("circle", "over"): "above", ("circle", "above"): "above",
    ("soar", "over"): "above", ("soar", "above"): "above", ("fly", "past"): "near", ("tower", "over"): "next_to",
    ("loom", "over"): "behind", ("tower", "above"): "next_to",
    ("stack", "on"): "on", ("pile", "on"): "on", ("perch", "on"): "on", ("balance", "on"): "on",
    # "down" after a verb of cleaning is done standing beside the thing: "hosing down an elephant" had ridden it
    **{(verb, "down"): "next_to" for verb in ("hose", "wash", "wipe", "scrub", "rinse", "spray", "sponge", "rub")},
    ("hide", "under"): "under", ("hide", "in"): "in", ("hide", "behind"): "behind",
    ("dance", "around"): "near", ("gather", "around"): "near", ("sit", "around"): "near",
    ("away", "from"): "near",  # "a few metres from", "two steps away from": a measured distance is near
    # fleeing a thing keeps it close behind: "a cat running from a dog" is drawn near it, not anywhere
    **{(verb, "from"): "near" for verb in ("run", "flee", "escape", "scurry", "scamper")},
    # laid across another's face: "a wrench crossed over a wheel", "two swords crossed over a shield" are on it
    ("cross", "over"): "on", ("cross", "on"): "on",
    ("crawl", "along"): "on", ("crawl", "on"): "on", ("crawl", "across"): "on",
    ("tie", "along"): "next_to", ("munch", "on"): "near", ("chew", "on"): "near", ("nibble", "on"): "near",
    ("work", "on"): "near", ("type", "on"): "near",  # "people working on laptops" sit at them, not on top
    ("sip", "from"): "near", ("drink", "from"): "near", ("eat", "from"): "near", ("feed", "from"): "near",
    **{(verb, "over"): "on" for verb in ("drape", "toss", "throw", "fling", "sling", "spread", "lay", "flop",
                                         "sprawl", "slump", "lie", "collapse")},  # lying across it, not in the air
    # laid along a thing's top from side to side: "chopsticks resting across the bowl", "a towel draped across a
    # chair" are on it ("sitting across the table" faces one over it, and stays near)
    **{(verb, "across"): "on" for verb in ("rest", "lie", "lay", "drape", "sprawl", "balance", "sling")},
    # bending or standing at a thing from above, or tending it there: beside it, not in the air ("leaning over
    # the hood", "toasting marshmallows over a fire", "grinning over a cake"); "jumping over" stays above
    **{(verb, "over"): "near" for verb in POSTURE_VERBS},
    # sending a thing off from where one stands: "casting a line from a jetty", "tossing crumbs from a bench" — the
    # one who sends it is on the place ("taking a book from a shelf" stays at it)
    **{(verb, "from"): "on" for verb in SENDING_VERBS},
    **SENSE_PREPOSITIONS,  # verb_senses.py: waiting at, racing across, tugging on
}
# Nouns that measure a distance ("a few metres from the fence"): not things, the phrase says "near".
DISTANCE_NOUNS = frozenset({"metre", "meter", "metres", "meters", "foot", "feet", "yard", "yards", "step", "steps",
                            "pace", "paces", "inch", "inches", "mile", "miles", "kilometre", "kilometer", "centimetre",
                            "centimeter", "block", "blocks", "stride", "strides"})
# A hole in a thing is the thing: "through a hole in the fence" is at the fence; "from a hollow in a tree" in it.
OPENINGS = frozenset({"hole", "gap", "crack", "opening", "slit", "hollow", "knothole"})
WITHIN = frozenset({"from", "out of", "in", "inside", "into"})  # in an opening, or out of it: inside its thing
CHAINED = frozenset({"in", "inside", "on", "under"})  # "in a bowl on a desk": the second place is the first one's
# "on the table", "at the desk": the ground itself
SURFACE_PREDICATES = frozenset({"on", "near", "with", "in", "inside"})
# Open ground named after "above"/"over"/"under": the scene's ground, never a thing ("a gull flying over the water").
OPEN_GROUND_WORDS = frozenset({"water", "sea", "ocean", "waves", "grass", "sand", "snow"})
OBJECT_LISTS = frozenset({"holding", "wearing", "with"})  # "holding a cup and a book": one verb, two objects
MEDIA = frozenset({"watercolor", "watercolour", "pencil", "ink", "charcoal", "pixel", "3d", "gouache", "oil",
                   "oils", "crayon", "pastel", "clay"})  # "in pencil": the medium, not a pencil in the scene
ALONGSIDE_VERBS = frozenset({"play", "sit", "stand", "walk", "dance", "run"})  # "with" after them: beside
# After these, a place word that a pictogram draws is a thing in the picture: "in front of a garage".
LANDMARK_RELATIONS = frozenset({"in_front_of", "behind", "next_to", "left_of", "right_of"})
BOARDS = frozenset({"skateboard", "surfboard", "snowboard", "skis", "sled", "sledge", "wave", "waves"})  # stood on
# Where the place a thing was just put stands, when what follows is not lively: "a cat on the chair beside the
# table" (the chair is beside it), "books on the shelf above the desk" (the shelf is above it).
BESIDE = frozenset({"next_to", "near", "above", "below", "behind", "in_front_of", "left_of", "right_of"})
# A word no table knows, named as what something stands beside, above or under, is a thing there ("a hedgehog
# beside a trough"), never taken for the nearest place by meaning; after "at", "in", "on", "near", "behind" or "in
# front of" it may be the place ("near the boardwalk", "in front of a forest path").
BESIDE_THINGS = frozenset({"next_to", "left_of", "right_of", "above", "below", "under"})
PLACE_PREPOSITIONS = frozenset({"at", "in", "on", "inside", "into", "within"})
# Adjectives that, before "of", say what a thing holds: "a basket full of apples" is "filled with" them.
FULLNESS = frozenset({"full", "brimming", "bursting", "overflowing"})
# Furniture that stands on the floor: a side named after "on the chair" is the chair's only beside another piece
# ("a cat on the chair beside the table"); beside a small thing it is the subject's ("a mug on a desk by a lamp").
FURNISHINGS = frozenset({"table", "desk", "bed", "sofa", "couch", "chair", "armchair", "bench", "dresser", "shelf",
                         "wardrobe", "bookshelf", "bookcase", "cabinet", "counter", "fireplace", "stove", "piano",
                         "fridge", "refrigerator", "cupboard", "sideboard", "nightstand", "stool", "crib", "cot",
                         "mirror", "television", "tv", "window"})  # a chair before a mirror or by a window is
# Things in the sky: what is "under" them is below them, with sky between ("an owl beneath the moon").
SKY_THINGS = frozenset({"moon", "sun", "star", "cloud", "rainbow", "comet", "planet", "aurora", "balloon", "kite"})
# Boats a person sits in: paddling one, or "on" one, is being in it.
VESSELS = frozenset({"kayak", "canoe", "rowboat", "rowing boat", "row boat", "raft", "gondola", "dinghy", "punt",
                     "pedalo"})
# People who serve across a counter or a stall: "at" theirs they stand behind it, facing whoever comes.
COUNTER_WORKERS = frozenset({"barista", "bartender", "barman", "barmaid", "cashier", "clerk", "shopkeeper",
                             "florist", "baker", "butcher", "pharmacist", "receptionist", "vendor", "grocer",
                             "fishmonger", "cheesemonger", "chocolatier", "jeweller", "jeweler", "bookseller",
                             "teller", "stallholder", "shop assistant", "salesperson", "saleswoman", "salesman",
                             "hawker", "shopgirl", "storekeeper", "seller"})
# Vehicles people ride inside: someone "on the bus" sits in it, not on its roof.
PASSENGER_VEHICLES = frozenset({"bus", "school bus", "train", "tram", "trolley", "streetcar", "subway", "metro",
                                "plane", "airplane", "aeroplane", "coach", "minibus", "underground"})
# Tops a thing stands on when it is "in the middle of" one: "a cake in the middle of a table" is on it.
TABLES = frozenset({"table", "desk", "counter", "countertop", "worktop", "workbench"})
# "at her feet", "by his side": the person's own place, so the thing is near the person
OWNED_PLACES = frozenset({"foot", "feet", "side", "lap", "heels"})
# An animal's feet and tail named as what a thing is beside ("a ball next to its paws"): beside the animal
SIDE_PARTS = frozenset({"paw", "paws", "hoof", "hooves", "tail", "claws"})
PART_SIDES = frozenset({"next_to", "near", "left_of", "right_of", "behind", "in_front_of"})
# "a fish in its beak", "a bone between its teeth": the owner holds the thing
HOLDING_PARTS = frozenset({"beak", "mouth", "jaws", "jaw", "teeth", "hand", "hands", "arms", "paws", "paw", "trunk",
                           "claws", "talons", "fingers", "grasp", "grip"})
# Parts of a thing that stand for the whole thing when named as a place: "a parrot on his shoulder" is on him,
# "skis against its wall" are beside it. Body parts are a lively owner's; the others need an owner word ("its"),
# except parts never drawn on their own, which belong to the thing named before ("a bee on the lid": the jar's).
BODY_PARTS = frozenset({"shoulder", "shoulders", "arm", "arms", "head", "back", "knee", "knees", "nose", "finger",
                        "chest", "belly", "tummy"})
# Prepositions of motion to a goal: after a verb's object, it is the object that goes there ("dropping a parcel
# onto a doorstep", "sliding a pizza into an oven").
GOAL_PREPOSITIONS = frozenset({"onto", "into"})
SOURCE_PREPOSITIONS = frozenset({"out of", "from"})  # where a verb's object is taken from, not put
# Verbs that put their object somewhere: the place after the object is the object's ("leaves a parcel on the
# step", "hanging sausages on hooks", "props a bike against the wall"), never the one who puts it.
PLACING_VERBS = frozenset({"put", "place", "set", "lay", "leave", "hang", "stack", "pile", "prop", "lean", "rest",
                           "drop", "tuck", "slide", "arrange", "spread", "scatter", "line", "store", "stash", "load",
                           "pack", "park", "pin", "stick", "tape", "perch", "balance", "heap", "dump", "toss", "throw",
                           "sprinkle", "pour", "plant", "weigh", "display", "lower", "slip", "stuff", "tie", "chain",
                           "moor", "tether", "attach", "hook", "clip", "strap", "drape", "fling", "sling"})
# Verbs that hold their object up: what it is held "over" is below the object, not the one who holds it.
RAISING_VERBS = frozenset({"hold", "raise", "lift", "dangle", "wave"})
THING_PARTS = frozenset({"wall", "walls", "roof", "door", "deck", "top", "edge", "side", "front", "steps"})
UNNAMED_PARTS = frozenset({"lid", "rim", "handlebar", "handlebars", "spout", "entrance", "doorway", "doorstep"})
# "the handlebars of a bicycle", "the back seat of a car": a part with its whole after "of" places at the whole
# (in it, for a seat).
OF_PARTS = frozenset({*BODY_PARTS, *HOLDING_PARTS, *THING_PARTS, *UNNAMED_PARTS, "seat", "back seat", "front seat",
                      "bottom", "corner", "end", "tip", "bonnet", "gate", "window", "porch", "chimney"})
SEATS = frozenset({"seat", "back seat", "front seat"})
TOP_LINES = frozenset({"rim", "edge", "top", "ledge", "ridge", "lip", "brim", "crest"})  # a thing's upper edges
# Tops where a thing a person handles lies: "a vet examining a rabbit on a table" (the rabbit is on it).
TABLETOPS = frozenset({"table", "desk", "counter", "worktop", "workbench", "tray", "plate", "board", "stove",
                       "easel", "platter", "dish", "anvil", "altar", "bar"})
PRONOUNS = {"he": "man", "him": "man", "she": "woman", "her": "woman"}
BALL_GAMES = frozenset({"ball", "football", "soccer", "soccer ball", "basketball", "volleyball", "tennis", "baseball",
                        "rugby", "rugby ball", "american football", "golf", "hockey", "beach ball"})
OWNERS = {"her": "her", "his": "him", "their": "them", "its": "it"}
CONTAINER_NOUNS = frozenset({*HOLDING_CONTAINERS, *PLURAL_HOLDERS, "fishbowl", "fish bowl", "aquarium", "nest"})
# Tools a doer works a thing with: "cutting a cake with a knife", "chasing a butterfly with a net" — the tool is in
# the doer's hand, not the cake's.
TOOLS = frozenset({"knife", "axe", "hatchet", "saw", "hammer", "mallet", "net", "butterfly net", "fishing net",
                   "fishing rod", "rod", "spoon", "fork", "chopsticks", "brush", "paintbrush", "pen", "pencil",
                   "crayon", "chalk", "broom", "rake", "shovel", "spade", "trowel", "hoe", "pitchfork", "pickaxe",
                   "hose", "watering can", "scissors", "shears", "needle", "wand", "magic wand", "stick", "leash",
                   "lasso", "bat", "racket", "sword", "torch", "flashlight", "ladle", "whisk", "spatula",
                   "rolling pin", "magnifying glass", "camera", "phone", "smartphone", "remote", "sponge", "cloth",
                   "mop", "screwdriver", "wrench", "spanner", "drill", "chisel", "slingshot", "bow"})
# Containers a person or animal is kept in: "a hamster nibbling a carrot in its cage" is in the cage, with the carrot.
HOMES = frozenset({"cage", "hutch", "kennel", "playpen", "stroller", "pram", "buggy", "crib", "cot", "terrarium"})
PARTICIPLE_ONLY = frozenset({"sat", "stood", "lay", "parked", "placed", "set"})  # "by" after them is "beside"
# A pronoun after these in a clause of its own stands for the last clause's subject, not the place it was put:
# "a frog sits on a stone while a fly hovers above it", "…, and a bird is pecking at it".
TOPIC_PLACES = frozenset({"above", "below", "near", "next_to", "behind", "in_front_of", "left_of", "right_of"})
PASSIVE_PREDICATES = frozenset({"holding", "wearing", "riding", "near", "next_to"})


def preposition_predicate(word: str, verb: str = "") -> str | None:
    """The predicate a preposition states after the verb `verb` (a lemma, or "" when none came): the verb and
    preposition together first ("hang from"), then the preposition alone; None for one that places nothing."""
    return VERB_PREPOSITIONS.get((verb, word)) or PREPOSITIONS.get(word) or PHRASE_PREPOSITIONS.get(word)


def object_verb(lemma: str) -> str:
    """The verb a preposition after the verb's object still goes with: a placing, tending or sending verb ("hanging
    a coat from a hook", "toasting bread over a fire", "casting a net from a pier"); "chewing a shoe on a rug" is
    not chewing on the rug."""
    return lemma if lemma in PLACING_VERBS or lemma in POSTURE_VERBS or lemma in SENDING_VERBS else ""


def part_predicate(predicate: str, preposition: str, part: str) -> str:
    """The predicate a place keeps when it names a part of a thing ("on the seat of a car" is in the car; "along
    the rim of the tub" is on the tub, its rim a line along its top)."""
    if predicate == "on" and part in SEATS:
        return "in"
    return "on" if preposition in ("across", "along") and part in TOP_LINES else predicate


def taken_from(word: str, verb: str) -> bool:
    """"pulling a tray out of an oven": the preposition names where the object is taken from, unless the verb
    gives it a place of its own ("hanging a lantern from a branch": under it)."""
    return word in SOURCE_PREPOSITIONS and (verb, word) not in VERB_PREPOSITIONS


def passive_predicate(word: str, lemma: str) -> Predicate | None:
    """What the agent after "by" does to the thing a past participle follows: "held by a boy" → the boy holds
    it, "surrounded by trees" → trees around it. None where "by" is only "beside" ("a car parked by the river")."""
    if lemma == "cover":
        return "on"  # "a hut covered by snow": the snow lies on it
    predicate = VERB_RELATIONS[lemma][0] if lemma in VERB_RELATIONS else None
    return predicate if predicate in PASSIVE_PREDICATES and word not in PARTICIPLE_ONLY else None
