"""Book, album and podcast covers: the title large at the top, the author at the foot, a thin frame; the genre sets
the type and the title's colour when no mood did."""

from __future__ import annotations

import re
from dataclasses import replace

from openbanana.imaging.drawing.typography import luminance
from openbanana.plan import RGB, FontName, Shape
from openbanana.planner.rules.documents.frame import DocumentLayout, Page
from openbanana.planner.rules.documents.poster import rows_for
from openbanana.planner.rules.documents.stack import stack

# Genre words → the title's face and colour (None: the contrast rule picks it) and the cover's ground.
GENRES: tuple[tuple[str, FontName, RGB | None, tuple[RGB, ...]], ...] = (
    (r"\b(?:horror|haunted|ghost story|gothic)\b", "serif-bold", (200, 28, 28), ((18, 14, 16), (52, 20, 24))),
    (r"\b(?:thriller|crime|noir|mystery|detective|suspense)\b", "narrow", None, ((28, 30, 36), (70, 72, 80))),
    (r"\b(?:romance|romantic|love story)\b", "script", None, ((255, 224, 230), (240, 170, 190))),
    (r"\b(?:fantasy|epic|dragons?|wizards?|myth)\b", "serif-display", (232, 196, 96), ((24, 30, 70), (70, 40, 100))),
    (r"\b(?:sci-?fi|science fiction|space opera|cyberpunk|dystopian|futuristic)\b", "geometric", None,
     ((8, 14, 40), (20, 60, 110))),
    (r"\b(?:children'?s|kids'?|picture book|bedtime)\b", "rounded", None, ((255, 236, 150), (150, 220, 250))),
    (r"\b(?:memoir|biography|history|literary)\b", "serif-display", None, ((244, 238, 226), (222, 210, 188))),
)


def lay_out(page: Page) -> DocumentLayout:
    face, color = page.head_face, None
    ground: tuple[RGB, ...] = ()
    for pattern, genre_face, genre_color, genre_ground in GENRES:
        if re.search(pattern, page.prose):
            face = genre_face if page.head_face == "serif-display" else page.head_face
            color, ground = genre_color, genre_ground
            break
    dark = luminance(ground[0]) < 0.2 if ground else page.dark
    rows = []
    for row in rows_for(replace(page, head_face=face)):
        spec = row.spec
        if spec.role in ("title", "headline") and color is not None and spec.color is None:
            spec = replace(spec, color=color)
        if spec.role == "author":
            row = replace(row, group="bottom", font="sans-medium" if face != "serif-display" else "serif")
        rows.append(replace(row, spec=spec))
    stacked = stack(rows, page, share=0.55, variant="text-top")
    inset = 0.025
    frame = Shape("rect", ((round(inset / page.ratio, 5), inset), (round(1 - inset / page.ratio, 5), 1 - inset)),
                  stroke=(250, 246, 235) if dark else (40, 36, 30), stroke_width=0.002, layer="over", opacity=0.7)
    return DocumentLayout("book-cover", stacked.blocks, (frame, *stacked.shapes), stacked.area, paper=ground,
                          shortfalls=stacked.shortfalls)
