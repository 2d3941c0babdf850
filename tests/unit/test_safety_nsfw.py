"""The optional NudeNet adapter (the `nsfw` extra, AGPL-3.0: see LICENSES/README.md).

These tests run only where nudenet is installed. That is the one deliberate skip in the suite: the core must not
depend on an AGPL package, so CI's `[test]` install does not include it.
"""

from __future__ import annotations

import pytest
from PIL import Image

pytest.importorskip(
    "nudenet",
    reason="nudenet (optional 'nsfw' extra, AGPL-3.0) is not installed; pip install 'openbanana[nsfw]' to run these",
)

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition
from openbanana.safety.blocklist import TermList
from openbanana.safety.nsfw import NudeNetDetector
from openbanana.safety.policy import HarmCategory, Thresholds
from openbanana.safety.standard import StandardPolicy


def rendered(prompt: str) -> Image.Image:
    plan = plan_composition(PlanningInput(prompt=prompt, width=1024, height=1024, reference_count=0, seed=3))
    return DraftEngine().render(RenderRequest(plan, 1024, 1024, (), 3, False)).image


def test_the_detector_runs_on_generated_images_and_passes_benign_ones() -> None:
    detector = NudeNetDetector()
    scores = detector.scores(rendered("a lighthouse on a rocky coast"))
    assert set(scores) == {HarmCategory.IMAGE_SEXUALLY_EXPLICIT}
    assert scores[HarmCategory.IMAGE_SEXUALLY_EXPLICIT] < 0.25
    policy = StandardPolicy("test", TermList([]), nsfw=detector)
    verdict = policy.check_output_image(rendered("a bowl of fruit"), Thresholds())
    assert verdict.allowed
    assert [r.category for r in verdict.ratings] == [HarmCategory.IMAGE_SEXUALLY_EXPLICIT]


def test_grey_and_alpha_images_are_accepted() -> None:
    detector = NudeNetDetector()
    for mode in ("L", "RGBA", "P"):
        assert detector.scores(Image.new(mode, (300, 200)))[HarmCategory.IMAGE_SEXUALLY_EXPLICIT] == 0.0
