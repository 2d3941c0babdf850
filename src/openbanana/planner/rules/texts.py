"""Reads every string a prompt asks to show, verbatim, with its role, place, colour, weight and family.

Quoted spans are the strings ("…", “…”, «…», „…“, 「…」, '…'); without any, "a sign reading OPEN 24 HOURS" and, for
step sheets and diagrams, a listed "steps: boil water, add tea, wait" are. The words around each string say what it
is and how it looks (text_roles, text_style); the document kind (poster, menu, steps, diagram, comic, …) says what
the others default to. Nothing is capped: the layout template decides what fits and the answer says what did not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from openbanana.planner.pictograms import singular
from openbanana.planner.rules.places import PLACE_THINGS
from openbanana.planner.rules.text_roles import assign_roles
from openbanana.planner.rules.text_spans import Span, listed_spans, quoted_spans, without_spans
from openbanana.planner.rules.text_style import SAYS_TAIL, described_ranges, global_style, merged
from openbanana.planner.rules.vocabulary.attributes import PART_WORDS, PLACED_THINGS
from openbanana.planner.rules.vocabulary.typography import (
    DOCUMENT_NOUNS,
    DOCUMENT_WORDS,
    DRAWN_DIAGRAMS,
    DRAWN_DOCUMENTS,
    ITEM_WITH_PRICE,
    NEEDS_TEXT,
)
from openbanana.scene import DocumentKind, TextSpec


def read_texts(prompt: str, mark: str = "") -> tuple[tuple[TextSpec, ...], DocumentKind, str]:
    """Every string with its role and look, the document kind, and the prompt with the strings taken out (each left
    as `mark` when one is given) and the words that describe them too ("the subtitle", "in white", "menu")."""
    spans = quoted_spans(prompt)
    kind = document_kind(without_spans(prompt, spans).lower(), spans)
    if not spans and kind in ("steps", "diagram"):
        spans = listed_spans(prompt)
    if not spans and kind in NEEDS_TEXT and not (kind == "diagram" and DRAWN_DIAGRAMS.search(prompt.lower())):
        kind = "scene"  # a diagram named as one keeps its plain page: its things are what it shows
    specs, consumed = assign_roles(spans, kind)
    look = global_style(prompt, spans)
    taken = [*consumed, *described_ranges(prompt, spans), *_document_words(prompt, kind)]
    return tuple(merged(spec, look) for spec in specs), kind, without_spans(prompt, spans, taken, mark)


def _document_words(prompt: str, kind: DocumentKind) -> list[tuple[int, int]]:
    """Where the prompt names the document itself ("a cafe menu", "book cover"): not a subject to draw. One
    that frames a picture ("poster", "print") and is followed by "of" stays, so that "a travel poster of a sailboat"
    still reads as a picture of the sailboat."""
    patterns = [p for k, p in DOCUMENT_WORDS if k == kind and p not in DRAWN_DOCUMENTS]
    if kind in DOCUMENT_NOUNS:
        patterns.append(DOCUMENT_NOUNS[kind])
    lowered = prompt.lower()
    return [(m.start(), _past_says(lowered, m.end())) for pattern in patterns for m in pattern.finditer(lowered)
            if not (m.group(0).split()[-1] in PART_WORDS and re.match(r"\s+of\b", lowered[m.end():m.end() + 4]))
            and not _placed_thing(lowered, m.start())]


def _past_says(lowered: str, end: int) -> int:
    """The end of a document word, past the verb that introduces its string ("a banner reading")."""
    says = SAYS_TAIL.match(lowered, end)
    return says.end() if says and lowered[says.end():says.end() + 1] in "\"'“‘«„「" else end


# A word after one of these prepositions (and its article and one modifier) is where something is: "a dog under
# the slide", "a gull watches from a wooden post" name things in the scene, never the document. "on", "in" and
# "with" are left out: "the words on a slide", "in a banner" do name the document.
_PLACE_BEFORE = re.compile(r"\b(?:under|underneath|beneath|below|behind|beside|near|next to|from|off|down|atop|"
                           r"against|toward|towards)\s+(?:(?:the|a|an|his|her|their|its|my|our|your)\s+)?"
                           r"(?:[a-z]+\s+)?$")


# After the word: a place relation ("a red slide next to the swings", "a band poster above the bed") makes it a
# thing beside another; an article
# makes it a verb ("a baker slides a tray out").
# "a boy reading a comic book", "a girl holding a manga": a thing someone reads or holds, not the picture's format
_READ_BEFORE = re.compile(r"\b(?:reading|reads|holding|holds|carrying|carries|flipping through|leafing through|"
                          r"browsing)\s+(?:(?:the|a|an|his|her|their|its|my|our|your|some)\s+)?(?:[a-z]+\s+)?$")
_PLACE_AFTER = re.compile(r"\s+(?:next to|beside|near|under|underneath|beneath|behind|in front of|above|over)\b")
_OBJECT_AFTER = re.compile(r"s\s+(?:the|a|an|his|her|their|its|my|our|your)\b")
# Or, for a page word that may be a thing (a banner), its own words and then a verb that hangs or fixes it somewhere:
# "a banner that says "Happy 7th!" hanging above a table" is a thing in a room, not the page.
_HUNG_AFTER = re.compile(r"(?:\s+(?:that\s+|which\s+)?(?:says|reads|reading|saying)\s*(?:\"[^\"]*\"|“[^”]*”)?)?[\s,]+"
                         r"(?:is\s+)?(?:hanging|hangs|hung|strung|draped|taped|pinned|stuck|nailed|mounted|pasted|"
                         r"tied)\s+(?:above|over|across|on|from|to|under|between|along|onto|in|behind)\b")


@lru_cache(maxsize=4)
def _things_of_named_places(lowered: str) -> frozenset[str]:
    """The things that make each place the prompt names: one scan of the prompt, however many document words it has
    (per word it made planning quadratic in the prompt's length)."""
    return frozenset(noun for place, made in PLACE_THINGS.items() if re.search(rf"\b{place}\b", lowered)
                     for noun, *_ in made)


def _placed_thing(lowered: str, start: int) -> bool:
    """Whether the document word at `start` is a thing of the scene, or no noun: the object of a place preposition
    (see _PLACE_BEFORE) or of reading or holding (_READ_BEFORE), placed by a relation after it, a verb with its object,
    or one of the things that make a place the prompt names ("a playground with a red slide")."""
    word = re.match(r"[a-z]+", lowered[start:])
    end = start + len(word.group(0)) if word else start
    before = lowered[max(0, start - 40):start]
    return _PLACE_BEFORE.search(before) is not None or _READ_BEFORE.search(before) is not None or bool(
        _PLACE_AFTER.match(lowered, end) or _OBJECT_AFTER.match(lowered, end - 1) or (
            singular(lowered[start:end]) in PLACED_THINGS and _HUNG_AFTER.match(lowered, end))) or singular(
        lowered[start:end]) in _things_of_named_places(lowered)


def extract_texts(prompt: str) -> list[str]:
    """The exact strings to render, in prompt order (quoted spans first; else `text saying ...` phrases)."""
    return [span.text for span in quoted_spans(prompt)]


# Panels that teach ("a gardening guide in four panels", "a tutorial in three panels") are numbered steps, not a
# comic: nobody in them speaks.
_GUIDE_IN_PANELS = re.compile(r"\b(?:guide|tutorial|lesson|instructions|how[- ]to)\b(?![^.;]*\bcomic)[^.;]*\bpanels?\b")


_SIGNED = re.compile(r"^[^.;]{0,30}\b(?:signed|attributed to)\s*[:,]?\s*$")


def document_kind(lowered: str, spans: list[Span] = ()) -> DocumentKind:  # type: ignore[assignment]
    """What is asked for, from the words outside the strings; strings that are all "item price" make a menu, one
    followed by "— Name" a quote."""
    for kind, pattern in DOCUMENT_WORDS:
        if any(not _placed_thing(lowered, m.start()) for m in pattern.finditer(lowered)):
            return "steps" if kind == "comic" and _GUIDE_IN_PANELS.search(lowered) else kind
    if len(spans) >= 2 and sum(bool(ITEM_WITH_PRICE.match(s.text)) for s in spans) >= max(2, len(spans) - 1):
        return "menu"
    if spans and re.match(r"\s*,?\s*[—–]\s*[A-Z]", spans[0].after_raw):
        return "quote"
    if len(spans) >= 2 and _SIGNED.search(spans[0].after_raw):
        return "quote"  # ""Small steps every day." in bold, signed "Coach Rivera"": a saying and who said it
    return "scene"
