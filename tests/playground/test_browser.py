"""The playground in a real browser: Debian's headless Chromium, driven by playwright-core (tests/playground).

browser_check.mjs walks the page against a real `openbanana serve` started with an API key and prints one JSON
object with a section per step; the tests below assert on it, and on its screenshots with Pillow. Chromium
(/usr/bin/chromium, Debian's `chromium` package), node and npm are required: without them these tests fail, never
skip, because CI must prove the page works. The README's test command installs Chromium when it is missing.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageStat

from tests.conftest import LiveServer, json_output, node_after_npm_ci, start_server, stop_server

pytestmark = [pytest.mark.js]

HERE = Path(__file__).parent
CHROMIUM = os.environ.get("OPENBANANA_TEST_CHROMIUM", "/usr/bin/chromium")
API_KEY = "playground-test-key"
SIZE_16_9_1K = (1376, 768)
SIZE_4_3_1K = (1200, 896)  # the reference is 1024×768, so "Auto" picks 4:3


@pytest.fixture(scope="module")
def node() -> str:
    """`node`, after `npm ci` has installed the pinned playwright-core; fails loudly when anything is missing."""
    if not Path(CHROMIUM).is_file() or not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"Chromium is required for the playground browser tests and {CHROMIUM} was not found; install Debian's "
            "package: `apt-get install -y chromium` (the README's test command does this when it is missing)",
            pytrace=False,
        )
    return node_after_npm_ci(HERE, "tests/playground")


@pytest.fixture(scope="module")
def keyed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server with a configured key, so that a wrong key in the page gets Google's 400 API_KEY_INVALID."""
    server = start_server(tmp_path_factory.mktemp("playground") / "data", "--api-key", API_KEY)
    yield server
    stop_server(server)


def write_reference_jpeg(path: Path) -> None:
    image = Image.new("RGB", (1024, 768), (135, 190, 235))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 560, 1024, 768), fill=(70, 140, 60))
    draw.ellipse((380, 300, 640, 560), fill=(240, 210, 60))
    image.save(path, "JPEG", quality=90)


