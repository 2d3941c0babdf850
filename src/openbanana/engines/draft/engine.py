"""DraftEngine: the canvas (a world, or the edited reference photos) → shapes and subjects → style → exact text."""

from __future__ import annotations

import random
from collections.abc import Sequence

from PIL import Image

from openbanana.engines.base import EngineTraits, ProgressCallback, RenderRequest, RenderResult
from openbanana.engines.draft.animal_bodies import animal_poses
from openbanana.engines.draft.babies import baby_poses
from openbanana.engines.draft.background import render_background
from openbanana.engines.draft.carried import on_shoulders
from openbanana.engines.draft.gear import on_gear
from openbanana.engines.draft.gestures import acts, draw_streams
from openbanana.engines.draft.hair_colours import hair_colours
from openbanana.engines.draft.hairdos import hairdos
from openbanana.engines.draft.horses import horse_poses
from openbanana.engines.draft.lying import lying_down, lying_ones
from openbanana.engines.draft.pairs import as_two
from openbanana.engines.draft.photo import edit_references
from openbanana.engines.draft.pictograms import place_subject
from openbanana.engines.draft.posed_clothes import posed_clothes
from openbanana.engines.draft.pushed import push_tools
from openbanana.engines.draft.styles import STYLES, Style, paint_size
from openbanana.engines.draft.subjects import draw_subjects, held_in_trays
from openbanana.engines.draft.tending import aged, owners, tend
from openbanana.engines.draft.wardrobe import wardrobe
from openbanana.engines.draft.world.blooms import field_of, paint_field
from openbanana.engines.draft.world.hills import draw_hills
from openbanana.engines.draft.world.painter import World, paint_world, uses_world
from openbanana.engines.draft.world.porch import PORCHES
from openbanana.engines.draft.world.ripples import ripple_waters
from openbanana.engines.draft.world.shore import footing, swimmers
from openbanana.engines.draft.world.streams import draw_streams_ashore, draw_streams_on_land
from openbanana.engines.draft.world.wall_windows import hung_window
from openbanana.engines.draft.worn_said import worn_as_clothes
from openbanana.imaging.drawing.shapes import draw_shapes
from openbanana.imaging.drawing.typography import draw_texts
from openbanana.plan import Background, Plan, Subject, TextBlock

CROSSINGS = frozenset({"crosswalk", "zebra crossing", "pedestrian crossing", "crossing"})  # places with one
COUNTERS = frozenset({"counter", "bench", "workbench"})  # a room's own counter drawn as a thing: the wall has none


