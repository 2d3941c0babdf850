"""DraftEngine: background → reference photos → pictograms → text, each step a small function."""

from __future__ import annotations

import random

from openbanana.engines.base import EngineTraits, ProgressCallback, RenderRequest, RenderResult
from openbanana.engines.draft.background import render_background
from openbanana.engines.draft.photo import edit_references
from openbanana.engines.draft.pictograms import place_subject
from openbanana.engines.draft.shapes import draw_shapes
from openbanana.engines.draft.typography import draw_texts


class DraftEngine:
    """Renders the Plan with Pillow. Deterministic: the same request and seed give the same pixels."""

    name = "draft"
    traits = EngineTraits(credit="Emoji graphics: Twemoji (2019 Twitter, Inc and other contributors), CC-BY 4.0")
    loaded = True  # no weights: always ready
    loading = False

    def render(self, request: RenderRequest, progress: ProgressCallback | None = None) -> RenderResult:
        width, height = request.width, request.height
        report = progress or (lambda fraction, stage: None)
        plan = request.plan
        rng = random.Random(request.seed)
        report(0.0, "background")
        subjects, shortfalls = plan.subjects, tuple[str, ...]()
        if request.references:  # an edit: the references, changed as asked, are the canvas
            edited = edit_references(plan, request.references, width, height, rng)
            canvas, shortfalls = edited.image, edited.shortfalls
            subjects = tuple(s for s in plan.subjects if s.role != "sticker") + edited.stickers
        else:
            canvas = render_background(plan.background, width, height, plan.style, rng,
                                       tuple(t.box for t in plan.texts))
        report(0.4, "subjects")
        draw_shapes(canvas, plan.shapes, "under")
        for subject in sorted(subjects, key=lambda s: s.z):
            place_subject(canvas, subject)
        draw_shapes(canvas, plan.shapes, "over", plan.texts)
        report(0.7, "text")
        shortfalls = (*shortfalls, *draw_texts(canvas, plan.texts, tuple(plan.palette), plan.style))
        report(1.0, "done")
        return RenderResult(canvas, shortfalls)

