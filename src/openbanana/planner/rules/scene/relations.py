"""The graph's relations, resolved in order into what hangs on what, and what stands beside what.

Relations that attach one thing to another (on, under, in, holding, wearing, riding, behind, in front of, above,
below) make a tree: each thing has at most one parent. Side relations (left of, right of, next to, near) order the
things that share a row. A relation that would give a thing a second parent, or close a loop, loses to the earlier
one and is reported (but a support, on, in or riding, wins over an earlier above or below: squirrels over an acorn
on a stump stand on the stump); so is one naming something that cannot be drawn. "A above B" where A already
stands on a support puts B under that support instead ("an owl on a branch above a fox": the fox under the tree);
where A is held, B comes to the holder ("a robot holding an umbrella over a dog": the dog at the robot's side, and
`held_over.py` brings it under the umbrella).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openbanana.planner.rules.scene.kinds import TABLE_FORMS, Kind
from openbanana.scene import Predicate, Relation, SceneGraph

ATTACHING: frozenset[Predicate] = frozenset({"on", "under", "in", "holding", "wearing", "riding", "behind",
                                             "in_front_of", "above", "below"})
SIDEWAYS: frozenset[Predicate] = frozenset({"left_of", "right_of", "next_to", "near"})
HOST_FIRST: frozenset[Predicate] = frozenset({"holding", "wearing"})  # "A wearing B": B hangs on A
SUPPORTS: frozenset[Predicate] = frozenset({"on", "in", "riding"})  # what a thing stands, sits or rides on
HOVERING: frozenset[Predicate] = frozenset({"above", "below"})  # no support: a later support wins over them
MOUNTAIN_SIZE = 3.5  # scenery this tall (a mountain) is stood on, not before
TREES = frozenset("🌳🌲🌴🎄🌵")  # perched on or climbed ("an owl on a tree"), never stood before
TOWERS = frozenset("🗼")  # no porch to stand at: "a wizard on a tower" stands on its top
OPEN_BENEATH = frozenset({"table", "desk", "bench"})  # forms a small thing fits under beside another
WEATHER = frozenset("☁⛅🌤🌥🌦🌧⛈🌩🌨")  # a walker is never drawn inside one (a rocket or a balloon it may ride in)


@dataclass(frozen=True)
class Link:
    child: str
    parent: str
    how: Predicate  # as the graph said it; for holding and wearing the parent is the relation's subject
    implied: bool = False  # added by the composer (small things on the only table), not asked


@dataclass
class Links:
    parent_of: dict[str, Link] = field(default_factory=dict)
    sides: list[Relation] = field(default_factory=list)
    dropped: list[tuple[Relation, str]] = field(default_factory=list)
    unkept: dict[Relation, Relation] = field(default_factory=dict)  # a side order the layout refused → the one
    # kept before it that it would undo, so the answer says why it is not shown (`kept_sides.py`)

    def children(self, parent: str) -> list[Link]:
        return [link for link in self.parent_of.values() if link.parent == parent]

    def root(self, entity_id: str) -> str:
        seen = {entity_id}
        while entity_id in self.parent_of:
            entity_id = self.parent_of[entity_id].parent
            if entity_id in seen:
                break
            seen.add(entity_id)
        return entity_id

    def ancestors(self, entity_id: str) -> list[str]:
        chain: list[str] = []
        while entity_id in self.parent_of and len(chain) < 64:
            entity_id = self.parent_of[entity_id].parent
            chain.append(entity_id)
        return chain


def resolve(scene: SceneGraph, kinds: dict[str, Kind]) -> Links:
    """Attachments and side orders from the relations, first come first served; then small things onto a table."""
    links = Links()
    trees = {e.id for e in scene.entities if (e.glyph or "").replace("\ufe0f", "") in TREES | TOWERS}
    weather = {e.id for e in scene.entities if (e.glyph or "").replace("\ufe0f", "") in WEATHER}
    overhead: list[Relation] = []
    for relation in scene.relations:
        problem = _problem(relation, kinds)
        if problem:
            links.dropped.append((relation, problem))
        elif relation.predicate in SIDEWAYS:
            links.sides.append(relation)
        elif not _over_a_support(links, relation):
            _attach(links, relation, kinds, trees, weather)
        else:
            overhead.append(relation)
    for relation in overhead:
        _under_its_support(links, relation, kinds)
    _imply_tabletops(scene, kinds, links)
    return links


def _problem(relation: Relation, kinds: dict[str, Kind]) -> str:
    if relation.subject not in kinds or relation.object not in kinds:
        return "it names something that could not be drawn"
    if relation.subject == relation.object:
        return "it relates a thing to itself"
    return ""


def _attach(links: Links, relation: Relation, kinds: dict[str, Kind], trees: set[str], weather: set[str]) -> None:
    child, parent, how = relation.subject, relation.object, relation.predicate
    if how in HOST_FIRST:  # "A wearing B": B hangs on A
        child, parent = parent, child
    if how == "below" and kinds[parent].zone != "sky" and parent not in links.parent_of \
            and parent not in links.ancestors(child):
        child, parent, how = parent, child, "above"  # "a ball below the bird": the bird flies above the ball
    if how in ("under", "below") and kinds[parent].zone == "sky" and kinds[child].zone != "sky":
        return  # "under the stars": the sky is above whatever stands on the ground; checked, not attached
    if how == "in" and parent in weather and kinds[child].zone == "ground" and not kinds[child].scenery:
        return  # "in the rain", "in a puddle" the reader drew as a rain cloud: the walker stays on the ground
    if how == "on" and parent not in trees and _at_the_foot(kinds[child], kinds[parent]):
        how = "in_front_of"  # "a dog on the porch of a farmhouse": at the building's foot, not on its roof
    if child in links.parent_of and how in SUPPORTS and links.parent_of[child].how in HOVERING \
            and child not in [parent, *links.ancestors(parent)]:  # over an acorn, on a stump: it stands on the
        del links.parent_of[child]  # stump (the report checks the first against the boxes, as any relation)
    if child in links.parent_of:
        links.dropped.append((relation, "it already stands in another relation that was honoured first"))
        return
    if child in [parent, *links.ancestors(parent)]:
        links.dropped.append((relation, "it would make a loop with the relations before it"))
        return
    links.parent_of[child] = Link(child, parent, how)


def _over_a_support(links: Links, relation: Relation) -> bool:
    """Whether "A above B" comes when A already stands on or in something: a second parent A cannot have."""
    link = links.parent_of.get(relation.subject)
    return relation.predicate == "above" and link is not None and (link.how in SUPPORTS or link.how == "holding")


def _under_its_support(links: Links, relation: Relation, kinds: dict[str, Kind]) -> None:
    """"An owl on a branch high above a sleeping fox", "mugs on a shelf above the sink": what A is over stands
    under A's support (the fox under the tree's crown, the sink under the shelf), where A is over it; the relation
    itself is then checked against the boxes like any other. Dropped as before when B is attached elsewhere, is
    part of A's own chain, or is too big to stand under the support (a house under a mailbox), or the support is a
    person (nothing stands under one: crows on a scarecrow read as a guard over pumpkins)."""
    thing, other = relation.subject, relation.object
    support = links.parent_of[thing].parent
    if links.parent_of[thing].how == "holding":
        _under_the_held(links, relation, kinds)
        return
    if (other in links.parent_of or other in [thing, support, *links.ancestors(thing)]
            or kinds[other].zone not in ("ground", "tabletop") or kinds[other].size >= kinds[support].size
            or kinds[support].person):
        links.dropped.append((relation, "it already stands in another relation that was honoured first"))
        return
    links.parent_of[other] = Link(other, support, "under")


def _under_the_held(links: Links, relation: Relation, kinds: dict[str, Kind]) -> None:
    """"A chef holding a pan over a stove", "a robot holding an umbrella over a dog": the held thing cannot also hang
    over B, so B stands at the holder's feet ("under" the holder), and `held_over.py` moves it beneath the held
    thing. Dropped as before when B is attached elsewhere, is in A's own chain, or does not stand on the ground (a
    cloud, a house: nothing a hand reaches over), or is a person (one who shares a kite with the holder stands
    beside them, never at their feet)."""
    thing, other = relation.subject, relation.object
    holder = links.parent_of[thing].parent
    if (other in links.parent_of or other in [thing, holder, *links.ancestors(thing)]
            or kinds[other].zone not in ("ground", "tabletop") or kinds[other].scenery or kinds[other].person):
        links.dropped.append((relation, "it already stands in another relation that was honoured first"))
        return
    links.parent_of[other] = Link(other, holder, "under")


def _at_the_foot(child: Kind, parent: Kind) -> bool:
    """Whether a walker "on" this scenery means at its foot (a porch, steps, a doorstep): a building that offers no
    surface, for something that stands on the ground. A mountain's top is still its top, a tree's branch its
    branch."""
    return (parent.scenery and not parent.surface and parent.zone == "ground" and parent.size < MOUNTAIN_SIZE
            and child.zone == "ground" and not child.scenery and not child.furniture)


def subtree_ids(links: Links, entity_id: str) -> set[str]:
    """Everything attached to the thing, at any depth."""
    found: set[str] = set()
    frontier = [entity_id]
    while frontier:
        current = frontier.pop()
        for link in links.children(current):
            if link.child not in found:
                found.add(link.child)
                frontier.append(link.child)
    return found


def _laid_on(kind: Kind) -> bool:
    """Whether loose things are laid on this surface: furniture, a drawn form (a table, a rug), a dish; not a ladder's
    rung, a rock or a log, which hold only the one who stands or sits there."""
    return kind.surface and (kind.furniture or kind.shape_aspect > 0 or kind.flat)


def _shared_place(link: Link, kinds: dict[str, Kind]) -> bool:
    """Whether a small thing beside the linked one shares its place: on a surface loose things are laid on, or
    under a table, a desk or a bench ("a cat asleep under the kitchen table, her food bowl beside her": the bowl
    had stood outside the table, far from her)."""
    return (link.how == "on" and _laid_on(kinds[link.parent])) or (
        link.how == "under" and kinds[link.parent].form in OPEN_BENEATH)


def _loose(kind: Kind) -> bool:
    """A small thing on the floor that is no one and no piece of furniture: a ball, a bone, a slipper."""
    return kind.zone == "ground" and not (kind.person or kind.scenery or kind.furniture or kind.shape_aspect)


def _fits_beneath(kind: Kind, link: Link, kinds: dict[str, Kind]) -> bool:
    """Whether a loose floor thing beside one under a table goes under it too ("a retriever asleep under the
    table with a ball next to its paws": the ball had rolled out past the table's end, far from the dog)."""
    return link.how == "under" and kind.size < kinds[link.parent].size


def _imply_tabletops(scene: SceneGraph, kinds: dict[str, Kind], links: Links) -> None:
    """Small loose things go on the table when the picture has one (and only one kind of) table to put them on; one
    beside a thing on furniture (a table, a bed, a sofa, a rug, a plate) goes on it too ("a smartphone lying on
    a bed next to a pair of headphones" had left the headphones on the floor), and one beside a thing under a
    table goes under it too."""
    tables = [e.id for e in scene.entities if e.id in kinds and kinds[e.id].form in TABLE_FORMS]
    for entity in scene.entities:
        kind = kinds.get(entity.id)
        if kind is None or entity.id in links.parent_of or not (kind.zone == "tabletop" or _loose(kind)):
            continue
        partners = [r.object if r.subject == entity.id else r.subject for r in links.sides
                    if entity.id in (r.subject, r.object)]
        shared = next((links.parent_of[p] for p in partners if p in links.parent_of
                       and _shared_place(links.parent_of[p], kinds) and (
                           kind.zone == "tabletop" or _fits_beneath(kind, links.parent_of[p], kinds))), None)
        if shared is not None and shared.parent not in subtree_ids(links, entity.id):  # beside a mug on the desk:
            links.parent_of[entity.id] = Link(entity.id, shared.parent, shared.how, implied=True)  # on it too
            continue
        if partners or not tables or kind.zone != "tabletop":
            continue
        if tables[0] in subtree_ids(links, entity.id):
            continue
        links.parent_of[entity.id] = Link(entity.id, tables[0], "on", implied=True)
