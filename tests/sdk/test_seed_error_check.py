"""The API reference's own error check, unchanged, through both official SDKs, in each safety answer shape.

    if response.candidates[0].finish_reason == "SAFETY":
        print("Content was blocked due to safety filters")
    elif response.candidates[0].finish_reason == "RECITATION":
        print("Content was blocked due to recitation")

A real `openbanana serve` per shape (OPENBANANA_SAFETY_ANSWERS), with an image-hash list holding the exact image the
draft engine makes for WITHHELD at SEED, so the withheld case comes from the real output check; the recitation case
comes from the default recitation rules (no operator list). Each case runs unary, streamed (the last chunk), and in
chats (send_message and send_message_stream). In the google-live shape the snippet fails on a blocked prompt, as it
does against Google's live service: that is what the shape is for.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from google import genai
from google.genai import types
from PIL import Image

from openbanana.safety.images import perceptual_hash
from tests.conftest import LiveServer, start_server, stop_server
from tests.sdk.test_js_sdk import run_script

pytestmark = pytest.mark.sdk
MODEL = "gemini-3-pro-image-preview"
BLOCKED = "a naked woman lying on a bed"
WITHHELD, SEED = "a red bicycle", 5
RECITED = "a poster with the full lyrics of Bohemian Rhapsody"
SAFETY_PRINT = "Content was blocked due to safety filters"
RECITATION_PRINT = "Content was blocked due to recitation"
SEED_SNIPPET = '''
if response.candidates[0].finish_reason == "SAFETY":
    print("Content was blocked due to safety filters")
elif response.candidates[0].finish_reason == "RECITATION":
    print("Content was blocked due to recitation")
'''
FAILS = "TypeError"  # 'NoneType' object is not subscriptable: no candidates
EXPECTED = {  # shape -> case -> what the snippet prints
    "seed": {"blocked": SAFETY_PRINT, "withheld": SAFETY_PRINT, "recitation": RECITATION_PRINT},
    "image-reasons": {"blocked": SAFETY_PRINT, "withheld": "", "recitation": ""},
    "google-live": {"blocked": FAILS, "withheld": "", "recitation": ""},
}
PROMPTS = {"blocked": BLOCKED, "withheld": WITHHELD, "recitation": RECITED}


def client(base_url: str) -> genai.Client:
    return genai.Client(api_key="seed-check", http_options=types.HttpOptions(base_url=base_url))


def run_seed_snippet(response: types.GenerateContentResponse) -> str:
    """Runs the reference's snippet as written; what it printed, or the name of the error it raised."""
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            exec(SEED_SNIPPET, {"response": response})
    except Exception as exc:
        return type(exc).__name__
    return printed.getvalue().strip()


@pytest.fixture(scope="module")
def banned_hashes(live_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    plain = client(live_server.base_url)
    response = plain.models.generate_content(model=MODEL, contents=WITHHELD,
                                             config=types.GenerateContentConfig(seed=SEED))
    image = next(p.inline_data.data for p in response.parts or [] if p.inline_data and p.inline_data.data)
    path = tmp_path_factory.mktemp("seed-check") / "hashes.txt"
    path.write_text(f"{perceptual_hash(Image.open(io.BytesIO(image))):016x}\n")
    return path


@pytest.fixture(scope="module", params=list(EXPECTED))
def shaped(request: pytest.FixtureRequest, banned_hashes: Path,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, LiveServer]]:
    shape: str = request.param
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OPENBANANA_SAFETY_ANSWERS", shape)
        patch.setenv("OPENBANANA_SAFETY_IMAGE_HASHES_FILE", str(banned_hashes))
        server = start_server(tmp_path_factory.mktemp(f"shape-{shape}") / "data")
    yield shape, server
    stop_server(server)


def answers(sdk: genai.Client) -> dict[str, Callable[[str], types.GenerateContentResponse]]:
    config = types.GenerateContentConfig(seed=SEED)
    return {
        "generate_content": lambda p: sdk.models.generate_content(model=MODEL, contents=p, config=config),
        "generate_content_stream": lambda p: list(sdk.models.generate_content_stream(model=MODEL, contents=p,
                                                                                      config=config))[-1],
        "send_message": lambda p: sdk.chats.create(model=MODEL, config=config).send_message(p),
        "send_message_stream": lambda p: list(sdk.chats.create(model=MODEL, config=config).send_message_stream(p))[-1],
    }


def test_the_seed_snippet_in_python(shaped: tuple[str, LiveServer]) -> None:
    shape, server = shaped
    sdk = client(server.base_url)
    printed = {case: {way: run_seed_snippet(ask(prompt)) for way, ask in answers(sdk).items()}
               for case, prompt in PROMPTS.items()}
    assert printed == {case: dict.fromkeys(answers(sdk), want) for case, want in EXPECTED[shape].items()}


def test_blocked_prompts_keep_prompt_feedback_in_every_shape(shaped: tuple[str, LiveServer]) -> None:
    shape, server = shaped
    sdk = client(server.base_url)  # keep a reference: a collected Client closes its connection pool
    response = sdk.models.generate_content(model=MODEL, contents=BLOCKED)
    assert response.prompt_feedback is not None
    assert response.prompt_feedback.block_reason == types.BlockedReason.SAFETY
    if shape == "google-live":
        assert response.candidates is None
        return
    [candidate] = response.candidates or []
    assert candidate.finish_reason == types.FinishReason.SAFETY and response.parts is None
    assert candidate.safety_ratings == response.prompt_feedback.safety_ratings


def test_a_chat_keeps_blocked_turns_out_of_its_history(shaped: tuple[str, LiveServer]) -> None:
    _, server = shaped
    sdk = client(server.base_url)
    chat = sdk.chats.create(model=MODEL)
    chat.send_message(BLOCKED)
    chat.send_message(RECITED)
    assert chat.get_history(curated=True) == []
    assert chat.send_message("a green frog on a lily pad").parts
    assert [c.role for c in chat.get_history(curated=True)] == ["user", "model"]


@pytest.mark.js
def test_the_seed_snippet_in_javascript(node: str, shaped: tuple[str, LiveServer], tmp_path: Path) -> None:
    shape, server = shaped
    with pytest.MonkeyPatch.context() as patch:  # run_script passes os.environ on to node
        for name, value in {"BLOCKED_PROMPT": BLOCKED, "BANNED_IMAGE_PROMPT": WITHHELD,
                            "BANNED_IMAGE_SEED": str(SEED), "RECITED_PROMPT": RECITED}.items():
            patch.setenv(name, value)
        results = json.loads(run_script(node, "seed_error_check.mjs", server.base_url, tmp_path).stdout)
    ways = ("generateContent", "generateContentStream", "sendMessage", "sendMessageStream")
    for case, want in EXPECTED[shape].items():
        for way in ways:
            got = results[case][way]
            if want == FAILS:  # JavaScript's TypeError: reading '0' of undefined
                assert isinstance(got, dict) and got["error"].startswith("TypeError"), (case, way, got)
            else:
                assert got == want, (shape, case, way, got)
