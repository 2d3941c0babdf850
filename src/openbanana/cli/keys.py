"""`openbanana keys create|list|revoke`: API keys in the data dir's database, managed without a running server.

A running server honours a change within a second or two (it re-reads keys), so nothing needs a restart.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from openbanana.cli.client import console
from openbanana.cli.settings import data_dir_settings
from openbanana.config import Settings
from openbanana.service.keys import KeyLimits, KeyNotFoundError, KeyService
from openbanana.store.keys import KeyRecord

keys_app = typer.Typer(name="keys", help="Create, list and revoke API keys (stored hashed in the data dir).",
                       no_args_is_help=True)

DataDir = Annotated[Path | None, typer.Option(
    "--data-dir", help="where state lives (default: OPENBANANA_DATA_DIR, else ~/.openbanana, as for serve)")]
DatabaseUrl = Annotated[str | None, typer.Option(
    "--database-url", help="the server's Postgres database (default: OPENBANANA_DATABASE_URL, else SQLite in the "
    "data dir, as for serve)")]
AsJson = Annotated[bool, typer.Option("--json", help="print JSON instead of a table")]


@contextmanager
def opened_keys(settings: Settings) -> Iterator[KeyService]:
    keys = KeyService.in_data_dir(settings.server.resolved_data_dir(), settings.auth.key_set(),
                                  database_url=settings.server.database_url)
    try:
        yield keys
    finally:
        keys.close()


def print_table(table: Table) -> None:
    """To stdout; when that is not a terminal (a pipe, a file), wide enough that no column is cut."""
    out = Console()
    (out if out.is_terminal else Console(width=200)).print(table)


def iso_time(us: int | None) -> str:
    return datetime.fromtimestamp(us / 1_000_000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if us is not None else ""


def key_json(record: KeyRecord) -> dict[str, object]:
    """Everything about a key except its hash."""
    return {
        "id": record.id, "name": record.name, "prefix": record.prefix, "created": iso_time(record.create_us),
        "revoked": iso_time(record.revoke_us) or None, "requestsPerMinute": record.requests_per_minute,
        "imagesPerDay": record.images_per_day, "uploadBytes": record.upload_bytes,
    }


@keys_app.command()
def create(
    name: Annotated[str, typer.Option(help="what the key is for, shown by `keys list`")],
    rpm: Annotated[int | None, typer.Option("--rpm", min=1, help="generation requests per minute")] = None,
    images_per_day: Annotated[int | None, typer.Option(min=1, help="images per day (UTC)")] = None,
    upload_bytes: Annotated[int | None, typer.Option(
        min=0, help="bytes of live files (default: the server's quota_bytes_per_key)")] = None,
    data_dir: DataDir = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Create a key and print it: the only time it is shown (only its hash is stored)."""
    limits = KeyLimits(requests_per_minute=rpm, images_per_day=images_per_day, upload_bytes=upload_bytes)
    with opened_keys(data_dir_settings(data_dir, database_url)) as keys:
        try:
            issued = keys.create(name, limits)
        except ValueError as exc:
            console.print(f"openbanana: {exc}")
            raise typer.Exit(2) from None
    typer.echo(issued.secret)  # alone on stdout, so `KEY=$(openbanana keys create --name ci)` works
    console.print(f"Created key {issued.record.id} ({issued.record.name}). This is the only time it is shown: "
                  "store it now; it cannot be recovered, only revoked and replaced.")


@keys_app.command("list")
def list_keys(data_dir: DataDir = None, database_url: DatabaseUrl = None, as_json: AsJson = False) -> None:
    """List keys: id, name, prefix, created, revoked and limits (never the key or its hash)."""
    with opened_keys(data_dir_settings(data_dir, database_url)) as keys:
        records = keys.list_keys()
    if as_json:
        typer.echo(json.dumps([key_json(record) for record in records], indent=2))
        return
    table = Table("id", "name", "prefix", "created", "revoked", "rpm", "images/day", "upload bytes")
    for record in records:
        limits = (record.requests_per_minute, record.images_per_day, record.upload_bytes)
        table.add_row(record.id, record.name, record.prefix + "…", iso_time(record.create_us),
                      iso_time(record.revoke_us), *("-" if value is None else str(value) for value in limits))
    print_table(table)


@keys_app.command()
def revoke(key_id: Annotated[str, typer.Argument(help="the key's id, as `keys list` shows it")],
           data_dir: DataDir = None, database_url: DatabaseUrl = None) -> None:
    """Revoke a key: a running server refuses it within a second or two (400 API_KEY_INVALID)."""
    with opened_keys(data_dir_settings(data_dir, database_url)) as keys:
        try:
            record, changed = keys.revoke(key_id)
        except KeyNotFoundError as exc:
            console.print(f"openbanana: {exc}")
            raise typer.Exit(1) from None
    when = iso_time(record.revoke_us)
    typer.echo(f"Revoked key {record.id} ({record.name})." if changed
               else f"Key {record.id} ({record.name}) was already revoked at {when}.")
