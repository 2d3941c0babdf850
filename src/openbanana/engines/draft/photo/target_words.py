"""The words of an edit's target that say what kind of thing it names (a person, a cat, hair, clothes, the sky, water,
a part of a thing, a surface), read from its head noun.

Why: which finder may look for a target, and whether the main subject may stand in for it, depends only on these
words; they are kept apart from the finders so the engine's other steps can ask without loading any.
"""

from __future__ import annotations

import re

PEOPLE = frozenset({"person", "man", "woman", "boy", "girl", "child", "kid", "baby", "people", "guy", "lady", "he",
                    "she", "him", "her", "them", "they", "face", "faces", "astronaut", "someone", "somebody",
                    "everyone", "me", "us", "men", "women", "children", "kids", "persons", "gentleman", "player",
                    "his", "their", "friend", "husband", "wife", "mother", "father", "mom", "dad", "son",
                    "daughter", "brother", "sister", "grandma", "grandpa", "girlfriend", "boyfriend", "bride",
                    "groom", "teenager", "student", "worker", "tourist", "pilot"})
CATS = frozenset({"cat", "cats", "kitten", "kitty"})
HAIR = frozenset({"hair", "hairs", "fringe", "bangs"})
CLOTHES = frozenset({"shirt", "t-shirt", "tshirt", "dress", "suit", "jacket", "top", "sweater", "jumper", "coat",
                     "hoodie", "blouse", "outfit", "clothes", "uniform", "spacesuit", "vest", "cardigan", "gown"})
SKY = frozenset({"sky", "clouds", "cloud", "heavens"})
# Greenery found by its colour: every green leaf in the photo (no detector knows a tree from a hedge)
LEAVES = frozenset({"tree", "trees", "leaves", "foliage", "bushes", "bush", "hedge", "hedges", "plants", "forest",
                    "woods", "greenery", "shrubs", "treetops"})
WATER = frozenset({"water", "lake", "sea", "ocean", "river", "pond", "bay", "waves"})
# Parts of a thing ("the cat's eyes", "the car's wheels"): never stood in for by the whole main subject.
PARTS = frozenset({"eye", "eyes", "nose", "ear", "ears", "mouth", "lips", "teeth", "tongue", "paw", "paws", "tail",
                   "nails", "wheel", "wheels", "tyres", "tires", "door", "doors", "window", "windows", "roof",
                   "handle", "logo", "label", "collar", "beak", "wings", "legs", "leg", "arm", "arms", "hand",
                   "hands", "feet", "foot", "petals", "leaves", "stem", "screen", "seat", "lid"})
# Parts that carry their whole thing's colour ("make the petals white" is the flower's colour): a recolour may take
# the main subject's own colour for them, as it does for the thing itself.
COLOUR_PARTS = frozenset({"petals", "paintwork", "bodywork", "plumage", "feathers"})
# What things stand on or in front of (the table under the cup): never the main subject, so never stood in for by it.
SURFACES = frozenset({"table", "desk", "floor", "wall", "walls", "ground", "road", "street", "grass", "lawn", "carpet",
                      "rug", "counter", "tablecloth", "background", "backdrop", "sand", "field", "ceiling", "cloth",
                      "fabric", "surface", "velvet", "felt", "mat", "tray"})


# What follows the head noun and places it by another thing ("the towers next to the rocket", "the wall behind the
# clock"): the head is the word before it, never the thing it is placed by.
RELATED = (r" (?:on|in|with|holding|wearing|next to|beside|behind|near|by|under|below|above|over|around|along|"
           r"in front of)"
           r" (?:the|a|an|his|her|their|its|my|both|either|each) ")


def head_noun(target: str) -> str:
    """The last word of the target that is not a position, what it has or what it is placed by ("the man on the
    left", "the man with the camera", "the man next to the car" → "man")."""
    words = re.findall(r"[a-z]+", re.split(RELATED, target.lower())[0])
    skip = {"the", "a", "an", "this", "that", "these", "those", "my", "his", "her", "their", "its", "our", "your"}
    kept = [w for w in words if w not in skip]
    return kept[-1] if kept else ""


def placed_by(target: str) -> str:
    """What the target is placed by ("the cloth under the coins" → "the coins"), or "" when nothing is named."""
    parts = re.split(RELATED, target.lower(), maxsplit=1)
    return f"the {parts[1]}" if len(parts) == 2 else ""


def findable(target: str) -> bool:
    """Whether what the target names is something this module can find by itself (without a colour or place)."""
    noun = head_noun(target)
    return noun in PEOPLE or noun in SKY or noun in CATS or noun in HAIR or noun in CLOTHES or noun in WATER


def is_people(target: str) -> bool:
    return head_noun(target) in PEOPLE


def in_background(target: str) -> bool:
    """Whether the target is someone behind the photo's subject ("the person in the background")."""
    return bool(re.search(r"\bbackground\b", target))



