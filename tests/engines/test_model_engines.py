"""Two served names on two engines in one server (model_engines): the draft engine for Google's id, the diffusers
engine on a tiny random-weight pipeline for an operator's name, through the google-genai SDK, unary, streamed and
in batches; each image's provenance names the engine that drew it, and /readyz reports both engines."""

from __future__ import annotations

import base64
import io
import json
import time
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("diffusers", reason="needs the diffusers extra: pip install 'openbanana[diffusers]'")

from google import genai
from google.genai import types
from PIL import Image

from tests.conftest import LiveServer, stop_server
from tests.engines.provenance import drawn_by, recorded_engine
from tests.engines.tiny_pipeline import build_tiny_pipeline, start_tiny_diffusers_server

GOOGLE_ID = "gemini-3-pro-image-preview"  # the default engine: draft
OWN_NAME = "my-sdxl"  # served as gemini-3-pro-image, drawn by the diffusers engine's `tiny` profile
CONFIG = types.GenerateContentConfig(response_modalities=["IMAGE"], seed=3,
                                     image_config=types.ImageConfig(aspect_ratio="16:9", image_size="1K"))

# diffusers' Euler scheduler calls np.array(tensor ** 0.5): a numpy 2 / torch deprecation inside the library.
pytestmark = [pytest.mark.sdk,
              pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy keyword")]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    pipeline = build_tiny_pipeline(tmp_path_factory.mktemp("tiny"))
    live = start_tiny_diffusers_server(tmp_path_factory.mktemp("two-engines"), pipeline,
                                       "--model", f"{OWN_NAME}=gemini-3-pro-image",
                                       "--model-engine", f"{OWN_NAME}=diffusers:tiny")
    yield live
    stop_server(live)


@pytest.fixture
def sdk(server: LiveServer) -> genai.Client:
    return genai.Client(api_key="any", http_options=types.HttpOptions(base_url=server.base_url))


def final_image(response: types.GenerateContentResponse) -> bytes:
    parts = [p for p in response.parts or [] if p.inline_data is not None and not p.thought]
    assert len(parts) == 1
    return parts[0].inline_data.data or b""  # type: ignore[union-attr]


def test_each_name_renders_on_its_own_engine(server: LiveServer, sdk: genai.Client) -> None:
    draft = final_image(sdk.models.generate_content(model=GOOGLE_ID, contents="a red cat", config=CONFIG))
    diffusers = final_image(sdk.models.generate_content(model=OWN_NAME, contents="a red cat", config=CONFIG))
    assert drawn_by(draft) == ("draft", (1376, 768))
    assert drawn_by(diffusers) == ("diffusers", (1376, 768))
    recorded = (recorded_engine(server.base_url, draft), recorded_engine(server.base_url, diffusers))
    assert recorded == ("draft", "diffusers:tiny")
    streamed = [chunk for chunk in sdk.models.generate_content_stream(model=OWN_NAME, contents="a blue sea",
                                                                      config=CONFIG)]
    images = [part.inline_data.data for chunk in streamed for part in chunk.parts or []
              if part.inline_data is not None and not part.thought]
    assert [drawn_by(data or b"")[0] for data in images] == ["diffusers"]


def test_readiness_reports_both_engines(server: LiveServer) -> None:
    with urllib.request.urlopen(f"{server.base_url}/readyz", timeout=10) as answer:
        checks = json.load(answer)["checks"]
    assert checks["engine"] in ("loaded", "loads on the first request")
    assert checks["engine diffusers:tiny"] in ("loaded", "loads on the first request")


def test_batches_render_on_their_models_engine(sdk: genai.Client) -> None:
    jobs = {model: sdk.batches.create(model=model, src=[{"contents": "a red cat"}, {"contents": "a blue sky"}])
            for model in (GOOGLE_ID, OWN_NAME)}
    engines: dict[str, list[str]] = {}
    for model, job in jobs.items():
        done = job
        deadline = time.monotonic() + 120
        while done.state != types.JobState.JOB_STATE_SUCCEEDED and time.monotonic() < deadline:
            time.sleep(0.2)
            done = sdk.batches.get(name=job.name or "")
        assert done.dest is not None and done.dest.inlined_responses is not None, done.state
        engines[model] = [drawn_by(final_image(item.response))[0] for item in done.dest.inlined_responses
                          if item.response is not None]
    assert engines == {GOOGLE_ID: ["draft", "draft"], OWN_NAME: ["diffusers", "diffusers"]}


def test_openai_images_render_on_the_names_engine(server: LiveServer) -> None:
    """OpenAI's Images API is a translator onto the same generation path: the model names its engine there too."""
    import openai

    with openai.OpenAI(api_key="any", base_url=f"{server.base_url}/v1", max_retries=0) as client:
        drawn = {model: client.images.generate(model=model, prompt="a red cat", size="1024x1024").data or []
                 for model in (GOOGLE_ID, OWN_NAME)}
    assert {model: [drawn_by(base64.b64decode(image.b64_json or ""))[0] for image in images]
            for model, images in drawn.items()} == {GOOGLE_ID: ["draft"], OWN_NAME: ["diffusers"]}


def test_a_models_answer_claims_no_edit_the_plan_names(sdk: genai.Client) -> None:
    """The draft engine makes a photo edit as planned and its answer says which; a model only receives the request,
    so its answer says what it was given and never lists the plan's edits as made."""
    photo = io.BytesIO()
    Image.new("RGB", (96, 64), (200, 120, 40)).save(photo, "PNG")
    config = CONFIG.model_copy(update={"response_modalities": ["TEXT", "IMAGE"]})
    contents: list[Any] = [types.Part.from_bytes(data=photo.getvalue(), mime_type="image/png"),
                           "turn this photo into a watercolor painting"]
    answers = {model: sdk.models.generate_content(model=model, contents=contents, config=config).text or ""
               for model in (GOOGLE_ID, OWN_NAME)}
    assert "watercolor" in answers[GOOGLE_ID]
    made = "Here is your 16:9 image, made by the image model from your prompt and the reference photo."
    assert answers[OWN_NAME] == made
