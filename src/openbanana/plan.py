"""The composition plan: what the "thinking" step decides and every engine renders.

Plain frozen dataclasses, JSON-serialisable with `plan_to_dict`, so a plan can be logged, streamed as a thought,
stored with a chat turn, or produced by an external LLM and validated.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

RGB = tuple[int, int, int]
Box = tuple[float, float, float, float]  # left, top, right, bottom as fractions of the canvas

BackgroundKind = Literal["solid", "gradient", "reference", "collage"]
TextRole = Literal["headline", "subtitle", "label", "caption"]
FontName = Literal["sans", "sans-bold", "serif-bold"]
Align = Literal["left", "center", "right"]
EditOp = Literal["brighter", "darker", "grayscale", "sepia", "warmer", "cooler", "dramatic", "blur_background",
                 "vivid", "muted"]


@dataclass(frozen=True)
class Background:
    kind: BackgroundKind
    colors: tuple[RGB, ...]
    angle_degrees: float = 90.0
    vignette: float = 0.0


@dataclass(frozen=True)
class Subject:
    label: str
    glyph: str | None
    box: Box
    z: int = 0


@dataclass(frozen=True)
class TextBlock:
    text: str
    role: TextRole
    box: Box
    color: RGB | None = None  # None: the renderer picks a colour that contrasts with what lies beneath
    font: FontName = "sans-bold"
    align: Align = "center"


@dataclass(frozen=True)
class Plan:
    prompt: str
    width: int
    height: int
    background: Background
    palette: tuple[RGB, ...]
    subjects: tuple[Subject, ...] = ()
    texts: tuple[TextBlock, ...] = ()
    style: tuple[str, ...] = ()
    edits: tuple[EditOp, ...] = ()
    notes: tuple[str, ...] = ()
    reference_count: int = 0
    seed: int = 0
    extras: dict[str, Any] = field(default_factory=dict)


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    return asdict(plan)
