"""Who an accessory is for: a person, a cat, or another animal, and the faces it can go on. People's and cats' faces
are found by their detectors; another animal's head only from its side-on outline on a plain backdrop
(`animal_heads`), so a hat asked for a dog in a photo of a woman is said as not done instead of going on her head
under the dog's name."""

from __future__ import annotations

from typing import Literal

from openbanana.engines.draft.photo.animal_heads import animal_head
from openbanana.engines.draft.photo.arrays import U8
from openbanana.engines.draft.photo.cat_eyes import with_pupils
from openbanana.engines.draft.photo.faces import Face, find_cat_faces
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


def wearer_faces(kind: Wearer, rgb: U8, people: list[Face]) -> list[Face]:
    """The faces an accessory for `kind` can go on: the people's found already, cats', or an animal's head."""
    if kind == "animal":
        head = animal_head(rgb)
        return [head] if head is not None else []
    return [with_pupils(face, rgb) for face in find_cat_faces(rgb)] if kind == "cat" else people


def no_face(kind: Wearer, target: str) -> str:
    """Why nothing was put on: no face of the kind was found, or the kind is one whose face cannot be found."""
    if kind == "animal":
        return (f"I can find people's and cats' faces, and another animal's head only from its outline on a plain "
                f"backdrop; I found no head of {target}, so nothing was put on.")
    return f"I could not find {CAT_FACE if kind == 'cat' else 'a face'} in the photo to put it on."


def worn_by(kind: Wearer, target: str) -> str | None:
    """What the answer adds when an animal's head was taken from the outline: it was not recognised as that animal."""
    if kind != "animal":
        return None
    return (f"I took the head at the ears' end of the outline in the photo to be {target}'s; the animal itself is "
            "not recognised.")
