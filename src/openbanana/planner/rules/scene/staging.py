"""Which groups go where on the stage (the ground row, the water, the sky, or floating free), in what order along
the row, and which way each faces: towards what it relates to, else towards the hero, the hero towards the others."""

from __future__ import annotations

import random
from dataclasses import replace

from openbanana.planner.rules.scene.along import slide_along
from openbanana.planner.rules.scene.beside import pull_beside
from openbanana.planner.rules.scene.depth import Frame
from openbanana.planner.rules.scene.free_sides import sides_kept
from openbanana.planner.rules.scene.kept_sides import ordered_sides
from openbanana.planner.rules.scene.kinds import DISCS
from openbanana.planner.rules.scene.pieces import Group
from openbanana.planner.rules.scene.relations import Links
from openbanana.planner.rules.scene.stage import GAP, Placement, hero_scale, place_free, place_row, row_depths
from openbanana.planner.rules.scene.stated_side import sided
from openbanana.planner.rules.scene.verge import off_the_road, part_on_the_verges
from openbanana.planner.rules.scene.waters import lone_waters, stage_waters
from openbanana.planner.rules.scene.world import World

SKY_SHRINK = 0.62  # flying things are further away than they look: drawn smaller than the scale says
CROWDED_ROW = 2  # with more groups than this in the ground row, lone scenery stands back behind it
SKY_DEPTH = 0.2  # far off and drawn first, yet barely hazed: they must stay clear (the hero flies nearer)


def stage_groups(groups: list[Group], decor: list[Group], world: World, links: Links, hero_root: str,
                 rng: random.Random, *, fill: bool = False) -> list[Placement]:
    """Every group placed; `fill`: the things fill a small area, centred (a document's icon or diagram object)."""
    frame = world.frame
    hero = next((g for g in groups if g.root == hero_root), None)
    if hero is None:
        return []
    scale = hero_scale(frame, hero, 0.1, fill=fill)
    water_world = world.background.scene in ("sea",) or world.setting.terrain == "water"
    sky = [g for g in groups if g.zone == "sky"]
    if world.mode == "float":
        placed = place_free(_hero_first(groups, hero_root), frame, scale, _area(frame), [], rng,
                            corners=_discs(groups), depth=0.0, hero_root=hero_root)
        placed = sides_kept(pull_beside(placed, links, frame, {g.root for g in groups}, hero_root), links)
        slide_along(placed, links)
        return _facing(placed, links, hero_root, (frame.left + frame.right) / 2)
    swimmers = [g for g in groups if g.zone == "swimmer"] if world.mode == "underwater" else []
    wet = water_world or frame.shore is not None  # no water drawn: a duck walks the road with her ducklings
    water = [g for g in groups if (g.zone == "water" and wet) or (water_world and g.zone == "swimmer")]
    ground = [g for g in groups if g not in sky and g not in water and g not in swimmers] + decor
    groves = [g for g in ground if g.root != hero_root and _grove(g, world)]
    ground = [g for g in ground if g not in groves]
    related = {links.root(r.subject) for r in links.sides} | {links.root(r.object) for r in links.sides}
    backdrops = [g for g in ground if g.root != hero_root and g.root not in related and _backdrop(g)]
    backdrops = backdrops if len(ground) > CROWDED_ROW else []
    waters = lone_waters(ground, related, hero_root)  # scenery that takes no slot in the row: staged last
    backdrops = [g for g in backdrops if g not in waters]
    ground = [g for g in ground if g not in waters]
    ground = [g for g in ground if g not in backdrops]
    rows: list[Placement] = []
    close = frozenset(frozenset((links.root(r.subject), links.root(r.object))) for r in links.sides
                      if r.predicate in ("next_to", "near"))
    third = rng.choice((1 / 3, 2 / 3)) if len(groups) > 1 or frame.width > frame.height * 1.2 else 0.5
    third = 0.5 if fill else third + rng.uniform(-0.05, 0.05)
    first, second = (water, ground) if hero in water else (ground, water)
    scale = min([scale, *(frame.width * 0.9 / (a.width + b.width) for a, b in _moored(water, ground, links))])
    for row in (first, second):
        if not row:
            continue
        ordered = _ordered(row, links, hero_root, rng)
        span = _span(frame.shore, row is water)
        depths, back, sized = row_depths(ordered, hero_root, span, rng, frame.width / max(frame.height, 1e-6))
        placed = place_row(ordered, depths, back, frame, scale, hero_root, rng, third=third, close=close,
                           sized=sized)
        rows.extend(placed)
        scale = min([scale, *(p.scale / frame.scale(p.depth) for p in placed)])
    if water and ground:  # a boat tied to a pier, moored at a jetty: on the water, beside the thing on land
        rows = pull_beside(_make_room(rows, _moored(water, ground, links), frame, links), links, frame,
                           {g.root for g in water}, hero_root, towards={g.root for g in ground}, level=False)
    for grove in groves:  # woods and villages stand back across the whole width, behind the named things
        depth = _span(frame.shore, False)[1] * rng.uniform(0.45, 0.6)
        rows.extend(place_row([grove], [depth], [False], frame, scale, hero_root, rng, third=0.5))
    for index, backdrop in enumerate(backdrops):  # a lone barn or tree stands back, on the side the hero is not
        depth = _span(frame.shore, False)[1] * rng.uniform(0.4, 0.55)
        at = (1 - third + index * 0.25) % 1.0
        rows.extend(place_row([backdrop], [depth], [False], frame, scale, hero_root, rng, third=at))
    rows.extend(stage_waters(waters, frame, scale, [p.rect() for p in rows]))
    taken = [p.rect() for p in rows]
    airborne = sky + swimmers
    region = _area(frame) if swimmers else (frame.left, *frame.sky_band()[:1], frame.right, frame.sky_band()[1])
    shrink = 1.0 if hero in airborne and len(airborne) == 1 else SKY_SHRINK if not swimmers else 0.9
    flying = place_free(_hero_first(airborne, hero_root), frame, scale * shrink, region, taken, rng,
                        corners=_discs(sky), depth=SKY_DEPTH if not swimmers else 0.3, hero_root=hero_root)
    road = world.setting.terrain == "road"
    if road:
        rows = off_the_road(rows, frame, links)
    placed = pull_beside(rows + flying, links, frame, {p.group.root for p in flying}, hero_root)
    slide_along(placed, links)
    placed = _facing(placed, links, hero_root, (frame.left + frame.right) / 2)
    return part_on_the_verges(placed, frame) if road else placed  # after facing: a mirror would move the gap


