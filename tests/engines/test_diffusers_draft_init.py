"""draft_init_strength on the tiny pipeline: the draft engine's render of the Plan is the image-to-image init image."""

from __future__ import annotations

import functools
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

pytest.importorskip("diffusers", reason="needs the diffusers extra: pip install 'openbanana[diffusers]'")

from diffusers import StableDiffusionImg2ImgPipeline, StableDiffusionPipeline

from openbanana.config import Settings
from openbanana.engines.base import EngineConfigError, RenderRequest
from openbanana.engines.diffusers.engine import DiffusersEngine
from openbanana.engines.diffusers.profiles import Profile, load_profiles
from openbanana.engines.draft.engine import DraftEngine
from openbanana.engines.registry import create_engine
from openbanana.imaging.sizes import native_size, target_size
from openbanana.plan import Plan
from tests.engines.test_diffusers_engine import make_plan, one_torch_thread, tiny_pipeline, tiny_profile

__all__ = ["one_torch_thread", "tiny_pipeline"]  # fixtures shared with test_diffusers_engine.py

pytestmark = pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy keyword")

PROMPT = 'three red apples on a blue sea with the text "NO"'


class RecordingImg2Img(StableDiffusionImg2ImgPipeline):
    """The real image-to-image pipeline, which also keeps the arguments of every call."""

    calls: list[dict[str, Any]]

    @functools.wraps(StableDiffusionImg2ImgPipeline.__call__)
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        return super().__call__(*args, **kwargs)


class RecordingTextToImage(StableDiffusionPipeline):
    """The real text-to-image pipeline, which also keeps the arguments of every call."""

    calls: list[dict[str, Any]]

    @functools.wraps(StableDiffusionPipeline.__call__)
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        return super().__call__(*args, **kwargs)


