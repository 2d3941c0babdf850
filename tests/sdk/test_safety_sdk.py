"""Safety answers through the official SDKs against a real `openbanana serve` started with operator lists.

The server gets an operator blocklist, a recitation list and an image-hash list holding the exact image the draft
engine makes for BANNED_PROMPT at BANNED_SEED, so every kind of answer is produced by the real checks. It answers in
the google-live shape (OPENBANANA_SAFETY_ANSWERS): what code tested against Google's live service reads. The default
shape, which the API reference's own error check reads, is tested in test_seed_error_check.py.

`finishMessage` is on the wire (tests/api/test_safety.py), but both SDKs drop it in Gemini Developer API mode
(google-genai 3.4.0 `_Candidate_from_mldev` copies finishReason, not finishMessage), so it is not asserted here.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from google import genai
from google.genai import types
from PIL import Image

from openbanana.config import Settings
from openbanana.safety.images import perceptual_hash
from openbanana.safety.profiles import build_policies
from tests.conftest import LiveServer, start_server, stop_server
from tests.sdk.test_js_sdk import run_script

pytestmark = pytest.mark.sdk
MODEL = "gemini-3-pro-image-preview"
BLOCKED = "a frobnicator on a table"
# a prompt the draft engine draws a distinctive picture for (a featureless gradient would match every other one)
BANNED_PROMPT, BANNED_SEED = "a red bicycle", 5
OTHER = "a green frog on a lily pad"
RECITED = "Mickey Mouse riding a bicycle"


def client(base_url: str) -> genai.Client:
    return genai.Client(api_key="any", http_options=types.HttpOptions(base_url=base_url))


@pytest.fixture(scope="module")
def guarded(live_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """`openbanana serve` configured through OPENBANANA_SAFETY_* variables, as an operator would."""
    plain = client(live_server.base_url)  # keep a reference: a collected Client closes its connection pool
    response = plain.models.generate_content(
        model=MODEL, contents=BANNED_PROMPT, config=types.GenerateContentConfig(seed=BANNED_SEED))
    image = next(p.inline_data.data for p in response.parts or [] if p.inline_data and p.inline_data.data)
    lists = tmp_path_factory.mktemp("safety-lists")
    (lists / "terms.txt").write_text("frobnicator\n[HARM_CATEGORY_HARASSMENT MEDIUM]\nmeanie\n")
    (lists / "recitation.txt").write_text("Mickey Mouse\n")
    (lists / "hashes.txt").write_text(f"{perceptual_hash(Image.open(io.BytesIO(image))):016x}\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OPENBANANA_SAFETY_BLOCKLIST_FILE", str(lists / "terms.txt"))
        patch.setenv("OPENBANANA_SAFETY_RECITATION_FILE", str(lists / "recitation.txt"))
        patch.setenv("OPENBANANA_SAFETY_IMAGE_HASHES_FILE", str(lists / "hashes.txt"))
        patch.setenv("OPENBANANA_SAFETY_ANSWERS", "google-live")
        server = start_server(tmp_path_factory.mktemp("guarded") / "data")
    yield server
    stop_server(server)


@pytest.fixture(scope="module")
def sdk(guarded: LiveServer) -> genai.Client:
    return client(guarded.base_url)


@pytest.mark.parametrize(("prompt", "reason"), [
    (BLOCKED, types.BlockedReason.BLOCKLIST),
    ("a naked woman lying on a bed", types.BlockedReason.SAFETY),
    ("c.h.i.l.d p.o.r.n", types.BlockedReason.PROHIBITED_CONTENT),
])
def test_blocked_prompt_parses_as_prompt_feedback(sdk: genai.Client, prompt: str,
                                                  reason: types.BlockedReason) -> None:
    response = sdk.models.generate_content(model=MODEL, contents=prompt)
    assert response.prompt_feedback is not None and response.prompt_feedback.block_reason == reason
    assert response.candidates is None and response.text is None and response.parts is None
    assert response.usage_metadata is not None and response.usage_metadata.candidates_token_count == 0


def test_a_plain_server_screens_with_the_semantic_classifier(live_server: LiveServer, tmp_path: Path) -> None:
    prompt = "a woman wearing nothing at all posing on a bed"
    lists_only = Settings(data_dir=tmp_path, safety_semantic="off", safety_nsfw="off")
    served = build_policies(lists_only.safety, lists_only.models.names()).for_model(MODEL)
    assert served.policy.check_prompt(prompt, served.thresholds({})).allowed  # no term list catches it
    plain = client(live_server.base_url)  # `openbanana serve` with no safety setting at all
    response = plain.models.generate_content(model=MODEL, contents=prompt)
    assert response.prompt_feedback is not None
    assert response.prompt_feedback.block_reason == types.BlockedReason.SAFETY
    ratings = {r.category: r for r in response.prompt_feedback.safety_ratings or []}
    assert ratings[types.HarmCategory.HARM_CATEGORY_SEXUALLY_EXPLICIT].probability == types.HarmProbability.HIGH


def test_prompt_ratings_parse_as_sdk_enums(sdk: genai.Client) -> None:
    response = sdk.models.generate_content(model=MODEL, contents="a naked woman lying on a bed")
    assert response.prompt_feedback is not None
    ratings = {r.category: r for r in response.prompt_feedback.safety_ratings or []}
    sexual = ratings[types.HarmCategory.HARM_CATEGORY_SEXUALLY_EXPLICIT]
    assert sexual.probability == types.HarmProbability.HIGH and sexual.blocked is True
    assert ratings[types.HarmCategory.HARM_CATEGORY_HATE_SPEECH].probability == types.HarmProbability.NEGLIGIBLE


def test_safety_settings_from_the_sdk_are_honoured(sdk: genai.Client) -> None:
    def ask(threshold: types.HarmBlockThreshold) -> types.GenerateContentResponse:
        return sdk.models.generate_content(model=MODEL, contents="a meanie", config=types.GenerateContentConfig(
            safety_settings=[types.SafetySetting(category=types.HarmCategory.HARM_CATEGORY_HARASSMENT,
                                                 threshold=threshold)]))

    assert ask(types.HarmBlockThreshold.BLOCK_MEDIUM_AND_ABOVE).prompt_feedback is not None
    allowed = ask(types.HarmBlockThreshold.BLOCK_ONLY_HIGH)
    candidate = (allowed.candidates or [])[0]
    assert candidate.finish_reason == types.FinishReason.STOP
    harassment = [r for r in candidate.safety_ratings or []
                  if r.category == types.HarmCategory.HARM_CATEGORY_HARASSMENT]
    assert harassment[0].probability == types.HarmProbability.MEDIUM and not harassment[0].blocked


def test_withheld_image_parses_as_image_safety(sdk: genai.Client) -> None:
    response = sdk.models.generate_content(model=MODEL, contents=BANNED_PROMPT,
                                           config=types.GenerateContentConfig(seed=BANNED_SEED))
    candidate = (response.candidates or [])[0]
    assert candidate.finish_reason == types.FinishReason.IMAGE_SAFETY
    assert response.parts is None and response.text is None
    assert response.usage_metadata is not None and response.usage_metadata.candidates_token_count == 0
    other = sdk.models.generate_content(model=MODEL, contents=OTHER,
                                        config=types.GenerateContentConfig(seed=BANNED_SEED))
    assert (other.candidates or [])[0].finish_reason == types.FinishReason.STOP


def test_recitation_parses_as_image_recitation(sdk: genai.Client) -> None:
    response = sdk.models.generate_content(model=MODEL, contents=RECITED)
    candidate = (response.candidates or [])[0]
    assert candidate.finish_reason == types.FinishReason.IMAGE_RECITATION
    assert response.parts is None


def test_streams_end_with_the_block(sdk: genai.Client) -> None:
    blocked = list(sdk.models.generate_content_stream(model=MODEL, contents=BLOCKED))
    assert len(blocked) == 1 and blocked[0].prompt_feedback is not None
    assert blocked[0].prompt_feedback.block_reason == types.BlockedReason.BLOCKLIST
    thinking = types.ThinkingConfig(include_thoughts=True)
    config = types.GenerateContentConfig(seed=BANNED_SEED, thinking_config=thinking)
    chunks = list(sdk.models.generate_content_stream(model=MODEL, contents=BANNED_PROMPT, config=config))
    assert chunks[-1].candidates and chunks[-1].candidates[0].finish_reason == types.FinishReason.IMAGE_SAFETY
    assert all(p.thought for c in chunks[:-1] for p in c.parts or []), "no answer part before the block"


def test_chats_keep_blocked_turns_out_of_the_curated_history(sdk: genai.Client) -> None:
    chat = sdk.chats.create(model=MODEL)
    assert chat.send_message(BLOCKED).prompt_feedback is not None
    streamed = list(chat.send_message_stream(BANNED_PROMPT, config=types.GenerateContentConfig(seed=BANNED_SEED)))
    assert streamed[-1].candidates and streamed[-1].candidates[0].finish_reason == types.FinishReason.IMAGE_SAFETY
    assert chat.get_history(curated=True) == []
    assert chat.send_message(OTHER).candidates
    history = chat.get_history(curated=True)
    assert [c.role for c in history] == ["user", "model"] and history[0].parts
    assert history[0].parts[0].text == OTHER


@pytest.mark.js
def test_js_sdk_reads_the_same_answers(node: str, guarded: LiveServer, tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as patch:  # run_script passes os.environ on to node
        for name, value in {"BLOCKED_PROMPT": BLOCKED, "BANNED_IMAGE_PROMPT": BANNED_PROMPT,
                            "BANNED_IMAGE_SEED": str(BANNED_SEED), "RECITED_PROMPT": RECITED}.items():
            patch.setenv(name, value)
        results = json.loads(run_script(node, "safety_checks.mjs", guarded.base_url, tmp_path).stdout)
    assert results["blocked"]["blockReason"] == "BLOCKLIST" and results["blocked"]["candidates"] == 0
    assert [c["blockReason"] for c in results["blockedStream"]] == ["BLOCKLIST"]
    image_safety = results["imageSafety"]
    assert image_safety["finishReason"] == "IMAGE_SAFETY" and image_safety["images"] == 0
    assert image_safety["candidatesTokenCount"] == 0
    assert results["imageSafetyStream"][-1]["finishReason"] == "IMAGE_SAFETY"
    assert results["recitation"]["finishReason"] == "IMAGE_RECITATION"
