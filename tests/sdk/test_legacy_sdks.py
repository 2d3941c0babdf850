"""Google's legacy Python SDK (`google-generativeai`, transport="rest") and LangChain 2.x (`langchain-google-genai`
2.0.10, the last 2.x built on it) against a real `openbanana serve`.

Both go through `google-ai-generativelanguage`'s REST transport, which sends every enum as a number
(`"responseModalities": [1, 2]`, `"safetySettings": [{"category": 7, "threshold": 4}]`) and asks for numbers back with
`$alt=json;enum-encoding=int`. Neither can ask for an aspect ratio or imageSize (their protos have no imageConfig):
the image is the model's default 1K square. LangChain 2.x reads text parts only and drops the image, so its tests
check the text, the finish reason and the safety feedback it does read. The default gRPC transport cannot reach an
HTTP server: transport="rest" is required (docs/api.md).
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from typing import Any

import pytest
from PIL import Image

from tests.conftest import LiveServer, start_server, stop_server

legacy = pytest.importorskip("google.generativeai", reason="the test extra installs google-generativeai")
langchain_genai = pytest.importorskip("langchain_google_genai", reason="the test extra installs it")

pytestmark = pytest.mark.sdk
MODEL = "gemini-3-pro-image-preview"
BOTH = {"response_modalities": ["TEXT", "IMAGE"]}
BLOCKED = "a naked woman lying on a bed"


@pytest.fixture(scope="module")
def model(live_server: LiveServer) -> Iterator[Any]:
    legacy.configure(api_key="legacy-key", transport="rest",
                     client_options={"api_endpoint": live_server.base_url})
    yield legacy.GenerativeModel(MODEL)


def images(response: Any) -> list[Image.Image]:
    return [Image.open(io.BytesIO(p.inline_data.data)) for c in response.candidates for p in c.content.parts
            if p.inline_data.data]


def test_legacy_generate_reads_text_and_an_exact_image(model: Any) -> None:
    response = model.generate_content("a red bicycle", generation_config=BOTH,
                                      safety_settings={"HARASSMENT": "BLOCK_ONLY_HIGH"})
    candidate = response.candidates[0]
    assert candidate.finish_reason == legacy.protos.Candidate.FinishReason.STOP
    assert "red bicycle" in "".join(part.text for part in candidate.content.parts)  # .text refuses image parts
    [image] = images(response)
    assert (image.format, image.size) == ("PNG", (1024, 1024))
    assert response.usage_metadata.candidates_token_count > 1120  # the image's 1120 tokens and the text


def test_legacy_edit_with_an_inline_image(model: Any) -> None:
    """A PIL image in the contents goes inline (its upload_file cannot reach a self-hosted server: see docs/api.md)."""
    photo = Image.new("RGB", (800, 600), (40, 120, 200))
    response = model.generate_content(["make the sky orange", photo], generation_config=BOTH)
    assert response.candidates[0].finish_reason == legacy.protos.Candidate.FinishReason.STOP
    assert [image.size for image in images(response)] == [(1200, 896)]  # 4:3, the input's ratio
    assert response.usage_metadata.prompt_token_count > 560  # the input image was counted


def test_legacy_stream_chat_and_count(model: Any) -> None:
    chunks = list(model.generate_content("a blue kite", generation_config=BOTH, stream=True))
    assert chunks[-1].candidates[0].finish_reason == legacy.protos.Candidate.FinishReason.STOP
    assert [image.size for chunk in chunks for image in images(chunk)] == [(1024, 1024)]
    chat = model.start_chat()
    chat.send_message("a cat on a mat", generation_config=BOTH)
    second = chat.send_message("make the mat blue", generation_config=BOTH)  # the history goes back unsigned
    assert [image.size for image in images(second)] == [(1024, 1024)]
    assert [c.role for c in chat.history] == ["user", "model", "user", "model"]
    assert model.count_tokens("a red bicycle").total_tokens == 4


def test_legacy_models_list_and_get(model: Any) -> None:
    assert f"models/{MODEL}" in [m.name for m in legacy.list_models()]
    described = legacy.get_model(f"models/{MODEL}")
    assert described.base_model_id == MODEL and "generateContent" in described.supported_generation_methods


def test_legacy_blocked_prompt_reads_feedback_and_the_candidate(model: Any) -> None:
    response = model.generate_content(BLOCKED)
    block_reason = legacy.protos.GenerateContentResponse.PromptFeedback.BlockReason
    assert response.prompt_feedback.block_reason == block_reason.SAFETY
    ratings = {r.category: r for r in response.prompt_feedback.safety_ratings}
    assert ratings[legacy.protos.HarmCategory.HARM_CATEGORY_SEXUALLY_EXPLICIT].blocked
    assert response.candidates[0].finish_reason == legacy.protos.Candidate.FinishReason.SAFETY
    assert not response.candidates[0].content.parts


def test_legacy_chat_history_is_unsigned_so_strict_signatures_refuse_it(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """Its protos have no thoughtSignature: the history goes back unsigned, which --strict-signatures refuses."""
    server = start_server(tmp_path_factory.mktemp("strict") / "data", "--strict-signatures")
    try:
        legacy.configure(api_key="legacy-key", transport="rest", client_options={"api_endpoint": server.base_url})
        chat = legacy.GenerativeModel(MODEL).start_chat()
        chat.send_message("a cat on a mat")
        with pytest.raises(Exception, match="missing a thought_signature") as refused:
            chat.send_message("make the mat blue")
        assert getattr(refused.value, "code", None) == 400
    finally:
        stop_server(server)


@pytest.fixture(scope="module")
def chat_model(live_server: LiveServer) -> Any:
    return langchain_genai.ChatGoogleGenerativeAI(
        model=MODEL, google_api_key="langchain-key", transport="rest",
        client_options={"api_endpoint": live_server.base_url},
        safety_settings={langchain_genai.HarmCategory.HARM_CATEGORY_HARASSMENT:
                         langchain_genai.HarmBlockThreshold.BLOCK_ONLY_HIGH})


def test_langchain_2_invoke_stream_and_count(chat_model: Any) -> None:
    message = chat_model.invoke("a red bicycle", generation_config=BOTH)
    assert "red bicycle" in message.content
    assert message.response_metadata["finish_reason"] == "STOP"
    assert message.usage_metadata["output_tokens"] > 1120  # the image was made (and billed), LangChain 2 drops it
    chunks = list(chat_model.stream("a blue kite", generation_config=BOTH))
    assert "blue kite" in "".join(str(c.content) for c in chunks)
    assert chunks[-1].response_metadata["finish_reason"] == "STOP"
    assert chat_model.get_num_tokens("a red bicycle") == 4


def test_langchain_2_edit_with_an_inline_image(chat_model: Any) -> None:
    from langchain_core.messages import HumanMessage

    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (40, 120, 200)).save(buffer, "PNG")
    data_url = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
    message = chat_model.invoke([HumanMessage(content=[{"type": "text", "text": "make the sky orange"},
                                                       {"type": "image_url", "image_url": {"url": data_url}}])],
                                generation_config=BOTH)
    assert message.response_metadata["finish_reason"] == "STOP" and "4:3" in message.content
    assert message.usage_metadata["input_tokens"] > 560  # the image went inline and was counted


def test_langchain_2_blocked_prompt(chat_model: Any) -> None:
    message = chat_model.invoke(BLOCKED)
    assert message.content == ""
    assert message.response_metadata["finish_reason"] == "SAFETY"
    assert message.response_metadata["prompt_feedback"]["block_reason"] == 1  # SAFETY, as LangChain 2 reports it
