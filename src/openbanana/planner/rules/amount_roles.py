"""A string that is only an amount of money ("$19.99", "12,50 €") is a price wherever it stands: a shop sign's
"Garden Hose 25 m" with "$19.99" in bold gives the sign its name and its price, not a name and a subtitle."""

from __future__ import annotations

import re

from openbanana.planner.rules.text_spans import Span
from openbanana.scene import DocumentKind, TextRole

_AMOUNT = re.compile(r"[$€£¥₹₩]\s?\d[\d.,]*|\d[\d.,]*\s?[$€£¥₹₩]")  # the whole string an amount, nothing else
_PRICELESS: frozenset[DocumentKind] = frozenset({"menu", "diagram", "steps"})  # read by their own rules


def amount_role(span: Span, kind: DocumentKind) -> TextRole | None:
    """"price" when the string is a bare amount of money and the document sets prices as such, else None."""
    return "price" if kind not in _PRICELESS and _AMOUNT.fullmatch(span.text.strip()) else None
