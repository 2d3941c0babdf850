"""What both client scripts share: the variables the tests pass in, writing data-URL images into OUT_DIR, the
reference image as a data URL, and running the checks into one JSON object on stdout. Env: OPENBANANA_BASE_URL
(the server), OUT_DIR, and optionally CHECKS (the sections to run, comma-separated)."""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

BASE_URL = os.environ["OPENBANANA_BASE_URL"]
OUT_DIR = Path(os.environ["OUT_DIR"])
EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"}


def save(data_urls: list[str], name: str) -> list[str]:
    """Writes each `data:` URL's image as OUT_DIR/<name>_<n>.<ext>; returns the paths."""
    files = []
    for index, url in enumerate(data_urls, start=1):
        header, payload = url.split(",", 1)
        mime_type = header.removeprefix("data:").split(";")[0]
        target = OUT_DIR / f"{name}_{index}.{EXTENSIONS.get(mime_type, 'bin')}"
        target.write_bytes(base64.b64decode(payload))
        files.append(str(target))
    return files


def reference_url() -> str:
    """OUT_DIR/reference.png (the test writes it) as a data URL."""
    return "data:image/png;base64," + base64.b64encode((OUT_DIR / "reference.png").read_bytes()).decode()


def run(checks: Mapping[str, Callable[[], dict[str, Any]]]) -> None:
    """Runs the checks CHECKS names (all by default) and prints ONE JSON object, a section per check; a check that
    raises reports its error in its section, so the test names what failed."""
    only = os.environ.get("CHECKS") or ",".join(checks)
    result: dict[str, Any] = {}
    for name, check in checks.items():
        if name not in only.split(","):
            continue
        try:
            result[name] = check()
        except Exception as error:
            result[name] = {"error": {"name": type(error).__name__, "message": str(error)}}
    print(json.dumps(result))
