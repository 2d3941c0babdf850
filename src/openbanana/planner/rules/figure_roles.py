"""A sale's percentage asked huge is the page's number: "giant "50% OFF"", "a huge "Up to 40% off!""; so is a
temperature or a percentage with its size said right after it (""72°" big in the middle", ""87%" in large type").

The words before a bare figure ("a big "24°"") were read already (text_roles.explicit_role); this is the figure with
its "off". A size named after the figure (""10,000" in huge digits") was tried and taken back: set as a number, the
figure filled its box to the edges and OCR split "10," from the rest; a reading of a few glyphs with its unit (a
degree, a percent sign) has no such gap.
"""

from __future__ import annotations

import re
from dataclasses import replace

from openbanana.planner.rules.carried_roles import Read
from openbanana.planner.rules.text_spans import Span
from openbanana.planner.rules.vocabulary.typography import BIG_BEFORE, FIGURE

_PERCENT_OFF = re.compile(r"(?:up to\s+)?\d+(?:[.,]\d+)?\s?%\s?off!?", re.IGNORECASE)
_READING = re.compile(r"[+−-]?\d{1,3}(?:\.\d)?\s?(?:°[CF]?|%)")  # "72°", "-4°C", "87%"
_UNDER_IT = re.compile(r"^\s*,?\s*(?:under|underneath|below|beneath)(?:\s+(?:it|that|the (?:number|figure)))?\b")
_BIG_AFTER = re.compile(r"^\s*,?\s*(?:(?:very|really)\s+)?(?:big|large|huge|giant|bold)\b"
                        r"|^\s*,?\s*in\s+(?:big|large|huge|giant|bold)\s+(?:digits|numbers|numerals|type|letters)\b")


# A time of day a screen, a watch or a clock shows ("its screen showing "10:42"", "a lock screen reading "7:05 AM""):
# the reading the face is there for, as a temperature said big is.
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?", re.IGNORECASE)
_FACE_BEFORE = re.compile(r"\b(?:screen|display|watch|smartwatch|clock|phone|dashboard|scoreboard|timer|lock screen)"
                          r"\b[^.;\"“]{0,24}$")


def figure_role(span: Span) -> bool:
    """Whether the string is a sale's percentage with a size word right before it, or a reading said big after it,
    or the time a screen or a clock face shows."""
    if _CLOCK.fullmatch(span.text.strip()) and _FACE_BEFORE.search(span.before_raw.lower()):
        return True
    if _READING.fullmatch(span.text.strip()) and _BIG_AFTER.match(span.after):
        return True  # ""72°" big in the middle"
    return bool(_PERCENT_OFF.fullmatch(span.text.strip())) and bool(BIG_BEFORE.search(span.before))


def captions_under_figures(read: Read) -> Read:
    """A line of words said right under a reading set as the page's number is its caption (""72°" big, "Partly
    Cloudy" under it"): the role word of the figure before it ("in big numbers") or the page's next default (a
    headline) had been taken for its own. Under a sale's "50% OFF" the line is the poster's subtitle."""
    out = list(read)
    for index in range(1, len(out)):
        (previous, _), (spec, span) = out[index - 1], out[index]
        if previous.role == "number" and _READING.fullmatch(previous.text.strip()) and span is not None \
                and _UNDER_IT.match(span.after) \
                and spec.role in ("number", "headline", "subtitle") and not FIGURE.fullmatch(spec.text):
            out[index] = (replace(spec, role="caption"), span)
    return out
