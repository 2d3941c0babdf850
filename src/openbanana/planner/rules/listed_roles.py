"""Roles a string's own place in a page gives it when no role word names one: a list's items, a poster's body copy,
its call to action.

* "a to-do app with the items "Buy milk", "Walk the dog" and "Call mom"", "a checklist: "Passport", "Tickets"": the
  strings a list word introduces are the list's items (and so is each string joined on after one), not a subtitle
  and captions; one string that lists its things itself ("Eggs, milk, oat bread") is the list's body.
* On a poster or a social post whose headline is another string, a sentence asked "in the middle" is the page's
  body copy, and a short last string that asks the reader to act ("Sign up today", "Register now", "Call 555-0100")
  or offers them the way in ("Free Entry", "Admission free", "All welcome", "Come on in!") or says when the offer
  ends ("Today only") is its call to action, set on a button; so is a sign's last such string in a scene.
"""

from __future__ import annotations

import re

from openbanana.planner.rules.text_spans import Span
from openbanana.scene import DocumentKind, TextRole

# The words right before a list's first item: "the items", "a to-do list with", "a checklist:", "tasks like".
_LIST_BEFORE = re.compile(r"\b(?:(?:list\s+)?items|to-?dos|tasks|chores|bullet points|bullets|entries"
                          r"|(?:to-?do|check|task|shopping|grocery|packing|bucket)[- ]?list"
                          r"(?:\s+(?:with|of|reading|saying|that says))?)"
                          r"\s*(?:like|such as|reading|:)?\s*$")
# A string that opens with a verb asking the reader to act, as a button's words do.
_ACTING = re.compile(r"(?:call|visit|sign up|sign in|register|join|book|buy|order|shop|subscribe|download|apply"
                     r"|donate|reserve|enrol|enroll|rsvp|get started|get tickets|get yours|learn more|try|start|listen"
                     r"|watch|claim|grab|install|play|read more|see more|discover|explore"
                     r"|free (?:entry|entrance|admission)|(?:entry|entrance|admission) (?:is )?free|all welcome"
                     r"|everyone welcome)\b", re.IGNORECASE)
# The way in offered to a passer-by ("Come on in!", "Pop in and say hi"): a sign's call to action in a scene too.
_WAY_IN = re.compile(r"(?:come (?:on )?in|come (?:and )?(?:see|visit|join|try|say)|drop (?:in|by)|stop by|swing by"
                     r"|pop in|walk-?ins? welcome)\b", re.IGNORECASE)
# An offer's limit ("This weekend only", "Today only"): the last thing a page asks the reader to act on, where no
# role word beside it says otherwise (page_role runs after them).
_LIMIT = re.compile(r"(?:(?:this|next) (?:weekend|week|month|saturday|sunday|friday)|today|tonight|one day|1 day)"
                    r" only\b|limited time\b|while (?:stocks|supplies) last\b", re.IGNORECASE)
# A name-like line ("Morning Flow at 7"): two or more longer words, every one capitalised: a heading, not copy.
_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "june", "july", "august", "september", "october", "november",
                       "december", "noon", "midnight"})
_LISTS_ITSELF = re.compile(r"\w,\s+\w")  # "Eggs, milk, oat bread": things joined by commas in one string
_IN_THE_MIDDLE = re.compile(r"\s*,?\s*(?:in|at) the (?:middle|center|centre)\b")
_PAGES: frozenset[DocumentKind] = frozenset({"poster", "social"})
_MOST_ACTING_WORDS = 5  # a button's words are few; a longer line opening with such a verb is copy


def list_role(span: Span) -> TextRole | None:
    """A list's item when a list word right before the string introduces it; the list's body when the one string
    lists its things itself ("a grocery list that says "Eggs, milk, oat bread""): set as written, not as one item."""
    if _LIST_BEFORE.search(span.before_raw.lower()) is None:
        return None
    return "body" if _LISTS_ITSELF.search(span.text) else "item"


def page_role(span: Span, kind: DocumentKind, index: int, count: int, *, limits: bool = True) -> TextRole | None:
    """A poster's body copy or call to action, read from the string and its place (`index` of `count` strings);
    None when neither: the first string is always the headline's. `limits`: an offer's limit counts as the call."""
    last = index == count - 1 and index > 0 and len(span.text.split()) <= _MOST_ACTING_WORDS
    if kind == "scene" and last and _WAY_IN.match(span.text):
        return "cta"  # a sandwich board's "Come on in!" under its other words: the sign's call to the passer-by
    if kind not in _PAGES or index == 0:
        return None
    if last and (_ACTING.match(span.text) or _WAY_IN.match(span.text) or (limits and _LIMIT.match(span.text))):
        return "cta"
    return "body" if middle_copy(span) else None


def middle_copy(span: Span) -> bool:
    """Whether the string is a sentence asked in the middle of the page: its body copy (a name-like line there,
    every longer word capitalised, is a heading, not copy)."""
    words = [w for w in _TITLE_WORD.findall(span.text) if w.lower() not in _CALENDAR]  # a date line stays copy
    named = len(words) >= 2 and all(w[0].isupper() for w in words)
    return _IN_THE_MIDDLE.match(span.after) is not None and len(span.text.split()) >= 3 and not named
