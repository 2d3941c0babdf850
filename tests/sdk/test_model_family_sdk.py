"""Every cell of Nano Banana 2's and Nano Banana's tables through the official Python SDK, against a real server:
the exact pixels and output tokens of each (Nano Banana Pro's cells: tests/sdk/test_python_sdk.py)."""

from __future__ import annotations

import io

import pytest
from google import genai
from google.genai import types
from PIL import Image

from openbanana.imaging.sizes import FLASH_25_SIZES, FLASH_31_GA_SIZES, SizeTable
from tests.conftest import LiveServer

pytestmark = pytest.mark.sdk
CELLS = [(model, table, ratio, size) for model, table in (("gemini-3.1-flash-image", FLASH_31_GA_SIZES),
                                                          ("gemini-2.5-flash-image", FLASH_25_SIZES))
         for ratio in table.aspect_ratios for size in table.image_sizes]


@pytest.fixture(scope="module")
def sdk(live_server: LiveServer) -> genai.Client:
    return genai.Client(api_key="any", http_options=types.HttpOptions(base_url=live_server.base_url))


@pytest.mark.parametrize(("model", "table", "ratio", "size"), CELLS,
                         ids=[f"{model}-{ratio}-{size}" for model, _, ratio, size in CELLS])
def test_every_cell(sdk: genai.Client, model: str, table: SizeTable, ratio: str, size: str) -> None:
    response = sdk.models.generate_content(
        model=model, contents="a red bicycle",
        config=types.GenerateContentConfig(response_modalities=["IMAGE"],
                                           image_config=types.ImageConfig(aspect_ratio=ratio, image_size=size)))
    [part] = [p for p in response.parts or [] if p.inline_data is not None and not p.thought]
    expected = table.target(ratio, size)
    assert Image.open(io.BytesIO(part.inline_data.data or b"")).size == (expected.width, expected.height)  # type: ignore[union-attr]
    assert response.usage_metadata is not None
    assert response.usage_metadata.candidates_token_count == expected.tokens
