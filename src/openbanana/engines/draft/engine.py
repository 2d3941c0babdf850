"""DraftEngine: background → reference photos → pictograms → text, each step a small function."""

from __future__ import annotations

import random

from PIL import Image

from openbanana.engines.base import EngineTraits, ProgressCallback, RenderRequest, RenderResult
from openbanana.engines.draft.background import render_background
from openbanana.engines.draft.edits import apply_edits, crop_box
from openbanana.engines.draft.pictograms import place_subject
from openbanana.engines.draft.shapes import draw_shapes
from openbanana.engines.draft.typography import draw_texts
from openbanana.imaging.collage import collage
from openbanana.imaging.fitting import cover_fit


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
        canvas = self._canvas(request, width, height, rng)
        report(0.4, "subjects")
        draw_shapes(canvas, plan.shapes, "under")
        for subject in sorted(plan.subjects, key=lambda s: s.z):
            place_subject(canvas, subject)
        draw_shapes(canvas, plan.shapes, "over", plan.texts)
        report(0.7, "text")
        shortfalls = draw_texts(canvas, plan.texts, tuple(plan.palette), plan.style)
        report(1.0, "done")
        return RenderResult(canvas, shortfalls)

    def _canvas(self, request: RenderRequest, width: int, height: int, rng: random.Random) -> Image.Image:
        plan = request.plan
        if request.references:
            references = tuple(image.convert("RGB") for image in request.references)
            if plan.crop is not None:
                references = (crop_box(references[0], plan.crop), *references[1:])
            if len(references) > 1:
                base = collage(references, width, height)
            else:
                base = cover_fit(references[0], width, height)
            return apply_edits(base, plan.edits)
        return render_background(plan.background, width, height, plan.style, rng, tuple(t.box for t in plan.texts))

