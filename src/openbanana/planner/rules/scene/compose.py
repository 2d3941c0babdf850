"""compose_scene: a scene graph becomes placed subjects (furniture with no pictogram among them) and a world Background.

Steps: what each entity is (kinds) and which pictogram shows it (variants); the relations as a tree of attachments
and side orders (relations); each root's group with its copies and attached things (groups); the world and its
ground plane (world); the groups on the stage, in perspective (stage); then the boxes, the drawing order, and a
check of every relation against the boxes, so the notes and the answer say only what was drawn (assemble).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace

from openbanana.imaging.people import is_head
from openbanana.plan import Background, Box, Subject
from openbanana.planner.rules.scene.assemble import assemble
from openbanana.planner.rules.scene.beneath import under_the_perched
from openbanana.planner.rules.scene.defaults import with_defaults
from openbanana.planner.rules.scene.finish import finish_background
from openbanana.planner.rules.scene.groups import GroupBuilder
from openbanana.planner.rules.scene.handheld import in_hand, pushed_in
from openbanana.planner.rules.scene.held_over import under_the_held
from openbanana.planner.rules.scene.kinds import DISCS, OUTDOOR_FORMS, Kind, kind_of
from openbanana.planner.rules.scene.perching import STANDING_BIRD, in_own_colours, standing_birds, stood
from openbanana.planner.rules.scene.pieces import Group
from openbanana.planner.rules.scene.props import one_per_game, room_props, scenery, sport_props
from openbanana.planner.rules.scene.relations import resolve
from openbanana.planner.rules.scene.report import report
from openbanana.planner.rules.scene.rings import among, encircle, ring_hosts, ringed_root
from openbanana.planner.rules.scene.room_walls import wall_panels
from openbanana.planner.rules.scene.shown_parts import (
    activities,
    recounted,
    redirected,
    showing_parts,
    shown_parts,
)
from openbanana.planner.rules.scene.staging import stage_groups
from openbanana.planner.rules.scene.uncovered import clear_of_named
from openbanana.planner.rules.scene.variants import person_glyph
from openbanana.planner.rules.scene.window_seats import hang_windows, windows_at
from openbanana.planner.rules.scene.world import (
    Habitat,
    Look,
    WorldChoice,
    drawn_by_the_world,
    frame_world,
    tops_seen_from_above,
)
from openbanana.planner.rules.scene.world import choose_world as pick_world
from openbanana.scene import Arrangement, Entity, SceneGraph, Setting

PLAIN_LOOK = Look()
TANKS = frozenset({"fish tank"})  # drawn containers fish live in, indoors


@dataclass(frozen=True)
class Composition:
    subjects: tuple[Subject, ...]
    background: Background
    notes: tuple[str, ...] = ()  # for the thoughts: what was placed and how the relations were honoured
    shortfalls: tuple[str, ...] = ()  # for the answer: what could not be drawn or honoured


def choose_world(scene: SceneGraph, rng: random.Random, *, look: Look = PLAIN_LOOK,
                 plain: bool = False) -> WorldChoice:
    """The world for the graph before the layout gives it an area: its page colours decide the type's colours.
    `plain`: a document's page (no ground, no sky), for pictures set among its text."""
    kinds, glyphs = _drawable(scene)
    hero = next((e for e in scene.entities if e.id in kinds), None)
    disc_entity = any((glyphs.get(e.id) or "").replace("\ufe0f", "") in DISCS for e in scene.entities)
    return pick_world(scene, _habitat(hero, kinds), look, rng, disc_entity=disc_entity, plain=plain)


