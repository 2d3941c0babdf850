"""DiffusersEngine: a Plan → prompt → native-size diffusion → exact target size → optional exact text."""

from __future__ import annotations

import gc
import logging
import threading
import time
from pathlib import Path
from typing import Any

from PIL import Image

from openbanana.engines.base import (
    EngineCancelledError,
    EngineConfigError,
    EngineInputError,
    EngineTraits,
    EngineUnavailableError,
    ImageEngine,
    ProgressCallback,
    RenderRequest,
    RenderResult,
)
from openbanana.engines.diffusers.inputs import accepted_parameters, reference_images, start_from
from openbanana.engines.diffusers.loading import Backend, LoadedPipelines, import_backend, load_pipelines
from openbanana.engines.diffusers.profiles import Profile, resolve_profile
from openbanana.engines.diffusers.prompting import build_prompt, composite_text
from openbanana.engines.diffusers.upscaling import Resizer
from openbanana.imaging.sizes import native_size
from openbanana.plan import Plan
from openbanana.telemetry import engine_event

log = logging.getLogger(__name__)

PREVIEW_PIXEL_FRACTION = 4  # previews ("thought images") sample a quarter of the pixels with a quarter of the steps


def _no_progress(fraction: float, stage: str) -> None:
    return None


class DiffusersEngine:
    """One profile's pipelines on one device. Requests queue on a lock: one denoising loop at a time.

    For the scheduler in front of it: `traits.max_parallel` is how many renders can make progress at once (more
    simply wait on the lock), `loaded` whether the weights are in memory (else the next render loads them first)
    and `loading` whether a load is under way.

    `guide` is the engine that draws a Plan quickly (the draft engine, injected by whoever wires the engines: the two
    never import each other); profiles with `draft_init_strength` start every new picture from its render.
    """

    name = "diffusers"
    # one pipeline instance per device (a second render would only wait); the model follows the prompt, not the plan
    traits = EngineTraits(max_parallel=1, draws_the_plan=False)

    def __init__(self, profile: Profile, backend: Backend | None = None, *, guide: ImageEngine | None = None) -> None:
        if profile.draft_init_strength is not None and guide is None:
            raise EngineConfigError(f"profile {profile.name!r} sets draft_init_strength but this engine was built "
                                    "without a guide engine to draw the draft (create it with guide=DraftEngine())")
        self.profile = profile
        self._guide = guide
        self._backend = backend or import_backend()  # fails early, with the install hint, if the extra is missing
        self._lock = threading.Lock()
        self._loaded: LoadedPipelines | None = None
        self._loading = False
        self._last_used = 0.0
        self._idle_timer: threading.Timer | None = None
        self._resizer = Resizer(profile.upscaler, profile.upscaler_gpu)

    @property
    def loaded(self) -> bool:
        return self._loaded is not None

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def pipelines(self) -> LoadedPipelines | None:
        """The loaded diffusers pipelines, None until loaded (for programs that embed the engine, and benchmarks)."""
        return self._loaded

    def load(self) -> None:
        """Load the pipelines now (otherwise the first request does)."""
        with self._lock:
            self._ensure_loaded()

    def start_preload(self) -> threading.Thread:
        """Load in the background, so the server listens at once; renders that arrive meanwhile wait for it.

        A failed preload is logged; the first request then tries again and reports the error to its caller.
        """
        self._loading = not self.loaded  # set before the thread runs: a scheduler asking at once sees the load

        def preload() -> None:
            try:
                self.load()  # its _ensure_loaded clears _loading, also when it fails
            except Exception:  # logged here, raised again by the first render's own load
                log.exception("preloading profile %s failed", self.profile.name)

        thread = threading.Thread(target=preload, name=f"preload-{self.profile.name}", daemon=True)
        thread.start()
        return thread

    def unload(self) -> None:
        """Drop the pipelines and give their memory back; the next request loads them again."""
        with self._lock:
            self._unload_locked()

    def render(self, request: RenderRequest, progress: ProgressCallback | None = None) -> RenderResult:
        report = progress or _no_progress
        self._check_cancel(request)
        with self._lock:
            if self._idle_timer is not None:
                self._idle_timer.cancel()
            try:
                return self._render_locked(request, report)
            finally:
                self._last_used = time.monotonic()
                self._schedule_idle_unload()

    # 1. Steps of one render, in order.

    def _render_locked(self, request: RenderRequest, report: ProgressCallback) -> RenderResult:
        report(0.0, "loading" if self._loaded is None else "preparing")
        loaded = self._ensure_loaded()
        plan = request.plan
        width, height = request.width, request.height
        composite = self._composites_text(plan)
        prompt = build_prompt(plan, composite_text=composite)
        max_pixels = self.profile.max_native_pixels // (PREVIEW_PIXEL_FRACTION if request.preview else 1)
        native = native_size(width, height, max_pixels, self.profile.multiple)
        report(0.05, "denoising")
        image = self._denoise(loaded, request, prompt, native, report)
        report(0.92, "resizing")
        image = self._resizer.to_target(image, width, height, learned=not request.preview)
        shortfalls: tuple[str, ...] = ()
        if composite and plan.texts:
            report(0.96, "text")
            image, shortfalls = composite_text(image, plan)
        report(1.0, "done")
        return RenderResult(image, shortfalls)

    def _denoise(self, loaded: LoadedPipelines, request: RenderRequest, prompt: str, native: tuple[int, int],
                 report: ProgressCallback) -> Image.Image:
        torch = self._backend.torch
        out_of_memory = False
        try:
            with torch.inference_mode():
                pipeline, kwargs = self._call_arguments(loaded, request, prompt, native, report)
                output = pipeline(**kwargs)
            image: Image.Image = output.images[0]
        except torch.OutOfMemoryError:
            out_of_memory = True  # handled outside the except block, so the traceback's tensors can be freed
        if out_of_memory:
            engine_event(self.name, "oom", self.profile.name)
            self._free_memory()
            raise EngineUnavailableError(f"out of memory while rendering {native[0]}×{native[1]} with profile "
                                         f"{self.profile.name!r}")
        return image

    def _call_arguments(self, loaded: LoadedPipelines, request: RenderRequest, prompt: str,
                        native: tuple[int, int], report: ProgressCallback) -> tuple[Any, dict[str, Any]]:
        """The pipeline to run and the keyword arguments it accepts (pipelines differ: width, image, strength…)."""
        profile = self.profile
        steps = max(1, profile.steps // (PREVIEW_PIXEL_FRACTION if request.preview else 1))
        width, height = native
        wanted: dict[str, Any] = {
            "prompt": prompt, "width": width, "height": height, "guidance_scale": profile.guidance,
            "generator": self._generator(loaded, request.seed), "output_type": "pil",
        }
        if profile.true_cfg is not None:
            wanted["true_cfg_scale"] = profile.true_cfg
        if profile.negative_prompt is not None:
            wanted["negative_prompt"] = profile.negative_prompt
        if request.references:
            if loaded.edit is None:
                raise EngineInputError(f"profile {profile.name!r} cannot edit images: configure an edit_pipeline")
            pipeline = loaded.edit
            steps = start_from(pipeline, reference_images(request.references, native, profile.max_references),
                               profile.edit_strength, wanted, steps)
        elif loaded.guided is not None and profile.draft_init_strength is not None:
            pipeline = loaded.guided
            steps = start_from(pipeline, self._draft(request, native), profile.draft_init_strength, wanted, steps)
        else:
            pipeline = loaded.text_to_image
        accepted = accepted_parameters(pipeline)
        wanted["num_inference_steps"] = steps
        if "callback_on_step_end" in accepted:
            wanted["callback_on_step_end"] = self._step_callback(request, report, steps)
        return pipeline, {key: value for key, value in wanted.items() if key in accepted}

    def _draft(self, request: RenderRequest, native: tuple[int, int]) -> Image.Image:
        """The Plan drawn by the guide engine at the model's native size: where things stand, how many of them,
        where the text goes; the image-to-image pass keeps that composition and repaints the rest."""
        if self._guide is None:  # the constructor refuses a draft_init_strength profile without a guide
            raise EngineConfigError(f"profile {self.profile.name!r} has no guide engine for draft_init_strength")
        width, height = native
        guide = RenderRequest(request.plan, width, height, seed=request.seed, preview=request.preview,
                              cancel=request.cancel)
        return self._guide.render(guide).image.convert("RGB")

    def _step_callback(self, request: RenderRequest, report: ProgressCallback, steps: int) -> Any:
        def on_step_end(pipeline: Any, step: int, timestep: Any, tensors: dict[str, Any]) -> dict[str, Any]:
            total = getattr(pipeline, "num_timesteps", None) or steps
            report(0.05 + 0.85 * min(1.0, (step + 1) / total), f"denoising {step + 1}/{total}")
            self._check_cancel(request)
            return tensors

        return on_step_end

    # 2. Helpers.

    def _composites_text(self, plan: Plan) -> bool:
        mode = self.profile.text_mode
        if mode == "auto":
            return bool(plan.texts) and not self.profile.renders_text
        return mode == "composite"

    def _generator(self, loaded: LoadedPipelines, seed: int) -> Any:
        return self._backend.torch.Generator(device=loaded.device).manual_seed(seed)

    @staticmethod
    def _check_cancel(request: RenderRequest) -> None:
        if request.cancel is not None and request.cancel.is_set():
            raise EngineCancelledError("the request was cancelled")

    def _ensure_loaded(self) -> LoadedPipelines:
        if self._loaded is None:
            self._loading = True
            started = time.perf_counter()
            try:
                self._loaded = load_pipelines(self.profile, self._backend)
            finally:
                self._loading = False
            engine_event(self.name, "load", self.profile.name)
            log.info("profile %s ready in %.1f s", self.profile.name, time.perf_counter() - started)
        return self._loaded

    def _unload_locked(self) -> None:
        if self._loaded is not None:
            log.info("unloading profile %s", self.profile.name)
            self._loaded = None
            self._resizer = Resizer(self.profile.upscaler, self.profile.upscaler_gpu)  # its models hold memory too
            self._free_memory()
            engine_event(self.name, "unload", self.profile.name)

    def _free_memory(self) -> None:
        gc.collect()
        torch = self._backend.torch
        if torch.cuda.is_available():
            torch.cuda.empty_cache()

    def _schedule_idle_unload(self) -> None:
        seconds = self.profile.idle_unload_seconds
        if seconds <= 0:
            return
        self._idle_timer = threading.Timer(seconds, self._unload_if_idle)
        self._idle_timer.daemon = True
        self._idle_timer.start()

    def _unload_if_idle(self) -> None:
        with self._lock:
            if time.monotonic() - self._last_used >= self.profile.idle_unload_seconds * 0.99:
                self._unload_locked()


def create_diffusers_engine(profile: str, profiles_file: Path | None = None, *, preload: bool = False,
                            guide: ImageEngine | None = None) -> DiffusersEngine:
    """The engine for a named profile (a preset or a `[profiles.NAME]` table in `profiles_file`).

    With `preload` (or the profile's own `preload`) the weights start loading now, in the background. `guide` draws
    the Plan for profiles with `draft_init_strength`.
    """
    engine = DiffusersEngine(resolve_profile(profile, profiles_file), guide=guide)
    if preload or engine.profile.preload:
        engine.start_preload()
    return engine
