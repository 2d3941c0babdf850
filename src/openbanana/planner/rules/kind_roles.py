"""Roles the kind of page gives a string before the words beside it are read: words of place ("underneath", "below
it") say where a string goes, not what it is, so they must not make a logo's name a tagline or a post's plea to act a
subtitle.

* A logo's "the word "Still"", "the name "Brewline"": the name the logo spells is its wordmark; so is the name
  after "the brand" on a pack, a logo or a page.
* On a poster or a post, the last short string that asks the reader to act ("Apply today") is its call to action
  even when a word of place follows it ("with "Apply today" underneath"); a role word before it still wins.
* On a product's label or packaging, the net amount ("250 g whole beans", "750 ml") is a line of the label.
* On a page with a name, a short string of two to four clipped sentences ("Local. Fresh. Seasonal.") is its tagline.
* On a card or an invitation, a sentence asked "in the middle" is its body copy, as on a poster.
* On a label or a packet, the first string set at the top or in bold ("Crunchy Oat Hoops" at the top of a cereal
  box, "Morning Ritual" in bold on a cup sleeve) is the product's name: its wordmark.
* On a card, a later string asked in big letters ("Priya" on a name badge) is its title.
* On a post, its one string set along the bottom under the picture ("New: Pistachio Dream" at the bottom) is its
  caption.
* On any page, a sale's percentage asked huge ("giant "50% OFF""), or a temperature said big after it ("72°" big),
  is its number (figure_role).
"""

from __future__ import annotations

import re

from openbanana.planner.rules.after_roles import past_previous_role
from openbanana.planner.rules.figure_roles import figure_role
from openbanana.planner.rules.listed_roles import middle_copy, page_role
from openbanana.planner.rules.offer_roles import offer_role
from openbanana.planner.rules.text_spans import Span
from openbanana.planner.rules.vocabulary.typography import ROLE_WORDS
from openbanana.scene import DocumentKind, TextRole

_THE_BRAND = re.compile(r"\b(?:the|its|their|a) brand(?: name)?\s*[:,]?\s*$")
_BRANDED: frozenset[DocumentKind] = frozenset({"label", "logo", "poster", "social"})
_THE_WORD = re.compile(r"\b(?:word|name|letters|lettering)\s*[:,]?\s*$")  # "the word", "its name", "the letters"
_NET_AMOUNT = re.compile(r"^(?:net\s+(?:wt\.?|weight)\s*)?\d+(?:[.,]\d+)?\s?(?:g|kg|mg|ml|cl|l|oz|lb|lbs|fl\.? oz)\b"
                         r"(?:\s+[^\W\d_][\w'’-]*){0,3}$", re.IGNORECASE)
_SLOGAN = re.compile(r"(?:[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?[.!]\s*){2,4}")
_NAME_AT_TOP = re.compile(r"^\W*(?:(?:at|across|along|on|around) the (?:very )?top|in bold)\b")
_BIG_LETTERS = re.compile(r"^\W*in (?:big|large|huge|giant|bold|capital|block) (?:bold )?(?:letters|type|print)\b")
_AT_THE_BOTTOM = re.compile(r"^\W*(?:at|along|across|on) the (?:very )?bottom\b")
_STEPS_AFTER = re.compile(r"^\W*(?:with|and|then|followed by)\s+(?:the|its|these|some|\w+)?\s*(?:numbered\s+)?"
                          r"(?:steps|instructions|directions)\b")
_PAGES: frozenset[DocumentKind] = frozenset({"poster", "social"})
# A role word right after the string ("…" underneath, "…" as the subtitle) names it.
_ROLE_AFTER = re.compile(r"^[\s\"'”’,]*(?:as the \w+|(?:right |just )?(?:below|under|underneath|beneath) it|underneath"
                         r"|in (?:small|fine) print)\b")
_PREVIOUS_PLACE = re.compile(r"^[\s\"'”’]*(?:(?:right |just )?(?:below|under|underneath|beneath) it|underneath)\b")
_NAMED_PAGES: frozenset[DocumentKind] = frozenset({"poster", "social", "logo", "label", "card"})


def kind_role(span: Span, kind: DocumentKind, index: int, count: int) -> TextRole | None:
    """The role the page's kind gives the string (`index` of `count`), or None: then the words beside it say."""
    if kind == "logo" and _THE_WORD.search(span.before_raw.lower()):
        return "wordmark"
    if kind in _BRANDED and _THE_BRAND.search(span.before_raw.lower()):
        return "wordmark"  # "a dog food bag with the brand "…"": the maker's name, set as its mark
    if figure_role(span):
        return "number"
    if kind == "steps" and _STEPS_AFTER.match(span.after_raw.lower()) and not _role_named_before(span):
        return "title"  # "a recipe card for "…" with the steps …": what the steps make, not the first step
    if kind == "social" and count == 1 and _AT_THE_BOTTOM.match(span.after) and not _role_named_before(span):
        return "caption"
    if kind in _PAGES and not _role_named_before(span) and page_role(span, kind, index, count, limits=False) == "cta":
        return "cta"
    if (offered := offer_role(span, kind, index)) is not None and not _role_named_before(span, own=True) \
            and not _ROLE_AFTER.match(span.after):
        return offered  # "50 cents a cup" the price, "Best before June" the small print (offer_roles.py)
    if kind == "label" and _NET_AMOUNT.match(span.text):
        return "label"
    if kind == "label" and not index and _NAME_AT_TOP.match(span.after) and not _role_named_before(span, "label"):
        return "wordmark"
    if kind == "card" and index and _BIG_LETTERS.match(span.after) and not _role_named_before(span):
        return "title"
    if kind in _NAMED_PAGES and index and _SLOGAN.fullmatch(span.text.strip()) and not _role_named_before(span):
        return "tagline"
    if kind == "card" and index and not _role_named_before(span):
        return "body" if middle_copy(span) else None
    return None


def _role_named_before(span: Span, kind_word: TextRole | None = None, *, own: bool = False) -> bool:
    """Whether a role word stands before the string ("the subtitle "…""): it names the role, not the kind (nor the
    `kind_word`, the role word that names the page itself: "a wine bottle label: "…" at the top"). `own`: only the
    words past the previous string's own ("…" under it, "…"): "under it" is the string before's place."""
    before = past_previous_role(span.before)
    if own:
        before = _PREVIOUS_PLACE.sub("", before)
    return any(pattern.search(before if own else span.before) for role, pattern in ROLE_WORDS if role != kind_word)
