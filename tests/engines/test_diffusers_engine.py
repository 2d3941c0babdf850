"""The diffusers engine on a tiny random-weight pipeline: built from configs, saved, loaded by the real code path."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

pytest.importorskip("diffusers", reason="needs the diffusers extra: pip install 'openbanana[diffusers]'")

import torch

from openbanana.engines.base import (
    EngineCancelledError,
    EngineConfigError,
    EngineUnavailableError,
    RenderRequest,
)
from openbanana.engines.diffusers import loading
from openbanana.engines.diffusers.engine import DiffusersEngine, create_diffusers_engine
from openbanana.engines.diffusers.inputs import reference_images
from openbanana.engines.diffusers.profiles import PRESETS, Profile, load_profiles
from openbanana.imaging.sizes import FLASH_31_SIZES, native_size, target_size
from openbanana.plan import Plan
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition
from tests.engines.contract import EngineContract
from tests.engines.tiny_pipeline import build_tiny_pipeline

# diffusers' Euler scheduler calls np.array(tensor ** 0.5): a numpy 2 / torch deprecation inside the library.
pytestmark = pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy keyword")


@pytest.fixture(autouse=True, scope="module")
def one_torch_thread() -> Iterator[None]:
    """Tiny convolutions on several threads spend their time synchronising (10× slower on a busy 2-core CI box)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="session")
def tiny_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_pipeline(tmp_path_factory.mktemp("tiny"))


def tiny_profile(path: Path, **changes: Any) -> Profile:
    # 32×32 native pixels (16×16 latents), two steps: the whole file runs in seconds on a CPU.
    return replace(Profile(name="tiny", pipeline=str(path), device="cpu", steps=2, max_native_pixels=32 * 32,
                           multiple=16), **changes)


_ENGINES: dict[Path, DiffusersEngine] = {}


def shared_engine(path: Path) -> DiffusersEngine:
    """One loaded engine for the whole file (loading costs seconds)."""
    if path not in _ENGINES:
        _ENGINES[path] = DiffusersEngine(tiny_profile(path))
    return _ENGINES[path]


@pytest.fixture
def engine(tiny_pipeline: Path) -> DiffusersEngine:
    return shared_engine(tiny_pipeline)


class TestDiffusersEngineContract(EngineContract):
    @pytest.fixture
    def engine(self, tiny_pipeline: Path) -> DiffusersEngine:
        return shared_engine(tiny_pipeline)


def make_plan(prompt: str, width: int, height: int, references: int = 0, seed: int = 0) -> Plan:
    return plan_composition(PlanningInput(prompt, width, height, references, seed))


def render(engine: DiffusersEngine, prompt: str = "a red cat", ratio: str = "1:1", size: str = "1K", *,
           seed: int = 0, references: tuple[Image.Image, ...] = (), **kwargs: Any) -> Image.Image:
    target = target_size(ratio, size)
    plan = make_plan(prompt, target.width, target.height, len(references), seed)
    return engine.render(RenderRequest(plan, target.width, target.height, references, seed), **kwargs).image


@pytest.mark.parametrize(("ratio", "size"), [("1:1", "1K"), ("16:9", "1K"), ("9:16", "2K"), ("21:9", "4K")])
def test_text_to_image_lands_on_the_exact_seed_size(engine: DiffusersEngine, ratio: str, size: str) -> None:
    target = target_size(ratio, size)
    image = render(engine, ratio=ratio, size=size)
    assert image.size == (target.width, target.height)
    assert image.mode == "RGB"


def test_the_same_seed_gives_the_same_pixels(engine: DiffusersEngine) -> None:
    first, again, other = (render(engine, seed=s) for s in (7, 7, 8))
    assert first.tobytes() == again.tobytes()
    assert first.tobytes() != other.tobytes()


def photo(color: tuple[int, int, int], size: tuple[int, int] = (40, 30)) -> Image.Image:
    return Image.new("RGB", size, color)


