"""`openbanana batches submit | status | results` as a user runs them, against a real server."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from google import genai
from google.genai import types
from PIL import Image

from openbanana.cli.batches import FINISHED
from openbanana.cli.main import main
from tests.conftest import LiveServer, start_server, stop_server

pytestmark = pytest.mark.sdk

MODEL = "gemini-3-pro-image-preview"


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sdk(server: LiveServer) -> genai.Client:
    return genai.Client(api_key="local", http_options=types.HttpOptions(base_url=server.base_url))


def finished(server: LiveServer, name: str, timeout: float = 60) -> None:
    client = sdk(server)
    deadline = time.monotonic() + timeout
    while client.batches.get(name=name).state not in FINISHED:
        assert time.monotonic() < deadline, f"{name} did not finish"
        time.sleep(0.1)


def test_submit_a_prompts_file_and_wait_saves_every_image(live_server: LiveServer, in_tmp: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    (in_tmp / "prompts.txt").write_text("# one prompt per line\na red kite over the sea\n\na blue boat\n")
    code = main(["batches", "submit", "prompts.txt", "-a", "16:9", "--wait", "-o", "out",
                 "--display-name", "two prompts", "--base-url", live_server.base_url])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert re.fullmatch(r"batches/[a-z0-9]+\n", out), "stdout is the batch's name, for scripts"
    assert "with 2 request(s)" in err and "prompt-1: image saved to out/generated_image.png" in err
    for name in ("generated_image.png", "generated_image-2.png"):
        with Image.open(in_tmp / "out" / name) as image:
            assert image.size == (1376, 768)
    assert main(["batches", "status", out.strip(), "--base-url", live_server.base_url]) == 0
    status = capsys.readouterr().err
    assert "succeeded" in status and "two prompts" in status and "2 of 2 done" in status


def test_status_then_results_with_a_blocked_prompt(live_server: LiveServer, in_tmp: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batches", "submit", "a green apple", "csam", "--base-url", live_server.base_url]) == 0
    name = capsys.readouterr().out.strip()
    finished(live_server, name)
    assert main(["batches", "status", name, "--base-url", live_server.base_url]) == 0
    assert "2 of 2 done" in capsys.readouterr().err
    assert main(["batches", "results", name, "--base-url", live_server.base_url]) == 1, "one request failed"
    err = capsys.readouterr().err
    assert "prompt-1: image saved to generated_image.png" in err
    assert "prompt-2: prompt blocked: " in err and "PROHIBITED_CONTENT" in err
    assert (in_tmp / "generated_image.png").exists() and not (in_tmp / "generated_image-2.png").exists()


def test_results_read_a_responses_file(live_server: LiveServer, in_tmp: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    client = sdk(live_server)
    requests = in_tmp / "requests.jsonl"
    requests.write_text("\n".join(json.dumps({"key": key, "request": {"contents": [{"parts": [{"text": key}]}]}})
                                  for key in ("lighthouse", "windmill")) + "\n")
    uploaded = client.files.upload(file=requests, config=types.UploadFileConfig(mime_type="jsonl"))
    job = client.batches.create(model=MODEL, src=uploaded.name or "")
    finished(live_server, job.name or "")
    assert main(["batches", "results", job.name or "", "-o", "files", "--base-url", live_server.base_url]) == 0
    err = capsys.readouterr().err
    assert "lighthouse: image saved to files/generated_image.png" in err
    assert "windmill: image saved to files/generated_image-2.png" in err


@pytest.fixture
def idle_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    """A server whose batches are accepted but never run (batch_workers=0): a batch that stays pending."""
    monkeypatch.setenv("OPENBANANA_BATCH_WORKERS", "0")
    server = start_server(tmp_path / "idle")
    yield server
    stop_server(server)


def test_a_pending_batch_has_no_results_yet(idle_server: LiveServer, in_tmp: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batches", "submit", "a", "b", "c", "--base-url", idle_server.base_url]) == 0
    name = capsys.readouterr().out.strip()
    assert main(["batches", "status", name, "--base-url", idle_server.base_url]) == 0
    assert "pending" in (status := capsys.readouterr().err) and "0 of 3 done" in status
    assert main(["batches", "results", name, "--base-url", idle_server.base_url]) == 1
    assert f"{name} is pending: no results yet" in capsys.readouterr().err


@pytest.mark.parametrize(("args", "message"), [
    (["batches", "status", "batches/nosuchbatch"], "error 404 NOT_FOUND: batches/nosuchbatch was not found."),
    (["batches", "results", "batches/nosuchbatch"], "error 404 NOT_FOUND"),
    (["batches", "submit", "x", "--model", "no-such-model"], "error 404 NOT_FOUND"),
])
def test_batch_errors_are_one_clear_line(live_server: LiveServer, in_tmp: Path, capsys: pytest.CaptureFixture[str],
                                         args: list[str], message: str) -> None:
    assert main([*args, "--base-url", live_server.base_url]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_no_prompts_is_a_usage_error(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (in_tmp / "empty.txt").write_text("# nothing here\n\n")
    assert main(["batches", "submit", "empty.txt"]) == 2
    assert "no prompts given" in capsys.readouterr().err
