"""Loading pipelines: torch and diffusers imported lazily, the real `from_pretrained`, device and dtype."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from openbanana.engines.base import EngineConfigError
from openbanana.engines.diffusers.profiles import Profile

log = logging.getLogger(__name__)

INSTALL_HINT = "pip install 'openbanana[diffusers]'"


@dataclass(frozen=True)
class Backend:
    """The lazily imported modules; only this package ever imports torch."""

    torch: ModuleType
    diffusers: ModuleType


@dataclass
class LoadedPipelines:
    text_to_image: Any
    edit: Any | None  # None: this profile cannot edit
    device: str
    dtype: Any
    guided: Any | None = None  # draft_init_strength: the text-to-image model's image-to-image twin; else None


def import_backend() -> Backend:
    """torch and diffusers, or an EngineConfigError that says how to install them."""
    try:
        torch = importlib.import_module("torch")
        diffusers = importlib.import_module("diffusers")
        importlib.import_module("transformers")
    except ImportError as exc:
        raise EngineConfigError(f"the diffusers engine needs torch, diffusers and transformers ({exc.name} is "
                                f"missing): {INSTALL_HINT}") from exc
    diffusers.utils.logging.disable_progress_bar()  # a server logs; loading bars would only clutter that log
    return Backend(torch, diffusers)


def resolve_device(profile: Profile, backend: Backend) -> str:
    if profile.device == "auto":
        return "cuda" if backend.torch.cuda.is_available() else "cpu"
    if profile.device == "cuda" and not backend.torch.cuda.is_available():
        raise EngineConfigError(f"profile {profile.name!r} wants device 'cuda' but torch sees no GPU "
                                "(use --device cpu in a profile, or a CUDA build of torch)")
    return profile.device


def resolve_dtype(profile: Profile, device: str, backend: Backend) -> Any:
    """bfloat16 on GPU and float32 on CPU unless the profile names one."""
    name = profile.dtype
    if name == "auto":
        name = "bfloat16" if device == "cuda" else "float32"
    return getattr(backend.torch, name)


def load_pipelines(profile: Profile, backend: Backend) -> LoadedPipelines:
    """`DiffusionPipeline.from_pretrained` for each configured pipeline, moved to the profile's device."""
    device = resolve_device(profile, backend)
    dtype = resolve_dtype(profile, device, backend)
    text_to_image = _from_pretrained(profile.pipeline, dtype, backend)
    _set_scheduler(text_to_image, profile, backend)
    text_to_image.to(device)
    if profile.edit_pipeline:
        edit = _from_pretrained(profile.edit_pipeline, dtype, backend)
        _set_scheduler(edit, profile, backend)
        edit.to(device)
    else:
        edit = image_to_image_twin(text_to_image, backend)
    guided = _guided_pipeline(profile, text_to_image, edit, backend)
    for pipeline in (text_to_image, edit, guided):
        if pipeline is not None and hasattr(pipeline, "set_progress_bar_config"):
            pipeline.set_progress_bar_config(disable=True)
    if profile.compile is not False:
        compile_denoisers((text_to_image, edit, guided), profile)
    log.info("loaded profile %s on %s (%s)", profile.name, device, dtype)
    return LoadedPipelines(text_to_image, edit, device, dtype, guided)


def _guided_pipeline(profile: Profile, text_to_image: Any, edit: Any | None, backend: Backend) -> Any | None:
    """With draft_init_strength, the image-to-image pipeline of the text-to-image model (the edit twin when that is
    what edits use); a model family without one cannot start from the draft, which is a configuration error."""
    if profile.draft_init_strength is None:
        return None
    guided = edit if not profile.edit_pipeline and edit is not None else image_to_image_twin(text_to_image, backend)
    if guided is None:
        raise EngineConfigError(f"profile {profile.name!r}: draft_init_strength needs an image-to-image pipeline for "
                                f"{type(text_to_image).__name__}, and diffusers has none")
    return guided


def compile_denoisers(pipelines: tuple[Any, ...], profile: Profile) -> int:
    """`torch.compile` each distinct denoiser (transformer or UNet) in place, once; returns how many.

    An image-to-image twin shares its text-to-image denoiser, so it is compiled once. The graph itself is built on
    the first step at each new native size (tens of seconds on a GPU, minutes on a CPU); later steps reuse it.
    """
    mode = None if profile.compile is True else profile.compile
    seen: set[int] = set()
    for pipeline in pipelines:
        denoiser = denoiser_of(pipeline) if pipeline is not None else None
        if denoiser is None or id(denoiser) in seen:
            continue
        seen.add(id(denoiser))
        denoiser.compile(backend=profile.compile_backend, mode=mode)
        log.info("profile %s: %s compiled (backend %s, mode %s)", profile.name, type(denoiser).__name__,
                 profile.compile_backend, mode or "default")
    if not seen:
        log.warning("profile %s: compile is set but the pipeline has no transformer or unet", profile.name)
    return len(seen)


def denoiser_of(pipeline: Any) -> Any | None:
    """The network run at every step: `transformer` (DiTs) or `unet`."""
    for name in ("transformer", "unet"):
        module = getattr(pipeline, name, None)
        if module is not None:
            return module
    return None


def image_to_image_twin(pipeline: Any, backend: Backend) -> Any | None:
    """The image-to-image pipeline of the same family, sharing the loaded components (no second copy)."""
    try:
        return backend.diffusers.AutoPipelineForImage2Image.from_pipe(pipeline)
    except (ValueError, KeyError, AttributeError) as exc:
        log.warning("no image-to-image pipeline for %s (%s): edits are unavailable", type(pipeline).__name__, exc)
        return None


def _from_pretrained(source: str, dtype: Any, backend: Backend) -> Any:
    try:
        return backend.diffusers.DiffusionPipeline.from_pretrained(source, dtype=dtype)
    except (OSError, ValueError) as exc:  # not found on disk or on the hub, or not a pipeline
        raise EngineConfigError(f"cannot load pipeline {source!r}: {exc}") from exc


def _set_scheduler(pipeline: Any, profile: Profile, backend: Backend) -> None:
    if not profile.scheduler:
        return
    scheduler_class = getattr(backend.diffusers, profile.scheduler, None)
    if scheduler_class is None or not hasattr(scheduler_class, "from_config"):
        raise EngineConfigError(f"profile {profile.name!r}: scheduler {profile.scheduler!r} is not a diffusers "
                                "scheduler class (e.g. EulerDiscreteScheduler)")
    pipeline.scheduler = scheduler_class.from_config(pipeline.scheduler.config)
