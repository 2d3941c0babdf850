"""The playground page and its assets, in process: served without a key, with the controls the browser test uses."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from openbanana.api.app import create_app
from openbanana.config import DEFAULT_MODELS, Settings
from openbanana.service.family import FAMILY

RATIOS = ["", "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"]


class Controls(HTMLParser):
    """Collects the ids, inputs, label targets and linked assets of the page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.label_for: set[str] = set()
        self.radios: dict[str, list[str]] = {}
        self.assets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(str(attributes["id"]))
        if tag == "label" and attributes.get("for"):
            self.label_for.add(str(attributes["for"]))
        if tag == "input" and attributes.get("type") == "radio":
            self.radios.setdefault(str(attributes["name"]), []).append(str(attributes.get("value")))
        if tag == "script" and attributes.get("src"):
            self.assets.append(str(attributes["src"]))
        if tag == "link" and attributes.get("href"):
            self.assets.append(str(attributes["href"]))


@pytest.fixture
def anonymous(settings: Settings) -> TestClient:
    """No API key at all: the page itself is public; only the API calls it makes need a key."""
    return TestClient(create_app(settings.updated(api_keys="secret")))


def parse(html: str) -> Controls:
    controls = Controls()
    controls.feed(html)
    return controls


def test_root_serves_the_page_without_a_key(anonymous: TestClient) -> None:
    response = anonymous.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["cache-control"] == "no-cache"
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "<title>openbanana playground</title>" in response.text


def test_page_has_the_expected_controls(anonymous: TestClient) -> None:
    controls = parse(anonymous.get("/").text)
    for control in ("api-key", "model", "prompt", "seed", "include-thoughts", "reference-input"):
        assert control in controls.ids, f"missing control #{control}"
        assert control in controls.label_for, f"#{control} has no <label for>"
    for region in ("drop-zone", "references", "generate", "stop", "status", "error", "thoughts", "thought-image",
                   "result-image", "download", "history"):
        assert region in controls.ids, f"missing #{region}"
    assert controls.radios["aspectRatio"] == RATIOS
    assert controls.radios["imageSize"] == ["1K", "2K", "4K"]
    assert 'download="generated_image.png"' in anonymous.get("/").text


def test_page_calls_the_public_streaming_api(anonymous: TestClient) -> None:
    script = anonymous.get("/playground/app.js").text
    assert "/v1beta/models/${encodeURIComponent(model)}:streamGenerateContent?alt=sse" in script
    assert 'const DEFAULT_MODEL = "gemini-3-pro-image-preview"' in script
    assert '"x-goog-api-key"' in script
    assert re.search(r"DEFAULT_MAX_IMAGES = 14\b", script)


@pytest.mark.parametrize(("path", "content_type"), [
    ("/playground/app.js", "text/javascript; charset=utf-8"),
    ("/playground/style.css", "text/css; charset=utf-8"),
    ("/playground/favicon.svg", "image/svg+xml"),
])
def test_assets_are_served_with_their_content_types(anonymous: TestClient, path: str, content_type: str) -> None:
    response = anonymous.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"] == content_type
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.content


def test_every_asset_the_page_links_is_served(anonymous: TestClient) -> None:
    controls = parse(anonymous.get("/").text)
    assert sorted(controls.assets) == ["/playground/app.js", "/playground/favicon.svg", "/playground/style.css"]
    for asset in controls.assets:
        assert anonymous.get(asset).status_code == 200, asset


@pytest.mark.parametrize("path", ["/playground/index.html", "/playground/nope.js", "/playground/..%2Fapp.py"])
def test_unknown_assets_get_the_google_404(anonymous: TestClient, path: str) -> None:
    response = anonymous.get(path)
    assert response.status_code == 404
    assert response.json()["error"]["status"] == "NOT_FOUND"


def test_the_api_still_needs_its_key(anonymous: TestClient) -> None:
    response = anonymous.get("/v1beta/models")
    assert response.status_code == 403
    assert response.json()["error"]["status"] == "PERMISSION_DENIED"


def test_head_on_the_page(anonymous: TestClient) -> None:
    response = anonymous.head("/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"


def test_models_json_lists_each_served_model_with_its_own_table(anonymous: TestClient) -> None:
    response = anonymous.get("/playground/models.json")
    assert response.status_code == 200 and response.headers["cache-control"] == "no-cache"
    models = {model["name"]: model for model in response.json()["models"]}
    assert list(models) == list(DEFAULT_MODELS)
    pro, flash31, flash25 = (models[name] for name in (
        "gemini-3-pro-image-preview", "gemini-3.1-flash-image-preview", "gemini-2.5-flash-image"))
    assert pro["aspectRatios"] == RATIOS[1:] and pro["imageSizes"] == ["1K", "2K", "4K"]
    assert pro["pixels"]["16:9"]["2K"] == [2752, 1536] and pro["maxInputImages"] == 14
    assert {"1:4", "4:1", "1:8", "8:1"} <= set(flash31["aspectRatios"]) and flash31["imageSizes"][0] == "512"
    assert flash31["pixels"]["1:8"]["512"] == [176, 1464]
    assert flash25["imageSizes"] == ["1K"] and flash25["maxInputImages"] == 3
    for model in models.values():  # every cell is the one the server draws
        card = FAMILY[model["name"]]
        assert model["pixels"] == {ratio: {size: [card.sizes.target(ratio, size).width,
                                                   card.sizes.target(ratio, size).height]
                                           for size in card.sizes.image_sizes} for ratio in card.sizes.aspect_ratios}


def test_models_json_follows_the_operators_names(settings: Settings) -> None:
    served = settings.updated(hidden_models="gemini-2.5-flash-image,gemini-3-pro-image",
                              served_models="house-banana=gemini-3.1-flash-image")
    with TestClient(create_app(served)) as client:
        models = {model["name"]: model for model in client.get("/playground/models.json").json()["models"]}
    assert "gemini-2.5-flash-image" not in models and "gemini-3-pro-image" not in models
    assert models["house-banana"]["aspectRatios"] == list(FAMILY["gemini-3.1-flash-image"].sizes.aspect_ratios)
