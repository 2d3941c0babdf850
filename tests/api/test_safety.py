"""Safety answers in-process: HTTP 200 shapes for blocked prompts, withheld images and recitation (wire §5)."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from openbanana.api.app import create_app
from openbanana.config import Settings
from openbanana.safety.images import perceptual_hash
from openbanana.safety.profiles import SafetyConfigError
from tests.conftest import API_KEY

URL = "/v1beta/models/gemini-3-pro-image-preview:generateContent"
STREAM = "/v1beta/models/gemini-3-pro-image-preview:streamGenerateContent?alt=sse"
OPERATOR_TERMS = """\
frobnicator
[HARM_CATEGORY_HARASSMENT MEDIUM]
meanie
"""
# the draft engine draws a bicycle for this; a prompt it has no picture for gives a bare gradient, which would
# match every other bare gradient (perceptually, they are the same image)
BICYCLE = {"contents": [{"parts": [{"text": "a red bicycle"}]}], "generationConfig": {"seed": 11}}


def make_client(tmp_path: Path, **safety: Any) -> TestClient:
    settings = Settings(data_dir=tmp_path / "data", safety_nsfw="off", **safety)
    return TestClient(create_app(settings), headers={"x-goog-api-key": API_KEY})


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    terms = tmp_path / "terms.txt"
    terms.write_text(OPERATOR_TERMS)
    recitation = tmp_path / "recitation.txt"
    recitation.write_text("Mickey Mouse\n")
    with make_client(tmp_path, safety_blocklist_file=terms, safety_recitation_file=recitation,
                     served_models="kids-model,lab-model",
                     safety_model_policies="kids-model=strict,lab-model=off") as test_client:
        yield test_client


def ask(client: TestClient, prompt: str, url: str = URL, **extra: Any) -> dict[str, Any]:
    response = client.post(url, json={"contents": [{"parts": [{"text": prompt}]}], **extra})
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def final_image(answer: dict[str, Any]) -> Image.Image:
    part = answer["candidates"][0]["content"]["parts"][-1]
    return Image.open(io.BytesIO(base64.b64decode(part["inlineData"]["data"])))


def test_blocked_prompt_is_200_with_prompt_feedback_and_an_empty_candidate(client: TestClient) -> None:
    answer = ask(client, "a naked woman lying on a bed")
    feedback = answer["promptFeedback"]
    assert feedback["blockReason"] == "SAFETY"
    [candidate] = answer["candidates"]  # the API reference's own check reads candidates[0].finish_reason
    assert candidate["finishReason"] == "SAFETY" and candidate["content"] == {} and candidate["index"] == 0
    assert candidate["safetyRatings"] == feedback["safetyRatings"]
    assert "blocked by this server's safety policy" in candidate["finishMessage"]
    ratings = {r["category"]: r for r in feedback["safetyRatings"]}
    assert list(ratings) == ["HARM_CATEGORY_HARASSMENT", "HARM_CATEGORY_HATE_SPEECH",
                             "HARM_CATEGORY_SEXUALLY_EXPLICIT", "HARM_CATEGORY_DANGEROUS_CONTENT"]
    assert ratings["HARM_CATEGORY_SEXUALLY_EXPLICIT"] == {"category": "HARM_CATEGORY_SEXUALLY_EXPLICIT",
                                                          "probability": "HIGH", "blocked": True}
    assert "blocked" not in ratings["HARM_CATEGORY_HARASSMENT"]
    usage = answer["usageMetadata"]
    assert usage["candidatesTokenCount"] == 0 and usage["totalTokenCount"] == usage["promptTokenCount"] > 0
    assert answer["modelVersion"] == "gemini-3-pro-image-preview" and answer["responseId"]


@pytest.mark.parametrize(("prompt", "reason"), [
    ("a FR0BN1CAT0R on a table", "BLOCKLIST"),  # the operator's list, leetspeak-blind
    ("c h i l d  p o r n", "PROHIBITED_CONTENT"),  # the shipped lexicon
])
def test_list_blocks_carry_their_reason(client: TestClient, prompt: str, reason: str) -> None:
    assert ask(client, prompt)["promptFeedback"]["blockReason"] == reason


def test_safety_settings_thresholds_are_honoured(client: TestClient) -> None:
    def with_threshold(threshold: str) -> dict[str, Any]:
        return ask(client, "a meanie", safetySettings=[{"category": "HARM_CATEGORY_HARASSMENT",
                                                         "threshold": threshold}])

    assert "promptFeedback" in ask(client, "a meanie")  # MEDIUM under the default BLOCK_MEDIUM_AND_ABOVE
    assert "promptFeedback" in with_threshold("BLOCK_LOW_AND_ABOVE")
    allowed = with_threshold("BLOCK_ONLY_HIGH")
    candidate = allowed["candidates"][0]
    assert candidate["finishReason"] == "STOP"
    assert {"category": "HARM_CATEGORY_HARASSMENT", "probability": "MEDIUM"} in candidate["safetyRatings"]
    assert candidate["finishReason"] == with_threshold("BLOCK_NONE")["candidates"][0]["finishReason"]


def test_block_none_does_not_lift_operator_lists_or_prohibited_content(client: TestClient) -> None:
    settings = [{"category": c, "threshold": "OFF"} for c in ("HARM_CATEGORY_SEXUALLY_EXPLICIT",
                                                              "HARM_CATEGORY_HARASSMENT")]
    assert ask(client, "frobnicator", safetySettings=settings)["promptFeedback"]["blockReason"] == "BLOCKLIST"
    assert ask(client, "a naked 12 year old", safetySettings=settings)["promptFeedback"]["blockReason"] == (
        "PROHIBITED_CONTENT")
    relaxed = ask(client, "a naked woman lying on a bed", safetySettings=settings)
    assert relaxed["candidates"][0]["finishReason"] == "STOP"


def test_profiles_per_served_model(client: TestClient) -> None:
    relax = [{"category": "HARM_CATEGORY_HARASSMENT", "threshold": "BLOCK_NONE"}]
    strict = ask(client, "a meanie", url="/v1beta/models/kids-model:generateContent", safetySettings=relax)
    assert strict["promptFeedback"]["blockReason"] == "SAFETY"  # strict: requests cannot loosen it
    lab = ask(client, "frobnicator", url="/v1beta/models/lab-model:generateContent")
    assert lab["candidates"][0]["finishReason"] == "STOP" and "safetyRatings" not in lab["candidates"][0]


@pytest.mark.parametrize(("setting", "field"), [
    ({"category": "HARM_CATEGORY_NOT_REAL", "threshold": "BLOCK_NONE"}, "safety_settings[0].category"),
    ({"category": "HARM_CATEGORY_HARASSMENT", "threshold": "BLOCK_SOME"}, "safety_settings[0].threshold"),
])
def test_unknown_safety_setting_values_are_invalid_argument(client: TestClient, setting: dict[str, str],
                                                            field: str) -> None:
    response = client.post(URL, json={"contents": [{"parts": [{"text": "a cat"}]}], "safetySettings": [setting]})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["status"] == "INVALID_ARGUMENT" and field in error["message"]


def test_recitation_withholds_the_answer(client: TestClient) -> None:
    answer = ask(client, "Mickey Mouse eating a banana")
    candidate = answer["candidates"][0]
    assert candidate["finishReason"] == "RECITATION" and candidate["content"] == {}
    assert "protected material" in candidate["finishMessage"]
    assert answer["usageMetadata"]["candidatesTokenCount"] == 0
    text_only = ask(client, "mickey mouse", generationConfig={"responseModalities": ["TEXT"]})
    assert text_only["candidates"][0]["finishReason"] == "RECITATION"


def test_normal_answers_carry_the_prompt_ratings(client: TestClient) -> None:
    candidate = ask(client, "a red bicycle")["candidates"][0]
    assert candidate["finishReason"] == "STOP"
    assert [r["probability"] for r in candidate["safetyRatings"]] == ["NEGLIGIBLE"] * 4


def test_blocked_prompt_streams_as_one_prompt_feedback_event(client: TestClient) -> None:
    response = client.post(STREAM, json={"contents": [{"parts": [{"text": "frobnicator"}]}],
                                         "generationConfig": {"thinkingConfig": {"includeThoughts": True}}})
    assert response.status_code == 200 and response.text.endswith("\r\n\r\n")
    events = [json.loads(block[len("data: "):]) for block in response.text.split("\r\n\r\n") if block]
    assert len(events) == 1 and events[0]["promptFeedback"] == {"blockReason": "BLOCKLIST"}
    [candidate] = events[0]["candidates"]
    assert candidate["finishReason"] == "BLOCKLIST" and candidate["content"] == {"role": "model"}
    assert events[0]["usageMetadata"]["candidatesTokenCount"] == 0


# --- images: the operator's perceptual-hash list is the core's real image check ----------------------------------


def listed_hashes(tmp_path: Path, *images: Image.Image) -> Path:
    path = tmp_path / "image-hashes.txt"
    path.write_text("".join(f"{perceptual_hash(image):016x}\n" for image in images))
    return path


@pytest.fixture
def banned_bicycle(tmp_path: Path) -> Iterator[TestClient]:
    """A server whose hash list holds the very image the draft engine makes for BICYCLE."""
    with make_client(tmp_path / "first") as plain:
        image = final_image(plain.post(URL, json=BICYCLE).json())
    with make_client(tmp_path, safety_image_hashes_file=listed_hashes(tmp_path, image)) as test_client:
        yield test_client


def test_withheld_image_is_safety_with_no_content_and_no_charge(banned_bicycle: TestClient) -> None:
    response = banned_bicycle.post(URL, json=BICYCLE)
    assert response.status_code == 200
    answer = response.json()
    candidate = answer["candidates"][0]
    assert candidate["finishReason"] == "SAFETY" and candidate["content"] == {} and candidate["index"] == 0
    assert candidate["finishMessage"].startswith("Unable to show the generated image.")
    assert "You will not be charged" in candidate["finishMessage"]
    usage = answer["usageMetadata"]
    assert usage["candidatesTokenCount"] == 0 and "candidatesTokensDetails" not in usage
    assert usage["thoughtsTokenCount"] > 0
    assert usage["totalTokenCount"] == usage["promptTokenCount"] + usage["thoughtsTokenCount"]
    other = banned_bicycle.post(URL, json={**BICYCLE, "contents": [{"parts": [{"text": "a green frog"}]}]})
    assert other.json()["candidates"][0]["finishReason"] == "STOP"


def test_withheld_image_in_a_stream(banned_bicycle: TestClient) -> None:
    body = {**BICYCLE, "generationConfig": {"seed": 11, "thinkingConfig": {"includeThoughts": True}}}
    response = banned_bicycle.post(STREAM, json=body)
    events = [json.loads(block[len("data: "):]) for block in response.text.split("\r\n\r\n") if block]
    *earlier, last = events
    assert earlier and all(e["candidates"][0]["content"]["parts"] for e in earlier)
    assert all(p.get("thought") for e in earlier for p in e["candidates"][0]["content"]["parts"]), "no answer image"
    candidate = last["candidates"][0]
    assert candidate["finishReason"] == "SAFETY" and candidate["content"] == {"role": "model"}
    assert last["usageMetadata"]["candidatesTokenCount"] == 0


def test_listed_reference_image_blocks_the_prompt(tmp_path: Path) -> None:
    reference = Image.new("RGB", (320, 200), (10, 200, 30))
    reference.paste((250, 250, 0), (40, 40, 160, 120))
    buffer = io.BytesIO()
    reference.save(buffer, "PNG")
    with make_client(tmp_path, safety_image_hashes_file=listed_hashes(tmp_path, reference)) as test_client:
        answer = test_client.post(URL, json={"contents": [{"parts": [
            {"inlineData": {"mimeType": "image/png", "data": base64.b64encode(buffer.getvalue()).decode()}},
            {"text": "make it warmer"}]}]}).json()
    assert answer["promptFeedback"]["blockReason"] == "BLOCKLIST"
    assert answer["candidates"][0]["finishReason"] == "BLOCKLIST"
    assert {"modality": "IMAGE", "tokenCount": 560} in answer["usageMetadata"]["promptTokensDetails"]


@pytest.mark.parametrize(("shape", "withheld", "recited"), [
    ("seed", "SAFETY", "RECITATION"),
    ("image-reasons", "IMAGE_SAFETY", "IMAGE_RECITATION"),
    ("google-live", "IMAGE_SAFETY", "IMAGE_RECITATION"),
])
def test_each_answer_shape(tmp_path: Path, shape: str, withheld: str, recited: str) -> None:
    with make_client(tmp_path / "first") as plain:
        image = final_image(plain.post(URL, json=BICYCLE).json())
    hashes = listed_hashes(tmp_path, image)
    with make_client(tmp_path, safety_image_hashes_file=hashes, safety_answers=shape) as client:
        blocked = ask(client, "c.h.i.l.d p.o.r.n")
        image_withheld = client.post(URL, json=BICYCLE).json()
        recitation = ask(client, "a poster with the full lyrics of Bohemian Rhapsody")
        text_recitation = ask(client, "the full lyrics of Bohemian Rhapsody",
                              generationConfig={"responseModalities": ["TEXT"]})
    assert blocked["promptFeedback"]["blockReason"] == "PROHIBITED_CONTENT"
    if shape == "google-live":
        assert "candidates" not in blocked
    else:
        assert blocked["candidates"][0]["finishReason"] == "PROHIBITED_CONTENT"
    assert image_withheld["candidates"][0]["finishReason"] == withheld
    assert recitation["candidates"][0]["finishReason"] == recited
    assert text_recitation["candidates"][0]["finishReason"] == "RECITATION"


@pytest.mark.parametrize("prompt", [
    "a poster with the full lyrics of Bohemian Rhapsody",
    "the first chapter of Harry Potter and the Philosopher's Stone on an old scroll",
])
def test_long_protected_texts_are_recitation_by_default(tmp_path: Path, prompt: str) -> None:
    with make_client(tmp_path) as client:
        recited = ask(client, prompt)
        allowed = ask(client, 'a poster with the quote "Is this the real life?" from Bohemian Rhapsody')
    assert recited["candidates"][0]["finishReason"] == "RECITATION" and recited["candidates"][0]["content"] == {}
    assert allowed["candidates"][0]["finishReason"] == "STOP"
    with make_client(tmp_path / "off", safety_recitation_rules=False) as client:
        assert ask(client, prompt)["candidates"][0]["finishReason"] == "STOP"


def test_bad_safety_configuration_stops_the_server(tmp_path: Path) -> None:
    broken = tmp_path / "terms.txt"
    broken.write_text("[NO_SUCH_SECTION]\nx\n")
    with pytest.raises(SafetyConfigError, match="NO_SUCH_SECTION"):
        create_app(Settings(data_dir=tmp_path / "data", safety_blocklist_file=broken))
    with pytest.raises(SafetyConfigError, match="safety_model_policies"):
        create_app(Settings(data_dir=tmp_path / "data", safety_model_policies="unknown-model=off"))
