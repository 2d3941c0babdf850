"""What each relation means in the picture, and which words state which: a small lexical resource the reader uses
to pick the predicate whose geometry the words say, instead of the nearest one.

Three parts, each a plain table:

- GEOMETRY: what a predicate asks of two drawn things (the composer draws it so; the scene benchmark checks the same
  shapes). ENTAILS is the hierarchy those shapes make: a thing next to another is near it, one on or in another is
  near it. Only a predicate and its inverse (INVERSES) state the same thing: "near" is not "next_to", so where the
  words say more the reader keeps the more ("by the fire" stays next_to, never falls back to near).
- Verb classes: verbs grouped by what they do to their object, each class with the one predicate it states (a
  class is a verb sense, as VerbNet's carry/hold class). actions.VERB_RELATIONS holds HAND_VERBS' objects; the
  classes of place verbs with their prepositions (lean against, hang from, perch on) are relation_words'
  VERB_PREPOSITIONS.
- Kinds of things a predicate needs: a person cannot be "in" a frying pan or "on" a phone, so those are held; a
  figure (a snowman, a robot) wears and holds what it is "with" as a person does.
"""

from __future__ import annotations

GEOMETRY: dict[str, str] = {
    "left_of": "its centre left of the other's", "right_of": "its centre right of the other's",
    "on": "resting on the other's top: overlapping it across, its base at the other's top",
    "under": "below the other's centre and reaching down to its base, overlapping it across",
    "in": "its base inside the other's height, overlapping it across",
    "above": "its centre over the other's top, their spans meeting", "below": "its centre under the other's base",
    "behind": "drawn before it and farther back, their spans meeting",
    "in_front_of": "drawn after it and nearer, their spans meeting",
    "next_to": "side by side at the same height, a small gap", "near": "within about one size of the other",
    "holding": "in the subject's hands: inside its reach, below its head",
    "wearing": "on the subject's body: inside its box, smaller", "riding": "on the other's back, overlapping it",
}
ENTAILS: dict[str, frozenset[str]] = {  # a relation whose shape holds makes these hold too (tests pin it)
    "next_to": frozenset({"near"}), "on": frozenset({"near"}), "in": frozenset({"near"}),
    "holding": frozenset({"near"}), "wearing": frozenset({"near"}),
}
INVERSES: dict[str, str] = {"left_of": "right_of", "right_of": "left_of", "above": "below", "below": "above",
                            "behind": "in_front_of", "in_front_of": "behind", "next_to": "next_to", "near": "near"}

# Verb classes (a class is a verb sense, as VerbNet groups verbs): each states one predicate.
# carry/hold: the verb's object ends in the subject's hands ("lifting a barbell", "hands a parcel").
HAND_VERBS: dict[str, str] = {  # lemma → the action shown ("" for none)
    "hold": "", "carry": "carrying", "grab": "", "grip": "", "clutch": "", "cradle": "", "grasp": "", "clasp": "",
    "clench": "", "lift": "lifting", "hoist": "lifting", "heft": "lifting", "hand": "handing", "tote": "carrying",
    "wield": "", "brandish": "", "share": "sharing", "drag": "dragging", "haul": "carrying", "coil": "coiling",
    "knit": "knitting", "crochet": "knitting", "bang": "banging",
    # handwork: what is mended or whittled is worked in the hands whatever its size ("mending a net")
    "mend": "mending", "darn": "mending", "whittle": "carving",
}

# Things a person handles in the hand: "in" or "on" one, a person is holding it ("tossing vegetables in a frying
# pan", "on the phone"); no person fits in or on them.
HANDHELD = frozenset({"pan", "frying pan", "skillet", "wok", "saucepan", "phone", "telephone", "smartphone",
                      "cellphone", "mobile phone", "mobile", "spatula", "ladle", "whisk", "tablet", "remote",
                      "microphone", "mic"})
# Figures that wear and hold what they are "with", as a person does ("a snowman with a scarf").
FIGURES = frozenset({"snowman", "scarecrow", "robot", "statue", "doll", "teddy bear", "teddy", "mannequin",
                     "puppet", "gingerbread man", "toy soldier", "alien", "monster", "zombie", "superhero",
                     "astronaut", "clown", "elf", "gnome", "fairy", "mermaid", "wizard", "witch", "pirate", "troll",
                     "ogre", "giant", "goblin", "dwarf", "vampire", "ghost", "yeti", "knight"})
