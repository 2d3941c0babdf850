"""The lines of a menu: an item with its price (in the string or just after it), and the words that say a string is a
section ("under the heading", "a section", a name and a colon) or that several sections are named together."""

from __future__ import annotations

import re
from collections.abc import Sequence

from openbanana.planner.rules.text_spans import Span
from openbanana.planner.rules.vocabulary.typography import ITEM_WITH_PRICE, PRICE, PRICE_BESIDE
from openbanana.scene import TextSpec

Consumed = list[tuple[int, int]]  # unquoted words of the prompt that became strings: (start, end)

SECTION_BEFORE = re.compile(r"(?:^|[.;,:!?]\s*|\band\s+|\bthen\s+|\n)(?P<name>[A-Za-z][\w'’&-]*(?:\s+[\w'’&-]+){0,3}?)"
                            r"\s*:\s*$")
UNDER = re.compile(r"^\s*,?\s*(?:all\s+)?under\s+(?:the\s+|a\s+)?(?:heading\s+|section\s+|category\s+)?"
                   r"(?P<name>[A-Za-z][\w'’&-]*(?:\s+[A-Za-z][\w'’&-]*){0,2}?)"
                   r"(?:\s+(?:section|heading|category|header))?(?=\s*(?:[,.;:]|$|\band\b))")
UNDER_QUOTED = re.compile(r"\bunder\s+(?:the\s+|a\s+)?(?:heading|section|category|header)?\s*$")
# "with the heading "Coffee"": the menu's own heading when it comes first, else a section's
SECTION_NAMED = re.compile(r"\b(?:section|category|(?P<heading>heading|header))\s*[:,]?\s*$")
_AND = re.compile(r"[\"'”’]?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)[\"'“‘]?")  # a list's joint: ", ", " and ", " & "
_PRICE_ALONE = re.compile(rf"\s*{PRICE}\s*", re.IGNORECASE)
_SECTIONS = re.compile(r"\b(?:sections|categories|headers|headings)\b")
# "a "Sides" section: "Shoyu Ramen" …": the role word right after a string is that string's; its colon opens the lines
SECTION_AFTER = re.compile(r"^\s*(?:section|category|heading|header)\b")  # the string heads what follows it
# and so is the one before a verb that lists what it holds ("a "Tacos" section listing "Carnitas" …")
_PREVIOUS_ROLE = re.compile(r"^\s*(?:section|category|heading|header)\s*(?::|,?\s*(?:listing|that lists|with|"
                            r"offering|featuring|containing|including)\b)\s*:?\s*$")
# ""Burgers" and "Sides" as sections": the role named after the strings, each of them joined before it
_AS_SECTIONS = re.compile(r"^[\"'”’]?\s*as\s+(?:the\s+|its\s+|two\s+|three\s+)?"
                          r"(?:sections|categories|headings|headers)\b")


def listed_section(previous: tuple[TextSpec, Span | None] | None, span: Span) -> bool:
    """Whether `span` is the next of several sections named together: "two sections, "Eggs" and "Griddle"". """
    if previous is None or previous[1] is None or previous[0].role != "section" or priced(span):
        return False
    first = previous[1]
    return bool(_SECTIONS.search(first.before + " " + first.after)) and bool(_AND.fullmatch(span.before_raw))


def named_sections(spans: Sequence[Span]) -> set[int]:
    """The strings named sections after them, together: ""Burgers" and "Sides" as sections" (indices)."""
    named: set[int] = set()
    for index in (i for i, span in enumerate(spans) if _AS_SECTIONS.match(span.after_raw)):
        named.add(index)
        while index > 0 and _AND.fullmatch(spans[index].before_raw):
            index -= 1
            named.add(index)
    return named


def names_the_previous(span: Span, index: int) -> bool:
    """Whether the role word before the string is the previous string's ("a "Sides" section: "Shoyu Ramen"",
    ""Sides" as sections, "Fries"")."""
    return index > 0 and bool(_PREVIOUS_ROLE.match(span.before_raw) or _AS_SECTIONS.match(span.before_raw))


def priced(span: Span) -> bool:
    """Whether the string is a menu line with its price, in it or just after it."""
    return bool(ITEM_WITH_PRICE.match(span.text) or PRICE_BESIDE.match(span.after_raw))


def menu_item(span: Span, consumed: Consumed) -> list[TextSpec]:
    """The item and its price as strings of their own; a price written after the quotes is taken in (`consumed`)."""
    inside = ITEM_WITH_PRICE.match(span.text)
    if inside:
        return [TextSpec(inside.group("item").strip(), "item"), TextSpec(inside.group("price"), "price")]
    beside = PRICE_BESIDE.match(span.after_raw)
    if beside:
        start = span.end + beside.start("price")
        consumed.append((start, start + len(beside.group("price"))))
        return [TextSpec(span.text, "item"), TextSpec(beside.group("price"), "price")]
    if _PRICE_ALONE.fullmatch(span.text):
        return [TextSpec(span.text, "price")]  # ""Fruit Bowl" priced "$7"": the quoted price is the line's own
    return [TextSpec(span.text, "item")]
