"""model_engines: which served names render on an engine of their own, and the start-up errors a bad entry gives."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from openbanana.config import EngineChoice, ModelSettings, Settings
from tests.conftest import free_port


def test_entries_map_served_names_to_an_engine_and_profile() -> None:
    settings = ModelSettings(served_models="my-sdxl=gemini-3-pro-image",
                             model_engines="my-sdxl=diffusers:sd-turbo, models/gemini-3-pro-image=draft")
    assert settings.engine_choices() == {"my-sdxl": EngineChoice("diffusers", "sd-turbo"),
                                         "gemini-3-pro-image": EngineChoice("draft")}
    assert [choice.label for choice in settings.engine_choices().values()] == ["diffusers:sd-turbo", "draft"]
    assert ModelSettings().engine_choices() == {}


@pytest.mark.parametrize(("entries", "message"), [
    ("unknown=draft", "'unknown' is not a served model"),
    ("gemini-3-pro-image=dall-e", "expected NAME=draft or NAME=diffusers:PROFILE"),
    ("gemini-3-pro-image=diffusers", "expected NAME=draft or NAME=diffusers:PROFILE"),
    ("gemini-3-pro-image=draft:sd-turbo", "expected NAME=draft or NAME=diffusers:PROFILE"),
    ("gemini-3-pro-image=draft,gemini-3-pro-image=diffusers:x", "names 'gemini-3-pro-image' twice"),
])
def test_a_bad_entry_is_refused(entries: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ModelSettings(model_engines=entries)


def test_the_config_file_and_the_environment_set_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "openbanana.toml"
    config.write_text(textwrap.dedent("""
        [models]
        served_models = "house"
        model_engines = "house=draft"
    """))
    assert Settings(config_file=str(config)).models.engine_choices() == {"house": EngineChoice("draft")}
    monkeypatch.setenv("OPENBANANA_MODEL_ENGINES", "gemini-2.5-flash-image=draft")
    assert Settings().models.engine_choices() == {"gemini-2.5-flash-image": EngineChoice("draft")}


@pytest.mark.parametrize(("flags", "message"), [
    (["--model-engine", "nope=draft"], "'nope' is not a served model"),
    (["--model", "mine", "--model-engine", "mine=diffusers:no-such-profile"], "unknown profile 'no-such-profile'"),
])
def test_serve_stops_with_one_line(tmp_path: Path, flags: list[str], message: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "openbanana", "serve", "--port", str(free_port()), "--data-dir", str(tmp_path),
         *flags], capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
