"""OpenAI's options as the generation service reads them: sizes to cells, masks, and the request translation."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from openbanana.errors import InvalidArgumentError
from openbanana.imaging.codecs import ImageDecodeError
from openbanana.imaging.masks import apply_edit_mask, read_edit_mask
from openbanana.imaging.sizes import ASPECT_RATIOS, IMAGE_SIZES, target_size
from openbanana.protocol.openai import ImageRequest
from openbanana.service.openai.sizes import cell_for
from openbanana.service.openai.translate import image_job


@pytest.mark.parametrize("image_size", IMAGE_SIZES)
@pytest.mark.parametrize("ratio", ASPECT_RATIOS)
def test_every_exact_cell_maps_to_itself(ratio: str, image_size: str) -> None:
    cell = target_size(ratio, image_size)
    assert cell_for(f"{cell.width}x{cell.height}") == cell


@pytest.mark.parametrize(("size", "ratio", "label"), [
    ("1024x1024", "1:1", "1K"), ("1536x1024", "3:2", "1K"), ("1024x1536", "2:3", "1K"), ("256x256", "1:1", "1K"),
    ("1792x1024", "16:9", "1K"), ("2048x2048", "1:1", "2K"), ("3000x3000", "1:1", "4K"), ("4000x1000", "21:9", "2K"),
])
def test_openai_sizes_go_to_the_nearest_cell(size: str, ratio: str, label: str) -> None:
    cell = cell_for(size)
    assert cell is not None and (cell.aspect_ratio, cell.image_size) == (ratio, label)


@pytest.mark.parametrize("size", ["", "1024", "1024x", "x1024", "0x1024", "1024X1024", "20000x20000", "-5x5"])
def test_malformed_sizes_are_refused(size: str) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        cell_for(size)
    assert raised.value.field == "size"


def test_auto_leaves_the_choice_to_the_service() -> None:
    assert cell_for("auto") is None and cell_for(None) is None


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_mask_keeps_the_original_where_it_is_opaque() -> None:
    mask_image = Image.new("RGBA", (40, 20), (0, 0, 0, 255))
    mask_image.paste((0, 0, 0, 0), (0, 0, 20, 20))
    mask = read_edit_mask(_png(mask_image), (40, 20))
    rendered = Image.new("RGB", (80, 40), (255, 0, 0))
    original = Image.new("RGB", (40, 20), (0, 0, 255))
    out = apply_edit_mask(rendered, original, mask)
    assert out.size == (80, 40)
    assert out.getpixel((10, 20)) == (255, 0, 0) and out.getpixel((70, 20)) == (0, 0, 255)


@pytest.mark.parametrize(("mask", "reason"), [
    (_png(Image.new("RGB", (40, 20))), "alpha"),
    (_png(Image.new("RGBA", (20, 20))), "same size"),
    (b"\xff\xd8\xff" + b"\0" * 100, "JPEG"),
])
def test_bad_masks_say_why(mask: bytes, reason: str) -> None:
    with pytest.raises(ImageDecodeError, match=reason):
        read_edit_mask(mask, (40, 20))


def test_image_job_translates_the_options() -> None:
    job = image_job(ImageRequest(prompt="a cat", size="1536x1024", n=3, output_format="webp", quality="low",
                                 moderation="low", stream=True, partial_images=3))
    config = job.request.generation_config
    assert config is not None and config.image_config is not None
    assert (config.image_config.aspect_ratio, config.image_config.image_size) == ("3:2", "1K")
    assert config.image_config.output_mime_type == "image/webp"
    assert config.image_config.output_compression_quality == 60  # quality low, no output_compression
    assert config.response_modalities == ["IMAGE"]
    assert config.thinking_config is not None and config.thinking_config.include_thoughts  # the partial image
    assert job.request.safety_settings and all(s.threshold == "BLOCK_ONLY_HIGH" for s in job.request.safety_settings)
    assert (job.count, job.partials, job.stream) == (3, 1, True)
