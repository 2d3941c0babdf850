"""The person or animal a thing is read, told, shown or handed to is next to the doer, not only somewhere near:
"a girl reading a book to her teddy bear", "a grandpa telling a story to the kids", "a nurse giving a blanket to a
patient".

relations.py reads "to" after a verb's object as the one it goes to (attachment.Attacher._handed: the object is
held, the one it goes to near), and the goal's phrase is then read as any "near" is (handled.py, doer_places.py). A
thing thrown, tossed or fed crosses a distance ("throwing a ball to his dog", "feeding a carrot to a pony"), so those
stay near; one read aloud or put into a hand is given at arm's length, beside the doer.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.entity_draft import Draft

# Verbs done to someone at arm's length: speaking, reading, showing and handing over.
CLOSE_VERBS = frozenset({"read", "tell", "show", "sing", "explain", "recite", "whisper", "present", "teach",
                         "hand", "pass", "give", "offer", "lend", "serve", "deliver"})


def goal_predicate(verb: str, goals: Sequence[Draft], predicate: str) -> str:
    """`predicate` from the doer to the goal of `verb`'s object, made next_to when it is near a lively goal of a
    verb done at arm's length."""
    close = predicate == "near" and verb in CLOSE_VERBS and any(d.person or d.animal for d in goals)
    return "next_to" if close else predicate
