"""Plans a composition from a prompt: reads it, then lays out a new picture or plans an edit of the references."""

from __future__ import annotations

import random
from dataclasses import replace

from openbanana.plan import Plan
from openbanana.planner.base import PlanningContext, PlanningInput, PlanOutcome, grounding_notes
from openbanana.planner.rules.editing import plan_edit
from openbanana.planner.rules.layout import MAX_TEXTS, choose_fonts, choose_layout, text_block, text_roles
from openbanana.planner.rules.look import look
from openbanana.planner.rules.notes import composition_notes
from openbanana.planner.rules.reading import PromptReading, read_prompt
from openbanana.planner.rules.scene import compose_scene
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
    reading = read_prompt(request.prompt)
    rng = random.Random(request.seed)
    scene = scene if scene is not None else read_scene(request.prompt)
    if request.reference_count:
        return replace(plan_edit(request, reading, rng), scene=scene)
    return _plan_new_picture(request, reading, scene, rng)


def _plan_new_picture(request: PlanningInput, reading: PromptReading, graph: SceneGraph,
                      rng: random.Random) -> Plan:
    """The graph composed in the area the layout leaves for pictures, under the exact texts."""
    texts, moods = reading.texts, reading.moods
    ratio = request.width / request.height
    layout, text_boxes, subject_area = choose_layout(texts, ratio, bool(graph.entities or graph.setting.place), rng)
    fonts = choose_fonts(texts, moods, rng)
    blocks = tuple(text_block(text, role, box, font, ratio) for text, role, box, font in
                   zip(texts[:MAX_TEXTS], text_roles(len(texts)), text_boxes, fonts, strict=False))
    composition = compose_scene(graph, subject_area, ratio, rng, avoid=text_boxes, look=look(reading))
    notes = composition_notes(reading, composition.notes, layout, fonts)
    background = composition.background
    palette = tuple(dict.fromkeys((*reading.background_colors, *reading.tints.values(),
                                   *(c for m in moods for c in m.colors), *background.colors)))[:6]
    return Plan(
        prompt=request.prompt, background=background, palette=palette, subjects=composition.subjects, texts=blocks,
        style=reading.style, notes=notes, reference_count=0, seed=request.seed, layout=layout,
        extras={"setting": reading.scene_name} if reading.scene_name else {}, scene=graph, shapes=composition.shapes,
        shortfalls=composition.shortfalls,
    )
