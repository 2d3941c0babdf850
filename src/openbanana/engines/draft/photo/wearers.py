"""Who an accessory is for: a person, a cat, or another animal. Only people's and cats' faces can be found, so a hat
asked for a dog in a photo of a woman is said as not done instead of going on her head under the dog's name."""

from __future__ import annotations

from typing import Literal

from openbanana.engines.draft.photo.target_words import CATS

CAT_FACE = "a cat's face"
Wearer = Literal["person", "cat", "animal"]
ANIMALS = frozenset({"dog", "dogs", "puppy", "pup", "horse", "horses", "pony", "foal", "bird", "parrot", "owl",
                     "rabbit", "bunny", "hamster", "guinea", "cow", "sheep", "lamb", "goat", "pig", "fox", "bear",
                     "lion", "tiger", "monkey", "duck", "chicken", "hen", "penguin", "frog", "fish", "turtle",
                     "deer", "elephant", "giraffe", "zebra", "animal", "animals", "pet", "squirrel", "mouse"})


def wearer(target: str) -> Wearer:
    """Whose face the target names: a cat's, another animal's, else a person's ("her", "the man", "everyone")."""
    words = set(target.lower().replace("'s", " ").split())
    return "cat" if words & CATS else "animal" if words & ANIMALS else "person"


def no_face(kind: Wearer, target: str) -> str:
    """Why nothing was put on: no face of the kind was found, or the kind is one whose face cannot be found."""
    if kind == "animal":
        return f"I can find people's and cats' faces, not the face of {target}, so nothing was put on."
    return f"I could not find {CAT_FACE if kind == 'cat' else 'a face'} in the photo to put it on."
