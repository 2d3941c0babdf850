"""`openbanana generate | edit | chat` as a user runs them, against a real server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from openbanana.cli.main import main
from tests.conftest import LiveServer

pytestmark = pytest.mark.sdk


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_generate_saves_with_the_seed_name_and_never_overwrites(live_server: LiveServer, in_tmp: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    args = ["generate", "a red kite over the sea", "-a", "16:9", "-s", "2K", "--base-url", live_server.base_url]
    assert main(args) == 0
    assert main(args) == 0
    with Image.open(in_tmp / "generated_image.png") as first, Image.open(in_tmp / "generated_image-2.png") as second:
        assert first.size == second.size == (2752, 1536)
    assert "image saved to" in capsys.readouterr().err


def test_generate_with_thoughts_and_output(live_server: LiveServer, in_tmp: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["generate", 'a poster that says "HELLO"', "--thoughts", "-o", "out/poster.png",
                 "--base-url", live_server.base_url])
    assert code == 0
    err = capsys.readouterr().err
    assert "Planning the composition" in err and "draft saved to" in err
    assert (in_tmp / "out" / "poster.png").exists() and list(in_tmp.glob("generated_image.thought*.jpg"))


def test_edit_takes_images_then_the_instruction(live_server: LiveServer, in_tmp: Path) -> None:
    Image.new("RGB", (900, 1200), (200, 100, 50)).save(in_tmp / "in.jpg")
    assert main(["edit", "in.jpg", "make it black and white", "--base-url", live_server.base_url]) == 0
    with Image.open(in_tmp / "edited_image.png") as image:
        assert image.size == (896, 1200)  # the reference's 3:4 at 1K


@pytest.mark.parametrize(("args", "message"), [
    (["generate", "x", "-a", "7:3"], "error 400 INVALID_ARGUMENT"),
    (["generate", "x", "--model", "no-such-model"], "error 404 NOT_FOUND"),
])
def test_errors_are_one_clear_line(live_server: LiveServer, in_tmp: Path, capsys: pytest.CaptureFixture[str],
                                   args: list[str], message: str) -> None:
    assert main([*args, "--base-url", live_server.base_url]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_unreachable_server_is_explained(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "x", "--base-url", "http://127.0.0.1:9"]) == 1
    assert "is `openbanana serve` running?" in capsys.readouterr().err


def test_chat_edits_the_previous_image(live_server: LiveServer, in_tmp: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "openbanana", "chat", "--base-url", live_server.base_url],
        input="a green apple on a table\nnow black and white\n/quit\n", capture_output=True, text=True,
        cwd=in_tmp, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    with Image.open(in_tmp / "chat_image.png") as first, Image.open(in_tmp / "chat_image-2.png") as second:
        assert first.size == second.size == (1024, 1024)
        r, g, b = second.convert("RGB").getpixel((3, 3))  # type: ignore[misc]
        assert r == g == b, "the second turn edited the first turn's image"


def test_verify_reports_marked_and_unmarked_images(live_server: LiveServer, in_tmp: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["generate", "a blue teapot", "--base-url", live_server.base_url]) == 0
    Image.new("RGB", (600, 400), (120, 130, 140)).save(in_tmp / "plain.png")
    capsys.readouterr()
    assert main(["verify", "generated_image.png", "--json", "--base-url", live_server.base_url]) == 0
    line = json.loads(capsys.readouterr().out.strip())
    assert line["watermark"]["found"] is True and line["record"]["width"] == 1024
    assert main(["verify", "generated_image.png", "plain.png", "--base-url", live_server.base_url]) == 1
    err = capsys.readouterr().err
    assert "watermark found" in err and "no watermark found" in err
