"""`openbanana store copy`: one openbanana database into another (SQLite → Postgres, say), and with `--blobs` the
files' bytes from one blob store into another; run with the servers stopped. What it does: `store/copying.py`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from openbanana.cli.client import console
from openbanana.cli.keys import AsJson, print_table
from openbanana.store.blobs import BlobStoreError, open_blob_store
from openbanana.store.copying import Copied, copy_blobs, copy_database
from openbanana.store.db import Database

store_app = typer.Typer(name="store", help="Move the server's state between databases and blob stores.",
                        no_args_is_help=True)


@store_app.command("copy")
def copy(
    source: Annotated[str, typer.Option("--from", help="the database to read: sqlite:///path/openbanana.db or "
                                        "postgresql://user:password@host/database")],
    target: Annotated[str, typer.Option("--to", help="the database to write, created or migrated as serve would")],
    merge: Annotated[bool, typer.Option(help="copy into a target that already holds rows (an interrupted or "
                                        "earlier copy): rows it has are skipped")] = False,
    blobs: Annotated[bool, typer.Option("--blobs", help="also copy the files' bytes, --from-blobs → --to-blobs")]
    = False,
    from_blobs: Annotated[str | None, typer.Option(help="blob URL to read (file:///…, s3://bucket/prefix); default "
                                                   "for a SQLite source: the blobs/ directory beside it")] = None,
    to_blobs: Annotated[str | None, typer.Option(help="blob URL to write, as serve's --blob-url")] = None,
    blob_endpoint_url: Annotated[str | None, typer.Option(help="S3 endpoint for s3:// blob URLs off AWS")] = None,
    as_json: AsJson = False,
) -> None:
    """Copy every table (files, uploads, batches and their queue, keys, rate windows, usage, image records)."""
    if blobs and to_blobs is None:
        raise BlobStoreError("--blobs needs --to-blobs (file:///path or s3://bucket/prefix)")
    from_db = Database(source)
    try:
        to_db = Database(target)
        try:
            counts = copy_database(from_db, to_db, merge=merge)
            if blobs:
                home = from_db.path.parent if from_db.path is not None else None
                if from_blobs is None and home is None:
                    raise BlobStoreError("--blobs from a Postgres database needs --from-blobs")
                scratch = home or Path.cwd()  # only an s3:// store's local uploads dir, never written here
                read = open_blob_store(from_blobs, scratch, blob_endpoint_url).blobs
                write = open_blob_store(to_blobs, scratch, blob_endpoint_url).blobs
                counts["blob bytes"] = copy_blobs(from_db, read, write)
        finally:
            to_db.close()
    finally:
        from_db.close()
    _report(counts, as_json)


def _report(counts: dict[str, Copied], as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps({name: {"copied": c.copied, "present": c.present, "missing": c.missing}
                               for name, c in counts.items()}, indent=2))
        return
    table = Table("table", "copied", "already there", "missing in the source")
    for name, c in counts.items():
        table.add_row(name, str(c.copied), str(c.present), str(c.missing) if name == "blob bytes" else "")
    print_table(table)
    if (lost := counts.get("blob bytes")) is not None and lost.missing:
        console.print(f"openbanana: {lost.missing} blobs were missing from the source store or did not match their "
                      "SHA-256; their files cannot be read in the target")
