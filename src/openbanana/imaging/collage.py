"""Several reference images as one picture: what both engines do when a request brings more than they take."""

from __future__ import annotations

import math

from PIL import Image

from openbanana.imaging.fitting import cover_fit


def collage(images: tuple[Image.Image, ...], width: int, height: int) -> Image.Image:
    """Tile the references in a near-square grid that fills the canvas, each cover-fitted to its cell."""
    count = len(images)
    columns = math.ceil(math.sqrt(count * width / height))
    rows = math.ceil(count / columns)
    canvas = Image.new("RGB", (width, height), (245, 245, 245))
    gutter = max(2, min(width, height) // 160)
    for index, image in enumerate(images):
        row, column = divmod(index, columns)
        in_row = columns if row < rows - 1 else count - columns * (rows - 1)
        x0, x1 = width * column // in_row, width * (column + 1) // in_row
        y0, y1 = height * row // rows, height * (row + 1) // rows
        inner = (x0 + (gutter if column else 0), y0 + (gutter if row else 0))
        cell_w, cell_h = max(1, x1 - inner[0]), max(1, y1 - inner[1])
        canvas.paste(cover_fit(image, cell_w, cell_h), inner)
    return canvas