def compose_scene(scene: SceneGraph, area: Box, ratio: float, rng: random.Random, *, avoid: Sequence[Box] = (),
                  look: Look = PLAIN_LOOK, world: WorldChoice | None = None, fill: bool = False) -> Composition:
    """Place the graph in `area` (canvas fractions, clear of text), on a canvas `ratio` wide per unit high, in the
    `world` chosen for it (by default, the one `choose_world` gives). `fill`: a document's small area (a step's
    icon, a diagram's object): the things fill it, centred, with no scenery added."""
    scene = in_own_colours(one_per_game(scene))
    kinds, glyphs = _drawable(scene)
    scene, recounted_hosts = recounted(scene, glyphs)
    for entity_id, kind in recounted_hosts.items():  # a cake for "eight candles" drawn with none of its own
        kinds[entity_id], glyphs[entity_id] = kind, None
    doing, posed = activities(scene, glyphs)
    parts = shown_parts(scene, glyphs, recounted_hosts) | doing
    for entity_id in parts:  # the host's pictogram draws them (a birthday cake's candles, a woman's yoga)
        kinds.pop(entity_id, None)
    for entity_id, glyph in posed.items():
        glyphs[entity_id] = glyph
        kinds[entity_id] = kind_of(replace(next(e for e in scene.entities if e.id == entity_id), glyph=glyph))
    tops = tops_seen_from_above(scene)
    scene = pushed_in(in_hand(redirected(scene, parts, ground=tops), glyphs), glyphs)
    chosen = world if world is not None else choose_world(scene, rng, look=look)
    few = not fill and 1 <= standing_count(scene, kinds, standing_figures(scene, kinds, glyphs)) <= 2
    framed = frame_world(chosen, area, ratio, scene.camera, rng, few=few)
    walls = room_windows(scene, framed.background, kinds) if not fill else {}
    at_windows = windows_at(scene, framed.background) if not fill else {}
    for entity_id in walls | at_windows:  # the room's own window or wall shows it: no second one on the floor
        kinds.pop(entity_id, None)
    scene = among(scene, kinds)
    links = resolve(scene, kinds)
    stated = len(links.parent_of)
    links = with_defaults(scene, kinds, links)  # where the graph is silent, the likely stance (scene/defaults.py)
    laid = len(links.parent_of) - stated  # loose things the defaults lay on a surface are still things named
    hero = next((e for e in scene.entities if e.id in kinds), None)
    entities = {e.id: e for e in scene.entities}
    airborne = frozenset({"sky", "swimmer"} if framed.mode == "underwater" else {"sky"} if framed.mode == "ground"
                         else {"sky", "swimmer", "ground", "water", "tabletop"})
    builder = GroupBuilder(entities, kinds, glyphs, links, _arrangement, rng, airborne=airborne, vary=not fill,
                           figures=standing_figures(scene, kinds, glyphs))
    roots = [e.id for e in scene.entities if e.id in kinds and e.id not in links.parent_of]
    groups = encircle([builder.build(root) for root in roots], ring_hosts(scene))
    under_the_perched(groups, scene, links)
    under_the_held(groups, scene, links)
    too_small = area[2] - area[0] < 0.04 or area[3] - area[1] < 0.04
    if too_small or hero is None:
        groups = []
    named = {e.noun for e in scene.entities} | {g for g in glyphs.values() if g}
    decor = [] if fill else _decor_groups(framed.setting, len(groups) + laid, builder, named)
    hero_root = ringed_root(groups, hero.id, links.root(hero.id)) if hero else ""
    if hero is None and not too_small and decor and framed.setting.indoor:  # "a cozy bookshop": the room's own
        # furniture is the picture, not an empty room (a landscape with nothing named is its sky and ground)
        groups, decor, hero_root = decor[:1], decor[1:], decor[0].root
    placements = clear_of_named(stage_groups(groups, decor, framed, links, hero_root, rng, fill=fill))
    ordered = frozenset(e for r in scene.relations if r.predicate in ("behind", "in_front_of") for e in (r.subject,
                                                                                                      r.object))
    subjects = showing_parts(assemble(placements, framed, hero.id if hero else "", ratio, entities, ordered,
                                      scene.relations), parts)
    background = finish_background(framed.background, subjects, avoid, ratio, rng,
                                   window_scale=max((e.scale for e in walls.values() if e.noun.lower() == "window"),
                                                    default=1.0))
    subjects, background, hung = hang_windows(at_windows, scene.relations, subjects, background, ratio)
    subjects = wall_panels(walls, background, subjects)
    notes, shortfalls = report(scene, subjects, links, framed, kinds, too_small=too_small, walls=tuple(walls),
                              parts=parts, tops=tops, hung=hung, ratio=ratio)
    return Composition(subjects, background, notes, shortfalls)


def standing_count(scene: SceneGraph, kinds: dict[str, Kind], figures: frozenset[str]) -> int:
    """How many named things stand on their own in the picture (copies counted; not what is held, worn, or on or
    in another thing, nor scenery or what flies): with one or two, the frame closes in on them. A person drawn as
    a head and shoulders is a portrait already framed: it counts as many (0 for no frame at all), and so does a
    scene whose words are set on or at a thing in it (a sign, a mug, a speaker's bubble): the words size their
    carrier (`carriers.py`) and stand where the layout set them, so a closer frame would only slide them."""
    if any(text.target for text in scene.texts):
        return 0
    attached = {r.object for r in scene.relations if r.predicate in ("holding", "wearing")} | {
        r.subject for r in scene.relations if r.predicate in ("on", "in", "riding")}
    standing = [e for e in scene.entities if e.id in kinds and e.id not in attached
                and kinds[e.id].zone != "sky" and not kinds[e.id].scenery]
    if any(kinds[e.id].person and e.id not in figures for e in standing):
        return 0
    return sum(e.count for e in standing)


