"""A sale's percentage asked huge is the page's number: "giant "50% OFF"", "a huge "Up to 40% off!"".

The words before a bare figure ("a big "24°"") were read already (text_roles.explicit_role); this is the figure with
its "off". A size named after the figure (""10,000" in huge digits") was tried and taken back: set as a number, the
figure filled its box to the edges and OCR split "10," from the rest.
"""

from __future__ import annotations

import re

from openbanana.planner.rules.text_spans import Span
from openbanana.planner.rules.vocabulary.typography import BIG_BEFORE

_PERCENT_OFF = re.compile(r"(?:up to\s+)?\d+(?:[.,]\d+)?\s?%\s?off!?", re.IGNORECASE)


def figure_role(span: Span) -> bool:
    """Whether the string is a sale's percentage with a size word right before it."""
    return bool(_PERCENT_OFF.fullmatch(span.text.strip())) and bool(BIG_BEFORE.search(span.before))
