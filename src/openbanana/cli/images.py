"""Saving what the model returned: the seed's file names, never overwriting an earlier result."""

from __future__ import annotations

from pathlib import Path

EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp"}


def free_path(stem: str, mime_type: str, directory: Path = Path(".")) -> Path:
    """`generated_image.png`, then `generated_image-2.png`, ... (the first name that does not exist yet)."""
    suffix = EXTENSIONS.get(mime_type, ".bin")
    candidate = directory / f"{stem}{suffix}"
    counter = 2
    while candidate.exists():
        candidate = directory / f"{stem}-{counter}{suffix}"
        counter += 1
    return candidate


def save_image(data: bytes, mime_type: str, out: Path | None, default_stem: str) -> Path:
    path = out if out is not None else free_path(default_stem, mime_type)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
