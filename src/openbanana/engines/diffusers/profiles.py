"""Profiles: a served model's pipelines and sampling settings, the shipped presets, and profiles from TOML."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Literal, get_args

from openbanana.engines.base import EngineConfigError

Device = Literal["auto", "cuda", "cpu"]
DType = Literal["auto", "bfloat16", "float16", "float32"]
TextMode = Literal["model", "composite", "auto"]
Upscaler = Literal["lanczos", "realesrgan-compact", "realesrgan-x4plus"]
CompileMode = Literal["default", "reduce-overhead", "max-autotune", "max-autotune-no-cudagraphs"]


@dataclass(frozen=True)
class Profile:
    """One served model: which pipelines to load and how to sample them.

    `pipeline`/`edit_pipeline` are Hugging Face hub ids or local directories written by `save_pretrained`. With no
    `edit_pipeline`, edits run the text-to-image pipeline's image-to-image twin, built from the same components.
    """

    name: str
    pipeline: str
    edit_pipeline: str | None = None
    max_references: int = 1  # images the edit pipeline takes at once; more are reduced to a collage
    dtype: DType = "auto"  # auto: bfloat16 on CUDA, float32 on the CPU
    device: Device = "auto"  # auto: CUDA when torch sees a GPU
    steps: int = 8
    guidance: float = 0.0
    true_cfg: float | None = None  # Qwen-Image's true_cfg_scale, passed only to pipelines that take it
    edit_strength: float = 0.6  # image-to-image pipelines only: how far to move away from the reference
    # Start new pictures from the draft engine's render of the Plan (layout, counts, text areas): the image-to-image
    # pass at this strength, as diffusers defines it (1 ignores the init image); None: plain text-to-image.
    draft_init_strength: float | None = None
    scheduler: str | None = None  # a diffusers scheduler class name, built from the pipeline's scheduler config
    max_native_pixels: int = 1024 * 1024  # the model's best resolution; the output is resized to the exact target
    multiple: int = 16  # native width and height are multiples of this (VAE factor × patch size)
    upscaler: Upscaler = "lanczos"  # a learned upscaler for targets larger than the native render (upscaling.py)
    upscaler_gpu: int = -1  # the upscaler's Vulkan device index; -1 runs it on the CPU
    compile: bool | CompileMode = False  # torch.compile the denoiser at load: true, or a torch.compile mode
    compile_backend: str = "inductor"  # torch.compile backend; "eager" only traces (checks a model compiles)
    preload: bool = False  # load the pipelines when the server starts instead of on the first request
    text_mode: TextMode = "auto"  # auto: composite exact text unless the model renders text well
    renders_text: bool = False  # the model draws legible text (e.g. Qwen-Image); used by text_mode=auto
    negative_prompt: str | None = None
    idle_unload_seconds: float = 0.0  # free the pipelines after this long without requests; 0 keeps them

    def __post_init__(self) -> None:
        if self.steps < 1 or self.max_references < 1 or self.multiple < 1 or self.max_native_pixels < self.multiple**2:
            raise EngineConfigError(f"profile {self.name!r}: steps, max_references and multiple must be ≥ 1 and "
                                    "max_native_pixels at least multiple²")
        if not 0 < self.edit_strength <= 1:
            raise EngineConfigError(f"profile {self.name!r}: edit_strength must be in (0, 1]")
        strength = self.draft_init_strength
        if strength is not None and (isinstance(strength, bool) or not isinstance(strength, int | float)
                                     or not 0 < strength <= 1):
            raise EngineConfigError(f"profile {self.name!r}: draft_init_strength must be a number in (0, 1] (the "
                                    f"image-to-image strength), got {strength!r}")
        for key, allowed in _CHOICES.items():  # TOML files give any string: check what the Literal types promise
            value = getattr(self, key)
            if not any(value == choice and type(value) is type(choice) for choice in allowed):  # 1 is not True
                raise EngineConfigError(f"profile {self.name!r}: {key} = {value!r} is not one of "
                                        f"{', '.join(map(repr, allowed))}")


_CHOICES: dict[str, tuple[Any, ...]] = {
    "device": get_args(Device), "dtype": get_args(DType), "text_mode": get_args(TextMode),
    "upscaler": get_args(Upscaler), "compile": (False, True, *get_args(CompileMode)),
}


PRESETS: dict[str, Profile] = {
    profile.name: profile for profile in (
        # Tongyi-MAI/Z-Image-Turbo: a distilled 6B DiT, 8-9 steps with no CFG; ~1 MP native, sides ×16.
        Profile(name="z-image-turbo", pipeline="Tongyi-MAI/Z-Image-Turbo", steps=9, guidance=0.0,
                max_native_pixels=1024 * 1024, multiple=16, dtype="auto", device="auto"),
        # Qwen-Image for text-to-image (good at text) and Qwen-Image-Edit-2509 for edits with up to 3 references.
        Profile(name="qwen-image", pipeline="Qwen/Qwen-Image", edit_pipeline="Qwen/Qwen-Image-Edit-2509",
                max_references=3, steps=50, guidance=1.0, true_cfg=4.0, negative_prompt=" ",
                max_native_pixels=1328 * 1328, multiple=16, renders_text=True),
        # SD-Turbo: runs on a CPU; 512² native, one step, no CFG.
        Profile(name="sd-turbo", pipeline="stabilityai/sd-turbo", device="cpu", dtype="float32", steps=1,
                guidance=0.0, edit_strength=0.5, max_native_pixels=512 * 512, multiple=64),
    )
}

_FIELDS = {f.name for f in fields(Profile)}


def load_profiles(path: Path | None) -> dict[str, Profile]:
    """The presets, plus (and overridden by) `[profiles.NAME]` tables in a TOML file.

    A table may start from a preset with `preset = "sd-turbo"` and change only some keys.
    """
    profiles = dict(PRESETS)
    if path is None:
        return profiles
    try:
        document = tomllib.loads(path.expanduser().read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise EngineConfigError(f"cannot read profiles file {path}: {exc}") from exc
    tables = document.get("profiles", {})
    if not isinstance(tables, dict):
        raise EngineConfigError(f"{path}: [profiles] must be a table of [profiles.NAME] tables")
    for name, table in tables.items():
        profiles[name] = _profile_from_table(name, table, path)
    return profiles


def _profile_from_table(name: str, table: Any, path: Path) -> Profile:
    if not isinstance(table, dict):
        raise EngineConfigError(f"{path}: [profiles.{name}] must be a table")
    table = dict(table)
    base_name = table.pop("preset", None)
    unknown = set(table) - _FIELDS - {"name"}
    if unknown:
        raise EngineConfigError(f"{path}: [profiles.{name}] has unknown keys {sorted(unknown)}; "
                                f"known: {sorted(_FIELDS - {'name'})}")
    for key in ("pipeline", "edit_pipeline"):  # relative local directories are relative to the file
        value = table.get(key)
        if isinstance(value, str) and value.startswith((".", "~", "/")):
            table[key] = str((path.parent / Path(value).expanduser()).resolve())
    try:
        if base_name is not None:
            if base_name not in PRESETS:
                raise EngineConfigError(f"{path}: [profiles.{name}] preset {base_name!r} is not one of "
                                        f"{', '.join(PRESETS)}")
            return replace(PRESETS[base_name], **{**table, "name": name})
        if "pipeline" not in table:
            raise EngineConfigError(f"{path}: [profiles.{name}] needs `pipeline` (a hub id or directory) or `preset`")
        return Profile(**{**table, "name": name})
    except TypeError as exc:
        raise EngineConfigError(f"{path}: [profiles.{name}]: {exc}") from exc


def resolve_profile(name: str, path: Path | None) -> Profile:
    profiles = load_profiles(path)
    if name not in profiles:
        raise EngineConfigError(f"unknown profile {name!r}; available: {', '.join(sorted(profiles))} "
                                "(add more with --profiles-file)")
    return profiles[name]