@pytest.fixture(scope="module")
def run(node: str, keyed_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out_dir = tmp_path_factory.mktemp("playground-browser")
    write_reference_jpeg(out_dir / "reference.jpg")
    env = {**os.environ, "OPENBANANA_BASE_URL": keyed_server.base_url, "API_KEY": API_KEY, "OUT_DIR": str(out_dir),
           "REFERENCE_IMAGE": str(out_dir / "reference.jpg"), "CHROMIUM": CHROMIUM}
    result = subprocess.run([node, str(HERE / "browser_check.mjs")], cwd=HERE, env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, (
        f"browser_check.mjs exited with {result.returncode}\n--- stdout\n{result.stdout[-5000:]}\n"
        f"--- stderr\n{result.stderr[-5000:]}"
    )
    return json_output("browser_check.mjs", result.stdout)


def section(run: dict[str, Any], name: str) -> dict[str, Any]:
    value: dict[str, Any] = run[name]
    assert "error" not in value, f"step {name!r} failed in the browser:\n{value['error']}"
    return value


def screenshot_region(shot: dict[str, Any]) -> Image.Image:
    """The part of the screenshot where the page laid out the result image."""
    box = shot["box"]
    left, top = round(box["x"]) + 2, round(box["y"]) + 2  # inside the image, clear of the rounded corners
    right, bottom = round(box["x"] + box["width"]) - 2, round(box["y"] + box["height"]) - 2
    with Image.open(shot["path"]) as image:
        assert right - left > 100 and bottom - top > 100, f"the image is laid out too small: {box}"
        assert right <= image.width and bottom <= image.height, f"the image is not inside the screenshot: {box}"
        return image.convert("RGB").crop((left, top, right, bottom))


def test_page_loads_with_its_controls(run: dict[str, Any]) -> None:
    page = section(run, "page")
    assert page["status"] == 200 and page["title"] == "openbanana playground"
    assert page["labels"] == {"Prompt": 1, "API key": 1, "Seed (optional)": 1, "Include thoughts": 1}
    assert page["ratios"] == ["", "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"]
    assert page["sizes"] == ["1K", "2K", "4K"]
    assert page["storedKeyDefault"] == "playground"


def test_no_script_errors(run: dict[str, Any]) -> None:
    assert run["pageErrors"] == []
    # The two refused requests (wrong key, 7:3) are logged by Chromium; anything else (a CSP violation, a missing
    # asset, a script error) is a bug.
    unexpected = [text for text in run["consoleErrors"] if "status of 400 (Bad Request)" not in text]
    assert unexpected == []


def test_generate_streams_thoughts_and_renders_the_image(run: dict[str, Any]) -> None:
    generate = section(run, "generate")
    assert (generate["naturalWidth"], generate["naturalHeight"]) == SIZE_16_9_1K
    assert not generate["errorVisible"], generate["errorText"]
    # The thoughts arrived and were rendered markdown-ish: bold headings, bullets, the quoted text.
    assert "OPEN BANANA" in generate["thoughtsText"]
    assert "Planning the composition" in generate["thoughtHeadings"]
    assert generate["thoughtBullets"] >= 2
    assert "**" not in generate["thoughtsText"]
    assert generate["thoughtImageWidth"] > 0, "the interim thought image was not shown"
    assert "16:9" in generate["answer"]
    assert generate["meta"].startswith("1376×768 · PNG")
    assert generate["status"].startswith("Done in")
    assert generate["storedKey"] == API_KEY, "the key field is kept in localStorage"


def test_the_request_is_a_plain_api_call(run: dict[str, Any]) -> None:
    first = run["requests"][0]
    assert first["url"].endswith("/v1beta/models/gemini-3-pro-image-preview:streamGenerateContent?alt=sse")
    assert first["headers"]["x-goog-api-key"] == API_KEY
    config = first["body"]["generationConfig"]
    assert config["imageConfig"] == {"aspectRatio": "16:9", "imageSize": "1K"}
    assert config["thinkingConfig"] == {"includeThoughts": True}
    assert first["body"]["contents"] == [
        {"role": "user", "parts": [{"text": 'A lighthouse on a cliff at sunset, with the text "OPEN BANANA"'}]}
    ]


def test_screenshot_shows_the_rendered_image(run: dict[str, Any]) -> None:
    region = screenshot_region(section(run, "generate")["screenshot"])
    colours = region.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 500, f"the image region looks blank: {len(colours or [])} colours"
    assert max(ImageStat.Stat(region).stddev) > 10, "the image region is almost uniform"


def test_download_saves_the_final_image(run: dict[str, Any]) -> None:
    download = section(run, "generate")["download"]
    assert download["suggestedFilename"] == "generated_image.png"
    with Image.open(download["path"]) as image:
        assert image.format == "PNG"
        assert image.size == SIZE_16_9_1K


def test_reference_images_by_file_input_and_drop(run: dict[str, Any]) -> None:
    references = section(run, "references")
    assert references == {"afterRemove": 1, "afterDrop": 2, "final": 1, "counter": "1 / 14", "previewLoaded": True}


def test_edit_sends_the_reference_and_renders_the_edit(run: dict[str, Any]) -> None:
    edit = section(run, "edit")
    assert edit["requestParts"] == ["inlineData", "text"]
    assert edit["requestImageConfig"] == {"imageSize": "1K"}, "Auto sends no aspectRatio"
    assert (edit["naturalWidth"], edit["naturalHeight"]) == SIZE_4_3_1K
    assert edit["historyCount"] == 2
    region = screenshot_region(edit["screenshot"])
    assert max(ImageStat.Stat(region).stddev) > 10, "the edited image region is almost uniform"
    pixels = np.asarray(region, dtype=np.int16)
    chroma = np.abs(pixels[..., 0] - pixels[..., 1]) + np.abs(pixels[..., 1] - pixels[..., 2])
    assert int(chroma.max()) <= 8, "a black and white edit should show grey pixels only"


def test_history_shows_an_earlier_result_again(run: dict[str, Any]) -> None:
    history = section(run, "history")
    assert (history["naturalWidth"], history["naturalHeight"]) == SIZE_16_9_1K
    assert history["prompt"] == 'A lighthouse on a cliff at sunset, with the text "OPEN BANANA"'
    assert history["current"] == 1
    assert "OPEN BANANA" in history["thoughtsShown"]
    assert history["downloadHref"] == section(run, "generate")["downloadHref"]


def test_invalid_key_shows_googles_error(run: dict[str, Any]) -> None:
    error = section(run, "invalidKey")
    assert error["role"] == "alert"
    assert error["title"] == "400 INVALID_ARGUMENT"
    assert error["message"] == "API key not valid. Please pass a valid API key."
    assert error["resultHidden"]


def test_invalid_ratio_shows_the_validation_message(run: dict[str, Any]) -> None:
    error = section(run, "invalidRatio")
    assert error["title"] == "400 INVALID_ARGUMENT"
    assert "got '7:3'" in error["message"]


def test_an_error_event_in_the_stream_is_shown(run: dict[str, Any]) -> None:
    error = section(run, "streamError")
    assert error["title"] == "503 UNAVAILABLE (during the stream)"
    assert error["message"] == "The image engine is unavailable: out of memory. Please try again later."
    assert "Planning the composition" in error["thoughts"], "thoughts before the error stay visible"


def test_narrow_screen_has_no_horizontal_scroll(run: dict[str, Any]) -> None:
    narrow = section(run, "narrow")
    assert narrow["scrollWidth"] <= 390
    assert 250 < narrow["imageWidth"] <= 390


def test_dark_scheme_follows_the_system(run: dict[str, Any]) -> None:
    dark = section(run, "dark")
    red, green, blue = (int(value) for value in re.findall(r"\d+", dark["background"])[:3])
    assert max(red, green, blue) < 60, f"prefers-color-scheme: dark should give a dark page, got {dark['background']}"


def test_each_model_offers_its_own_ratios_and_sizes(run: dict[str, Any]) -> None:
    models = section(run, "models")
    assert models["options"][:2] == ["gemini-3-pro-image-preview", "gemini-3-pro-image"]
    assert "gemini-3.1-flash-image-preview" in models["options"] and "gemini-2.5-flash-image" in models["options"]
    assert models["flash25"]["sizes"] == ["1K"] and models["flash25"]["counter"] == "1 / 3"
    assert {"1:4", "4:1", "1:8", "8:1"} <= set(models["flash31"]["ratios"])
    assert models["flash31"]["sizes"] == ["512", "1K", "2K", "4K"]
    assert models["flash31"]["tooltip"] == "256×1032 at 512"
    assert models["imageConfig"] == {"aspectRatio": "1:4", "imageSize": "512"}
    assert tuple(models["image"]) == (256, 1032)  # the cell the server draws, as the tooltip said
    assert models["proRatios"] == ["", "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"]
    assert models["proSizes"] == ["1K", "2K", "4K"]
