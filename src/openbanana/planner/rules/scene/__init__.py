"""The composer: a SceneGraph becomes placed subjects, furniture shapes and a world Background, in perspective,
with the relations, counts and arrangements honoured in the boxes (and what was not, said)."""

from openbanana.planner.rules.scene.compose import Composition, compose_scene
from openbanana.planner.rules.scene.world import Look

__all__ = ["Composition", "Look", "compose_scene"]
