"""Edit masks as OpenAI's `images.edit` defines them: a PNG whose fully transparent pixels mark where the image may
change. The rendered edit is kept only there; everywhere else the original image's pixels are put back."""

from __future__ import annotations

from PIL import Image

from openbanana.imaging.codecs import ImageDecodeError, open_untrusted


def read_edit_mask(data: bytes, image_size: tuple[int, int]) -> Image.Image:
    """The mask as an 'L' image: 255 where the edit shows, 0 where the original stays. ImageDecodeError when the
    bytes are no image, have no alpha channel, or differ in size from the image they mask."""
    with open_untrusted(data) as opened:
        if opened.format != "PNG":
            raise ImageDecodeError(f"the mask must be a PNG with an alpha channel, not {opened.format}")
        if opened.size != image_size:
            raise ImageDecodeError(f"the mask is {opened.width}x{opened.height}, but the image it masks is "
                                   f"{image_size[0]}x{image_size[1]}: they must be the same size")
        if "A" not in opened.getbands() and "transparency" not in opened.info:
            raise ImageDecodeError("the mask has no alpha channel: its fully transparent pixels mark where to edit")
        try:
            alpha = (opened.getchannel("A") if opened.mode in ("RGBA", "LA", "PA")
                     else opened.convert("RGBA").getchannel("A"))
        except (OSError, ValueError, EOFError) as exc:
            raise ImageDecodeError(f"the mask is corrupt or truncated ({exc})") from None
    return alpha.point(lambda value: 255 if value == 0 else 0)


def apply_edit_mask(rendered: Image.Image, original: Image.Image, mask: Image.Image) -> Image.Image:
    """`rendered` where the mask allows the edit, `original` (stretched to the rendered size) everywhere else."""
    size = rendered.size
    base = original.convert(rendered.mode).resize(size, Image.Resampling.LANCZOS)
    return Image.composite(rendered, base, mask.resize(size, Image.Resampling.NEAREST))
