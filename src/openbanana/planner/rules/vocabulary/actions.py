"""Verbs: what a thing is doing ("sleeping"), and how a verb joins its subject to its object ("holding a cup")."""

from __future__ import annotations

from openbanana.planner.rules.vocabulary.predicates import HAND_VERBS
from openbanana.planner.rules.vocabulary.verb_senses import PULLING_VERBS
from openbanana.scene import Predicate

# Transitive verbs (by lemma) → the relation to the object, and the activity it shows ("" for none); the verbs of
# the carry/hold class (predicates.HAND_VERBS) hold their object.
VERB_RELATIONS: dict[str, tuple[Predicate, str]] = {
    **{verb: ("holding", action) for verb, action in HAND_VERBS.items()},
    "hold": ("holding", ""), "carry": ("holding", "carrying"), "grab": ("holding", ""), "grip": ("holding", ""),
    "clutch": ("holding", ""), "cradle": ("holding", ""), "wave": ("holding", "waving"), "raise": ("holding", ""),
    "read": ("holding", "reading"), "eat": ("holding", "eating"), "drink": ("holding", "drinking"),
    "sip": ("holding", "drinking"), "lick": ("holding", "eating"), "bite": ("holding", "eating"),
    "play": ("holding", "playing"), "strum": ("holding", "playing"), "hug": ("holding", "hugging"),
    "cuddle": ("holding", "hugging"), "throw": ("holding", "throwing"), "catch": ("near", "catching"),
    "fly": ("holding", "flying"), "use": ("holding", ""), "serve": ("holding", "serving"),
    "pour": ("holding", "pouring"), "swing": ("holding", "swinging"), "brandish": ("holding", ""),
    "sweep": ("holding", "sweeping"), "cut": ("holding", "cutting"), "blow": ("holding", "blowing"),
    "juggle": ("holding", "juggling"), "take": ("holding", ""), "offer": ("holding", ""),
    "plant": ("holding", "planting"),
    "wear": ("wearing", ""), "don": ("wearing", ""), "sport": ("wearing", ""),
    "ride": ("riding", "riding"), "drive": ("riding", "driving"), "pilot": ("riding", "driving"),
    "steer": ("riding", "driving"), "sail": ("riding", "sailing"), "row": ("riding", "rowing"),
    "paddle": ("riding", "rowing"), "surf": ("riding", "surfing"),
    "walk": ("near", "walking"), "push": ("next_to", "pushing"), "pull": ("next_to", "pulling"),
    "pet": ("next_to", "petting"), "stroke": ("next_to", "petting"), "kiss": ("next_to", "kissing"),
    "lead": ("next_to", "walking"), "chase": ("near", "chasing"), "feed": ("near", "feeding"),
    "watch": ("near", "watching"), "kick": ("near", "kicking"), "paint": ("near", "painting"),
    "draw": ("near", "drawing"), "build": ("near", "building"), "cook": ("near", "cooking"),
    "bake": ("near", "baking"), "water": ("near", "watering"), "sell": ("near", "selling"),
    "fix": ("near", "fixing"), "repair": ("near", "fixing"), "wash": ("near", "washing"),
    "clean": ("near", "cleaning"), "greet": ("near", "greeting"), "face": ("near", ""), "guard": ("near", ""),
    "hunt": ("near", "hunting"), "photograph": ("near", "photographing"), "climb": ("on", "climbing"),
    "sit": ("on", "sitting"), "stand": ("on", "standing"), "lie": ("on", "lying"), "sleep": ("on", "sleeping"),
    "nap": ("on", "sleeping"), "snooze": ("on", "sleeping"),  # a nap is sleep, drawn so ("dozing" is its own word)
    "perch": ("on", "perching"), "cross": ("on", "crossing"), "type": ("holding", "typing"),
    "study": ("near", "studying"), "fish": ("near", "fishing"), "smell": ("near", ""), "admire": ("near", ""),
    "hide": ("behind", "hiding"), "jump": ("above", "jumping"), "leap": ("above", "jumping"),
    "fill": ("in", ""), "cover": ("on", ""), "surround": ("near", ""), "make": ("near", "making"),
    "prepare": ("near", "cooking"), "brew": ("near", "making"),
    **PULLING_VERBS,  # verb_senses.py: tugging a rope toy
}
# Doings that work one held thing on the other (a knife on the cake being cut, a spoon in the pot being stirred):
# both stay in one hand, and the draft engine reaches the tool to what is worked (scene/held_hands.py).
WORKING_HELD = frozenset({"cutting", "slicing", "carving", "stirring", "pouring", "feeding", "brushing", "combing",
                          "painting", "washing", "peeling", "chopping"})
