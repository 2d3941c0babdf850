"""The seed document's examples, run as written except for the base URL (and the syntax fixes its Python needs)."""

from __future__ import annotations

import base64
import io
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import LiveServer

pytestmark = pytest.mark.sdk

# The seed's `config={imageConfig: {aspectRatio: ...}}` is not valid Python; the dict form below is what it means.
SEED_TEXT_TO_IMAGE = '''
from google import genai
from google.genai import types
from PIL import Image

client = genai.Client(api_key="any", http_options=types.HttpOptions(base_url=BASE_URL))

prompt = "Create a picture of a nano banana dish in a fancy restaurant with a Gemini theme"
response = client.models.generate_content(
    model="gemini-3-pro-image-preview",
    contents=[prompt],
    config={
        "imageConfig": {
            "aspectRatio": "16:9",
            "imageSize": "2K",
        },
    }
)

for part in response.parts:
    if part.text is not None:
        print(part.text)
    elif part.inline_data is not None:
        image = part.as_image()
        image.save("generated_image.png")
'''

SEED_EDIT = '''
from google import genai
from google.genai import types
from PIL import Image

client = genai.Client(api_key="any", http_options=types.HttpOptions(base_url=BASE_URL))

# Load reference image
with open("reference_image.jpg", "rb") as f:
    image_data = f.read()

prompt = [
    types.Part.from_bytes(data=image_data, mime_type="image/jpeg"),
    "Make the background more dramatic with storm clouds"
]

response = client.models.generate_content(
    model="gemini-3-pro-image-preview",
    contents=prompt,
    config={
        "imageConfig": {
            "aspectRatio": "16:9",
            "imageSize": "2K",
        },
    }
)

for part in response.parts:
    if part.inline_data is not None:
        image = part.as_image()
        image.save("edited_image.png")
'''


def run_python(source: str, base_url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    script = cwd / "example.py"
    script.write_text(f"BASE_URL = {base_url!r}\n" + textwrap.dedent(source))
    return subprocess.run([sys.executable, str(script)], cwd=cwd, capture_output=True, text=True, timeout=120,
                          check=True)


def test_seed_python_text_to_image(live_server: LiveServer, tmp_path: Path) -> None:
    result = run_python(SEED_TEXT_TO_IMAGE, live_server.base_url, tmp_path)
    assert "image" in result.stdout  # the model's text part was printed
    with Image.open(tmp_path / "generated_image.png") as image:
        assert image.format == "PNG" and image.size == (2752, 1536)


def test_seed_python_edit(live_server: LiveServer, tmp_path: Path) -> None:
    Image.new("RGB", (1200, 900), (90, 160, 220)).save(tmp_path / "reference_image.jpg", "JPEG")
    run_python(SEED_EDIT, live_server.base_url, tmp_path)
    with Image.open(tmp_path / "edited_image.png") as image:
        assert image.size == (2752, 1536)


def test_seed_curl(live_server: LiveServer, tmp_path: Path) -> None:
    curl = shutil.which("curl")
    assert curl, "curl is needed for the seed's REST example"
    body = {
        "contents": [{"parts": [
            {"text": "Create a picture of a nano banana dish in a fancy restaurant with a Gemini theme"}]}],
        "generationConfig": {"imageConfig": {"aspectRatio": "16:9", "imageSize": "2K"}},
    }
    result = subprocess.run(
        [curl, "-s", "-X", "POST",
         f"{live_server.base_url}/v1beta/models/gemini-3-pro-image-preview:generateContent",
         "-H", f"x-goog-api-key: {os.environ.get('GEMINI_API_KEY', 'any')}",
         "-H", "Content-Type: application/json", "-d", json.dumps(body)],
        capture_output=True, timeout=120, check=True,
    )
    answer = json.loads(result.stdout)
    images = [p for p in answer["candidates"][0]["content"]["parts"] if "inlineData" in p]
    assert images[-1]["inlineData"]["mimeType"] == "image/png"
    with Image.open(io.BytesIO(base64.b64decode(images[-1]["inlineData"]["data"]))) as image:
        assert image.format == "PNG" and image.size == (2752, 1536)
