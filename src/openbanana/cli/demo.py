"""`serve --demo`: once the server is up, make one image through its own public HTTP API, like curl would."""

from __future__ import annotations

import base64
import json
import urllib.request
from pathlib import Path

DEMO_PROMPT = "Create a picture of a nano banana dish in a fancy restaurant with a Gemini theme"


def demo_request_body() -> bytes:
    return json.dumps({
        "contents": [{"parts": [{"text": DEMO_PROMPT}]}],
        "generationConfig": {"imageConfig": {"aspectRatio": "16:9", "imageSize": "2K"}},
    }).encode()


def generate_demo_image(base_url: str, api_key: str, out: Path) -> Path:
    request = urllib.request.Request(
        f"{base_url}/v1beta/models/gemini-3-pro-image-preview:generateContent",
        data=demo_request_body(),
        headers={"Content-Type": "application/json", "x-goog-api-key": api_key},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        answer = json.load(response)
    for part in answer["candidates"][0]["content"]["parts"]:
        if "inlineData" in part and not part.get("thought"):
            out.write_bytes(base64.b64decode(part["inlineData"]["data"]))
            return out
    raise RuntimeError("the server answered without an image")
