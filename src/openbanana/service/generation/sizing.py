"""Step 2 of the flow, for sizes: the request's imageConfig → a cell of the size table, with errors that teach."""

from __future__ import annotations

from openbanana.errors import InvalidArgumentError
from openbanana.imaging.sizes import SEED_SIZES, SizeTable, TargetSize

_FIELD = "generation_config.image_config"


def resolve_target_size(aspect_ratio: str | None, image_size: str | None, first_reference: tuple[int, int] | None,
                        table: SizeTable = SEED_SIZES, model: str = "") -> TargetSize:
    """No aspectRatio: the first input image's ratio mapped to the nearest allowed one, else the table's default."""
    if aspect_ratio is None or aspect_ratio == "":
        ratio = table.ratio_for(first_reference)
    elif aspect_ratio.strip() in table.aspect_ratios:
        ratio = aspect_ratio.strip()
    else:
        allowed = ", ".join(f"'{r}'" for r in table.aspect_ratios)
        raise InvalidArgumentError(
            f"* GenerateContentRequest.{_FIELD}.aspect_ratio: aspect_ratio must be one of {allowed}{_for(model)}; "
            f"got {aspect_ratio!r}.\n",
            field=f"{_FIELD}.aspect_ratio",
        )
    return table.target(ratio, image_size_label(image_size, table, model))


def image_size_label(image_size: str | None, table: SizeTable = SEED_SIZES, model: str = "") -> str:
    """The request's imageSize, checked against the table ("1K" when it names none)."""
    size = image_size if image_size else table.default_size
    if size not in table.image_sizes:
        hint = " Use an uppercase K (lowercase is rejected)." if size.upper() in table.image_sizes else ""
        *first, last = (f"'{s}'" for s in table.image_sizes)
        allowed = f"one of {', '.join(first)} or {last}" if first else last
        raise InvalidArgumentError(
            f"* GenerateContentRequest.{_FIELD}.image_size: image_size must be {allowed}{_for(model)}; "
            f"got {image_size!r}.{hint}\n",
            field=f"{_FIELD}.image_size",
        )
    return size


def _for(model: str) -> str:
    return f" for {model}" if model else ""