def _moored(water: list[Group], ground: list[Group], links: Links) -> list[tuple[Group, Group]]:
    """Pairs of a group on the water and one on land that a side relation ties (a boat tied to a pier), afloat
    first: the two rows are placed one after the other, so each pair must fit side by side across the frame."""
    afloat, land = {g.root: g for g in water}, {g.root: g for g in ground}
    pairs = []
    for relation in links.sides:
        a, b = links.root(relation.subject), links.root(relation.object)
        if a in afloat and b in land:
            pairs.append((afloat[a], land[b]))
        elif b in afloat and a in land:
            pairs.append((afloat[b], land[a]))
    return pairs


def _make_room(rows: list[Placement], pairs: list[tuple[Group, Group]], frame: Frame,
               links: Links) -> list[Placement]:
    """The thing on land moves toward the nearer edge when the boats tied to it cannot fit beside it on either
    side (three fishing boats along a jetty the row had put in the middle); on the side a relation states, when
    there is no room on that side ("three sailboats to its left" of a lighthouse on the left third had stood on
    both sides of it)."""
    by_root = {p.group.root: p for p in rows}
    for boat, land in pairs:
        if boat.root not in by_root or land.root not in by_root:
            continue
        left, _, right, _ = by_root[land.root].rect()
        b_left, _, b_right, _ = by_root[boat.root].rect()
        need = b_right - b_left + GAP
        room_left, room_right = left - frame.left, frame.right - right
        way = _stated_way(boat, land, links)
        if (way < 0 and room_left >= need) or (way > 0 and room_right >= need) or (
                way == 0 and max(room_left, room_right) >= need):
            continue
        if way == 0:
            way = 1.0 if room_right >= room_left else -1.0
        shift = -min(need - room_right, room_left) if way > 0 else min(need - room_left, room_right)
        by_root[land.root] = replace(by_root[land.root], x=by_root[land.root].x + shift)
    return [by_root[p.group.root] for p in rows]


def _backdrop(group: Group) -> bool:
    """One piece of scenery alone (a barn, a tree) with nothing on or by it: it can stand back behind the row
    instead of taking its width, so a crowded row's things are drawn bigger."""
    root = group.of(group.root)
    return len(root) == 1 == len(group.pieces) and root[0].kind.scenery and not root[0].kind.person


