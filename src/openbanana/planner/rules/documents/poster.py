"""Posters, banners, flyers and scenes with text: a headline, a subline, details at the foot and a call to action
on a button; the picture in what they leave free. The seed picks text on top, at the foot or in a column."""

from __future__ import annotations

from dataclasses import replace

from openbanana.plan import FontName
from openbanana.planner.rules.documents.bubbles import stage
from openbanana.planner.rules.documents.frame import DocumentLayout, Page, left_out
from openbanana.planner.rules.documents.stack import Row, row_height, stack
from openbanana.planner.rules.vocabulary.typography import BUTTON_COLOR, color_named
from openbanana.scene import TextSpec

# Role → (where it goes, its largest size on a landscape page, which face, how keen we are to keep it)
_ROLES: dict[str, tuple[str, float, str, int]] = {
    "headline": ("top", 0.16, "head", 0), "title": ("top", 0.16, "head", 0), "wordmark": ("top", 0.16, "head", 0),
    "quote": ("top", 0.1, "head", 0), "subtitle": ("top", 0.075, "body", 1), "tagline": ("top", 0.075, "body", 1),
    "cta": ("bottom", 0.045, "button", 0), "author": ("bottom", 0.06, "body", 1),
    "number": ("top", 0.2, "head", 0),  # a statistic ("82%"): the page's figure, set larger than a headline
}


def rows_for(page: Page, texts: tuple[TextSpec, ...] | None = None) -> list[Row]:
    """Each string as a row with its role's place, size and face."""
    rows = []
    scale = 1.0 if page.ratio >= 1 else 0.8
    for spec in (page.texts if texts is None else texts):
        group, cap, which, keep = _ROLES.get(spec.role, ("bottom", 0.05, "small", 2))
        font: FontName = page.head_face if which == "head" else "sans-bold" if which == "button" else (
            page.body_face if which == "body" else "sans-medium")
        rows.append(Row(spec, row_height(spec), font, cap * scale, group, inset=0.08 if which == "body" else 0.02,  # type: ignore[arg-type]
                        button=spec.role == "cta", keep=keep))
    return rows


def lay_out(page: Page) -> DocumentLayout:
    page = replace(page, accent=_button_color(page))
    if any(s.role == "speech" for s in page.texts):
        return _with_speech(page)
    rows = rows_for(page)
    if not page.has_subjects:
        variant = "centered"
    else:
        options = ["text-top"]
        if page.ratio >= 1.25:
            options += ["text-left", "text-right"]
        if page.ratio <= 1.3:
            options.append("text-bottom")
        variant = page.rng.choice(options)
    stacked = stack(rows, page, share=0.62, variant=variant)
    return DocumentLayout(stacked.variant, stacked.blocks, stacked.shapes, stacked.area, shortfalls=stacked.shortfalls)


def _button_color(page: Page) -> tuple[int, int, int]:
    """"a red button", "an orange call-to-action": the button's own colour, else the accent."""
    match = BUTTON_COLOR.search(page.prose)
    color = color_named(match.group(1)) if match else None
    return color or page.accent


def _with_speech(page: Page) -> DocumentLayout:
    """A poster whose character speaks ("an elephant saying "Drink water!" in a speech bubble"): the other strings
    at the top and foot as usual, and the free area between them a stage, with the speaker standing in its lower
    half under a bubble whose tail points at them."""
    speech = [s for s in page.texts if s.role == "speech"]
    stacked = stack(rows_for(page, tuple(s for s in page.texts if s.role != "speech")), page, share=0.55,
                    variant="text-top")
    area = stacked.area or (page.mx, page.my, 1 - page.mx, 1 - page.my)
    blocks, shapes = list(stacked.blocks), list(stacked.shapes)
    slots = stage(area, speech, page, blocks, shapes)
    set_now = {b.text for b in blocks}
    missing = [s.text for s in speech if s.text not in set_now]
    shortfalls = (*stacked.shortfalls, *((left_out("speech bubbles", len(speech) - len(missing), len(speech),
                                                  missing),) if missing else ()))
    return DocumentLayout(f"{stacked.variant}-speech", tuple(blocks), tuple(shapes), None, tuple(slots),
                          shortfalls=shortfalls)
