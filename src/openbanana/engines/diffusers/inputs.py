"""What a diffusers pipeline is given to start from: reference photos for edits, an init image and its strength.

Pipelines differ in what they take (one image or several, a `strength` or none), so the engine asks each pipeline's
signature and passes only what it accepts.
"""

from __future__ import annotations

import inspect
import math
from typing import Any

from PIL import Image

from openbanana.imaging.collage import collage
from openbanana.imaging.fitting import cover_fit


def accepted_parameters(pipeline: Any) -> frozenset[str]:
    """The keyword arguments the pipeline's `__call__` takes."""
    return frozenset(inspect.signature(pipeline.__call__).parameters)


def reference_images(references: tuple[Image.Image, ...], native: tuple[int, int], limit: int) -> Any:
    """Up to `limit` images; any beyond that are tiled into a collage that takes the last slot.

    Single-image pipelines (image-to-image, `limit` 1) get the references as one picture at the native size: the
    first image alone, or a collage of all of them.
    """
    images = [image.convert("RGB") for image in references]
    if len(images) > limit:
        keep, rest = images[:limit - 1], images[limit - 1:]
        images = [*keep, collage(tuple(rest), *native)]
    if limit == 1:
        return cover_fit(images[0], *native)
    return images


def start_from(pipeline: Any, image: Any, strength: float, wanted: dict[str, Any], steps: int) -> int:
    """Give the pipeline its init image(s) and, when it takes one, the strength; returns the steps to ask for.

    Image-to-image runs about steps × strength steps (diffusers' definition), so at least one must survive the cut.
    """
    wanted["image"] = image
    if "strength" in accepted_parameters(pipeline):
        wanted["strength"] = strength
        return max(steps, math.ceil(1 / strength))
    return steps
