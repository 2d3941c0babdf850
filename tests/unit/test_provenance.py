"""Every output format states, in its own metadata, that a trained algorithm made the image."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from openbanana.imaging.codecs import encode_image
from openbanana.imaging.provenance import TRAINED_ALGORITHMIC_MEDIA, Provenance

PROVENANCE = Provenance("openbanana", "9.9", "draft", image_id="00ff00ff", credit="Emoji graphics: X, CC-BY 4.0")


def description(image: Image.Image) -> dict[str, str]:
    xmp = image.getxmp()
    node = xmp["xmpmeta"]["RDF"]["Description"]
    assert isinstance(node, dict)
    return node


@pytest.mark.parametrize("mime", ["image/png", "image/jpeg", "image/webp"])
def test_xmp_digital_source_type_round_trips(mime: str) -> None:
    data = encode_image(Image.new("RGB", (32, 16), (1, 2, 3)), mime, provenance=PROVENANCE)
    with Image.open(io.BytesIO(data)) as image:
        node = description(image)
        assert node["DigitalSourceType"] == TRAINED_ALGORITHMIC_MEDIA
        assert node["CreatorTool"] == "openbanana 9.9 (draft engine)"
        assert node["ImageId"] == "00ff00ff" and node["Credit"] == "Emoji graphics: X, CC-BY 4.0"
        software = image.info.get("Software") or image.getexif().get(0x0131)
        assert software == "openbanana 9.9 (draft engine)"


def test_without_provenance_nothing_is_claimed() -> None:
    with Image.open(io.BytesIO(encode_image(Image.new("RGB", (8, 8)), "image/png"))) as image:
        assert "Software" not in image.info