@pytest.mark.parametrize("count", [1, 3])
def test_edits_take_one_or_three_references(engine: DiffusersEngine, count: int) -> None:
    references = tuple(photo(c) for c in [(200, 30, 30), (30, 200, 30), (30, 30, 200)][:count])
    image = render(engine, "make it warmer", ratio="4:3", references=references)
    assert image.size == (1200, 896)


def test_more_references_than_the_pipeline_takes_end_in_a_collage(tiny_pipeline: Path) -> None:
    profile = tiny_profile(tiny_pipeline, max_references=3)
    images = reference_images(tuple(photo((i * 60, 0, 0)) for i in range(5)), (64, 32), profile.max_references)
    assert len(images) == 3 and images[2].size == (64, 32)  # the last slot holds images 3-5 tiled


def test_progress_reports_every_step_and_ends_at_one(engine: DiffusersEngine) -> None:
    events: list[tuple[float, str]] = []
    render(engine, progress=lambda fraction, stage: events.append((fraction, stage)))
    fractions = [fraction for fraction, _ in events]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    stages = [stage for _, stage in events]
    assert "denoising 1/2" in stages and "denoising 2/2" in stages


def test_cancelling_mid_denoise_stops_the_render_and_the_engine_goes_on(engine: DiffusersEngine) -> None:
    cancel = threading.Event()
    stages: list[str] = []

    def progress(fraction: float, stage: str) -> None:
        stages.append(stage)
        if stage == "denoising 1/2":
            cancel.set()

    plan = make_plan("a cat", 1024, 1024)
    with pytest.raises(EngineCancelledError):
        engine.render(RenderRequest(plan, 1024, 1024, cancel=cancel), progress)
    assert "denoising 2/2" not in stages
    assert render(engine).size == (1024, 1024)


