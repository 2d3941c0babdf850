"""Project rules that CI enforces: lint, types, layer contracts, and the README/CI command agreement."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("command", [
    ("ruff", "check", "src", "tests", "bench"),
    ("mypy",),
    ("lint-imports",),
])
def test_static_checks_pass(command: tuple[str, ...]) -> None:
    result = run(str(BIN / command[0]), *command[1:])
    assert result.returncode == 0, result.stdout + result.stderr


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    block = re.search(r"```(?:bash|sh)?\n(.*?)```", text, re.DOTALL)
    assert block, "the README starts with a code block of set-up commands"
    return [line for line in block.group(1).splitlines() if line.strip() and not line.startswith("#")]


def test_readme_starts_with_exactly_two_setup_commands() -> None:
    commands = readme_commands()
    assert len(commands) == 2
    assert "openbanana serve" in commands[0] and "pytest" in commands[1]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert readme_commands()[1] in ci.splitlines()


def test_every_bundled_asset_has_its_licence_recorded() -> None:
    recorded = (ROOT / "LICENSES" / "README.md").read_text()
    code = {".py", ".pyc"}  # the project's own modules and the bytecode Python writes beside them
    assets = [p for p in (ROOT / "src" / "openbanana" / "assets").rglob("*") if p.is_file() and p.suffix not in code]
    assert assets
    for asset in assets:
        assert asset.name in recorded, f"{asset.name} has no licence entry in LICENSES/README.md"
