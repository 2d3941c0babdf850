"""A plain `openbanana serve` screens prompts with the semantic classifier; without it the server does not start,
unless the operator turns it off by name (and then says so at start)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from openbanana.embedding.minilm import MODEL_PACKAGE
from tests.conftest import free_port, start_server, stop_server


@pytest.fixture
def broken_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The model wheel's package without its model file shadows the installed one, as a damaged install would."""
    shadow = tmp_path / "shadow"
    (shadow / MODEL_PACKAGE).mkdir(parents=True)
    (shadow / MODEL_PACKAGE / "__init__.py").write_text("")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, (str(shadow), os.environ.get("PYTHONPATH")))))
    monkeypatch.delenv("OPENBANANA_SAFETY_SEMANTIC", raising=False)


@pytest.mark.usefixtures("broken_install")
def test_without_the_classifier_serve_refuses_to_start_in_one_line(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "openbanana", "serve", "--port", str(free_port()),
               "--data-dir", str(tmp_path / "data"), "--log-level", "warning"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    output = result.stdout + result.stderr
    assert result.returncode == 2, output
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in output, output
    assert "semantic prompt classifier cannot run" in lines[0] and "OPENBANANA_SAFETY_SEMANTIC=off" in lines[0]


@pytest.mark.usefixtures("broken_install")
def test_turned_off_by_name_it_serves_and_says_so_at_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENBANANA_SAFETY_SEMANTIC", "off")
    server = start_server(tmp_path / "data")
    stop_server(server)
    log = (tmp_path / "data").parent.glob("server-*.log")
    said = [line for path in log for line in path.read_text().splitlines() if "safety_semantic=off" in line]
    assert len(said) == 1 and "term lists alone" in said[0], said
