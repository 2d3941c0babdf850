"""What the composer says: notes for the thoughts (what was placed, where, and how the relations and counts were
honoured) and shortfalls for the answer (what could not be drawn, or honoured, checked against the boxes)."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.plan import Subject
from openbanana.planner.rules.lexicon import PLURAL_ONLY
from openbanana.planner.rules.scene.arrangements import MAX_COPIES
from openbanana.planner.rules.scene.kinds import Kind
from openbanana.planner.rules.scene.relations import Links
from openbanana.planner.rules.scene.world import World, drawn_by_the_world
from openbanana.planner.scene_geometry import relation_holds, subjects_of
from openbanana.planner.scene_phrases import ARRANGEMENT_WORDS, RELATION_WORDS, entity_phrase, setting_phrase
from openbanana.scene import Relation, SceneGraph
from openbanana.wording import with_article

TINY = 0.03  # a thing drawn smaller than this (a fraction of the height) is hard to make out
CAMERA_WORDS = {"close_up": "close up", "wide": "in a wide shot", "top_down": "from straight above",
                "low_angle": "from a low angle, the horizon low", "isometric": "from high up"}


def report(scene: SceneGraph, subjects: Sequence[Subject], links: Links, world: World,
           kinds: dict[str, Kind], *, too_small: bool, walls: tuple[str, ...] = (),
           parts: dict[str, str] | None = None, tops: frozenset[str] = frozenset(), hung: tuple[str, ...] = (),
           ratio: float = 1.0) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`walls`: windows the room's own window shows; `parts`: things their host's pictogram shows (part → host);
    `tops`: a table seen from above, whose top is the ground; `hung`: windows (or sills) things are at, hung in the
    back wall by them (`window_seats.py`), so the relations to them are kept there; `ratio`: the canvas's width per
    unit of height, so gaps are judged as the eye sees them."""
    parts = parts or {}
    notes: list[str] = []
    shortfalls: list[str] = []
    if too_small and scene.entities:
        shortfalls.append("The text leaves no room for pictures, so none are drawn.")
    placed = [e for e in scene.entities if subjects_of(subjects, e.id)]
    shown = {e.noun for e in scene.entities if e.id in parts}  # "a golfer swinging a club": 🏌 holds it
    shortfalls.extend(f"There is no pictogram for the {noun}, so it is not in the picture." for noun in scene.unmatched
                      if noun not in shown)
    mirrored = drawn_by_the_world(scene) if world.setting.terrain == "water" else frozenset()
    for entity in scene.entities:
        if entity.id in mirrored:
            notes.append(f"The {entity.noun} is the water's mirror of what stands on it, not a thing of its own.")
        elif entity.id in tops:
            notes.append(f"Seen from straight above, the {entity.noun}'s top fills the picture: all lies on it.")
        elif entity.id in hung:
            notes.append(f"The {entity.noun} is the room's own window, hung in the back wall by what is at it.")
        elif entity.id in walls:
            notes.append(f"The {entity.noun} is the room's own back wall." if entity.noun.lower().endswith("wall")
                         else f"The {entity.noun} is the room's own, in the back wall.")
        elif entity.id in parts:
            notes.append(f"The {entity.noun} is shown by the {_noun(scene, parts[entity.id])}'s own pictogram.")
        elif entity.id not in kinds:
            shortfalls.append(f"There is no pictogram for the {entity.noun}, so it is not in the picture.")
        elif entity.stand_in and subjects_of(subjects, entity.id):
            verb = "are" if entity.noun.split()[-1] in PLURAL_ONLY else "is"
            shortfalls.append(f"The {entity.noun} {verb} shown as {_a(entity.stand_in)}, the nearest pictogram.")
        elif entity.count > MAX_COPIES and subjects_of(subjects, entity.id):
            shortfalls.append(f"Only {MAX_COPIES} of the {entity.count} {entity.noun}s are drawn.")
    tiny = [e.noun for e in placed
            if e.id not in hung and max(s.box[3] - s.box[1] for s in subjects_of(subjects, e.id)) < TINY]
    if tiny:
        shortfalls.append(f"To fit everything, the {' and the '.join(tiny)} {'is' if len(tiny) == 1 else 'are'} "
                          "drawn very small.")
    if placed:
        notes.append("Placed: " + "; ".join(_placed(e.id, scene, subjects, kinds.get(e.id)) for e in placed) + ".")
    honoured, missed = _checked(scene, subjects, links, ratio)
    if honoured:
        notes.append("Relations kept: " + "; ".join(_relation(scene, r) for r in honoured) + ".")
    implied = [link for link in links.parent_of.values() if link.implied and subjects_of(subjects, link.child)]
    if implied:
        notes.append("Put on the " + _noun(scene, implied[0].parent) + ": " +
                     ", ".join(_noun(scene, link.child) for link in implied) + ".")
    at_windows = [r for r, _ in links.dropped if {r.subject, r.object} & set(hung)]
    if at_windows:
        notes.append("Kept at the window: " + "; ".join(_relation(scene, r) for r in at_windows) + ".")
    for relation, why in links.dropped:
        if relation in at_windows:
            continue
        backing = scene.entity(relation.subject) if relation.subject in walls else None
        if backing is not None and backing.noun.lower().endswith("wall") and relation.predicate == "behind":
            notes.append(f"The {_relation(scene, relation)}: the room's back wall, drawn behind everything.")
            continue
        wall = scene.entity(relation.object) if relation.object in walls else None
        if wall is not None and wall.noun.lower().endswith("wall"):
            _on_the_wall(scene, subjects, relation.subject, world, notes, shortfalls)
            continue
        shortfalls.append(f"The {_relation(scene, relation)} is not shown: {why}.")
    for relation in missed:  # refused by the layout for one kept before it (when that one is seen), or unfitted
        undone = links.unkept.get(relation)
        if undone is not None and any(r is undone for r in honoured):
            shortfalls.append(f"The {_relation(scene, relation)} is not shown: it would undo the "
                              f"{_relation(scene, undone)}, kept before it.")
        else:
            shortfalls.append(f"The {_relation(scene, relation)} could not be fitted in the picture.")
    notes.append(_world_note(scene, world))
    return tuple(notes), tuple(dict.fromkeys(shortfalls))


