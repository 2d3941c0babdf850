"""From placed groups to the Plan's subjects: boxes in canvas fractions kept inside the free area, the drawing order
(the sky first, then far to near, attached things by their layer), roles, tints, shadows, and the form a piece of
furniture with no pictogram is drawn as."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from openbanana.geometry import intersection_area
from openbanana.plan import Box, Subject, SubjectRole
from openbanana.planner.rules.scene.depth import to_box
from openbanana.planner.rules.scene.form_colors import form_color
from openbanana.planner.rules.scene.kinds import FLAT
from openbanana.planner.rules.scene.pieces import Piece
from openbanana.planner.rules.scene.stage import Placement
from openbanana.planner.rules.scene.unhidden import seen_in_front
from openbanana.planner.rules.scene.world import World
from openbanana.scene import Entity, Relation

DECOR = "_decor"
MADE_FIGURES = frozenset("🤖👽👻⛄☃")  # drawn as figures, painted like things
FAR_SKY = frozenset("☀🌞🌙🌛🌜🌝🌕🌖🌗🌘🌑🌒🌓🌔⭐🌟🌠☁⛅🌤🌥🌦🌧⛈🌩🌨🌈⚡☄🪐🌌🎆🎇")  # always behind the ground's things
COVERED = 0.5  # a flier this much of whose box a nearer thing's box covers is drawn in front of it
Drawn = tuple[tuple[float, float, float], Piece, float]  # (drawing order key, piece, depth)


def assemble(placements: Sequence[Placement], world: World, hero_id: str, ratio: float,
             entities: dict[str, Entity], ordered: frozenset[str] = frozenset(),
             relations: Sequence[Relation] = ()) -> tuple[Subject, ...]:
    """`ordered`: things a relation puts behind or in front of another, whose drawing order stays as it is;
    `relations`: the graph's, which keep a small thing behind, in or under a bigger one (`unhidden.py`)."""
    frame = world.frame
    drawn: list[Drawn] = []
    owners: list[int] = []  # the group each piece stands in
    for owner, placement in enumerate(placements):
        pieces = placement.group.placed(placement.x, placement.bottom, placement.scale)
        _fit_inside(pieces, frame.area, ratio)
        for piece in pieces:
            depth = min(1.0, placement.depth + piece.depth)
            sky_first = 0.0 if piece.kind.zone == "sky" and placement.group.zone == "sky" else 1.0
            drawn.append(((sky_first, -round(placement.depth, 4), piece.layer), piece, depth))
            owners.append(owner)
    drawn = _fliers_seen(drawn, ratio, ordered)
    drawing = sorted(range(len(drawn)), key=lambda i: drawn[i][0])
    drawn = [drawn[i] for i in drawing]
    boxes = [to_box(piece.x, piece.bottom, piece.height, piece.width, ratio) for _, piece, _ in drawn]
    seen = seen_in_front([(piece, owners[i], depth) for i, (_, piece, depth) in zip(drawing, drawn, strict=True)],
                         boxes, relations)
    drawn = [(key, piece, depth) for (key, piece, _), depth in zip(drawn, seen, strict=True)]
    subjects: list[Subject] = []
    floating = world.mode == "float" and not frame.top_down
    for z, (_, piece, depth) in enumerate(drawn):
        box = _inside_canvas(to_box(piece.x, piece.bottom, piece.height, piece.width, ratio))
        entity = piece.entity
        decor = entity.id.startswith(DECOR)
        role: SubjectRole = "decor" if decor else "hero" if hero_id in (entity.id, *piece.also) else "support"
        form = piece.kind.form if piece.glyph is None else ""
        tint = form_color(entity.color, entity.material) if form else (
            entity.color if not piece.kind.person or _made(piece.glyph) else None)
        subjects.append(Subject(
            entity.noun, piece.glyph, box, z=z, role=role, tint=tint, squash=piece.squash,
            entity="" if decor else entity.id, depth=round(depth, 4), flip=piece.flip,
            shadow=piece.shadow and not floating and form != "rug", also_shows=piece.also, form=form,
            figure=piece.figure, pose="sitting" if _sitting(piece) else ""))
    subjects = _dry_on_floes(_flat_under(subjects))
    order = {entity_id: index for index, entity_id in enumerate(entities)}
    listed = sorted(zip(subjects, (piece for _, piece, _ in drawn), strict=True),
                    key=lambda pair: (order.get(pair[1].entity.id, len(order)), pair[1].copy, pair[0].z))
    return tuple(subject for subject, _ in listed)  # the graph's order; z is the drawing order


