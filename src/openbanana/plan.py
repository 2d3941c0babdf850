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
FontName = Literal["sans", "sans-bold", "serif-bold", "display", "sans-medium", "geometric", "condensed", "rounded",
                   "serif-display", "serif-italic"]
Align = Literal["left", "center", "right"]
# What the ground of the picture is: nothing, a table top, a floor, land or sea under a horizon, water all round.
SceneKind = Literal["none", "table", "floor", "ground", "sea", "water", "sky", "stage"]
SubjectRole = Literal["hero", "support", "sticker", "decor"]
# How text stands off the picture: the renderer decides ("auto"), or a plate, a soft shadow, an outline.
TextTreatment = Literal["auto", "plate", "shadow", "outline", "none"]
EditOp = Literal["brighter", "darker", "grayscale", "sepia", "warmer", "cooler", "dramatic", "blur_background",
                 "vivid", "muted", "contrast", "sharpen", "soft", "night", "golden", "vignette", "pastel", "mirror",
                 "flip"]


@dataclass(frozen=True)
class Background:
    kind: BackgroundKind
    colors: tuple[RGB, ...]
    angle_degrees: float = 90.0
    vignette: float = 0.0
    scene: SceneKind = "none"
    horizon: float = 0.7  # where ground meets sky or wall, as a fraction of the height
    ground: RGB | None = None  # the colour of the table, floor, land or sea; None: derived from the palette
    light: tuple[float, float] = (0.5, 0.38)  # the centre of a soft glow behind the hero, as canvas fractions
    glow: float = 0.0  # 0..1: how strong that light is
    effects: tuple[str, ...] = ()  # "stars", "sun", "moon", "snow", "rain", "confetti", "bubbles", "sparkles"
    disc: tuple[float, float] | None = None  # where the sun or moon stands (canvas fractions); None: renderer picks


@dataclass(frozen=True)
class Subject:
    label: str
    glyph: str | None
    box: Box
    z: int = 0
    role: SubjectRole = "support"
    tint: RGB | None = None  # recolour the pictogram ("a blue car"); None keeps its own colours
    squash: float = 1.0  # vertical scale: < 1 lays a flat thing (a plate) down on the table in perspective


@dataclass(frozen=True)
class TextBlock:
    text: str
    role: TextRole
    box: Box
    color: RGB | None = None  # None: the renderer picks a colour that contrasts with what lies beneath
    font: FontName = "sans-bold"
    align: Align = "center"
    treatment: TextTreatment = "auto"
    max_size: float = 0.0  # the largest font size as a fraction of the canvas height; 0: only the box limits it


@dataclass(frozen=True)
class Plan:
    """What to draw, in fractions of the canvas: the size comes with each RenderRequest, never from here."""

    prompt: str
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
    layout: str = ""  # the layout template the planner chose, e.g. "text-left"
    crop: Box | None = None  # edits: the part of the (first) reference to keep, as fractions of it
    unsupported: tuple[str, ...] = ()  # requested changes this planner/engine could not make, said in the thoughts


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    return asdict(plan)
