"""The official `openai` JavaScript SDK (pinned in tests/sdk/js) against a real `openbanana serve`, under `/v1` and
`/v1beta/openai`: openai_checks.mjs prints what the SDK saw, these tests check it (and the images it wrote)."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops, ImageStat

from tests.conftest import LiveServer, json_output

pytestmark = [pytest.mark.sdk, pytest.mark.js]
JS_DIR = Path(__file__).parent / "js"


def _png(image: Image.Image, path: Path) -> None:
    image.save(path, "PNG")


@pytest.fixture(scope="module", params=["/v1", "/v1beta/openai"])
def seen(request: pytest.FixtureRequest, node: str, live_server: LiveServer,
         tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    out_dir = tmp_path_factory.mktemp("openai-js")
    _png(Image.new("RGB", (1024, 768), (30, 110, 200)), out_dir / "original.png")
    _png(Image.new("RGB", (1024, 768), (220, 60, 40)), out_dir / "other.png")
    mask = Image.new("RGBA", (1024, 768), (0, 0, 0, 255))
    mask.paste((0, 0, 0, 0), (0, 0, 512, 768))  # the left half may change
    _png(mask, out_dir / "mask.png")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("OPENAI_", "GOOGLE_", "GEMINI_"))}
    env |= {"OPENBANANA_BASE_URL": live_server.base_url, "OUT_DIR": str(out_dir), "OPENAI_PREFIX": request.param}
    result = subprocess.run([node, str(JS_DIR / "openai_checks.mjs")], cwd=JS_DIR, env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, f"openai_checks.mjs failed:\n{result.stdout}\n{result.stderr}"
    return json_output("openai_checks.mjs", result.stdout), out_dir


def section(seen: tuple[dict[str, Any], Path], name: str) -> dict[str, Any]:
    value: dict[str, Any] = seen[0][name]
    assert "error" not in value, f"{name} failed inside the openai JS SDK: {value['error']}"
    return value


def image(seen: tuple[dict[str, Any], Path], name: str) -> Image.Image:
    """A file the script wrote, decoded in full (its `format` says what the bytes are)."""
    opened = Image.open(io.BytesIO((seen[1] / name).read_bytes()))
    opened.load()
    return opened


def test_generate_maps_the_size(seen: tuple[dict[str, Any], Path]) -> None:
    generate = section(seen, "generate")
    assert image(seen, generate["file"]).size == (1264, 848) and generate["size"] == "1264x848"
    assert generate["usage"]["output_tokens"] > 0


def test_n_three(seen: tuple[dict[str, Any], Path]) -> None:
    files = section(seen, "n3")["files"]
    assert len(files) == 3
    assert len({(seen[1] / name).read_bytes() for name in files}) == 3
    assert all(image(seen, name).size == (1024, 1024) for name in files)


def test_each_format(seen: tuple[dict[str, Any], Path]) -> None:
    formats = section(seen, "formats")
    for name, pillow in (("png", "PNG"), ("jpeg", "JPEG"), ("webp", "WEBP")):
        assert image(seen, formats[name]["file"]).format == pillow
        assert formats[name]["output_format"] == name


def test_url_is_fetched(seen: tuple[dict[str, Any], Path]) -> None:
    url = section(seen, "url")
    assert url["status"] == 200 and url["contentType"] == "image/png" and "/v1/images/files/" in url["url"]
    assert image(seen, url["file"]).size == (1024, 1024)


def test_edit_with_two_images_and_a_mask(seen: tuple[dict[str, Any], Path]) -> None:
    edit = section(seen, "edit")
    edited = image(seen, edit["file"]).convert("RGB")
    assert edited.size == (1200, 896)
    base = Image.new("RGB", edited.size, (30, 110, 200))
    difference = ImageChops.difference(edited, base)
    assert max(ImageStat.Stat(difference.crop((edited.width // 2 + 8, 0, *edited.size))).mean) < 3
    assert max(ImageStat.Stat(difference.crop((0, 0, edited.width // 2 - 8, edited.height))).mean) > 50
    assert edit["usage"]["input_tokens_details"]["image_tokens"] > 0


def test_stream_with_partial_images(seen: tuple[dict[str, Any], Path]) -> None:
    events = section(seen, "stream")["events"]
    assert [event["type"] for event in events] == ["image_generation.partial_image", "image_generation.completed"]
    assert events[0]["partial_image_index"] == 0
    assert image(seen, events[1]["file"]).size == (848, 1264) and events[1]["size"] == "848x1264"
    assert section(seen, "streamEdit")["types"] == ["image_edit.partial_image", "image_edit.completed"]


def test_models_and_chat(seen: tuple[dict[str, Any], Path]) -> None:
    models = section(seen, "models")
    assert "gemini-3-pro-image-preview" in models["ids"] and models["retrieved"] == "gemini-3-pro-image-preview"
    chat = section(seen, "chat")
    assert chat["content"] and chat["finish"] == "stop"
    assert image(seen, chat["file"]).size == (1024, 1024)


def test_errors(seen: tuple[dict[str, Any], Path]) -> None:
    errors = seen[0]["errors"]
    assert errors["badSize"]["status"] == 400
    assert errors["badSize"]["name"] == "BadRequestError" and errors["badSize"]["param"] == "size"
    assert errors["badN"]["status"] == 400 and errors["badN"]["param"] == "n"
    assert errors["missingPrompt"]["status"] == 400 and errors["missingPrompt"]["param"] == "prompt"
    assert errors["unknownModel"]["name"] == "NotFoundError" and errors["unknownModel"]["code"] == "model_not_found"