def _grove(group: Group, world: World) -> bool:
    """Several copies of scenery (trees, houses) that nobody asked to arrange, or of what the place is named by (the
    wheat of a wheat field): they stand back across the width behind the named things instead of taking the row's
    width (one thing a place has, a barbershop's chair, stays in the row)."""
    root = group.of(group.root)
    if len(root) <= 2:
        return False
    first = root[0]
    place = world.setting.asked_place or world.setting.place
    fills_the_place = not first.kind.person and bool(place) and place.split()[-1] in first.entity.modifiers
    return (first.kind.scenery and first.entity.arrangement == "auto") or fills_the_place


def _area(frame: Frame) -> tuple[float, float, float, float]:
    return (frame.left, frame.top, frame.right, frame.bottom)


def _span(shore: float | None, on_water: bool) -> tuple[float, float]:
    if shore is None:
        return (0.05, 0.8) if on_water else (0.0, 1.0)
    return (min(0.95, shore + 0.08), 0.92) if on_water else (0.0, max(0.05, shore - 0.12))


def _hero_first(groups: list[Group], hero_root: str) -> list[Group]:
    return sorted(groups, key=lambda g: g.root != hero_root)


def _discs(groups: list[Group]) -> set[str]:
    return {g.root for g in groups for p in g.of(g.root)[:1] if (p.glyph or "").replace("\ufe0f", "") in DISCS}


def _ordered(row: list[Group], links: Links, hero_root: str, rng: random.Random) -> list[Group]:
    """Prompt order with the hero moved to a seeded slot, then the side relations honoured where they can be."""
    roots = [g.root for g in row]
    if hero_root in roots and len(roots) > 1:
        roots.remove(hero_root)
        roots.insert(rng.choice((0, len(roots), len(roots) // 2)), hero_root)
    ordered = ordered_sides(roots, links, links.root)
    by_root = {g.root: g for g in row}
    return [by_root[r] for r in ordered]


def _facing(placements: list[Placement], links: Links, hero_root: str, centre: float) -> list[Placement]:
    """Mirror groups whose main figure faces away from what it should look at; the box stays where it was. A group
    holding two things on a stated side of each other is not mirrored: its sides are what was asked."""
    centres = {p.group.root: (p.rect()[0] + p.rect()[2]) / 2 for p in placements}
    focus: dict[str, float] = {}
    for relation in links.sides:
        a, b = links.root(relation.subject), links.root(relation.object)
        if a != b and a in centres and b in centres:
            focus.setdefault(a, centres[b])
            focus.setdefault(b, centres[a])
    others = [x for root, x in centres.items() if root != hero_root and not root.startswith("_decor")]
    middle = sum(others) / len(others) if others else centre
    result = []
    for placement in placements:
        group = placement.group
        root = group.of(group.root)[:1]
        target = focus.get(group.root, middle if group.root == hero_root else centres.get(hero_root))
        if target is None or not root or root[0].kind.faces == "front":
            result.append(placement)
            continue
        here = centres[group.root]
        wants_right = target > here + 1e-6
        facing_right = (root[0].kind.faces == "right") != root[0].flip
        if target != here and wants_right != facing_right and not sided({p.entity.id for p in group.pieces}, links):
            left, _, right, _ = group.extent()
            placement = replace(placement, group=group.mirrored(), x=placement.x + (left + right) * placement.scale)
        result.append(_copies_face(placement, target))
    return result


def _copies_face(placement: Placement, target: float) -> Placement:
    """Copies standing in a line (nothing attached to them) each turn towards the target: a row of dogs faces
    the middle, not all the same way."""
    pieces = placement.group.pieces
    first = pieces[0]
    if len(pieces) < 3 or any(p.entity.id != first.entity.id for p in pieces) or first.kind.faces == "front" \
            or first.entity.arrangement in ("scattered", "pile", "stack") or first.kind.zone in ("sky", "swimmer") \
            or first.kind.scenery:
        return placement
    turned = []
    for piece in pieces:
        wants_right = target > placement.x + piece.x * placement.scale
        turned.append(replace(piece, flip=wants_right == (first.kind.faces == "left")))
    return replace(placement, group=replace(placement.group, pieces=turned))


def _stated_way(boat: Group, land: Group, links: Links) -> float:
    """-1 when a relation puts the boat left of the thing on land, 1 right of it, 0 when none says."""
    for relation in links.sides:
        roots = (links.root(relation.subject), links.root(relation.object))
        if relation.predicate in ("left_of", "right_of") and roots in ((boat.root, land.root), (land.root, boat.root)):
            return 1.0 if (relation.predicate == "right_of") == (roots[0] == boat.root) else -1.0
    return 0.0
