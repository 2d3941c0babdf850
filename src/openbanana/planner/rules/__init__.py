"""The offline `rules` planner backend: reads the prompt with regular expressions and word lists, lays out by rules.

It never invents text: quoted strings become text blocks verbatim, everything else becomes colour, mood, a scene
and pictograms. The layout is a template chosen for the aspect ratio and the amount of text (the seed picks among
the ones that fit): text in safe areas, the hero subject on a rule-of-thirds line standing on the scene's ground,
supporting subjects beside it, and no subject ever under text. `read_scene` reads the prompt as a scene graph
(things with their attributes, relations, setting, camera, style) with a grammar of its own.
"""

from openbanana.planner.rules.composition import RulesPlanner, plan_composition
from openbanana.planner.rules.scene_reading import read_scene
from openbanana.planner.rules.texts import extract_texts, read_texts

__all__ = ["RulesPlanner", "extract_texts", "plan_composition", "read_scene", "read_texts"]
