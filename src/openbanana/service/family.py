"""The Nano Banana family: each Google model id with its own capabilities, from Google's published model pages.

Sources (cited in docs/api.md, Models): the Nano Banana Pro API reference, the Gemini API image-generation guide,
and the Vertex AI model pages of gemini-3.1-flash-image and gemini-2.5-flash-image.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from openbanana.imaging.sizes import FLASH_25_SIZES, FLASH_31_GA_SIZES, FLASH_31_SIZES, PRO_SIZES, SizeTable

WEB_SEARCH = "webSearch"
IMAGE_SEARCH = "imageSearch"


@dataclass(frozen=True)
class ModelCard:
    """What one model id accepts and how it describes itself in Google's Model resource."""

    model_id: str
    display_name: str
    description: str
    version: str
    sizes: SizeTable
    max_input_images: int
    input_token_limit: int
    output_token_limit: int
    thinking: bool  # the model thinks before it draws (thought parts with includeThoughts)
    thinking_levels: tuple[str, ...]  # the thinkingLevel values it takes; () when it takes none
    grounding: frozenset[str]  # the googleSearch searchTypes it takes; empty: no googleSearch tool
    max_temperature: float = 2.0


PRO_PREVIEW = ModelCard(
    "gemini-3-pro-image-preview", "Nano Banana Pro", "Gemini 3 Pro Image Preview", "3.0", PRO_SIZES,
    max_input_images=14, input_token_limit=131072, output_token_limit=32768, thinking=True, thinking_levels=(),
    grounding=frozenset({WEB_SEARCH}))
FLASH_31_PREVIEW = ModelCard(
    "gemini-3.1-flash-image-preview", "Nano Banana 2", "Gemini 3.1 Flash Image Preview", "3.1", FLASH_31_SIZES,
    max_input_images=14, input_token_limit=131072, output_token_limit=32768, thinking=True,
    thinking_levels=("MINIMAL", "HIGH"), grounding=frozenset({WEB_SEARCH, IMAGE_SEARCH}))
FLASH_25 = ModelCard(
    "gemini-2.5-flash-image", "Nano Banana", "Gemini 2.5 Flash Image", "2.0", FLASH_25_SIZES,
    max_input_images=3, input_token_limit=32768, output_token_limit=32768, thinking=False, thinking_levels=(),
    grounding=frozenset())

FAMILY: dict[str, ModelCard] = {card.model_id: card for card in (
    PRO_PREVIEW,
    replace(PRO_PREVIEW, model_id="gemini-3-pro-image", description="Gemini 3 Pro Image"),
    replace(PRO_PREVIEW, model_id="nano-banana-pro-preview"),
    FLASH_31_PREVIEW,
    replace(FLASH_31_PREVIEW, model_id="gemini-3.1-flash-image", description="Gemini 3.1 Flash Image",
            sizes=FLASH_31_GA_SIZES),
    FLASH_25,
)}
"""Every built-in id; config.DEFAULT_MODELS lists the ones served by default (all of them)."""

DEFAULT_CARD = PRO_PREVIEW  # what an operator's extra name is, unless it names a base


def card_for(model_id: str) -> ModelCard | None:
    return FAMILY.get(model_id.removeprefix("models/"))
