"""Seconds per image of the diffusers engine against plain diffusers, on full-size architectures with random weights.

Why random weights: the time of a denoising step depends on shapes, dtype and kernels, never on weight values, so
a Z-Image-class or Qwen-Image-class transformer built from its config runs exactly as fast as the real checkpoint,
and nothing has to be downloaded.

GPU mode (the default; refuses without CUDA):
- Z-Image-Turbo class: `ZImageTransformer2DModel()` (its defaults are Z-Image-Turbo's 6.15B config), the FLUX
  16-channel VAE, 1024², 9 steps, no CFG;
- Qwen-Image class: `QwenImageTransformer2DModel()` (defaults: Qwen-Image's 20.4B config), its VAE, 1024²,
  50 steps with true CFG (two transformer passes a step), as the `qwen-image` preset.
Each runs the real diffusers pipeline (`ZImagePipeline`, `QwenImagePipeline`) in bf16, fed prompt embeddings of
128 tokens (the text encoders, one forward per image, are left out on both sides). "plain" is the pipeline called
eagerly; "engine" is the same pipeline after the engine's load-time work (`compile_denoisers`, the profile's
`compile` mode) plus its finish step (the exact target size). Utilisation is the FLOP floor (FLOPs/image, counted
with torch.utils.flop_counter on the meta device, ÷ 790 TFLOP/s dense bf16) over the measured time.

CPU mode (`--cpu`): the tiny test pipeline and an SD-Turbo-sized one (UNet2DConditionModel, VAE and an
OpenCLIP-H-sized text encoder with SD-Turbo's config dimensions, random weights, saved and loaded by the engine's
real from_pretrained path), 512² native, 1 step: plain `pipeline(...)` on the engine's own loaded pipeline against
`DiffusersEngine.render` to the 1K target (1024², so the engine also pays the finish-to-size work), interleaved;
plus the finish step alone with Lanczos and with Real-ESRGAN compact.

`--smoke` runs the GPU mode's code on the CPU with the DiTs shrunk to a few layers: a check of this script, not a
measurement. Run: `.venv/bin/python bench/diffusers_gpu.py [--cpu | --smoke] [--repeats N] [--json]`.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.engines.tiny_pipeline: the CPU mode's tiny pipeline and its tokenizer

import torch  # noqa: E402
from PIL import Image  # noqa: E402
from torch.utils.flop_counter import FlopCounterMode  # noqa: E402

from openbanana.engines.base import RenderRequest  # noqa: E402
from openbanana.engines.diffusers.engine import DiffusersEngine  # noqa: E402
from openbanana.engines.diffusers.loading import compile_denoisers  # noqa: E402
from openbanana.engines.diffusers.profiles import PRESETS, Profile  # noqa: E402
from openbanana.engines.diffusers.upscaling import Resizer  # noqa: E402
from openbanana.imaging.sizes import target_size  # noqa: E402
from openbanana.planner.base import PlanningInput  # noqa: E402
from openbanana.planner.rules import plan_composition  # noqa: E402

PEAK_BF16_FLOPS = 790e12  # H100 SXM dense bf16, the yardstick
PROMPT = "a lighthouse on a cliff at dusk, warm light, photo"
TEXT_TOKENS = 128


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass
class Row:
    workload: str
    variant: str
    seconds: list[float]
    flops: float | None = None
    notes: dict[str, Any] = field(default_factory=dict)
    compared: bool = True  # a whole image, set against the workload's first row (not a part such as the finish)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def timed(run: Callable[[], Any], repeats: int, sync: Callable[[], None]) -> list[float]:
    times = []
    for _ in range(repeats):
        sync()
        started = time.perf_counter()
        run()
        sync()
        times.append(time.perf_counter() - started)
    return times


# 1. GPU mode: full-size DiTs.

@dataclass(frozen=True)
class DitWorkload:
    name: str
    preset: str
    forwards_per_step: int  # 2 with true CFG


DIT_WORKLOADS = (DitWorkload("z-image-turbo", "z-image-turbo", 1), DitWorkload("qwen-image", "qwen-image", 2))
SMOKE_CONFIGS: dict[str, dict[str, Any]] = {  # shrunk to a few layers: exercises the code, measures nothing
    "z-image-turbo": {"dim": 128, "n_layers": 2, "n_refiner_layers": 1, "n_heads": 2, "n_kv_heads": 2,
                      "cap_feat_dim": 64, "axes_dims": [16, 24, 24]},
    "qwen-image": {"num_layers": 2, "attention_head_dim": 32, "num_attention_heads": 2, "joint_attention_dim": 64,
                   "axes_dims_rope": (8, 12, 12)},
}


def build_dit_pipeline(name: str, device: str, dtype: Any, smoke: bool) -> tuple[Any, dict[str, Any], int]:
    """The real diffusers pipeline with random weights; returns it, its prompt-embedding kwargs, and text width."""
    from diffusers import (
        AutoencoderKL,
        AutoencoderKLQwenImage,
        FlowMatchEulerDiscreteScheduler,
        QwenImagePipeline,
        QwenImageTransformer2DModel,
        ZImagePipeline,
        ZImageTransformer2DModel,
    )

    config = SMOKE_CONFIGS[name] if smoke else {}
    previous = torch.get_default_dtype()
    torch.set_default_dtype(dtype)  # build in bf16 directly: a 20B model in fp32 would not fit an 80 GB GPU
    try:
        with torch.device(device):
            torch.manual_seed(0)
            if name == "z-image-turbo":
                transformer = ZImageTransformer2DModel(**config)
                vae = AutoencoderKL(in_channels=3, out_channels=3, latent_channels=16, layers_per_block=2,
                                    block_out_channels=(128, 256, 512, 512),
                                    down_block_types=("DownEncoderBlock2D",) * 4,
                                    up_block_types=("UpDecoderBlock2D",) * 4, scaling_factor=0.3611,
                                    shift_factor=0.1159, use_quant_conv=False, use_post_quant_conv=False)
                scheduler = FlowMatchEulerDiscreteScheduler(shift=3.0, use_dynamic_shifting=False)
                pipeline = ZImagePipeline(scheduler=scheduler, vae=vae, text_encoder=None, tokenizer=None,
                                          transformer=transformer)
                width = transformer.config.cap_feat_dim
                embeds = {"prompt_embeds": [torch.randn(TEXT_TOKENS, width)]}
            else:
                transformer = QwenImageTransformer2DModel(**config)
                vae = AutoencoderKLQwenImage()
                scheduler = FlowMatchEulerDiscreteScheduler(use_dynamic_shifting=True, shift_terminal=0.02)
                pipeline = QwenImagePipeline(scheduler=scheduler, vae=vae, text_encoder=None, tokenizer=None,
                                             transformer=transformer)
                width = transformer.config.joint_attention_dim
                mask = torch.ones(1, TEXT_TOKENS, dtype=torch.long)
                embeds = {"prompt_embeds": torch.randn(1, TEXT_TOKENS, width), "prompt_embeds_mask": mask,
                          "negative_prompt_embeds": torch.randn(1, TEXT_TOKENS, width),
                          "negative_prompt_embeds_mask": mask}
    finally:
        torch.set_default_dtype(previous)
    pipeline.set_progress_bar_config(disable=True)
    return pipeline, embeds, width


def dit_flops(name: str, steps: int, forwards_per_step: int, smoke: bool) -> float:
    """FLOPs per 1024² image: steps × passes × one transformer forward + one VAE decode, counted on meta tensors."""
    pipeline, _, width = build_dit_pipeline(name, "meta", torch.bfloat16, smoke)
    transformer, vae = pipeline.transformer, pipeline.vae
    def meta(*shape: int) -> torch.Tensor:
        return torch.randn(*shape, dtype=torch.bfloat16, device="meta")

    with torch.device("meta"), FlopCounterMode(display=False) as counter:
        if name == "z-image-turbo":
            transformer([meta(16, 1, 128, 128)], meta(1), [meta(TEXT_TOKENS, width)])
        else:
            transformer(hidden_states=meta(1, 64 * 64, 64), timestep=meta(1),
                        encoder_hidden_states=meta(1, TEXT_TOKENS, width),
                        encoder_hidden_states_mask=torch.ones(1, TEXT_TOKENS, dtype=torch.long),
                        img_shapes=[[(1, 64, 64)]])
    step_flops = counter.get_total_flops()
    with torch.device("meta"), FlopCounterMode(display=False) as counter:
        vae.decode(meta(1, 16, 128, 128) if name == "z-image-turbo" else meta(1, 16, 1, 128, 128))
    return float(steps * forwards_per_step * step_flops + counter.get_total_flops())


def keep(rows: list[Row], row: Row) -> None:
    """Append a measured row and log it at once: a run stopped at its time limit still leaves what it measured."""
    rows.append(row)
    log(f"{row.workload} | {row.variant} | median {row.median:.3f} s | runs {[round(s, 3) for s in row.seconds]}")


def bench_dits(args: argparse.Namespace) -> list[Row]:
    device, dtype = ("cpu", torch.float32) if args.smoke else ("cuda", torch.bfloat16)
    sync = torch.cuda.synchronize if device == "cuda" else (lambda: None)
    side = 64 if args.smoke else 1024
    target = target_size("1:1", "1K")
    rows = []
    for workload in (w for w in DIT_WORKLOADS if w.name in args.workloads.split(",")):
        preset = PRESETS[workload.preset]
        steps = 2 if args.smoke else preset.steps
        flops = dit_flops(workload.name, steps, workload.forwards_per_step, args.smoke)
        log(f"{workload.name}: building ({flops / 1e12:.0f} TFLOP/image)")
        pipeline, embeds, _ = build_dit_pipeline(workload.name, device, dtype, args.smoke)
        call: dict[str, Any] = {**embeds, "width": side, "height": side, "num_inference_steps": steps,
                                "output_type": "pil"}
        if workload.forwards_per_step == 2:
            call["true_cfg_scale"] = preset.true_cfg
        else:
            call["guidance_scale"] = preset.guidance

        def plain(pipeline: Any = pipeline, call: dict[str, Any] = call) -> Any:
            with torch.inference_mode():
                return pipeline(**call, generator=torch.Generator(device).manual_seed(0)).images[0]

        log(f"{workload.name}: plain diffusers, eager")
        plain()  # warm-up: cuDNN/cuBLAS autotuning, allocator
        keep(rows, Row(workload.name, "plain diffusers (eager bf16)", timed(plain, args.repeats, sync), flops))

        profile = replace(preset, compile=args.compile_mode if args.compile_mode != "none" else False,
                          compile_backend="eager" if args.smoke else "inductor")
        if profile.compile is not False:
            compile_denoisers((pipeline,), profile)
        resizer = Resizer(profile.upscaler)

        def engine(plain: Callable[[], Any] = plain, resizer: Resizer = resizer) -> Any:
            return resizer.to_target(plain(), target.width, target.height)

        log(f"{workload.name}: engine path (compile={profile.compile}); the first call compiles")
        started = time.perf_counter()
        engine()
        compile_seconds = time.perf_counter() - started
        keep(rows, Row(workload.name, f"engine (compile={profile.compile})", timed(engine, args.repeats, sync),
                       flops, {"first call (compiles), s": round(compile_seconds, 1)}))
        del pipeline, plain, engine
        gc.collect()
        if device == "cuda":
            torch.cuda.empty_cache()
            rows[-1].notes["peak GPU memory, GiB"] = round(torch.cuda.max_memory_allocated() / 2**30, 1)
            torch.cuda.reset_peak_memory_stats()
        torch._dynamo.reset()
    return rows


# 2. CPU mode: the tiny pipeline and an SD-Turbo-sized one.

def build_sd_turbo_sized(directory: Path) -> Path:
    """SD-Turbo's architecture (SD 2.1 UNet, SD VAE, OpenCLIP ViT-H/14 text tower) with random weights, saved."""
    from diffusers import AutoencoderKL, EulerDiscreteScheduler, StableDiffusionPipeline, UNet2DConditionModel
    from tests.engines.tiny_pipeline import write_tokenizer_files
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

    torch.manual_seed(0)
    unet = UNet2DConditionModel(
        sample_size=64, in_channels=4, out_channels=4, layers_per_block=2, block_out_channels=(320, 640, 1280, 1280),
        down_block_types=("CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D"),
        cross_attention_dim=1024, attention_head_dim=(5, 10, 20, 20), use_linear_projection=True,
    )
    vae = AutoencoderKL(
        in_channels=3, out_channels=3, latent_channels=4, layers_per_block=2, block_out_channels=(128, 256, 512, 512),
        down_block_types=("DownEncoderBlock2D",) * 4, up_block_types=("UpDecoderBlock2D",) * 4, sample_size=512,
    )
    text_encoder = CLIPTextModel(CLIPTextConfig(
        vocab_size=49408, hidden_size=1024, intermediate_size=4096, num_hidden_layers=23, num_attention_heads=16,
        max_position_embeddings=77, hidden_act="gelu", projection_dim=512, bos_token_id=0, eos_token_id=2,
        pad_token_id=1,
    ))
    vocab, merges = write_tokenizer_files(directory / "_vocab")
    tokenizer = CLIPTokenizer(str(vocab), str(merges), model_max_length=77)
    scheduler = EulerDiscreteScheduler(timestep_spacing="trailing", beta_schedule="scaled_linear",
                                       beta_start=0.00085, beta_end=0.012, steps_offset=1)
    pipeline = StableDiffusionPipeline(vae=vae, text_encoder=text_encoder, tokenizer=tokenizer, unet=unet,
                                       scheduler=scheduler, safety_checker=None, feature_extractor=None,
                                       requires_safety_checker=False)
    target = directory / "sd-turbo-sized"
    pipeline.save_pretrained(target)
    return target


