"""Small birds that stand: a pigeon being fed, a sparrow pecking, a robin hopping on the lawn, a dove on a branch.

The font's small birds fly (a dove spreads its wings, and the composer puts every bird in the sky); a bird the prompt
has on the ground, on a thing, or eating at a person's feet is drawn standing (🐦, the perched bird) on the ground
row at its real height, not flying over the scene.
"""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.rules.scene.kinds import SIZES, Kind
from openbanana.scene import SceneGraph

FLIERS = frozenset("🐦🕊")  # small birds the composer would put in the sky
STANDING_BIRD = "🐦"
# What a bird does on its feet (eating, being fed, pecking, perched): the bird stands.
ON_FOOT = frozenset({"standing", "perched", "perching", "pecking", "eating", "feeding", "fed", "walking", "hopping",
                     "sitting", "resting", "drinking", "waddling", "strutting", "foraging", "sleeping", "nesting",
                     "bathing", "gathering", "waiting", "looking", "watching", "singing"})
RESTING_ON = frozenset({"on", "in", "under", "riding"})  # a bird on a thing, in it, or under it is not in flight
FEEDERS = frozenset({"feeding", "fed", "tossing", "throwing", "scattering", "sprinkling"})  # a person's action
# that brings the birds down to eat: crumbs tossed or scattered to pigeons are eaten on the ground
# The perched bird is drawn red (a cardinal): a bird with a colour of its own, and none asked, is drawn in it.
OWN_COLOURS: dict[str, tuple[str, tuple[int, int, int]]] = {
    "pigeon": ("grey", (132, 138, 152)), "dove": ("white", (236, 236, 232)), "sparrow": ("brown", (150, 112, 76)),
    "seagull": ("white", (236, 236, 232)), "gull": ("white", (236, 236, 232)), "crow": ("black", (44, 44, 52)),
    "raven": ("black", (44, 44, 52)), "blackbird": ("black", (44, 44, 52)), "finch": ("yellow", (232, 196, 60)),
    "canary": ("yellow", (240, 210, 60)), "bluebird": ("blue", (70, 120, 200)), "blue jay": ("blue", (70, 120, 200)),
}


def standing_birds(scene: SceneGraph) -> dict[str, bool]:
    """The small birds that stand, each with whether it stands on the ground row (True) or on the thing it rests
    on, in or under (False: its host places it; a bird on a roof stays on the roof): doing something on their
    feet, resting on a thing, or related to a person who is feeding (the pigeons at an old man's feet); never one
    the prompt has flying."""
    feeders = {e.id for e in scene.entities if e.action.lower() in FEEDERS and e.glyph
               and (e.glyph or "")[:1] not in FLIERS}
    fed = {r.object if r.subject in feeders else r.subject for r in scene.relations
           if r.subject in feeders or r.object in feeders}
    resting = {r.subject for r in scene.relations if r.predicate in RESTING_ON}
    return {e.id: e.id not in resting for e in scene.entities if (e.glyph or "").replace("\ufe0f", "") in FLIERS
            and e.action.lower() not in ("flying", "soaring", "flapping", "gliding", "circling")
            and (e.action.lower() in ON_FOOT or e.id in fed or e.id in resting)}


def stood(kind: Kind) -> Kind:
    """A standing bird's kind: on the ground, at its real height (a sparrow's, not a bird seen in the sky's)."""
    return replace(kind, zone="ground", size=SIZES[STANDING_BIRD])


def in_own_colours(scene: SceneGraph) -> SceneGraph:
    """Each standing bird of a kind with a colour of its own, and no colour asked, drawn in it (pigeons grey, not
    the perched pictogram's red); a colour the prompt gives stays."""
    standing = standing_birds(scene)
    entities = tuple(replace(e, color=OWN_COLOURS[e.noun.lower()][1], color_name=OWN_COLOURS[e.noun.lower()][0])
                     if e.id in standing and e.color is None and e.noun.lower() in OWN_COLOURS else e
                     for e in scene.entities)
    return replace(scene, entities=entities)