def _on_the_wall(scene: SceneGraph, subjects: Sequence[Subject], thing: str, world: World, notes: list[str],
                 shortfalls: list[str]) -> None:
    """A thing related to a room's own wall: said to hang on it when drawn wholly above the floor line, else said
    to stand in the room (never "the wall could not be drawn": the room's back wall is drawn)."""
    drawn = subjects_of(subjects, thing)
    if not drawn:
        return
    if max(s.box[3] for s in drawn) <= world.background.horizon:
        notes.append(f"The {_noun(scene, thing)} hangs on the room's back wall.")
    else:
        shortfalls.append(f"The {_noun(scene, thing)} stands in the room, not on its wall.")


def _placed(entity_id: str, scene: SceneGraph, subjects: Sequence[Subject], kind: Kind | None) -> str:
    entity = scene.entity(entity_id)
    assert entity is not None
    own = [s for s in subjects if s.entity == entity_id and s.label == entity.noun]
    held = list(dict.fromkeys(s.label for s in subjects if s.entity == entity_id and s.label != entity.noun))
    count = len(own) or 1
    text = entity_phrase(entity, count) + (f" (shown as {_a(entity.stand_in)})" if entity.stand_in else "") + (
        f" with {' and '.join(held)} on it" if held else "")
    if count > 1:
        loose = "scattered about" if kind and (kind.zone in ("sky", "swimmer") or kind.scenery) else \
            "side by side, each a little different"
        text += " " + ARRANGEMENT_WORDS.get(entity.arrangement, loose)
    roles = {s.role for s in own}
    if "hero" in roles and own:
        box = own[0].box
        where = "on the left third" if (box[0] + box[2]) / 2 < 0.42 else "on the right third" if (
            box[0] + box[2]) / 2 > 0.58 else "in the centre"
        text += f" (the hero, {where})"
    if own and own[0].glyph is None:
        text += ", drawn as a shape"
    return text


def _checked(scene: SceneGraph, subjects: Sequence[Subject], links: Links, ratio: float
             ) -> tuple[list[Relation], list[Relation]]:
    dropped = {id(r) for r, _ in links.dropped}
    honoured: list[Relation] = []
    missed: list[Relation] = []
    for relation in scene.relations:
        a, b = subjects_of(subjects, relation.subject), subjects_of(subjects, relation.object)
        if id(relation) in dropped or not a or not b:
            continue
        (honoured if relation_holds(relation.predicate, a, b, ratio=ratio) else missed).append(relation)
    return honoured, missed


def _relation(scene: SceneGraph, relation: Relation) -> str:
    return f"{_noun(scene, relation.subject)} {RELATION_WORDS[relation.predicate]} the {_noun(scene, relation.object)}"


def _noun(scene: SceneGraph, entity_id: str) -> str:
    entity = scene.entity(entity_id)
    return entity.noun if entity else entity_id


def _world_note(scene: SceneGraph, world: World) -> str:
    background = world.background
    where = setting_phrase(world.setting, background) or "on a plain backdrop"
    parts = [f"World: {where}"]
    if world.assumed:
        parts.append("(no place was named, so one that suits the hero)")
    if background.scene in ("ground", "sea", "floor", "table", "stage") and scene.camera != "top_down":
        parts.append(f"with the horizon at {round(background.horizon * 100)}% of the height")
    if background.window is not None:
        parts.append("and a window in the back wall")
    if scene.camera in CAMERA_WORDS:
        parts.append(f"seen {CAMERA_WORDS[scene.camera]}")
    return " ".join(parts) + "; nearer things stand lower and larger, and are drawn over what is behind them."


def _a(name: str) -> str:
    """"house" → "a house", "ice" → "an ice"; a name that has its article already keeps it, as does a plural-only
    one ("shorts", "blueberries")."""
    if name.split(" ", 1)[0] in ("a", "an", "the") or name.split()[-1] in PLURAL_ONLY or name.endswith("ies"):
        return name
    return with_article(name, plural=False)
