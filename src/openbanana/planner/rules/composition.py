"""Plans a composition from a prompt: reads it, then lays out a new picture or plans an edit of the references."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import replace

from openbanana.plan import Box, Plan, Shape, Subject, TextBlock
from openbanana.planner.base import PlanningContext, PlanningInput, PlanOutcome, grounding_notes, stop_if_cancelled
from openbanana.planner.rules.carriers import onto_carriers, template_texts
from openbanana.planner.rules.documents import DocumentLayout, Slot, document_background, lay_out_document, make_page
from openbanana.planner.rules.editing import plan_edit
from openbanana.planner.rules.layout import choose_fonts
from openbanana.planner.rules.look import look
from openbanana.planner.rules.notes import composition_notes
from openbanana.planner.rules.pale_marks import marked_on_page
from openbanana.planner.rules.panel_cast import seat_the_rest
from openbanana.planner.rules.reading import PromptReading, read_prompt
from openbanana.planner.rules.scene import Composition, Look, WorldChoice, choose_world, compose_scene
from openbanana.planner.rules.scene.kinds import has_form
from openbanana.planner.rules.scene_reading import read_scene
from openbanana.planner.rules.seen_tops import table_ground
from openbanana.planner.rules.slot_company import join_their_company
from openbanana.scene import Entity, SceneGraph

# Documents whose picture areas hold one object or a few icons, filled, on the page (not a scene with a ground).
FILLED = frozenset({"diagram", "logo", "label", "card", "menu", "steps", "comic"})


class RulesPlanner:
    name = "rules"

    def plan(self, request: PlanningInput, context: PlanningContext | None = None) -> PlanOutcome:
        return PlanOutcome(plan_composition(request), grounding_notes(context))


def plan_composition(request: PlanningInput, scene: SceneGraph | None = None) -> Plan:
    """An edit of the references when the request has any, else a new picture; the seed picks among what fits.

    `scene` is the prompt already read as a scene graph (the language-model planner's); None reads it by rules.
    """
    reading = read_prompt(request.prompt, editing=request.reference_count > 0)
    stop_if_cancelled(request)
    rng = random.Random(request.seed)
    scene = scene if scene is not None else read_scene(request.prompt)
    stop_if_cancelled(request)
    if request.reference_count:
        return replace(plan_edit(request, reading, rng), scene=scene)
    return _plan_new_picture(request, reading, scene, rng)


def _plan_new_picture(request: PlanningInput, reading: PromptReading, graph: SceneGraph,
                      rng: random.Random) -> Plan:
    """The document's template sets the strings and leaves areas for pictures; the scene composer fills them."""
    moods = reading.moods
    ratio = request.width / request.height
    seen = look(reading)
    world = choose_world(graph, rng, look=seen)
    fonts = choose_fonts(reading.texts, moods, rng)
    pictured = [e.noun for e in graph.entities if e.glyph]
    texts = template_texts(graph) if graph.document == "scene" else graph.texts
    page = make_page(texts, graph.document, ratio, request.prompt, pictured, world.background,
                     [*reading.background_colors, *reading.tints.values()],
                     next((m.font for m in moods if m.font), None), fonts[0] if fonts else "display", rng)
    document = lay_out_document(page)
    stop_if_cancelled(request)
    fill = graph.document in FILLED
    if document.paper or fill:  # a menu, a steps sheet, a diagram: pictures stand on the page, not on a ground
        world = choose_world(graph, rng, look=seen, plain=True)
    avoid = tuple(b.box for b in document.blocks)
    placed = _compose(graph, document.area, ratio, rng, avoid, seen, world, fill=fill)
    slotted = [compose_scene(part, slot.box, ratio, rng, avoid=avoid, look=seen, fill=True,
                             world=choose_world(part, rng, look=seen, plain=True))
               for slot, part in _slot_graphs(graph, document.slots)]
    subjects = (*placed.subjects, *(s for c in slotted for s in c.subjects))
    carried = onto_carriers(document.blocks, subjects, graph, (request.width, request.height), request.prompt) \
        if graph.document == "scene" else None
    blocks = carried.texts if carried else document.blocks
    subjects = carried.subjects if carried else subjects
    shapes = (*_tails_to_speakers(document.shapes, blocks, graph, subjects), *(carried.shapes if carried else ()))
    background = document_background(placed.background, document, bool(reading.background_colors or moods))
    subjects = marked_on_page(subjects, background)  # a white cloud on a pale diagram page is drawn a shade darker
    tinted = {s.label for s in subjects if s.tint is not None}  # "Recoloured" only for what the picture recolours
    said = {noun: c for noun, c in reading.tints.items() if noun in tinted or noun.removesuffix("s") in tinted}
    notes = composition_notes(replace(reading, text_specs=graph.texts, document=graph.document, tints=said),
                              placed.notes, document.name, [b.font for b in document.blocks] or fonts)
    palette = tuple(dict.fromkeys((*reading.background_colors, *reading.tints.values(),
                                   *(c for m in moods for c in m.colors), *background.colors)))[:6]
    shortfalls = (*document.shortfalls, *placed.shortfalls, *_unpictured(graph, subjects, document),
                  *(carried.shortfalls if carried else ()))
    if carried and carried.covered:  # "the name" of a name tag is drawn with the tag: not missing
        shortfalls = tuple(s for s in shortfalls if not any(
            re.search(rf"\bthe {re.escape(noun)}\b", s.lower()) for noun in carried.covered))
    graph = table_ground(graph, background.terrain)  # "a desk from above": its top is the ground drawn
    return Plan(
        prompt=request.prompt, background=background, palette=palette, subjects=subjects, texts=blocks,
        style=reading.style, notes=notes, reference_count=0, seed=request.seed, layout=document.name,
        extras={"setting": reading.scene_name} if reading.scene_name else {}, scene=graph,
        shapes=shapes,
        shortfalls=tuple(dict.fromkeys(shortfalls)),
    )


def _compose(graph: SceneGraph, area: Box | None, ratio: float, rng: random.Random, avoid: tuple[Box, ...],
             seen: Look, world: WorldChoice, *, fill: bool) -> Composition:
    if area is None:  # the document leaves no room: the world only, nothing placed
        return compose_scene(replace(graph, entities=(), relations=()), (0.0, 0.0, 1.0, 1.0), ratio, rng,
                             avoid=avoid, look=seen, world=world)
    return compose_scene(graph, area, ratio, rng, avoid=avoid, look=seen, world=world, fill=fill)


def _tails_to_speakers(shapes: tuple[Shape, ...], blocks: tuple[TextBlock, ...], graph: SceneGraph,
                       subjects: Sequence[Subject]) -> tuple[Shape, ...]:
    """Each speech bubble's tail moved to the top of its speaker as drawn: the template aimed it at the middle of the
    speaker's slot, where another of the cast may stand. Bubbles and speech blocks come in the same order."""
    speech = [b for b in blocks if b.role == "speech"]
    targets = {t.text: t.target for t in graph.texts if t.role == "speech"}
    out, index = [], 0
    for shape in shapes:
        if shape.kind == "bubble" and index < len(speech):
            target = targets.get(speech[index].text, "")
            index += 1
            aim = shape.points[-1]
            below = [s for s in subjects if target and (s.entity == target or s.label == target)
                     and len(shape.points) == 3 and s.box[1] > shape.points[1][1]]
            speaker = min(below, key=lambda s: abs((s.box[0] + s.box[2]) / 2 - aim[0]) + abs(s.box[1] - aim[1]),
                          default=None)  # the one in this bubble's panel: a comic repeats its cast
            if speaker is not None:
                left, top, right, _ = speaker.box
                shape = replace(shape, points=(*shape.points[:2], (round((left + right) / 2, 5),
                                                                   round(top + (speaker.box[3] - top) * 0.04, 5))))
        out.append(shape)
    return tuple(out)


def _slot_graphs(graph: SceneGraph, slots: tuple[Slot, ...]) -> list[tuple[Slot, SceneGraph]]:
    """A document's small areas (a step's icon, a comic panel's characters): what each wants by name, else the
    entities in turn when there are enough for every slot (a panel takes up to two). A named thing no slot asked
    for (the girl a robot talks to) joins the slot of what it relates to, else the first with room: a comic
    shows its whole cast. A thing drawn as a form (an ice floe, a cafe table) is as drawable as a pictogram."""
    drawable = [e for e in graph.entities if e.glyph or has_form(e.noun)]
    chosen: list[list[Entity]] = []
    for index, slot in enumerate(slots):
        named = [e for e in drawable if e.noun in slot.wants.split() or e.noun == slot.wants]
        if not named and len(drawable) >= len(slots):
            named = [drawable[index]]
        elif not named and slot.wants == "" and drawable:
            named = drawable[:2]
        chosen.append(named[:2])
    if graph.document == "comic" or any(t.role == "speech" for t in graph.texts):  # the whole cast on stage
        seat_the_rest(graph, drawable, chosen)
    else:
        join_their_company(graph, drawable, chosen)
    parts = []
    for slot, named in zip(slots, chosen, strict=True):
        ids = {e.id for e in named}
        relations = tuple(r for r in graph.relations if r.subject in ids and r.object in ids)
        if ids:
            parts.append((slot, replace(graph, entities=tuple(named), relations=relations, texts=())))
    return parts


def _unpictured(graph: SceneGraph, subjects: tuple[Subject, ...], document: DocumentLayout) -> tuple[str, ...]:
    """A document whose text left no room for any of the pictures asked for says so."""
    wanted = [e.noun for e in graph.entities if e.glyph]
    if not wanted or subjects:
        return ()
    kind = graph.document.replace("_", " ")
    return (f"No room was left for the picture{'s' if len(wanted) > 1 else ''} of {', '.join(wanted)}: "
            f"the {kind}'s text fills the page.",)

