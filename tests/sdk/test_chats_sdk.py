"""Multi-turn editing with the official google-genai Python SDK's `client.chats`: the SDK echoes every model turn
(thoughts and thoughtSignatures, signatures re-encoded as URL-safe base64) and the server verifies them."""

from __future__ import annotations

import io
from collections.abc import Iterator
from itertools import pairwise

import pytest
from google import genai
from google.genai import chats, errors, types
from PIL import Image

from tests.conftest import LiveServer, start_server, stop_server

pytestmark = pytest.mark.sdk
MODEL = "gemini-3-pro-image-preview"
CONFIG = types.GenerateContentConfig(
    thinking_config=types.ThinkingConfig(include_thoughts=True),
    image_config=types.ImageConfig(aspect_ratio="1:1", image_size="1K"),
)
PROMPTS = ("A red kite over a green hill", "Add a small yellow sun", "Make it black and white")


@pytest.fixture(scope="module")
def strict_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = start_server(tmp_path_factory.mktemp("strict") / "data", "--strict-signatures")
    yield server
    stop_server(server)


CLIENTS: dict[str, genai.Client] = {}


def client_for(server: LiveServer) -> genai.Client:
    """One client per server, kept alive: a Chat does not keep its Client, whose closing ends the HTTP client."""
    if server.base_url not in CLIENTS:
        CLIENTS[server.base_url] = genai.Client(api_key="any",
                                                http_options=types.HttpOptions(base_url=server.base_url))
    return CLIENTS[server.base_url]


def final_image(parts: list[types.Part]) -> Image.Image:
    images = [p for p in parts if p.inline_data is not None and not p.thought]
    assert len(images) == 1, "exactly one final image per turn"
    assert images[0].thought_signature, "the final image is signed"
    return Image.open(io.BytesIO(images[0].inline_data.data or b"")).convert("RGB")  # type: ignore[union-attr]


def assert_grey(image: Image.Image) -> None:
    for xy in ((5, 5), (512, 512), (1000, 900)):
        r, g, b = image.getpixel(xy)  # type: ignore[misc]
        assert r == g == b, f"turn 3 made turn 2's image black and white; pixel {xy} is {(r, g, b)}"


def assert_is_colour(image: Image.Image) -> None:
    assert any(len(set(image.getpixel((x, y)))) > 1  # type: ignore[arg-type]
               for x in range(0, 1024, 64) for y in range(0, 1024, 64)), "turn 2 is still in colour"


def unary_chat(chat: chats.Chat) -> list[Image.Image]:
    images = []
    for prompt in PROMPTS:
        response = chat.send_message(prompt)
        images.append(final_image(response.parts or []))
    return images


def streamed_chat(chat: chats.Chat) -> list[Image.Image]:
    images = []
    for prompt in PROMPTS:
        parts = [part for chunk in chat.send_message_stream(prompt) for part in chunk.parts or []]
        images.append(final_image(parts))
    return images


def check_history(chat: chats.Chat, *, streamed: bool) -> None:
    history = chat.get_history(curated=True)
    roles = [content.role for content in history]
    assert roles.count("user") == 3 and roles[-1] == "model", roles
    if streamed:  # one model Content per chunk: consecutive model contents went back to the server
        assert any(a == b == "model" for a, b in pairwise(roles)), roles
    model_parts = [part for content in history if content.role == "model" for part in content.parts or []]
    assert any(part.thought for part in model_parts), "thought parts were echoed back"
    assert sum(1 for part in model_parts if part.thought_signature) == 6, "a signed text and image per turn"


@pytest.mark.parametrize("mode", ["send_message", "send_message_stream"])
def test_three_turn_chat_edit(live_server: LiveServer, mode: str) -> None:
    chat = client_for(live_server).chats.create(model=MODEL, config=CONFIG)
    images = unary_chat(chat) if mode == "send_message" else streamed_chat(chat)
    assert all(image.size == (1024, 1024) for image in images)
    assert_is_colour(images[1])
    assert_grey(images[2])
    check_history(chat, streamed=mode == "send_message_stream")


@pytest.mark.parametrize("mode", ["send_message", "send_message_stream"])
def test_sdk_echoed_history_passes_strict_signatures(strict_server: LiveServer, mode: str) -> None:
    chat = client_for(strict_server).chats.create(model=MODEL, config=CONFIG)
    images = unary_chat(chat) if mode == "send_message" else streamed_chat(chat)
    assert_grey(images[2])
    check_history(chat, streamed=mode == "send_message_stream")


def test_strict_server_rejects_a_stripped_signature_in_googles_words(strict_server: LiveServer) -> None:
    chat = client_for(strict_server).chats.create(model=MODEL, config=CONFIG)
    chat.send_message(PROMPTS[0])
    history = chat.get_history(curated=True)
    parts = list(history[1].parts or [])
    index = next(i for i, p in enumerate(parts) if p.inline_data is not None and not p.thought)
    parts[index] = parts[index].model_copy(update={"thought_signature": None})
    stripped = [history[0], history[1].model_copy(update={"parts": parts})]
    with pytest.raises(errors.ClientError) as info:
        client_for(strict_server).chats.create(model=MODEL, config=CONFIG, history=stripped).send_message(PROMPTS[1])
    assert info.value.code == 400 and info.value.status == "INVALID_ARGUMENT"
    assert info.value.message == (
        f"Image part is missing a thought_signature in content position 2, part position {index + 1}.")