# Verbs that take who receives before what is given ("hands his sister a cup", "giving her dad flowers").
GIVING_VERBS = frozenset({"give", "hand", "bring", "pass", "offer", "show", "send", "buy", "feed", "throw", "toss"})
# Verbs that name no depicted activity: the prompt's instructions and linking words ("draw a cat", "make it blue").
INSTRUCTION_VERBS = frozenset({"draw", "paint", "make", "create", "generate", "design", "illustrate", "render",
                               "show", "depict", "imagine", "picture", "give", "add", "put", "place", "include",
                               "let", "want", "need", "like", "use", "feature", "produce", "sketch", "photograph",
                               "get", "have", "has", "had", "do", "does", "did", "can", "could", "would", "should",
                               "will", "may", "might", "must", "say", "says", "reads", "write", "label", "call",
                               "name", "title", "caption", "read", "look", "seem", "appear", "keep", "set", "try",
                               "focus", "capture", "convey", "evoke", "emphasize", "emphasise", "frame", "zoom"})
# Verbs whose past participle after a noun relates it to what follows ("a cake covered in sprinkles").
PARTICIPLE_RELATIONS: dict[str, Predicate] = {
    "covered": "on", "topped": "on", "decorated": "on", "filled": "in", "stuffed": "in", "surrounded": "near",
    "dressed": "wearing", "clothed": "wearing", "wrapped": "in", "perched": "on", "seated": "on",
    "parked": "on", "placed": "on", "hung": "on", "hanging": "on", "stacked": "on", "piled": "on",
    "lined": "near", "framed": "in", "set": "on", "sitting": "on", "standing": "on", "lying": "on",
    "floating": "on", "resting": "on", "balanced": "on", "leaning": "next_to", "hidden": "behind",
    "tucked": "in", "nestled": "in", "curled": "on", "sprawled": "on", "loaded": "in", "packed": "in",
    "crammed": "in", "heaped": "on", "laden": "on",
}
# Participles that describe a state worth drawing (an action), even without an object.
STATE_PARTICIPLES = frozenset({"parked", "perched", "seated", "curled", "sprawled", "stranded", "frozen",
                               "melting", "broken", "opened", "closed", "lit", "burning", "abandoned",
                               # how a thing shines, never what it is for: "a glowing horseshoe" is a horseshoe
                               "glowing", "shining", "sparkling", "glittering", "flickering", "smouldering"})
# Adjectives that say what a thing is doing ("a cat asleep on a rug"): read as that -ing form.
STATE_ADJECTIVES: dict[str, str] = {"asleep": "sleeping", "afloat": "floating", "adrift": "drifting",
                                    "aglow": "glowing", "ablaze": "burning"}
# "made of X" / "built from X": X is a material, not a thing.
MATERIAL_VERBS = frozenset({"made", "built", "carved", "crafted", "sculpted", "formed", "constructed", "woven",
                            "knitted", "cast", "shaped"})
# Nouns ending in -ing that stay nouns after another noun ("a city building", "a diamond ring").
ING_NOUNS = frozenset({"building", "buildings", "ceiling", "clothing", "wedding", "evening", "morning", "pudding",
                       "icing", "frosting", "railing", "stuffing", "topping", "dumpling", "sapling", "seedling",
                       "duckling", "earring", "earrings", "king", "ring", "rings", "string", "wing", "wings",
                       "swing", "spring", "thing", "things", "painting", "paintings", "drawing", "drawings",
                       "rendering", "lettering", "setting", "clearing", "bedding", "housing", "parking", "landing",
                       "crossing", "lighting", "sibling", "offering", "ending", "opening", "sling", "awning",
                       "stocking", "stockings", "filling", "ping", "darling", "ling", "piling", "pilings", "mooring",
                       "decking", "bunting", "scaffolding", "siding"})
# Light and what it does: "sunlight streams through the window" says how the light falls, never a stream.
LIGHTS = frozenset({"sun", "moon", "light", "sunlight", "moonlight", "starlight", "lamplight", "candlelight",
                    "firelight", "daylight", "sunshine", "glow", "sunbeam", "sunbeams"})
LIGHT_VERBS = frozenset({"streams", "pours", "spills", "floods", "filters", "slants", "falls", "shines", "glows",
                         "beams", "breaks", "washes", "dapples"})
# Weather and what it does: "rain streaks the glass", "snow blankets the village" say the weather, no streaks.
WEATHER_MASSES = frozenset({"rain", "snow", "sleet", "hail", "drizzle", "fog", "mist", "wind"})
WEATHER_VERBS = frozenset({"streaks", "lashes", "patters", "drums", "pelts", "beats", "batters", "pounds",
                           "spatters", "blankets", "covers", "dusts", "coats", "whips", "swirls", "sweeps", "rolls",
                           "creeps", "hangs", "falls", "streams", "drips", "trickles", "runs", "taps", "howls"})