def bench_cpu(args: argparse.Namespace) -> list[Row]:
    """Plain diffusers and the engine on the same loaded pipeline, interleaved: a busy shared CPU slows both alike."""
    from tests.engines.tiny_pipeline import build_tiny_pipeline

    target = target_size("1:1", "1K")
    plan = plan_composition(PlanningInput(PROMPT, target.width, target.height, 0, 0))
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-diffusers-") as temp:
        workloads = [
            ("tiny (2-block UNet, 32², 2 steps)", build_tiny_pipeline(Path(temp)),
             Profile(name="tiny", pipeline="", device="cpu", steps=2, max_native_pixels=32 * 32, multiple=16)),
        ]
        if not args.tiny_only:
            log("building the SD-Turbo-sized pipeline (random weights, ~1.3B parameters, fp32)")
            workloads.append(("SD-Turbo-sized (512², 1 step)", build_sd_turbo_sized(Path(temp)),
                              replace(PRESETS["sd-turbo"], name="sd-turbo-sized")))
        threads = torch.get_num_threads()
        for label, path, profile in workloads:
            # The tiny UNet's ops are microseconds: with more than one thread, synchronisation noise dominates.
            torch.set_num_threads(1 if profile.name == "tiny" else threads)
            engine = DiffusersEngine(replace(profile, pipeline=str(path)))
            engine.load()  # the engine's own from_pretrained; plain diffusers below calls the very same pipeline
            assert engine.pipelines is not None
            pipeline, side = engine.pipelines.text_to_image, int(profile.max_native_pixels**0.5)

            def plain(pipeline: Any = pipeline, side: int = side, steps: int = profile.steps) -> Image.Image:
                with torch.inference_mode():
                    image: Image.Image = pipeline(PROMPT, width=side, height=side, num_inference_steps=steps,
                                                  guidance_scale=0.0,
                                                  generator=torch.Generator("cpu").manual_seed(0)).images[0]
                return image

            def render(engine: DiffusersEngine = engine) -> Image.Image:
                return engine.render(RenderRequest(plan, target.width, target.height, seed=0)).image

            native = plain()
            learned = Resizer("realesrgan-compact")
            variants: dict[str, Callable[[], Any]] = {
                "plain diffusers (fp32)": plain,
                "engine → 1K (Lanczos)": render,
                "finishing only: Lanczos to 1K": lambda native=native: Resizer("lanczos").to_target(
                    native, 1024, 1024),
                "finishing only: realesrgan-compact to 1K": lambda native=native, learned=learned: learned.to_target(
                    native, 1024, 1024),
            }
            log(f"{label}: counting FLOPs, warming up")
            with FlopCounterMode(display=False) as counter:
                plain()
            flops = float(counter.get_total_flops())
            for run in variants.values():
                run()
            times: dict[str, list[float]] = {name: [] for name in variants}
            repeats = args.repeats if profile.name != "tiny" else max(args.repeats, 15)  # tiny: timer noise
            for repeat in range(repeats):
                log(f"{label}: round {repeat + 1}/{repeats}")
                for name, run in variants.items():
                    times[name] += timed(run, 1, lambda: None)
            for name in variants:
                whole = not name.startswith("finishing")
                notes = {"model ran": bool(learned._models)} if "realesrgan" in name else {}
                rows.append(Row(label, name, times[name], flops if whole else None, notes, compared=whole))
            del engine, pipeline, plain, render, variants
            gc.collect()
    return rows


