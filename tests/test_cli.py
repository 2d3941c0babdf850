"""The README's first command: `openbanana serve --demo` serves and writes one generated image."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PIL import Image

from tests.conftest import free_port


def test_serve_demo_writes_the_seed_image(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "openbanana", "serve", "--demo", "--port", str(free_port()),
         "--data-dir", str(tmp_path / "data"), "--log-level", "warning"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline and "demo image saved" not in line:
            line = process.stdout.readline()
            assert line or process.poll() is None, "server exited early"
        assert "demo image saved" in line
    finally:
        process.terminate()
        process.communicate(timeout=10)
    with Image.open(tmp_path / "generated_image.png") as image:
        assert image.format == "PNG" and image.size == (2752, 1536)


def test_refuses_keyless_serving_off_loopback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "openbanana", "serve", "--host", "0.0.0.0", "--port", str(free_port()),
         "--data-dir", str(tmp_path)], capture_output=True, text=True, timeout=30,
    )
    assert result.returncode == 2 and "--api-key" in result.stderr


def test_bad_settings_are_a_clean_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "openbanana", "serve", "--port", "99999", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=30,
    )
    assert result.returncode == 2 and "invalid setting (port" in result.stderr
    assert "Traceback" not in result.stderr


def test_keys_never_reach_the_log(tmp_path: Path) -> None:
    from tests.conftest import start_server, stop_server

    server = start_server(tmp_path / "data", "--log-level", "info")
    try:
        import urllib.request

        with urllib.request.urlopen(f"{server.base_url}/v1beta/models?key=secret-key-123", timeout=10) as answer:
            assert answer.status == 200
    finally:
        stop_server(server)
    log = next(tmp_path.glob("server-*.log")).read_text()
    assert "GET /v1beta/models 200" in log
    assert "secret-key-123" not in log


def test_serve_help_lists_every_flag_with_its_settings_description() -> None:
    from typer.testing import CliRunner

    from openbanana.cli.main import app
    from openbanana.config import setting_field

    result = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "400", "TERMINAL_WIDTH": "400"})
    assert result.exit_code == 0, result.output
    for setting in ("host", "port", "data_dir", "insecure", "output_mime_type", "jpeg_quality", "max_request_bytes",
                    "max_input_pixels", "max_decoded_bytes", "head_timeout_seconds", "body_timeout_seconds",
                    "max_connections", "shutdown_timeout_seconds",
                    "stream_keepalive_seconds", "engine", "profile", "profiles_file", "preload", "strict_signatures",
                    "max_queue", "max_parallel_renders", "generation_timeout_seconds", "log_format", "ray_address"):
        assert f"--{setting.replace('_', '-')} " in result.output, setting
        assert str(setting_field(setting).description) in result.output, setting
    for flag in ("--api-key", "--model", "--cors-origin", "--demo", "--log-level", "--config", "--ray "):
        assert flag in result.output
    assert "Default: 127.0.0.1." in result.output


def test_serve_reads_its_config_file_under_the_flags(tmp_path: Path) -> None:
    """A TOML file names the port and the keys; a flag overrides its port; the server keeps the file's keys."""
    from tests.conftest import start_server, stop_server

    port = free_port()
    config = tmp_path / "openbanana.toml"
    config.write_text('port = 1\n[auth]\napi_keys = "from-the-file"\n[server]\ncors_origins = "https://app.example"\n')
    server = start_server(tmp_path / "data", "--config", str(config), port=port)  # start_server passes --port
    try:
        import httpx

        models = f"{server.base_url}/v1beta/models"
        assert httpx.get(models, headers={"x-goog-api-key": "from-the-file"}).status_code == 200
        assert httpx.get(models, headers={"x-goog-api-key": "other"}).status_code in (400, 403)
        preflight = httpx.options(models, headers={
            "Origin": "https://app.example", "Access-Control-Request-Method": "GET"})
        assert preflight.headers["access-control-allow-origin"] == "https://app.example"
    finally:
        stop_server(server)


def test_a_bad_config_file_is_one_line_and_status_2(tmp_path: Path) -> None:
    config = tmp_path / "openbanana.toml"
    config.write_text("[scheduler]\nmax_qeueu = 3\n")
    result = subprocess.run(
        [sys.executable, "-m", "openbanana", "serve", "--config", str(config), "--data-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=30,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert len(lines) == 1 and "[scheduler] has no setting 'max_qeueu'" in lines[0], lines
