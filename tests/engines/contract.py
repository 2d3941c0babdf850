"""What every ImageEngine must do (diffusers' PipelineTesterMixin idea): mix into a Test class with an `engine`."""

from __future__ import annotations

import pytest
from PIL import Image

from openbanana.engines.base import ImageEngine, RenderRequest
from openbanana.imaging.sizes import FLASH_31_SIZES, PRO_SIZES, SizeTable, preview_size, target_size
from openbanana.plan import Plan
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition


def contract_plan(prompt: str, width: int, height: int, references: int = 0, seed: int = 0) -> Plan:
    return plan_composition(PlanningInput(prompt, width, height, references, seed))


class EngineContract:
    """Subclasses provide an `engine` fixture."""

    @pytest.fixture
    def engine(self) -> ImageEngine:
        raise NotImplementedError

    @pytest.mark.parametrize(("table", "ratio", "size"), [(PRO_SIZES, "1:1", "1K"), (PRO_SIZES, "9:16", "1K"),
                                                           (PRO_SIZES, "21:9", "2K"), (FLASH_31_SIZES, "1:8", "1K"),
                                                           (FLASH_31_SIZES, "4:1", "512")])
    def test_renders_exactly_the_requested_size(self, engine: ImageEngine, table: SizeTable, ratio: str,
                                                size: str) -> None:
        target = table.target(ratio, size)
        plan = contract_plan("a red cat on a blue sea", target.width, target.height)
        image = engine.render(RenderRequest(plan, target.width, target.height, seed=1)).image
        assert image.size == (target.width, target.height) and image.mode == "RGB"

    def test_same_request_and_seed_give_the_same_pixels(self, engine: ImageEngine) -> None:
        plan = contract_plan("a red cat", 1024, 1024, seed=3)
        first, again = (engine.render(RenderRequest(plan, 1024, 1024, seed=3)).image for _ in range(2))
        assert first.tobytes() == again.tobytes()

    def test_references_are_used_and_the_size_is_still_exact(self, engine: ImageEngine) -> None:
        references = (Image.new("RGB", (64, 48), (200, 40, 40)), Image.new("RGB", (48, 64), (40, 40, 200)))
        plan = contract_plan("make it warmer", 1200, 896, references=2)
        image = engine.render(RenderRequest(plan, 1200, 896, references, seed=2)).image
        assert image.size == (1200, 896)

    def test_a_preview_is_small(self, engine: ImageEngine) -> None:
        preview = preview_size(target_size("1:1", "2K"))  # the service decides it; the engine draws exactly that
        plan = contract_plan("a red cat", preview.width, preview.height)
        image = engine.render(RenderRequest(plan, preview.width, preview.height, preview=True)).image
        assert max(image.size) <= 512 and image.size == (preview.width, preview.height)

    def test_progress_ends_at_one(self, engine: ImageEngine) -> None:
        fractions: list[float] = []
        plan = contract_plan("a red cat", 1024, 1024)
        engine.render(RenderRequest(plan, 1024, 1024), lambda fraction, stage: fractions.append(fraction))
        assert fractions and fractions == sorted(fractions) and fractions[-1] == 1.0
