"""Plans a composition from a prompt: reads it, then lays out a new picture or plans an edit of the references."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from openbanana.plan import Plan, Subject
from openbanana.planner.base import PlanningContext, PlanningInput, PlanOutcome, grounding_notes
from openbanana.planner.rules.backdrop import choose_background, light_on_hero, place_disc
from openbanana.planner.rules.documents import document_background, lay_out_document, make_page
from openbanana.planner.rules.editing import plan_edit
from openbanana.planner.rules.layout import choose_fonts
from openbanana.planner.rules.notes import composition_notes
from openbanana.planner.rules.placement import place_in_slots, place_subjects
from openbanana.planner.rules.reading import FoundSubject, PromptReading, read_prompt
from openbanana.planner.rules.scene_reading import read_scene
from openbanana.scene import SceneGraph


class RulesPlanner:
    name = "rules"

    def plan(self, request: PlanningInput, context: PlanningContext | None = None) -> PlanOutcome:
        return PlanOutcome(plan_composition(request), grounding_notes(context))


def plan_composition(request: PlanningInput, scene: SceneGraph | None = None) -> Plan:
    """An edit of the references when the request has any, else a new picture; the seed picks among what fits.

    `scene` is the prompt already read as a scene graph (the language-model planner's); None reads it by rules.
    """
    reading = read_prompt(request.prompt, editing=request.reference_count > 0)
    rng = random.Random(request.seed)
    scene = scene if scene is not None else read_scene(request.prompt)
    if request.reference_count:
        return replace(plan_edit(request, reading, rng), scene=scene)
    return replace(_plan_new_picture(request, reading, scene, rng), scene=scene)


def _plan_new_picture(request: PlanningInput, reading: PromptReading, graph: SceneGraph,
                      rng: random.Random) -> Plan:
    texts, moods, scene, found = reading.texts, reading.moods, reading.scene, reading.subjects
    ratio = request.width / request.height
    background = choose_background(reading.background_colors, [*reading.tints.values()], moods, scene, rng)
    fonts = choose_fonts(texts, moods, rng)
    pictured = [f.label for f in found] or list(scene.props if scene else ())
    page = make_page(graph.texts, graph.document, ratio, request.prompt, pictured, background,
                     [*reading.background_colors, *reading.tints.values()],
                     next((m.font for m in moods if m.font), None), fonts[0] if fonts else "display", rng)
    document = lay_out_document(page)
    background = document_background(background, document, bool(reading.background_colors or moods))
    blocks = document.blocks
    placed = place_subjects(found, scene, document.area, ratio, background.horizon, rng) if document.area else ()
    placed += place_in_slots(found, document.slots, ratio, background.horizon, rng)
    background = light_on_hero(background, placed)
    background = place_disc(background, placed, blocks, ratio)
    notes = composition_notes(replace(reading, text_specs=graph.texts, document=graph.document), placed,
                              document.name, [b.font for b in blocks] or fonts)
    palette = tuple(dict.fromkeys((*reading.background_colors, *reading.tints.values(),
                                   *(c for m in moods for c in m.colors), *background.colors)))[:6]
    return Plan(
        prompt=request.prompt, background=background,
        palette=palette, subjects=placed, texts=blocks, style=reading.style, notes=notes, reference_count=0,
        seed=request.seed, layout=document.name, extras={"setting": reading.scene_name} if reading.scene_name else {},
        shapes=document.shapes, shortfalls=document.shortfalls + _unpictured(found, placed, graph.document),
    )


def _unpictured(found: Sequence[FoundSubject], placed: tuple[Subject, ...], kind: str) -> tuple[str, ...]:
    """A document whose text left no room for any of the pictures asked for says so."""
    if not found or placed:
        return ()
    return (f"No room was left for the picture{'s' if len(found) > 1 else ''} of "
            f"{', '.join(f.label for f in found)}: the {kind.replace('_', ' ')}'s text fills the page.",)