def test_out_of_memory_is_unavailable_for_that_request_only(engine: DiffusersEngine,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    engine.load()
    unet = engine._loaded.text_to_image.unet  # type: ignore[union-attr]

    def out_of_memory(*args: Any, **kwargs: Any) -> Any:
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 20.00 GiB")

    monkeypatch.setattr(unet, "forward", out_of_memory)
    with pytest.raises(EngineUnavailableError, match="out of memory"):
        render(engine)
    monkeypatch.undo()
    assert render(engine).size == (1024, 1024)


def test_exact_text_is_composited_when_the_model_cannot_spell(tiny_pipeline: Path) -> None:
    prompt = 'a poster with the headline "BIG SALE"'
    composite = DiffusersEngine(tiny_profile(tiny_pipeline, text_mode="composite"))
    model = DiffusersEngine(tiny_profile(tiny_pipeline, text_mode="model"))
    with_text, without = render(composite, prompt), render(model, prompt)
    assert with_text.size == without.size == (1024, 1024)
    assert with_text.tobytes() != without.tobytes()


def test_idle_pipelines_are_unloaded_and_come_back(tiny_pipeline: Path) -> None:
    engine = DiffusersEngine(tiny_profile(tiny_pipeline, idle_unload_seconds=0.05))
    render(engine)
    deadline = time.monotonic() + 5
    while engine.loaded and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not engine.loaded
    assert render(engine).size == (1024, 1024)


@pytest.mark.parametrize(("ratio", "size"), [("8:1", "1K"), ("1:4", "512")])
def test_nano_banana_2_extreme_ratios_land_exactly(engine: DiffusersEngine, ratio: str, size: str) -> None:
    target = FLASH_31_SIZES.target(ratio, size)
    plan = make_plan("a long banner of a river", target.width, target.height, 0, 0)
    image = engine.render(RenderRequest(plan, target.width, target.height, seed=0)).image
    assert image.size == (target.width, target.height)


def test_native_size_keeps_the_ratio_in_model_multiples() -> None:
    width, height = native_size(1376, 768, 1024 * 1024, 16)
    assert width % 16 == 0 and height % 16 == 0
    assert abs(width * height - 1024 * 1024) < 0.05 * 1024 * 1024
    assert abs(width / height - 1376 / 768) < 0.03
    assert native_size(1024, 1024, 512 * 512, 64) == (512, 512)


def test_presets_are_shipped() -> None:
    assert PRESETS["z-image-turbo"].pipeline == "Tongyi-MAI/Z-Image-Turbo" and 8 <= PRESETS["z-image-turbo"].steps <= 9
    assert PRESETS["qwen-image"].edit_pipeline and PRESETS["qwen-image"].max_references == 3
    sd_turbo = PRESETS["sd-turbo"]
    assert (sd_turbo.device, sd_turbo.steps, sd_turbo.max_native_pixels) == ("cpu", 1, 512 * 512)


def test_profiles_file_adds_profiles_and_overrides_presets(tmp_path: Path) -> None:
    path = tmp_path / "profiles.toml"
    path.write_text(textwrap.dedent("""
        [profiles.mine]
        pipeline = "./models/mine"
        steps = 4

        [profiles.fast-z]
        preset = "z-image-turbo"
        steps = 8
        device = "cuda"
    """))
    profiles = load_profiles(path)
    assert profiles["mine"].pipeline == str((tmp_path / "models" / "mine").resolve())
    assert profiles["fast-z"].pipeline == "Tongyi-MAI/Z-Image-Turbo" and profiles["fast-z"].steps == 8
    assert "sd-turbo" in profiles


def test_a_bad_profile_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "profiles.toml"
    path.write_text('[profiles.bad]\npipeline = "x"\nstepz = 3\n')
    with pytest.raises(EngineConfigError, match="stepz"):
        load_profiles(path)
    with pytest.raises(EngineConfigError, match="unknown profile 'nope'"):
        create_diffusers_engine("nope")


def test_a_missing_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_torch(name: str) -> Any:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    monkeypatch.setattr(loading.importlib, "import_module", no_torch)
    with pytest.raises(EngineConfigError, match=r"pip install 'openbanana\[diffusers\]'"):
        loading.import_backend()


def test_the_draft_engine_never_imports_torch() -> None:
    code = ("import sys; from openbanana.api.app import create_app; from openbanana.config import EngineSettings; "
            "from openbanana.engines.registry import create_engine; create_engine(EngineSettings()); "
            "assert 'torch' not in sys.modules and 'diffusers' not in sys.modules, 'torch imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


# Through the official SDK, against `openbanana serve --engine diffusers --profile tiny --profiles-file …`.

@pytest.fixture(scope="module")
def diffusers_server(tiny_pipeline: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from tests.conftest import stop_server
    from tests.engines.tiny_pipeline import start_tiny_diffusers_server

    server = start_tiny_diffusers_server(tmp_path_factory.mktemp("diffusers-server"), tiny_pipeline)
    yield server
    stop_server(server)


@pytest.mark.sdk
def test_the_python_sdk_gets_an_exact_size_image_from_the_diffusers_engine(diffusers_server: Any) -> None:
    from google import genai
    from google.genai import types

    client = genai.Client(api_key="any", http_options=types.HttpOptions(base_url=diffusers_server.base_url))
    response = client.models.generate_content(
        model="gemini-3-pro-image-preview",
        contents="a blue sea at sunset",
        config=types.GenerateContentConfig(
            response_modalities=["IMAGE"], seed=5,
            image_config=types.ImageConfig(aspect_ratio="16:9", image_size="2K"),
        ),
    )
    parts = [p for p in response.parts or [] if p.inline_data is not None and not p.thought]
    assert len(parts) == 1
    image = Image.open(io.BytesIO(parts[0].inline_data.data or b""))  # type: ignore[union-attr]
    assert image.size == (2752, 1536)
