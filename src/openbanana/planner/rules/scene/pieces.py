"""The drawn pieces of a scene and the rigid groups they form (a table with what is on it, a rider on a horse).

A group is built in its own units (its root stands at x 0 with its bottom at y 0, y grows downward, a person is 1
tall), then placed on the stage as a whole: moved, scaled by its depth, and mirrored when it should face the other
way, so everything attached to it keeps its place.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from openbanana.planner.pictogram_shapes import advance_share
from openbanana.planner.rules.scene.kinds import Kind
from openbanana.scene import Entity


@dataclass
class Piece:
    """One drawn copy of an entity."""

    entity: Entity
    kind: Kind
    glyph: str | None
    x: float  # centre
    bottom: float
    height: float
    aspect: float  # width / height
    layer: float = 0.0  # drawing order within the group: higher is drawn later (in front)
    depth: float = 0.0  # how much further back than the group it stands
    flip: bool = False
    shadow: bool = True
    squash: float = 1.0
    copy: int = 0
    also: tuple[str, ...] = ()  # other entities this one pictogram shows (the horse under a 🏇 rider)
    content: bool = False  # what a dish holds, drawn as part of it (the banana of "a banana dish")
    figure: bool = False  # a face pictogram standing as a whole figure (imaging.people)
    pose: str = ""  # "sitting": a whole figure seated, its piece the upper body down to the seat

    @property
    def width(self) -> float:
        return self.height * self.aspect

    @property
    def top(self) -> float:
        return self.bottom - self.height

    @property
    def left(self) -> float:
        return self.x - self.width / 2

    @property
    def right(self) -> float:
        return self.x + self.width / 2


def framed(piece: Piece) -> Piece:
    """The piece in the font's box round its pictogram, centred on it: its own box is only as wide as its ink (a
    standing person's a third of the font's), and what is attached to it (a hat, a held cup, tulips in a vase) is
    placed and sized in widths of the font's box, as those rules were measured."""
    share = 1.0 if piece.figure or piece.kind.shape_aspect else advance_share(piece.glyph)
    return piece if share == 1.0 else replace(piece, aspect=piece.aspect * share)


@dataclass
class Group:
    """A root entity's pieces with everything attached to them, in the group's own units."""

    root: str  # entity id
    zone: str
    pieces: list[Piece] = field(default_factory=list)
    depth: float = 0.0  # set on the stage
    focus: float = 0.0  # where the group's attention points (its hero's x) once placed

    def extent(self) -> tuple[float, float, float, float]:
        """left, top, right, bottom around every piece."""
        if not self.pieces:
            return (0.0, -1.0, 0.0, 0.0)
        return (min(p.left for p in self.pieces), min(p.top for p in self.pieces),
                max(p.right for p in self.pieces), max(p.bottom for p in self.pieces))

    @property
    def width(self) -> float:
        left, _, right, _ = self.extent()
        return right - left

    @property
    def height(self) -> float:
        _, top, _, bottom = self.extent()
        return bottom - top

    def rise(self) -> float:
        """How far above the root's foot its own copies stand (scattered further back), in the group's units."""
        return max([0.0, *(-p.bottom for p in self.pieces if p.entity.id == self.root and not p.content)])

    def of(self, entity_id: str) -> list[Piece]:
        """The pieces that show this entity (itself, or a pictogram that also shows it)."""
        return [p for p in self.pieces if (p.entity.id == entity_id or entity_id in p.also) and not p.content]

    def mirrored(self) -> Group:
        """The group seen in a mirror about its root's centre: every piece flips and swaps sides."""
        return replace(self, pieces=[replace(p, x=-p.x, flip=not p.flip) for p in self.pieces])

    def placed(self, x: float, bottom: float, scale: float) -> list[Piece]:
        """The pieces moved to stand at (x, bottom) on the stage, scaled."""
        return [replace(p, x=x + p.x * scale, bottom=bottom + p.bottom * scale, height=p.height * scale)
                for p in self.pieces]


def side_by_side(sets: list[list[Piece]]) -> None:
    """Several things at one anchor (two cats under a table) stand side by side around it instead of on top."""
    extents = [(min(p.left for p in pieces), max(p.right for p in pieces)) for pieces in sets if pieces]
    if len(extents) != len(sets):
        return
    anchor = sum((a + b) / 2 for a, b in extents) / len(extents)
    widths = [b - a for a, b in extents]
    x = anchor - (sum(widths) * 1.06) / 2
    for pieces, (left, _), width in zip(sets, extents, widths, strict=True):
        for piece in pieces:
            piece.x += x - left
        x += width * 1.06


LEVEL = 0.5  # a copy's layer within this of its host's is level with it (copies differ by a hair to keep order)


def in_step(host: Piece, pieces: list[Piece]) -> list[Piece]:
    """Copies attached to a host keep the side of it their layer gives them: the engine draws far to near before
    it looks at the layer, so a scattered copy's own step back put the second goldfish behind its bowl and three
    kittens behind the ball they played in. What is drawn over the host, or level with it (eggs hung below a
    carton, over the shelf it stands on), stands no further back than it, what is drawn under it no nearer."""
    for piece in pieces:
        if piece.layer > host.layer - LEVEL:
            piece.depth = min(piece.depth, host.depth)
        else:
            piece.depth = max(piece.depth, host.depth)
    return pieces


def top_of(hosts: list[Piece], arrangement: str) -> Piece:
    """The copy of a host that things are put on: the top one of a stack or a pile ("glasses on a stack of
    books" lie on the highest book, not under the others), else the first."""
    return min(hosts, key=lambda p: p.top) if arrangement in ("stack", "pile") else hosts[0]


def nearest(hosts: list[Piece]) -> Piece:
    """The copy of a host standing nearest the viewer (its foot lowest): what stands in front of or under a row of
    cherry trees stands before the nearest one, not the first, which may be the furthest back, so the lantern "in
    front of them" stood behind the nearer trees' feet."""
    return max(hosts, key=lambda p: (-p.depth, p.bottom))
