"""Pictures a word takes from the company it keeps, where the word alone picks a thing of another kind.

A role said with an animal before it is that animal in the role ("a mouse knight", "a frog prince", "a cat wizard"):
the animal is what a person looks for, not a guardsman or a king. A creeper beside a mechanic or a vehicle is the
low wheeled board one lies on under a car, drawn as the skateboard (the word alone is the climbing plant). A
mobile over a crib or in a nursery hangs and turns, drawn as the wind chime, not a phone; a honeycomb frame is
the honey pot, not a picture frame (its noun stays "frame"). A note left on a fridge, a desk or a pillow, or a love
note, is a slip of paper (the notepad), not the musical note the word alone draws. Each keeps its noun and
says what it is shown as, so the answer can tell the user.
"""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.scene.kinds import is_person
from openbanana.planner.rules.vocabulary.attributes import ANIMALS
from openbanana.scene import Entity

WHEELED_BOARD = ("🛹", "skateboard")
HANGING_MOBILE = ("🎐", "wind chime")
HONEY = ("🍯", "honey pot")
GARAGE_COMPANY = frozenset({"mechanic", "car", "truck", "van", "pickup truck", "pickup", "jeep", "bus", "tractor",
                            "garage", "engine", "wrench", "toolbox"})
WRITTEN_NOTE = ("🗒", "notepad")
# Where a written note is left, or what writes it: "a note on the fridge" is a slip of paper, not a musical note.
NOTE_COMPANY = frozenset({"fridge", "refrigerator", "door", "desk", "table", "mug", "cup", "pillow", "lunchbox",
                          "lunch box", "windshield", "mirror", "magnet", "pen", "pencil", "envelope", "corkboard",
                          "bulletin board", "noticeboard", "notice board", "letterbox", "mailbox", "doormat"})
NOTE_KINDS = frozenset({"love", "handwritten", "paper", "thank-you", "thank", "ransom", "farewell", "goodbye"})
MUSIC_COMPANY = frozenset({"piano", "guitar", "violin", "song", "music", "musician", "singer", "melody", "radio",
                           "headphones", "speaker", "saxophone", "trumpet", "flute", "cello", "drum", "harp",
                           "keyboard", "microphone", "choir", "band", "orchestra", "record", "bird", "songbird"})
NURSERY_COMPANY = frozenset({"baby", "crib", "cot", "cradle", "nursery", "infant", "newborn", "toddler", "star",
                             "stars", "moon", "cloud", "bird", "butterfly"})


def company_pictures(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The entities, each animal-named role drawn as its animal, a mechanic's creeper as a wheeled board, a baby's
    mobile as a hanging chime, a honeycomb frame as honey and a note left on a thing as paper."""
    nouns = {e.noun for e in entities} | {m for e in entities for m in e.modifiers}
    return tuple(_in_company(_animal_role(e), nouns) for e in entities)


def _animal_role(entity: Entity) -> Entity:
    if not is_person(entity.glyph or ""):
        return entity
    animal = next((m for m in entity.modifiers if m in ANIMALS and pictogram_for(m)), None)
    glyph = pictogram_for(animal) if animal else None
    return replace(entity, glyph=glyph, stand_in=animal) if animal and glyph else entity


def _in_company(entity: Entity, nouns: set[str]) -> Entity:
    picture = (WHEELED_BOARD if entity.noun == "creeper" and nouns & GARAGE_COMPANY else
               HANGING_MOBILE if entity.noun == "mobile" and nouns & NURSERY_COMPANY else
               HONEY if entity.noun == "frame" and "honeycomb" in entity.modifiers else
               WRITTEN_NOTE if _written_note(entity, nouns) else None)
    return replace(entity, glyph=picture[0], stand_in=picture[1]) if picture else entity


def _written_note(entity: Entity, nouns: set[str]) -> bool:
    """A note left somewhere or of a written kind ("a note on the fridge", "a love note"), with no music near."""
    return entity.noun == "note" and not nouns & MUSIC_COMPANY and bool(
        nouns & NOTE_COMPANY or NOTE_KINDS & set(entity.modifiers))
