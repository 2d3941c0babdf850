"""The database file: a damaged one stops the server at start with one line (no traceback), and one deleted while
the server runs is noticed (/healthz fails, writes are refused) instead of silently losing what is stored."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from openbanana.api.app import create_app
from openbanana.config import Settings
from openbanana.store.db import DB_FILE
from tests.conftest import free_port

MODEL = "gemini-3-pro-image-preview"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "openbanana", *args], capture_output=True, text=True, timeout=60)


def test_a_damaged_database_is_one_line_at_start(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / DB_FILE).write_bytes(b"this is not a database, it only sits where one should be\n" * 100)
    for args in (("serve", "--port", str(free_port())), ("keys", "list")):
        result = run_cli(*args, "--data-dir", str(data_dir))
        output = result.stdout + result.stderr
        assert result.returncode == 2, output
        assert "Traceback" not in output
        lines = [line for line in output.splitlines() if line.strip()]
        assert len(lines) == 1 and "cannot be read" in lines[0] and "move it away" in lines[0], output


def test_a_database_deleted_while_serving_is_noticed(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with TestClient(create_app(Settings(data_dir=data_dir, safety_semantic="off")),
                    headers={"x-goog-api-key": "any"}) as client:
        assert client.get("/healthz").status_code == 200
        for path in data_dir.glob(f"{DB_FILE}*"):
            path.unlink()
        health = client.get("/healthz")
        assert health.status_code == 503 and "deleted" in health.json()["reason"]
        upload = client.post("/upload/v1beta/files", headers={"X-Goog-Upload-Protocol": "resumable",
                                                                 "X-Goog-Upload-Command": "start"},
                             json={"file": {"mimeType": "image/png", "sizeBytes": 10}})
        assert upload.status_code == 503 and upload.json()["error"]["status"] == "UNAVAILABLE"
        assert "deleted" in upload.json()["error"]["message"]
        batch = client.post(f"/v1beta/models/{MODEL}:batchGenerateContent", json={"batch": {"inputConfig": {
            "requests": {"requests": [{"request": {"contents": [{"parts": [{"text": "a kite"}]}]}}]}}}})
        assert batch.status_code == 503, batch.text


def test_an_unreachable_postgres_is_one_line_at_start(tmp_path: Path) -> None:
    url = f"postgresql://banana:hunter2@127.0.0.1:{free_port()}/openbanana"  # nothing listens there
    for args in (("serve", "--port", str(free_port())), ("keys", "list")):
        result = run_cli(*args, "--data-dir", str(tmp_path / "data"), "--database-url", url)
        output = result.stdout + result.stderr
        assert result.returncode == 2, output
        assert "Traceback" not in output and "hunter2" not in output, "one line, and never the password"
        lines = [line for line in output.splitlines() if line.strip()]
        assert len(lines) == 1 and "cannot use the database postgresql://banana:***@127.0.0.1" in lines[0], output
