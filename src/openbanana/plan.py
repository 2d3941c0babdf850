"""The composition plan: what the "thinking" step decides and every engine renders.

Plain frozen dataclasses, JSON-serialisable with `plan_to_dict`, so a plan can be logged, streamed as a thought,
stored with a chat turn, or produced by an external LLM and validated. Version 2 carries the scene graph the planner
read (openbanana.scene) next to what the composer placed: drawn subjects name the entity they show, so what was
asked and what was drawn can be compared. Version 3 adds `Subject.form`: a thing with no pictogram (a table, a rug,
a lighthouse) drawn by the engine as a shape of its own. Version 4 adds `Subject.figure`: the composer's decision that
a person the font draws as a face alone stands as a whole figure, in a figure-shaped box. Version 5 adds
`Subject.pose`: such a figure seated on a bench, a sofa, a chair or steps, its box the upper body down to the seat.
Version 6 adds `Setting.asked_place`: a place the prompt named that no table knows, drawn as the nearest known one.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from openbanana.scene import RGB as RGB  # re-exported: every layer names colours through the plan
from openbanana.scene import (
    Backdrop,
    Placement,
    SceneGraph,
    Season,
    Terrain,
    TimeOfDay,
    Weather,
)
from openbanana.scene import (
    TextRole as TextRole,
)

PLAN_VERSION = 6
Pose = Literal["", "sitting"]
# A road's half width at the picture's front edge, in picture widths, narrowing to the vanishing point in the middle:
# the engine paints it so, and the composer keeps people on the verges beside it.
ROAD_HALF = 0.36
Box = tuple[float, float, float, float]  # left, top, right, bottom as fractions of the canvas

BackgroundKind = Literal["solid", "gradient", "reference", "collage"]
FontName = Literal["sans", "sans-bold", "serif-bold", "display", "sans-medium", "geometric", "condensed", "rounded",
                   "serif-display", "serif-italic",
                   # light, regular serif, script, monospace, comic lettering, and a condensed face with lower case
                   "sans-light", "serif", "script", "mono", "comic", "narrow"]
Align = Literal["left", "center", "right"]
# What the ground of the picture is: nothing, a table top, a floor, land or sea under a horizon, water all round.
SceneKind = Literal["none", "table", "floor", "ground", "sea", "water", "sky", "stage"]
SubjectRole = Literal["hero", "support", "sticker", "decor"]
# How text stands off the picture: the renderer decides ("auto"), or a plate, a soft shadow, an outline.
TextTreatment = Literal["auto", "plate", "shadow", "outline", "none"]
EditOp = Literal["brighter", "darker", "grayscale", "sepia", "warmer", "cooler", "dramatic", "blur_background",
                 "vivid", "muted", "contrast", "sharpen", "soft", "night", "golden", "vignette", "pastel", "mirror",
                 "flip", "grain"]
# Edits that change what is in the photo, not only its tone; each names what it acts on in the prompt's words.
PhotoEditKind = Literal["style", "relight", "sky", "recolor", "remove", "add", "accessory", "background", "combine",
                        "outpaint", "text", "crop"]
# callout: a line from a label to a point on the object, ending in a dot, which the renderer moves onto the object's
# drawn ink when the point missed it
ShapeKind = Literal["rect", "ellipse", "line", "arrow", "polyline", "polygon", "bubble", "leader", "callout"]
ShapeLayer = Literal["under", "over"]  # under the subjects (panels, plates), or over them and under the text


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
    terrain: Terrain = "none"  # what the ground is made of, drawn with its texture
    backdrop: Backdrop = "none"  # what closes the view at the horizon: mountains, a skyline, a treeline, a room
    time_of_day: TimeOfDay | None = None  # the sky's light
    weather: Weather | None = None  # clouds, rain, snow, fog, lightning
    season: Season | None = None
    window: Box | None = None  # indoors: a window in the back wall that shows the sky


@dataclass(frozen=True)
class Subject:
    label: str
    glyph: str | None
    box: Box
    z: int = 0
    role: SubjectRole = "support"
    tint: RGB | None = None  # recolour the pictogram ("a blue car"); None keeps its own colours
    squash: float = 1.0  # vertical scale: < 1 lays a flat thing (a plate) down on the table in perspective
    entity: str = ""  # the scene-graph entity this draws ("" for decor the composer added)
    depth: float = 0.0  # 0 at the front edge, 1 at the horizon: haze, blur and reflections follow it
    flip: bool = False  # mirrored, so that it faces the way the composition needs
    shadow: bool = True  # a contact shadow on the ground beneath it
    also_shows: tuple[str, ...] = ()  # other entities this one pictogram shows too (the horse of a 🏇 rider)
    form: str = ""  # no pictogram (glyph None): drawn as this shape in its box and tint ("table", "rug", "desk")
    figure: bool = False  # a face pictogram (👨) standing as a whole figure, its box figure-shaped
    pose: Pose = ""  # a whole figure's pose: "" stands; "sitting": the box ends at the seat, the shins hang below;
    # an animal "sitting" is drawn on its haunches (engines bend the side views they can)


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
    min_size: float = 0.0  # the smallest size it may shrink to (a fraction of the height); below it, it is left out


@dataclass(frozen=True)
class Shape:
    """A drawn element of a layout: a button, a panel, an arrow, a callout line, a speech bubble, leader dots.

    A line, arrow or leader with no colour takes ink or paper, whichever reads on the ground under it; a bubble with
    none is white with an ink outline."""

    kind: ShapeKind
    points: tuple[tuple[float, float], ...]  # canvas fractions; rect/ellipse: two corners; bubble: two corners + tail
    fill: RGB | None = None
    stroke: RGB | None = None
    stroke_width: float = 0.0  # a fraction of the canvas's short side
    radius: float = 0.0  # corner radius, a fraction of the short side
    layer: ShapeLayer = "over"
    opacity: float = 1.0


# What an answer says of a reference photo: the planner's "unchanged" sentence gives way when the engine reports that
# it extended the photo to a frame of another shape (the photo's edges continued, which is a change).
PHOTO_UNCHANGED = "The photo itself is unchanged"
PHOTO_EXTENDED = "I extended the photo's edges to fill the new frame"
# "The sarong is shown as a sari": a thing drawn as another; the engine's sentence about the same thing replaces the
# planner's where it drew it otherwise (a garment as its wearer's own clothes)
SHOWN_AS = re.compile(r"^The (.+?) (?:is|are) shown as ")
# "A showroom is drawn as the nearest place I can draw, a studio": said, like PLACE_ALONE, only when the new
# background was drawn
NEAREST_PLACE = "is drawn as the nearest place I can draw"
PLACE_ALONE = "not drawn: the new background is"  # "A wooden fence is not drawn: the new background is a park alone."


@dataclass(frozen=True)
class PhotoEdit:
    """One change to a reference photo that needs to know what is in it; engines say when one could not be made."""

    kind: PhotoEditKind
    name: str = ""  # style / relight / sky: which one ("watercolor", "night"); add / accessory: what to add
    target: str = ""  # what it acts on, in the prompt's words: "the car", "the cat", "the sky", "her face"
    target_color: RGB | None = None  # a colour that picks the target out ("the red car")
    color: RGB | None = None  # recolor: the new colour
    glyph: str | None = None  # add / accessory: the pictogram to draw
    placement: Placement = "auto"
    reference: int = 0  # combine: which reference photo the cut-out comes from
    amount: float = 1.0
    destination: str = ""  # add / combine: where it goes, in the prompt's words ("next to her", "on the sofa")
    request: str = ""  # the prompt's words for this edit; an engine that cannot make it says "Not done: <request>: …"


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
    version: int = PLAN_VERSION
    scene: SceneGraph = field(default_factory=SceneGraph)  # what the prompt asked for, as the planner read it
    shapes: tuple[Shape, ...] = ()
    photo_edits: tuple[PhotoEdit, ...] = ()
    shortfalls: tuple[str, ...] = ()  # what the answer text must admit: left out, approximated, not fitted


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    return asdict(plan)
