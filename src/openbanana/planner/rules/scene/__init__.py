"""The composer: a SceneGraph becomes placed subjects, furniture shapes and a world Background, in perspective,
with the relations, counts and arrangements honoured in the boxes (and what was not, said)."""

from openbanana.planner.rules.scene.compose import Composition, choose_world, compose_scene
from openbanana.planner.rules.scene.world import Look, WorldChoice

__all__ = ["Composition", "Look", "WorldChoice", "choose_world", "compose_scene"]
