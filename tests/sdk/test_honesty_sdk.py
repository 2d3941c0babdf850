"""Through the official google-genai SDK: the answer admits an edit it did not make, and the seed behaves.

An edit that cannot be made on any engine (removing a cat from a photo that has none) must be admitted in the answer
text itself (`response.text`, which leaves out thoughts), never claimed. The same request with the same seed gives
the same bytes; another seed gives another picture.
"""

from __future__ import annotations

import io
import re

import numpy as np
import pytest
from google import genai
from google.genai import types
from PIL import Image, ImageDraw

from tests.conftest import LiveServer

pytestmark = pytest.mark.sdk
MODEL = "gemini-3-pro-image-preview"
NEGATION = re.compile(r"\b(not|no|never|cannot|couldn't|can't|unable|nothing|without)\b|n't\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def sdk(live_server: LiveServer) -> genai.Client:
    return genai.Client(api_key="any", http_options=types.HttpOptions(base_url=live_server.base_url))


def landscape_without_a_cat() -> bytes:
    """A small outdoor picture: sky, a field, a red house. No cat anywhere."""
    image = Image.new("RGB", (640, 420))
    draw = ImageDraw.Draw(image)
    for y in range(260):
        draw.line([(0, y), (640, y)], fill=(90 + y // 4, 150 + y // 5, 235))
    draw.rectangle((0, 260, 640, 420), fill=(70, 150, 60))
    draw.rectangle((380, 170, 520, 290), fill=(190, 40, 40))
    draw.polygon([(370, 172), (450, 110), (530, 172)], fill=(90, 50, 40))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def sentences_about(text: str, word: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if re.search(rf"\b{word}\b", s, re.IGNORECASE)]


def final_image(response: types.GenerateContentResponse) -> bytes:
    parts = [p for p in response.parts or [] if p.inline_data is not None and not p.thought]
    assert len(parts) == 1, "exactly one final image"
    return parts[0].inline_data.data or b""  # type: ignore[union-attr]


def test_an_edit_that_was_not_made_is_admitted_in_the_answer(sdk: genai.Client) -> None:
    photo = types.Part.from_bytes(data=landscape_without_a_cat(), mime_type="image/jpeg")
    response = sdk.models.generate_content(
        model=MODEL, contents=[photo, "Remove the cat from this photo."],
        config=types.GenerateContentConfig(response_modalities=["TEXT", "IMAGE"], seed=3,
                                           thinking_config=types.ThinkingConfig(include_thoughts=True)),
    )
    answer = response.text or ""
    assert answer == "".join(p.text or "" for p in response.parts or [] if p.text and not p.thought)
    about_the_cat = sentences_about(answer, "cat")
    assert about_the_cat, f"the answer does not mention the cat at all: {answer!r}"
    assert all(NEGATION.search(s) for s in about_the_cat), f"the answer claims the cat was dealt with: {answer!r}"
    assert final_image(response)  # the picture still comes back, only the impossible change is left out


def generate(sdk: genai.Client, prompt: str, seed: int) -> bytes:
    response = sdk.models.generate_content(
        model=MODEL, contents=prompt,
        config=types.GenerateContentConfig(response_modalities=["IMAGE"], seed=seed,
                                           image_config=types.ImageConfig(aspect_ratio="4:3", image_size="1K")),
    )
    return final_image(response)


def pixels(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=np.int16)


def test_the_same_seed_gives_the_same_bytes_and_another_seed_another_picture(sdk: genai.Client) -> None:
    prompt = "a red kite over a green hill on a windy afternoon"
    first, again, other = (generate(sdk, prompt, seed) for seed in (21, 21, 22))
    assert first == again
    assert first != other
    assert np.abs(pixels(first) - pixels(other)).max() > 24, "only the metadata differs, not the picture"


PROMPTS = ("a lighthouse at night", "two cats and a dog", "a cup of coffee on a table", "a sailboat at sea")


@pytest.mark.xfail(strict=False, reason="issue item 7: the draft engine's seed does not yet change the composition "
                                        "for every prompt; remove this mark once it passes")
def test_every_other_seed_gives_a_visibly_different_composition(sdk: genai.Client) -> None:
    for prompt in PROMPTS:
        images = [pixels(generate(sdk, prompt, seed)) for seed in (1, 2, 3)]
        for a, b in ((0, 1), (0, 2), (1, 2)):
            changed = float((np.abs(images[a] - images[b]).max(axis=2) > 24).mean())
            assert changed > 0.05, f"{prompt!r}: seeds {a + 1} and {b + 1} differ in {changed:.1%} of the pixels"