# 3. Report.

def report(rows: list[Row], args: argparse.Namespace) -> None:
    device = (torch.cuda.get_device_name() if torch.cuda.is_available() and not args.cpu
              else f"{platform.machine()} CPU, {torch.get_num_threads()} threads")
    if args.json:
        print(json.dumps({"device": device, "torch": torch.__version__, "rows": [
            {**vars(row), "median_seconds": row.median} for row in rows]}, indent=2))
        return
    print(f"device: {device}; torch {torch.__version__}; medians\n")
    print("| workload | variant | s/image | vs plain | TFLOP/image | utilisation of 790 TFLOP/s | runs | notes |")
    print("|---|---|---|---|---|---|---|---|")
    baseline: dict[str, float] = {}
    for row in rows:
        baseline.setdefault(row.workload, row.median)
        ratio = f"{baseline[row.workload] / row.median:.2f}×" if row.compared else "–"
        tflop = f"{row.flops / 1e12:.3g}" if row.flops else "–"
        measured = row.flops and not (args.cpu or args.smoke)
        utilisation = f"{row.flops / PEAK_BF16_FLOPS / row.median:.0%}" if measured else "–"
        notes = ", ".join(f"{key} {value}" for key, value in row.notes.items())
        print(f"| {row.workload} | {row.variant} | {row.median:.3f} | {ratio} | {tflop} | {utilisation} | "
              f"{len(row.seconds)} | {notes} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cpu", action="store_true", help="CPU mode: tiny and SD-Turbo-sized pipelines")
    parser.add_argument("--tiny-only", action="store_true", help="CPU mode without the SD-Turbo-sized pipeline")
    parser.add_argument("--smoke", action="store_true", help="run the GPU mode's code on the CPU with tiny DiTs")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workloads", default="z-image-turbo,qwen-image",
                        help="GPU mode: which DiTs, comma-separated (default: %(default)s)")
    parser.add_argument("--compile-mode", default="max-autotune-no-cudagraphs",
                        help="the engine's compile setting: none, default, max-autotune, … (default: %(default)s)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.cpu:
        rows = bench_cpu(args)
    elif args.smoke or torch.cuda.is_available():
        args.compile_mode = "default" if args.smoke else args.compile_mode
        rows = bench_dits(args)
    else:
        print("This benchmark measures full-size DiTs (6B and 20B parameters) in bf16 and needs a CUDA GPU, which "
              "torch does not see here. Run it with --cpu for the CPU benchmark (tiny and SD-Turbo-sized "
              "pipelines), or --smoke to check the GPU code path on small models.", file=sys.stderr)
        return 2
    report(rows, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
