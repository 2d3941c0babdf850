"""A figure the prompt asks to be set huge is the page's number: "giant "50% OFF"", ""10,000" in huge digits".

The words before a bare figure ("a big "24°"") were read already (text_roles.explicit_role); these are the sale's
percentage with its "off", and the size named after the figure instead of before it.
"""

from __future__ import annotations

import re

from openbanana.planner.rules.text_spans import Span
from openbanana.planner.rules.vocabulary.typography import BIG_BEFORE, FIGURE

_PERCENT_OFF = re.compile(r"(?:up to\s+)?\d+(?:[.,]\d+)?\s?%\s?off!?", re.IGNORECASE)
_BIG_AFTER = re.compile(r"^\W*in (?:big|large|huge|giant|bold|massive|oversized) (?:bold )?"
                        r"(?:digits|numbers|numerals|figures|type|letters|print)\b")


def figure_role(span: Span) -> bool:
    """Whether the string is a figure asked huge, by a size word before it or after it."""
    figure = FIGURE.fullmatch(span.text) or _PERCENT_OFF.fullmatch(span.text.strip())
    return bool(figure) and bool(BIG_BEFORE.search(span.before) or _BIG_AFTER.match(span.after))