def recording(engine: DiffusersEngine) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Swap the loaded pipelines for recording twins built from the same components; returns (text-to-image calls,
    guided image-to-image calls)."""
    engine.load()
    loaded = engine.pipelines
    assert loaded is not None
    text_to_image = RecordingTextToImage.from_pipe(loaded.text_to_image)
    text_to_image.calls = []
    loaded.text_to_image = text_to_image
    guided: list[dict[str, Any]] = []
    if loaded.guided is not None:
        loaded.guided = RecordingImg2Img.from_pipe(loaded.guided)
        loaded.guided.calls = guided
    return text_to_image.calls, guided


def request(prompt: str = PROMPT, ratio: str = "16:9", seed: int = 4,
            references: tuple[Image.Image, ...] = ()) -> tuple[RenderRequest, Plan]:
    target = target_size(ratio, "1K")
    plan = make_plan(prompt, target.width, target.height, len(references), seed)
    return RenderRequest(plan, target.width, target.height, references, seed), plan


def test_the_draft_render_is_the_init_image_at_the_native_size(tiny_pipeline: Path) -> None:
    engine = DiffusersEngine(tiny_profile(tiny_pipeline, draft_init_strength=0.5), guide=DraftEngine())
    plain_calls, guided_calls = recording(engine)
    wanted, plan = request()
    image = engine.render(wanted).image
    assert image.size == (wanted.width, wanted.height)
    assert not plain_calls and len(guided_calls) == 1
    call = guided_calls[0]
    native = native_size(wanted.width, wanted.height, engine.profile.max_native_pixels, engine.profile.multiple)
    draft = DraftEngine().render(RenderRequest(plan, *native, seed=wanted.seed)).image
    assert call["image"].size == native
    assert call["image"].tobytes() == draft.tobytes()
    assert call["strength"] == 0.5
    assert call["num_inference_steps"] == 2  # the profile's steps: 2 × 0.5 leaves one denoising step


def test_a_low_strength_still_runs_a_step(tiny_pipeline: Path) -> None:
    engine = DiffusersEngine(tiny_profile(tiny_pipeline, draft_init_strength=0.1), guide=DraftEngine())
    _, guided_calls = recording(engine)
    engine.render(request()[0])
    assert guided_calls[0]["num_inference_steps"] == 10  # ceil(1 / 0.1): at least one step survives the cut


def test_without_the_option_text_to_image_is_unchanged(tiny_pipeline: Path) -> None:
    with_guide = DiffusersEngine(tiny_profile(tiny_pipeline), guide=DraftEngine())
    plain_calls, guided_calls = recording(with_guide)
    assert with_guide.pipelines is not None and with_guide.pipelines.guided is None
    first = with_guide.render(request()[0]).image
    assert len(plain_calls) == 1 and not guided_calls and "image" not in plain_calls[0]
    reference = DiffusersEngine(tiny_profile(tiny_pipeline)).render(request()[0]).image
    assert first.tobytes() == reference.tobytes()


def test_edits_start_from_the_reference_not_the_draft(tiny_pipeline: Path) -> None:
    engine = DiffusersEngine(tiny_profile(tiny_pipeline, draft_init_strength=0.5), guide=DraftEngine())
    _, guided_calls = recording(engine)
    photo = Image.new("RGB", (40, 30), (200, 30, 30))
    image = engine.render(request("make it warmer", "4:3", references=(photo,))[0]).image
    assert image.size == (1200, 896) and not guided_calls


def test_the_same_seed_gives_the_same_pixels_and_another_seed_other_pixels(tiny_pipeline: Path) -> None:
    engine = DiffusersEngine(tiny_profile(tiny_pipeline, draft_init_strength=0.6), guide=DraftEngine())
    first, again, other = (engine.render(request(seed=s)[0]).image for s in (3, 3, 9))
    assert first.tobytes() == again.tobytes() != other.tobytes()


@pytest.mark.parametrize("strength", [0, -0.2, 1.5, True, "0.5"])
def test_the_strength_must_be_in_zero_to_one(tiny_pipeline: Path, strength: Any) -> None:
    with pytest.raises(EngineConfigError, match=r"draft_init_strength must be a number in \(0, 1\]"):
        tiny_profile(tiny_pipeline, draft_init_strength=strength)


def test_the_strength_is_read_from_a_profiles_file(tmp_path: Path) -> None:
    path = tmp_path / "profiles.toml"
    path.write_text(textwrap.dedent("""
        [profiles.guided]
        preset = "sd-turbo"
        draft_init_strength = 0.7

        [profiles.too-strong]
        preset = "sd-turbo"
        draft_init_strength = 2
    """))
    with pytest.raises(EngineConfigError, match="too-strong"):
        load_profiles(path)
    path.write_text(path.read_text().split("[profiles.too-strong]")[0])
    assert load_profiles(path)["guided"].draft_init_strength == 0.7
    assert Profile(name="x", pipeline="y", draft_init_strength=1).draft_init_strength == 1


def test_the_option_needs_an_engine_to_draw_the_draft(tiny_pipeline: Path) -> None:
    with pytest.raises(EngineConfigError, match="without a guide engine"):
        DiffusersEngine(tiny_profile(tiny_pipeline, draft_init_strength=0.5))


def test_the_server_wires_the_draft_engine_in_as_the_guide(tiny_pipeline: Path, tmp_path: Path) -> None:
    profiles = tmp_path / "profiles.toml"
    profiles.write_text(f'[profiles.guided]\npipeline = "{tiny_pipeline}"\ndevice = "cpu"\nsteps = 2\n'
                        "max_native_pixels = 1024\nmultiple = 16\ndraft_init_strength = 0.5\n")
    engine = create_engine(Settings(engine="diffusers", profile="guided", profiles_file=profiles).image_engine)
    assert isinstance(engine, DiffusersEngine)
    _, guided_calls = recording(engine)
    engine.render(request()[0])
    assert len(guided_calls) == 1
