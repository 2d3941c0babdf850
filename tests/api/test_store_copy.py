"""`openbanana store copy`: a server's state made through the API on SQLite (a key with limits, an uploaded file,
generations and their image records, an inline and a file batch with its output file, the usage ledger and rate
windows) copied into a real Postgres database and a shared blob path, then served from there: the same files,
batches, bytes, usage and verifiable images. A second copy adds nothing; a non-empty target is refused unless told."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from openbanana.api.app import create_app
from openbanana.cli.main import main
from openbanana.config import Settings
from openbanana.store.db import Database
from openbanana.store.schema import metadata
from tests.api.test_batches import create, inline_batch, request, wait_done
from tests.api.test_files import upload
from tests.api.test_generate import URL as GENERATE_URL
from tests.api.test_generate import png_bytes
from tests.api.test_keys import cli
from tests.api.test_verify import verify


def row_counts(url: str) -> dict[str, int]:
    database = Database(url)
    try:
        with database.reading() as conn:
            return {table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                    for table in metadata.sorted_tables}
    finally:
        database.close()


def make_state(client: TestClient) -> dict[str, Any]:
    """Everything a user leaves in the store, through the API; what to look for after the copy."""
    uploaded = upload(client, png_bytes((64, 48), (20, 120, 200)), display_name="photo")
    edit = client.post(GENERATE_URL, json={"contents": [{"parts": [
        {"fileData": {"fileUri": uploaded["uri"], "mimeType": "image/png"}}, {"text": "make it sepia"}]}]})
    answer = client.post(GENERATE_URL, json={"contents": [{"parts": [{"text": "a lighthouse at dawn"}]}]})
    assert edit.status_code == answer.status_code == 200, answer.text
    [image] = [p["inlineData"]["data"] for p in answer.json()["candidates"][0]["content"]["parts"]
               if "inlineData" in p and not p.get("thought")]
    inline = wait_done(client, create(client, inline_batch({"request": request("a red kite")}))["name"])
    lines = "\n".join(json.dumps({"key": f"k{i}", "request": request(f"a boat {i}")}) for i in range(2)) + "\n"
    requests_file = upload(client, lines.encode(), mime_type="application/jsonl")
    from_file = wait_done(client, create(client, {"batch": {"inputConfig": {"fileName": requests_file["name"]}}})[
        "name"])
    output = from_file["response"]["responsesFile"]
    download = client.get(f"/v1beta/{output}:download?alt=media")
    assert download.status_code == 200
    return {"files": sorted(f["name"] for f in client.get("/v1beta/files").json()["files"]),
            "batches": sorted(b["name"] for b in client.get("/v1beta/batches").json()["operations"]),
            "inline": inline["response"], "output": output, "output_bytes": download.content,
            "image": base64.b64decode(image)}


def test_sqlite_state_made_through_the_api_is_served_from_postgres_after_the_copy(
        tmp_path: Path, postgres_url: str) -> None:
    data_dir, shared = tmp_path / "data", tmp_path / "shared"
    data_dir.mkdir()
    key = cli("keys", "create", "--name", "team", "--rpm", "100", "--data-dir", str(data_dir)).strip()
    headers = {"x-goog-api-key": key}
    with TestClient(create_app(Settings(data_dir=data_dir)), headers=headers) as client:
        before = make_state(client)
    source = f"sqlite:///{data_dir / 'openbanana.db'}"
    usage_before = json.loads(cli("usage", "--json", "--data-dir", str(data_dir)))

    copy = ("store", "copy", "--from", source, "--to", postgres_url, "--blobs", "--to-blobs", f"file://{shared}",
            "--json")
    first = json.loads(cli(*copy))
    counts = row_counts(source)
    assert {name: c["copied"] for name, c in first.items() if name != "blob bytes"} == counts
    assert all(counts[name] for name in ("files", "blobs", "batches", "queue_items", "api_keys", "usage", "images",
                                         "rate_events")), counts
    assert first["blob bytes"] == {"copied": counts["blobs"], "present": 0, "missing": 0}
    assert row_counts(postgres_url) == counts

    assert main(list(copy)) == 2, "a target that holds rows is refused without --merge"
    again = json.loads(cli(*copy, "--merge"))
    assert all(c["copied"] == 0 for c in again.values()), "a second copy adds nothing"
    assert row_counts(postgres_url) == counts

    moved = Settings(data_dir=data_dir, database_url=postgres_url, blob_url=f"file://{shared}")
    (data_dir / "openbanana.db").rename(data_dir / "old.db")  # nothing may still read the SQLite file
    with TestClient(create_app(moved), headers=headers) as client:
        assert sorted(f["name"] for f in client.get("/v1beta/files").json()["files"]) == before["files"]
        assert sorted(b["name"] for b in client.get("/v1beta/batches").json()["operations"]) == before["batches"]
        download = client.get(f"/v1beta/{before['output']}:download?alt=media")
        assert download.content == before["output_bytes"]
        assert verify(client, before["image"])["record"]["model"] == "gemini-3-pro-image-preview"
    usage_after = json.loads(cli("usage", "--json", "--data-dir", str(data_dir), "--database-url", postgres_url))
    assert usage_after == usage_before


@pytest.mark.parametrize("flags", [["--blobs"], ["--blobs", "--to-blobs", "ftp://nowhere"]])
def test_blob_copies_need_a_target_store_it_can_use(tmp_path: Path, flags: list[str]) -> None:
    source, target = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    assert main(["store", "copy", "--from", source, "--to", target, *flags]) == 2
