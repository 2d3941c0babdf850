"""What a string carried on a thing in a scene is: that thing's label ("a parking sign reading "Visitors Only"", "a
mug with "World's Okayest Dad" printed on it"), not the picture's headline.

The default roles give the first string of a scene the headline; a string the reading set on a thing the picture
draws with its words (carriers.headline_carrier) is that thing's own text, so it becomes a label. The scene's
template sets a carried label exactly as a carried headline (carriers.template_texts): the change names the string
rightly without moving it. Strings joined one after another on one carrier ("a welcome board reading "Welcome to Our
Wedding" and "Priya & Daniel"") are one notice with a headline and a line under it, and keep those roles; a string
each thing introduces on its own ("one arrow saying "Beach 2 km" and another saying "Harbour 5 km"") is a label of
the same carrier as the one before it, and so is a label listed after a carried one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from openbanana.planner.rules.carriers import headline_carrier
from openbanana.planner.rules.text_spans import Span
from openbanana.planner.rules.vocabulary.typography import JOINED
from openbanana.scene import DocumentKind, TextSpec

Read = list[tuple[TextSpec, Span | None]]  # each string with the span whose words style it

# The words between two strings when the second is on the next of several alike things ("…" and another saying
# "…"), not joined to the first as one notice (JOINED).
_ANOTHER = re.compile(r"[\"'”’]?\s*,?\s*(?:and\s+|then\s+)?(?:another|the other|a second|one more)\b[^\"“”.;:]{0,24}?"
                      r"\b(?:saying|reading|says|reads|marked|showing)\s*:?\s*[\"'“‘]?")


def carried_labels(read: Read, kind: DocumentKind) -> Read:
    """The strings with each one a scene carries on a drawn thing alone (not in a joined notice) made its label."""
    if kind != "scene":
        return read
    out = list(read)
    for index, (spec, span) in enumerate(read):
        if span is None:
            continue
        previous = out[index - 1][0] if index else None
        if previous is not None and previous.role == "label" and headline_carrier(previous.target) and (
                _ANOTHER.fullmatch(span.before_raw) or _listed_after(spec, span)):
            out[index] = (replace(spec, role="label", target=previous.target), span)
        elif spec.role == "headline" and headline_carrier(spec.target) and not _in_notice(read, index):
            out[index] = (replace(spec, role="label"), span)
    return out


def _listed_after(spec: TextSpec, span: Span) -> bool:
    """"a label reads "Ghost Fire" and "Extra Hot"": the second label, named for nothing but its own words, is on
    the same thing as the first."""
    return spec.role == "label" and spec.target == spec.text.lower() and bool(JOINED.fullmatch(span.before_raw))


def _in_notice(read: Sequence[tuple[TextSpec, Span | None]], index: int) -> bool:
    """Whether the string is joined right onto another on the same carrier, before or after it."""
    target = read[index][0].target
    for first, second in ((index - 1, index), (index, index + 1)):
        if first >= 0 and second < len(read):
            span = read[second][1]
            if span is not None and read[first][0].target == target == read[second][0].target \
                    and JOINED.fullmatch(span.before_raw):
                return True
    return False
