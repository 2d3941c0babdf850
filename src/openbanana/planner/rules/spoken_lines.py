"""Words a person or an animal says on a page that is no comic ("a poster of a cat sitting in a box and saying
"…"", "a card with a penguin asking "…""): its speech, set in a bubble by the speaker, not the page's headline. The
comic's own reading (text_roles.explicit_role) asks for the speaker right before the verb; here the verb may follow
what the speaker does ("… sitting in a cardboard box and saying")."""

from __future__ import annotations

import re

from openbanana.planner.noun_kinds import usual_kind
from openbanana.planner.rules.text_spans import Span
from openbanana.planner.rules.vocabulary.typography import SPEAKING

_SAID_BEFORE = re.compile(r"(?:\band\s+|,\s*|\bwho\s+|\bthat\s+)?" + SPEAKING.pattern + r"\s*[:,]?\s*$")
# things the words are written on: "a sign saying …", "a sign in its mouth that says …" is the sign's text,
# whoever holds it (the page's own word, "a poster of a cat saying …", is no carrier)
_WRITTEN_ON = re.compile(r"\b(?:signs?|signboard|board|banner|placard|shirt|t-shirt|mug|label|tag|note|screen|flag|"
                         r"cake|chalkboard|whiteboard|plaque|balloon|letter|caption|title|headline|text|words)\b")
_WORD = re.compile(r"[a-z]+")
_SPEAKERS = frozenset({"person", "animal", "bird"})  # the kinds of thing that talk on a page


def speaker(span: Span) -> str:
    """The person or animal a speaking verb right before the string has for its subject, "" when none."""
    before = re.split(r"[.;!?]\s", span.before_raw.lower())[-1]  # the sentence, past "and" and commas
    said = _SAID_BEFORE.search(before)
    if said is None or _WRITTEN_ON.search(before[:said.start()]):
        return ""
    for word in _WORD.findall(before[:said.start()]):
        if len(word) > 2 and usual_kind(word) in _SPEAKERS:
            return str(word)
    return ""
