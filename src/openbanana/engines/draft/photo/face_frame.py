"""A face's own frame for what is worn on it: its axes (the eye line, up the face) and size, where the top of the
head is, and how a drawn accessory is kept inside the photo and pasted turned with the face."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image, ImageDraw

from openbanana.engines.draft.photo.arrays import Mask
from openbanana.engines.draft.photo.faces import Face
from openbanana.engines.draft.photo.glyphs import glyph_image, paste_rotated

Point = tuple[float, float]
FRAME_SHARE = 0.45  # the most of the photo's short side one accessory may take
FACE_ROOM = 1.4  # the most of the face's width a thing worn on it may take, where that is more than FRAME_SHARE
MAY_CROP = 0.25  # how much of an accessory's height or width the photo's edge may cut off, as a real one's would be


@dataclass(frozen=True)
class Frame:
    """A face's own axes: the eye line's direction, up the face, and its size."""

    face: Face
    top: Point | None = None  # the top of the head (of the hair), when the person mask shows it

    @property
    def head_top(self) -> Point:
        return self.top if self.top is not None else self.move(self.face.forehead, up=self.tall * 0.3)

    @property
    def hair(self) -> float:
        """How far the head rises above the hairline, in pixels."""
        return max(self.tall * 0.12, math.dist(self.head_top, self.face.forehead))

    @property
    def across(self) -> Point:
        r = math.radians(self.face.roll)
        return math.cos(r), math.sin(r)

    @property
    def up(self) -> Point:
        r = math.radians(self.face.roll)
        return math.sin(r), -math.cos(r)

    @property
    def eyes(self) -> Point:
        (lx, ly), (rx, ry) = self.face.eye_left, self.face.eye_right
        return (lx + rx) / 2, (ly + ry) / 2

    @property
    def tall(self) -> float:
        return math.dist(self.face.forehead, self.face.chin)

    def move(self, point: Point, up: float = 0.0, across: float = 0.0) -> Point:
        """`point` moved `up` and `across` the face (in pixels)."""
        return (point[0] + self.up[0] * up + self.across[0] * across,
                point[1] + self.up[1] * up + self.across[1] * across)


def glyph_on(canvas: Image.Image, glyph: str, width: float, anchor: Point, frame: Frame, *, rise: float,
              tilt: float = 0.0) -> tuple[int, int, int, int] | None:
    """The pictogram `width` px wide, its centre `rise` of its own height above `anchor` (along the face's up)."""
    layer = glyph_image(glyph, width)
    if layer is None:
        return None
    layer, centre = in_frame(canvas, layer, frame.move(anchor, up=rise * layer.height), frame.face.width)
    paste_rotated(canvas, layer, centre, frame.face.roll + tilt)
    half = max(layer.width, layer.height) / 2
    return (round(centre[0] - half), round(centre[1] - half), round(centre[0] + half), round(centre[1] + half))


def in_frame(canvas: Image.Image, layer: Image.Image, centre: Point, face_width: float = 0.0) -> tuple[Image.Image,
                                                                                                      Point]:
    """The accessory moved (and shrunk, if it must be) to lie in the photo: a hat on a close-up whose head runs
    off the top edge sits on the top of the picture instead of out of it, and is seen. A face bigger than the share
    one accessory may take (a close-up) lets it be as big as the face needs, within the photo's width: shrunk to the
    share, a beanie on a cat's face that fills the photo was a thin band at the top edge."""
    most = max(FRAME_SHARE * min(canvas.width, canvas.height), min(face_width * FACE_ROOM, canvas.width * 0.9))
    if max(layer.width, layer.height) > most:
        scale = most / max(layer.width, layer.height)
        layer = layer.resize((max(1, round(layer.width * scale)), max(1, round(layer.height * scale))),
                             Image.Resampling.LANCZOS)
    half_w, half_h = layer.width * (0.5 - MAY_CROP), layer.height * (0.5 - MAY_CROP)
    x = min(max(centre[0], half_w), canvas.width - half_w)
    y = min(max(centre[1], half_h), canvas.height - half_h)
    return layer, (x, y)


def layer_for(width: float, height: float) -> tuple[Image.Image, ImageDraw.ImageDraw, float]:
    """A clear RGBA layer drawn at twice its size (reduced afterwards, for smooth edges)."""
    scale = 2.0
    layer = Image.new("RGBA", (max(2, round(width * scale)), max(2, round(height * scale))), (0, 0, 0, 0))
    return layer, ImageDraw.Draw(layer), scale


def finish(canvas: Image.Image, layer: Image.Image, centre: Point, frame: Frame) -> tuple[int, int, int, int]:
    small = layer.resize((max(1, layer.width // 2), max(1, layer.height // 2)), Image.Resampling.LANCZOS)
    small, centre = in_frame(canvas, small, centre, frame.face.width)
    paste_rotated(canvas, small, centre, frame.face.roll)
    half = max(small.width, small.height) / 2
    return (round(centre[0] - half), round(centre[1] - half), round(centre[0] + half), round(centre[1] + half))


def find_head_top(face: Face, people: Mask | None) -> Point | None:
    """Where the person mask ends above the face, walking up from the hairline; None without a mask."""
    if people is None:
        return None
    frame = Frame(face)
    height, width = people.shape
    point = face.forehead
    step = max(1.0, frame.tall / 60)
    for _ in range(int(frame.tall / step)):
        nxt = frame.move(point, up=step)
        x, y = round(nxt[0]), round(nxt[1])
        if not (0 <= x < width and 0 <= y < height) or people[y, x] < 0.5:
            break
        point = nxt
    return point
