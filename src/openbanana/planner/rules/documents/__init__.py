"""Layout templates, one module per document kind: each places the prompt's strings as text blocks, draws the shapes
the document needs (buttons, rules, numbered circles, arrows, callouts, panels, bubbles) and leaves free areas for
the scene composer to put pictures in. `lay_out_document` picks the template for the kind."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from openbanana.imaging.drawing.typography import luminance
from openbanana.plan import RGB, Background, FontName
from openbanana.planner.rules.documents import (
    book_cover,
    card,
    comic,
    diagram,
    logo,
    menu,
    poster,
    quote,
    social,
    steps,
)
from openbanana.planner.rules.documents.frame import DocumentLayout, Page, Slot
from openbanana.planner.rules.layout import AMBIGUOUS_I
from openbanana.scene import DocumentKind, TextSpec

__all__ = ["DocumentLayout", "Page", "Slot", "document_background", "lay_out_document", "make_page"]

TEMPLATES: dict[DocumentKind, Callable[[Page], DocumentLayout]] = {
    "scene": poster.lay_out, "poster": poster.lay_out, "menu": menu.lay_out, "steps": steps.lay_out,
    "diagram": diagram.lay_out, "comic": comic.lay_out, "quote": quote.lay_out, "social": social.lay_out,
    "book_cover": book_cover.lay_out, "logo": logo.lay_out, "card": card.lay_out, "label": card.lay_out,
}
# The face a kind of document is set in when no mood chose one.
KIND_FACES: dict[DocumentKind, FontName] = {"menu": "serif-display", "book_cover": "serif-display",
                                            "quote": "serif-italic", "comic": "comic", "logo": "display",
                                            "steps": "display", "diagram": "sans-bold"}
DEFAULT_ACCENTS: tuple[RGB, ...] = ((37, 99, 235), (220, 38, 38), (13, 148, 136), (234, 88, 12), (124, 58, 237))


def make_page(texts: tuple[TextSpec, ...], kind: DocumentKind, ratio: float, prose: str, subjects: Sequence[str],
              background: Background, colors: Sequence[RGB], mood_face: FontName | None, head_face: FontName,
              rng: random.Random) -> Page:
    """The page a template lays out on: the headline face the mood chose (`head_face` then), else the kind's, else
    the seed's; the accent from the prompt's colours (else the seed's); and whether the background is dark."""
    head = head_face if mood_face else KIND_FACES.get(kind, head_face)
    first = texts[0].text if texts else ""
    if head in AMBIGUOUS_I and not first.isupper() and re.search(r"\bI|I\b", first):
        head = "display"  # a sans capital I beside lower case reads as l ("AI" → "Al"): Inter's serifed I does not
    body: FontName = {"serif-display": "serif-italic", "serif-bold": "serif", "serif-italic": "serif",
                      "comic": "comic", "script": "serif"}.get(head, "sans-medium")  # type: ignore[assignment]
    stops = background.colors or ((230, 236, 245),)
    dark = sum(luminance(c) for c in stops) / len(stops) < 0.22
    return Page(texts, kind, ratio, prose.lower(), tuple(subjects), rng, head, body, _accent(colors, dark, rng), dark)


def _accent(colors: Sequence[RGB], dark: bool, rng: random.Random) -> RGB:
    """The most colourful of the prompt's colours that reads against the ground, else one of the defaults."""
    def chroma(c: RGB) -> int:
        return max(c) - min(c)
    usable = [c for c in colors if chroma(c) > 60 and (0.08 < luminance(c) < 0.6 if not dark else luminance(c) > 0.15)]
    return max(usable, key=chroma) if usable else rng.choice(DEFAULT_ACCENTS)


def lay_out_document(page: Page) -> DocumentLayout:
    """The kind's template; an infographic with no step to number (a lone statistic and its caption) is laid out
    as a poster: a single numbered step in a corner set the figure small beside a "1" it never asked for."""
    if page.kind == "steps" and not any(s.role == "step" for s in page.texts):
        return poster.lay_out(page)
    return TEMPLATES[page.kind](page)


def document_background(background: Background, layout: DocumentLayout, named: bool) -> Background:
    """A document that asks for plain paper (a menu, a steps sheet) gets it unless the prompt named colours; a
    document never stands on a scene's ground."""
    if not layout.paper:
        return background
    plain = replace(background, scene="none", effects=(), glow=0.0, terrain="none", backdrop="none", window=None)
    return plain if named else replace(plain, colors=layout.paper, vignette=0.0, angle_degrees=90.0)
