"""What the third-party client tests share: a check script run against a server with the 3:2 reference image in its
output folder, and the pixel sizes of the images a section wrote."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image

from tests.conftest import json_output
from tests.sdk.test_js_sdk import image_size, run_script


def write_reference(out_dir: Path) -> None:
    """A 900×600 (3:2) PNG for the edits: each must come back at the model's 3:2 cell."""
    Image.new("RGB", (900, 600), (40, 120, 200)).save(out_dir / "reference.png")


def js_checks(node: str, script: str, base_url: str, out_dir: Path, checks: str = "") -> dict[str, Any]:
    """The JSON object tests/sdk/js/`script` prints; `checks` runs only the sections it names."""
    write_reference(out_dir)
    result = run_script(node, script, base_url, out_dir, {"CHECKS": checks})
    return json_output(script, result.stdout)


def sizes(result: dict[str, Any]) -> list[tuple[int, int]]:
    return [image_size(Path(file)) for file in result["files"]]
