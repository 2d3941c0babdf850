"""Roles a string's own words give it on a page, a label or a sign when no role word names one.

* An amount of money said with what it buys ("50 cents a cup", "Tickets $12", "Mugs 3 for $10", "Only $4 each") is
  the price, not a subtitle or body copy: set as a price is.
* A date a food keeps till ("Best before May", "Use by 12/06") is the small print under the name: its caption, not
  a subtitle or a second headline.
The first string of a page is its headline whatever it says; a role word beside a string ("underneath", "the
subtitle") still wins.
"""

from __future__ import annotations

import re

from openbanana.planner.rules.text_spans import Span
from openbanana.scene import DocumentKind, TextRole

_MONEY = r"(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:cents?|¢|dollars?|bucks|euros?|pounds?|pence|quid|€|£|\$))"
# at most three words before the amount, and what one amount buys after it ("a cup", "each", "per slice")
_PRICE = re.compile(rf"^(?:[\w'’&-]+\s+){{0,3}}?(?:only\s+|just\s+)?{_MONEY}"
                    rf"(?:\s+(?:a|an|per|each|for)(?:\s+[\w'’-]+)?|\s+each)?\s*[!.]?$"
                    rf"|^(?:[\w'’&-]+\s+){{0,3}}?\d+\s+for\s+{_MONEY}\s*[!.]?$", re.IGNORECASE)
_SMALL_PRINT = re.compile(r"^(?:best before|best by|use by|sell by|expires|exp\.)\s", re.IGNORECASE)
_PRICED_PAGES: frozenset[DocumentKind] = frozenset({"poster", "social", "scene", "label", "card"})


def offer_role(span: Span, kind: DocumentKind, index: int) -> TextRole | None:
    """The price or the small print the string's words say it is, or None (the first string never)."""
    if index == 0:
        return None
    if kind in _PRICED_PAGES and _PRICE.match(span.text.strip()):
        return "price"
    if kind != "menu" and _SMALL_PRINT.match(span.text.strip()):
        return "caption"
    return None
