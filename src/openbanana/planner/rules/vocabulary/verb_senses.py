"""Verb classes whose preposition, or whose object, states more than the word alone says (a class is a verb sense,
as VerbNet groups verbs): each class states one predicate, whatever sentence it is met in.

- staying: a doer who waits, drinks or queues "at" a thing stands at its side ("waiting at a bus stop", "drinking
  at a watering hole"), not somewhere around it;
- travelling: one who runs, races or scurries "across" a thing moves over its top ("snails racing across a
  table");
- tugging: what is tugged, or tugged "on", is held at one end, in the mouth or the hands ("puppies tugging on a
  rope toy");
- fastening: what is taped, pinned, clipped or nailed "to" a thing, and what clings to it, is on its face ("a sign
  taped to a door", "a chameleon clinging to a twig"), not beside it (a thing tied or attached "to" a post hangs
  beside it, and stays so).
"""

from __future__ import annotations

from openbanana.scene import Predicate

STAYING_VERBS = ("wait", "drink", "queue", "line", "gather", "linger", "knock", "graze", "wade",
                 "huddle", "crowd", "loiter")
TRAVELLING_VERBS = ("race", "run", "walk", "scurry", "scuttle", "march", "stroll", "skate", "slide", "creep",
                    "tiptoe", "trot", "hop", "skip", "waddle", "scamper", "dash", "sprint", "roll", "zoom")
FASTENING_VERBS = ("cling", "tape", "pin", "clip", "nail", "glue", "stick", "staple", "fasten", "tack", "bolt",
                   "velcro")

SENSE_PREPOSITIONS: dict[tuple[str, str], str] = {
    **{(verb, "at"): "next_to" for verb in STAYING_VERBS},
    **{(verb, "across"): "on" for verb in TRAVELLING_VERBS},
    **{(verb, "to"): "on" for verb in FASTENING_VERBS},
    ("tug", "on"): "holding",  # "tugging on a rope toy": its end in the mouth or the hands
}
PULLING_VERBS: dict[str, tuple[Predicate, str]] = {  # lemma → (the relation to the object, the action shown)
    "tug": ("holding", "tugging"), "yank": ("holding", "tugging"),
}
