"""Step 1 of the flow: the request's imageConfig → the exact output size, with errors that teach."""

from __future__ import annotations

from openbanana.errors import InvalidArgumentError
from openbanana.imaging.sizes import (
    ASPECT_RATIOS,
    DEFAULT_IMAGE_SIZE,
    IMAGE_SIZES,
    TargetSize,
    nearest_aspect_ratio,
    target_size,
)

_FIELD = "generation_config.image_config"


def resolve_target_size(
    aspect_ratio: str | None, image_size: str | None, first_reference: tuple[int, int] | None
) -> TargetSize:
    """No aspectRatio: the first input image's ratio mapped to the nearest allowed one, else 1:1."""
    if aspect_ratio is None or aspect_ratio == "":
        ratio = nearest_aspect_ratio(*first_reference) if first_reference else "1:1"
    elif aspect_ratio.strip() in ASPECT_RATIOS:
        ratio = aspect_ratio.strip()
    else:
        allowed = ", ".join(f"'{r}'" for r in ASPECT_RATIOS)
        raise InvalidArgumentError(
            f"* GenerateContentRequest.{_FIELD}.aspect_ratio: aspect_ratio must be one of {allowed}; "
            f"got {aspect_ratio!r}.\n",
            field=f"{_FIELD}.aspect_ratio",
        )
    size = image_size if image_size else DEFAULT_IMAGE_SIZE
    if size not in IMAGE_SIZES:
        hint = " Use an uppercase K (lowercase is rejected)." if size.upper() in IMAGE_SIZES else ""
        raise InvalidArgumentError(
            f"* GenerateContentRequest.{_FIELD}.image_size: image_size must be one of '1K', '2K' or '4K'; "
            f"got {image_size!r}.{hint}\n",
            field=f"{_FIELD}.image_size",
        )
    return target_size(ratio, size)
