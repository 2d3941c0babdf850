"""The ground plane in perspective: depth 0 stands at the front of the picture, depth 1 at the horizon; further
things stand higher and are drawn smaller, by the same factor, as a camera would see them.

Units: y is a fraction of the canvas height (down); x is in canvas heights (x_fraction × width / height), so a
square in these units is a square on the canvas.
"""

from __future__ import annotations

from dataclasses import dataclass

from openbanana.plan import Box
from openbanana.scene import Camera

FAR_SCALE = 0.3  # how big a thing at the horizon is drawn, against the same thing at the front
FLAT_FAR_SCALE = 0.75  # with no ground drawn, depth only hints: a little higher and smaller


@dataclass(frozen=True)
class Frame:
    """Where subjects may go (the area the text leaves), and the ground plane they stand on."""

    area: Box  # canvas fractions
    ratio: float  # width / height
    horizon: float  # canvas fraction where the ground meets the sky or wall (0: the ground fills the frame)
    front: float  # where things at depth 0 stand
    far_scale: float = FAR_SCALE
    camera: Camera = "default"
    grounded: bool = True  # a ground plane is drawn (else a virtual one, with only a hint of depth)
    shore: float | None = None  # a beach: the depth where sand gives way to water (water beyond it)
    close: bool = False  # few things on open ground, framed close: drawn larger (`stage.CLOSE_SHARE`)

    @property
    def left(self) -> float:
        return self.area[0] * self.ratio

    @property
    def right(self) -> float:
        return self.area[2] * self.ratio

    @property
    def top(self) -> float:
        return self.area[1]

    @property
    def bottom(self) -> float:
        return self.area[3]

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def top_down(self) -> bool:
        return self.camera == "top_down"

    def scale(self, depth: float) -> float:
        """How much smaller a thing at this depth is drawn than at the front."""
        if self.top_down:
            return 1.0
        return 1.0 - (1.0 - self.far_scale) * min(1.0, max(0.0, depth))

    def baseline(self, depth: float) -> float:
        """Where a thing at this depth stands: the horizon plus the front's distance below it, scaled."""
        if self.top_down:
            return self.front
        return self.horizon + (self.front - self.horizon) * self.scale(depth)

    def depth_at(self, baseline: float) -> float:
        """The depth of a thing standing at this height (the inverse of `baseline`)."""
        if self.top_down or self.front <= self.horizon:
            return 0.0
        scale = (baseline - self.horizon) / (self.front - self.horizon)
        return min(1.0, max(0.0, (1.0 - scale) / (1.0 - self.far_scale)))

    def sky_band(self) -> tuple[float, float]:
        """The part of the area above the ground where flying things go (top, bottom)."""
        if self.top_down:
            return (self.top, self.bottom)
        bottom = min(self.bottom, self.horizon if self.grounded else self.top + self.height * 0.55)
        return (self.top, max(self.top + self.height * 0.3, bottom))


def to_box(cx: float, bottom: float, height: float, width: float, ratio: float) -> Box:
    """A box from its bottom centre and size (x in canvas heights) as canvas fractions."""
    return (round((cx - width / 2) / ratio, 5), round(bottom - height, 5), round((cx + width / 2) / ratio, 5),
            round(bottom, 5))
