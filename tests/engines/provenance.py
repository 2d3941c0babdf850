"""Which engine drew an image, as a client can tell: the XMP's CreatorTool, and the server's image record read back
through verifyImage (model_engines tests, in one process and on Ray)."""

from __future__ import annotations

import base64
import io
import json
import urllib.request

from PIL import Image


def drawn_by(data: bytes) -> tuple[str, tuple[int, int]]:
    """The engine an image's XMP names (`openbanana X (draft engine)` → draft), and its size."""
    with Image.open(io.BytesIO(data)) as image:
        tool = image.getxmp()["xmpmeta"]["RDF"]["Description"]["CreatorTool"]
        return tool.rsplit("(", 1)[1].removesuffix(" engine)"), image.size


def recorded_engine(base_url: str, data: bytes) -> str:
    """The engine (and profile) the server's image record names, read back through verifyImage."""
    body = json.dumps({"image": {"data": base64.b64encode(data).decode()}}).encode()
    request = urllib.request.Request(f"{base_url}/v1beta/openbanana:verifyImage", data=body, method="POST",
                                     headers={"x-goog-api-key": "any", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as answer:
        engine: str = json.load(answer)["record"]["engine"]
    return engine