def _fliers_seen(drawn: list[Drawn], ratio: float, ordered: frozenset[str]) -> list[Drawn]:
    """A bird or a plane the free sky put where a nearer thing stands over most of it is drawn in front of that
    thing (later, and no further back, as the engine draws far to near): drawn first, like all the sky, two white
    doves over a wedding chapel that filled a card were hidden behind it. The sun, the moon, stars and clouds stay
    behind (they are far beyond anything on the ground), as does a flier said to be behind or in front of something
    (a pilot standing in front of his plane)."""
    boxes = [to_box(piece.x, piece.bottom, piece.height, piece.width, ratio) for _, piece, _ in drawn]
    nearer = [(box, depth) for (key, _, depth), box in zip(drawn, boxes, strict=True) if key[0] > 0.0]
    out = []
    for (key, piece, depth), box in zip(drawn, boxes, strict=True):
        area = (box[2] - box[0]) * (box[3] - box[1])
        over = [d for other, d in nearer if intersection_area(box, other) > COVERED * area] if key[0] == 0.0 and (
            piece.glyph or "").replace("\ufe0f", "") not in FAR_SKY and area > 0 and piece.entity.id not in ordered \
            else []
        out.append(((2.0, *key[1:]), piece, min(depth, min(over) - 1e-3)) if over else (key, piece, depth))
    return out


def _flat_under(subjects: list[Subject]) -> list[Subject]:
    """A thing lying flat (a plate) is drawn before what stands on it: the engine draws far to near, and the
    oranges on a plate stand a little further back than the plate's near rim."""
    out = list(subjects)
    for i, flat in enumerate(subjects):
        if not flat.entity or flat.squash >= 1.0 or (flat.glyph or "") not in FLAT:
            continue
        x0, y0, x1, y1 = flat.box
        above = [s.depth for s in subjects if s is not flat and s.squash >= 1.0
                 and x0 <= (s.box[0] + s.box[2]) / 2 <= x1 and y0 <= s.box[3] <= y1]
        if above and max(above) >= flat.depth:
            out[i] = replace(flat, depth=round(min(1.0, max(above) + 0.0001), 4))
    return out


def _dry_on_floes(subjects: list[Subject]) -> list[Subject]:
    """What stands on a floe stands on ice above the water: the engine mirrors in the water whatever has its feet
    in the water's band, so a penguin's reflection was drawn across the floe under it."""
    floes = [s.box for s in subjects if s.form == "floe"]
    return [replace(s, shadow=False) if s.form != "floe" and any(
        x0 <= (s.box[0] + s.box[2]) / 2 <= x1 and y0 <= s.box[3] <= y1 for x0, y0, x1, y1 in floes) else s
        for s in subjects]


def _made(glyph: str | None) -> bool:
    """A figure that is a made thing, not a person: its named colour is its paint ("a red tin robot")."""
    return (glyph or "").replace("\ufe0f", "") in MADE_FIGURES


def _sitting(piece: Piece) -> bool:
    """A figure seated on a seat, or an animal the prompt says is sitting (the engine bends those it can)."""
    return piece.pose == "sitting" or (not piece.figure and not piece.kind.person and piece.entity.action == "sitting")


def _fit_inside(pieces: Sequence[Piece], area: Box, ratio: float) -> None:
    """Move a whole group into the area (x in canvas heights, y as a fraction); one too big for it shrinks first,
    about its foot, so what is attached keeps its place."""
    if not pieces:
        return
    left, right = min(p.left for p in pieces), max(p.right for p in pieces)
    top, bottom = min(p.top for p in pieces), max(p.bottom for p in pieces)
    fit = min(1.0, (area[2] - area[0]) * ratio / max(right - left, 1e-9), (area[3] - area[1]) / max(bottom - top, 1e-9))
    if fit < 1.0:
        middle = (left + right) / 2
        for piece in pieces:
            piece.x = middle + (piece.x - middle) * fit
            piece.bottom = bottom + (piece.bottom - bottom) * fit
            piece.height *= fit
        left, right = middle + (left - middle) * fit, middle + (right - middle) * fit
        top = bottom + (top - bottom) * fit
    dx = _nudge(left, right, area[0] * ratio, area[2] * ratio)
    dy = _nudge(top, bottom, area[1], area[3])
    for piece in pieces:
        piece.x += dx
        piece.bottom += dy


def _nudge(lo: float, hi: float, low: float, high: float) -> float:
    if hi - lo > high - low:
        return (low + high) / 2 - (lo + hi) / 2
    if lo < low:
        return low - lo
    if hi > high:
        return high - hi
    return 0.0


def _inside_canvas(box: Box) -> Box:
    left, top, right, bottom = box
    dx = max(0.0, -left) - max(0.0, right - 1)
    dy = max(0.0, -top) - max(0.0, bottom - 1)
    return (round(max(0.0, left + dx), 5), round(max(0.0, top + dy), 5), round(min(1.0, right + dx), 5),
            round(min(1.0, bottom + dy), 5))