class DraftEngine:
    """Renders the Plan with Pillow. Deterministic: the same request and seed give the same pixels."""

    name = "draft"
    traits = EngineTraits(credit="Emoji graphics: Twemoji (2019 Twitter, Inc and other contributors), CC-BY 4.0")
    loaded = True  # no weights: always ready
    loading = False

    def render(self, request: RenderRequest, progress: ProgressCallback | None = None) -> RenderResult:
        width, height = request.width, request.height
        report = progress or (lambda fraction, stage: None)
        plan = request.plan
        rng = random.Random(request.seed)
        report(0.0, "background")
        texts = plan.texts
        if request.references:  # an edit: the references, changed as asked, are the canvas (words kept off faces)
            canvas, shortfalls, texts = self._photo(request, width, height, rng, report)
        else:
            canvas, shortfalls = self._scene(plan, width, height, rng, report)
        report(0.8, "text")
        shortfalls = [*shortfalls, *draw_texts(canvas, texts, tuple(plan.palette), plan.style)]
        report(1.0, "done")
        return RenderResult(canvas, tuple(shortfalls))

    def _scene(self, plan: Plan, width: int, height: int, rng: random.Random,
               report: ProgressCallback) -> tuple[Image.Image, list[str]]:
        """The world, the layout's shapes and the subjects standing in it by depth, then the style; at the style's
        painting size (text comes after, at full size, so it stays exact)."""
        style = STYLES.get(plan.scene.style, STYLES["flat"])
        size = paint_size(style, width, height)
        background, standing = hung_window(plan.background, plan.subjects)
        world = self._world(plan, background, size, rng)
        canvas = world.image if world is not None else render_background(
            background, *size, plan.style, rng, tuple(t.box for t in plan.texts))
        if style.world is not None:
            canvas = style.world(canvas, world.horizon if world is not None else plan.background.horizon)
        report(0.4, "subjects")
        draw_shapes(canvas, plan.shapes, "under")
        relations = plan.scene.relations
        holding = {r.subject: r.object for r in relations if r.predicate == "holding"}
        indoors = plan.background.backdrop == "room"
        entities = plan.scene.entities
        paired = as_two(on_shoulders(relations, held_in_trays(standing, relations)), size)
        people = on_gear(entities, relations, aged(owners(lying_down(entities, paired), entities), entities), size)
        subjects, holding = push_tools(entities, *tend(entities, relations, people, holding), size)
        dyes = hair_colours(entities)
        subjects = hairdos(entities, subjects, size, dyes)
        wearing = wardrobe(relations, subjects)
        wearers = [r.subject for r in relations if r.predicate == "wearing"]
        posed = posed_clothes(entities, subjects, wearing)
        if world is not None:
            subjects = self._land(canvas, plan, subjects, world, rng)
        shortfalls = draw_subjects(canvas, subjects, world, style.treatment, wearing=wearing, holding=holding,
                                   swimming=swimmers(entities, relations), season=plan.background.season,
                                   acting=acts(entities, relations, subjects, indoors),
                                   lying=lying_ones(entities, subjects), hair=dyes,
                                   babies=baby_poses(entities, (*holding.values(), *wearers)),
                                   animals={**animal_poses(entities, subjects, (*holding.values(), *wearers),
                                                           tuple(holding)),
                                            **horse_poses(entities, relations, (*holding.values(), *wearers))},
                                   posed=posed)
        shortfalls += worn_as_clothes(plan.shortfalls, subjects, wearing, posed)
        draw_streams(canvas, entities, relations, subjects, holding)
        draw_shapes(canvas, plan.shapes, "over", plan.texts)
        report(0.7, "style")
        canvas = self._finish(canvas, style, (width, height), rng)
        return canvas, shortfalls

    @staticmethod
    def _land(canvas: Image.Image, plan: Plan, subjects: Sequence[Subject], world: World,
              rng: random.Random) -> tuple[Subject, ...]:
        """What the world itself draws of the things named, under every subject: named water's ripples on the painted
        water or a stream across dry land, a field of flowers or grain as the ground, a hill as a mound; returns the
        subjects left to draw."""
        subjects = draw_streams_ashore(canvas, subjects, world.water, world.light, world.water_color)
        subjects = ripple_waters(canvas, subjects, world.water, world.water_color)
        if world.water is None:
            subjects = draw_streams_on_land(canvas, subjects, plan.background.terrain, world.horizon, world.light,
                                            world.water_color)
        field = field_of(subjects, plan.scene, plan.background)
        if field is not None:
            paint_field(canvas, world.horizon, world.light, field, rng)
        sun_x = world.sun[0] if world.sun is not None else 0.5
        return draw_hills(canvas, subjects, plan.background, world.light, sun_x)

    @staticmethod
    def _world(plan: Plan, background: Background, size: tuple[int, int], rng: random.Random) -> World | None:
        if not uses_world(background):
            return None
        feet = footing(plan.subjects, background.horizon, swimmers(plan.scene.entities))
        crossing = plan.scene.setting.place in CROSSINGS
        porch = plan.scene.setting.place in PORCHES
        counter = any(s.form in COUNTERS for s in plan.subjects)
        return paint_world(background, size, rng, tuple(t.box for t in plan.texts), feet, crossing, porch,
                           sunlit_floor=background.window == plan.background.window,
                           room=(plan.scene.setting.place, counter))

    @staticmethod
    def _finish(canvas: Image.Image, style: Style, size: tuple[int, int], rng: random.Random) -> Image.Image:
        if style.finish is not None:
            canvas = style.finish(canvas, rng)
        return canvas if canvas.size == size else canvas.resize(size, style.scale_up)

    @staticmethod
    def _photo(request: RenderRequest, width: int, height: int, rng: random.Random,
               report: ProgressCallback) -> tuple[Image.Image, list[str], tuple[TextBlock, ...]]:
        """The reference photos with the photo edits made (or said not to be), then the layout's shapes and the
        stickers; the stickers and the words come back kept off faces by the edit step."""
        plan = request.plan
        edited = edit_references(plan, request.references, width, height, rng)
        canvas = edited.image
        report(0.4, "subjects")
        draw_shapes(canvas, plan.shapes, "under")
        for subject in sorted((*(s for s in plan.subjects if s.role != "sticker"), *edited.stickers),
                              key=lambda s: s.z):
            place_subject(canvas, subject)
        draw_shapes(canvas, plan.shapes, "over", edited.texts)
        return canvas, list(edited.shortfalls), edited.texts