def standing_figures(scene: SceneGraph, kinds: dict[str, Kind], glyphs: dict[str, str | None]) -> frozenset[str]:
    """The people who stand as whole figures: not in a close-up, and drawn by the font as a face alone; clothes
    become theirs, and glasses or a hat sit on the face (`face_figures.py`): a bust had floated in the scene."""
    if scene.camera == "close_up":
        return frozenset()
    return frozenset(e.id for e in scene.entities if e.id in kinds and kinds[e.id].person
                     and is_head(glyphs[e.id]))


def _habitat(hero: Entity | None, kinds: dict[str, Kind]) -> Habitat | None:
    """Where the picture takes place when the prompt names no place: indoors when there is furniture, else where
    the hero lives (a field for a dog, a table for a cup, the sea for a fish, the sky for a kite)."""
    if hero is None:
        return None
    if any(kind.furniture and kind.form not in OUTDOOR_FORMS for kind in kinds.values()):
        return "indoor"  # a bench alone stands outdoors: "an old man reading on a bench" had been in a room
    if kinds[hero.id].zone == "swimmer" and any(k.container and k.form in TANKS for k in kinds.values()):
        return "indoor"  # goldfish in a fish tank: the tank stands in a room, not on the sea floor
    return kinds[hero.id].zone


def _drawable(scene: SceneGraph) -> tuple[dict[str, Kind], dict[str, str | None]]:
    """The kind and pictogram of every entity that can be drawn (a pictogram, or furniture drawn as shapes)."""
    kinds: dict[str, Kind] = {}
    glyphs: dict[str, str | None] = {}
    mirrored = drawn_by_the_world(scene)
    standing = standing_birds(scene)
    for entity in scene.entities:
        kind = kind_of(entity)
        if (entity.glyph is None and kind.shape_aspect <= 0) or entity.id in mirrored:
            continue
        if entity.id in standing:  # a pigeon being fed stands at the feeder's feet, not in the sky
            entity = replace(entity, glyph=STANDING_BIRD)
            kind = stood(kind) if standing[entity.id] else kind
        kinds[entity.id] = kind
        riding = any(r.subject == entity.id and r.predicate == "riding" for r in scene.relations)
        glyphs[entity.id] = (person_glyph(entity, entity.glyph, riding=riding) if entity.glyph and kind.person
                             else entity.glyph)
    return kinds, glyphs


def _arrangement(entity: Entity, kind: Kind) -> Arrangement:
    """As asked; else by kind: flying and swimming things and scenery scattered, the rest in a loose row."""
    if entity.arrangement != "auto":
        return entity.arrangement
    if kind.zone in ("sky", "swimmer") or kind.scenery:
        return "scattered"
    return "auto"


def _decor_groups(setting: Setting, count: int, builder: GroupBuilder, named: set[str]) -> list[Group]:
    """The place's telling scenery or a room's furniture, as decor groups (no entity of the graph); a prop that
    is a word (a counter) is drawn as that form."""
    groups = []
    props = scenery(setting, count) + room_props(setting, count, named) + sport_props(setting, named)
    for index, prop in enumerate(props):
        glyph = None if prop.isascii() else prop
        entity = Entity(f"_decor{index}", "scenery" if glyph else prop, glyph)
        builder.entities[entity.id] = entity
        builder.kinds[entity.id] = kind_of(entity)
        builder.glyphs[entity.id] = glyph
        groups.append(builder.build(entity.id))
    return groups


def room_windows(scene: SceneGraph, background: Background, kinds: dict[str, Kind]) -> dict[str, Entity]:
    """A window the prompt names in a room, in no relation: it is the room's own window in the back wall (bigger
    when asked), not a second one drawn standing on the floor; a wall named in a room is the room's own wall, not
    a garden wall of stones standing on its floor, unless people sit on it ("two teenagers sitting on a low wall"
    by a gelato shop: a low wall, drawn, not the shop's back wall they were said to stand before; a teacher
    pointing at a map "on the classroom wall" stays before the room's own wall)."""
    if background.scene != "floor" or background.backdrop != "room":
        return {}
    related = {r.subject for r in scene.relations} | {r.object for r in scene.relations}
    people = {e.id for e in scene.entities if e.id in kinds and kinds[e.id].person and e.action.startswith("sit")}
    sat_on = {r.object for r in scene.relations if r.predicate == "on" and r.subject in people}
    return {e.id: e for e in scene.entities if (e.noun.lower() == "window" and e.count == 1 and e.id not in related)
            or (e.noun.lower().split()[-1:] == ["wall"] and e.id not in sat_on)}
