"""A tiny random-weight SD-Turbo-like pipeline, built from configs and saved with save_pretrained (no downloads).

As in diffusers' own tests: real model classes from tiny configs under `torch.manual_seed(0)`; unlike them, the
CLIP tokenizer is written here from a small vocabulary, because the Hub is unreachable from CI.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the benchmark imports this module without the test harness
    from tests.conftest import LiveServer

# A handful of whole words on top of the byte-level alphabet, so common prompt words are single tokens.
WORDS = ("a", "the", "cat", "red", "blue", "poster", "photo", "of", "with", "and", "sky", "sea", "sunset", "no", "text")


def _byte_alphabet() -> list[str]:
    """CLIP's (GPT-2's) byte → printable-unicode table, so every input byte has a token."""
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + \
        list(range(ord("®"), ord("ÿ") + 1))
    chars, extra = list(printable), 0
    for byte in range(256):
        if byte not in printable:
            chars.append(256 + extra)
            extra += 1
    return [chr(c) for c in chars]


def write_tokenizer_files(directory: Path) -> tuple[Path, Path]:
    """vocab.json and merges.txt for CLIPTokenizer: bytes, bytes + "</w>", a few merged words, two specials."""
    alphabet = _byte_alphabet()
    tokens = [*alphabet, *(c + "</w>" for c in alphabet)]
    merges: list[str] = []
    for word in WORDS:
        # Merge left to right: "c a" → "ca", "ca t</w>" → "cat</w>".
        pieces = [*word[:-1], word[-1] + "</w>"]
        while len(pieces) > 1:
            merges.append(f"{pieces[0]} {pieces[1]}")
            merged = pieces[0] + pieces[1]
            if merged not in tokens:
                tokens.append(merged)
            pieces = [merged, *pieces[2:]]
    tokens += ["<|startoftext|>", "<|endoftext|>"]
    directory.mkdir(parents=True, exist_ok=True)
    vocab, merges_file = directory / "vocab.json", directory / "merges.txt"
    vocab.write_text(json.dumps({token: index for index, token in enumerate(dict.fromkeys(tokens))}))
    merges_file.write_text("#version: 0.2\n" + "\n".join(dict.fromkeys(merges)) + "\n")
    return vocab, merges_file


def build_tiny_pipeline(directory: Path) -> Path:
    """A StableDiffusionPipeline with 2-block UNet/VAE (8×8 latents for 16×16 pixels), saved to `directory`."""
    import torch
    from diffusers import AutoencoderKL, EulerDiscreteScheduler, StableDiffusionPipeline, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

    torch.manual_seed(0)
    unet = UNet2DConditionModel(
        block_out_channels=(4, 8), layers_per_block=1, sample_size=8, in_channels=4, out_channels=4,
        down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"), up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
        cross_attention_dim=16, norm_num_groups=2, attention_head_dim=2,
    )
    torch.manual_seed(0)
    vae = AutoencoderKL(
        block_out_channels=(4, 8), in_channels=3, out_channels=3, latent_channels=4, norm_num_groups=2,
        down_block_types=("DownEncoderBlock2D", "DownEncoderBlock2D"),
        up_block_types=("UpDecoderBlock2D", "UpDecoderBlock2D"), sample_size=16,
    )
    torch.manual_seed(0)
    text_encoder = CLIPTextModel(CLIPTextConfig(
        bos_token_id=0, eos_token_id=2, pad_token_id=1, hidden_size=16, intermediate_size=32,
        num_attention_heads=2, num_hidden_layers=1, vocab_size=1000, max_position_embeddings=77,
        layer_norm_eps=1e-5,
    ))
    vocab, merges = write_tokenizer_files(directory / "_vocab")
    tokenizer = CLIPTokenizer(str(vocab), str(merges), model_max_length=77)
    scheduler = EulerDiscreteScheduler(timestep_spacing="trailing", beta_schedule="scaled_linear",
                                       beta_start=0.00085, beta_end=0.012, steps_offset=1)
    pipeline = StableDiffusionPipeline(
        vae=vae, text_encoder=text_encoder, tokenizer=tokenizer, unet=unet, scheduler=scheduler,
        safety_checker=None, feature_extractor=None, requires_safety_checker=False,
    )
    target = directory / "tiny-sd"
    pipeline.save_pretrained(target)
    return target


def start_tiny_diffusers_server(directory: Path, pipeline: Path,
                                *flags: str) -> LiveServer:
    """`openbanana serve --engine diffusers --profile tiny` on `pipeline` (or, given `flags`, with them instead of
    the engine and profile: `tiny` is in the profiles file either way), data in `directory/data`; its torch runs
    one thread (tiny convolutions are fastest that way on a busy 2-core machine)."""
    from tests.conftest import start_server

    flags = flags or ("--engine", "diffusers", "--profile", "tiny")
    profiles = directory / "profiles.toml"
    profiles.write_text(f'[profiles.tiny]\npipeline = "{pipeline}"\ndevice = "cpu"\nsteps = 2\n'
                        "max_native_pixels = 1024\nmultiple = 16\n")
    before = os.environ.get("OMP_NUM_THREADS")
    os.environ["OMP_NUM_THREADS"] = "1"  # inherited by the server process
    try:
        return start_server(directory / "data", *flags, "--profiles-file", str(profiles))
    finally:
        if before is None:
            del os.environ["OMP_NUM_THREADS"]
        else:
            os.environ["OMP_NUM_THREADS"] = before
