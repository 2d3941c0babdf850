"""`openbanana usage`: requests, images and tokens per API key, read from the data dir's usage ledger."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated

import typer
from rich.table import Table

from openbanana.cli.client import console
from openbanana.cli.keys import AsJson, DatabaseUrl, DataDir, iso_time, opened_keys, print_table
from openbanana.cli.settings import data_dir_settings
from openbanana.service.keys import KeyNotFoundError, UsageLine, owner_id, usage_lines
from openbanana.store.db import Database
from openbanana.store.usage import UsageStore


def parse_since(text: str | None) -> int:
    """`2026-11-24` or `2026-11-24T08:00` (UTC unless an offset is given) → microseconds; None → the beginning."""
    if not text:
        return 0
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        console.print(f"openbanana: --since {text!r} is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
        raise typer.Exit(2) from None
    return int((when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp() * 1_000_000)


def line_json(line: UsageLine) -> dict[str, object]:
    totals = line.totals
    return {
        "key": None if line.key_id == "-" else line.key_id, "name": line.name, "requests": totals.requests,
        "images": totals.images, "promptTokenCount": totals.prompt_tokens,
        "candidatesTokenCount": totals.candidates_tokens, "thoughtsTokenCount": totals.thoughts_tokens,
        "totalTokenCount": totals.total_tokens, "first": iso_time(totals.first_us), "last": iso_time(totals.last_us),
    }


def usage(
    key: Annotated[str | None, typer.Option("--key", help="only this key (its id, as `keys list` shows it)")] = None,
    since: Annotated[str | None, typer.Option(help="only generations from this date or time on (UTC)")] = None,
    data_dir: DataDir = None,
    database_url: DatabaseUrl = None,
    as_json: AsJson = False,
) -> None:
    """Per-key totals of answered generations: requests, images and tokens (as in usageMetadata)."""
    settings = data_dir_settings(data_dir, database_url)
    since_us = parse_since(since)
    with opened_keys(settings) as keys:
        try:
            owner = keys.get(key).key_hash if key else None
        except KeyNotFoundError as exc:
            console.print(f"openbanana: {exc}")
            raise typer.Exit(1) from None
        records = keys.list_keys()
    db = Database.open(settings.server.database_url, settings.server.resolved_data_dir())
    try:
        totals = UsageStore(db).totals(since_us, owner)
    finally:
        db.close()
    lines = usage_lines(totals, records, frozenset(owner_id(k) for k in settings.auth.key_set()))
    if as_json:
        typer.echo(json.dumps([line_json(line) for line in lines], indent=2))
        return
    table = Table("key", "name", "requests", "images", "prompt", "candidates", "thoughts", "total tokens", "last")
    for line in lines:
        t = line.totals
        table.add_row(line.key_id, line.name, *map(str, (t.requests, t.images, t.prompt_tokens, t.candidates_tokens,
                                                           t.thoughts_tokens, t.total_tokens)), iso_time(t.last_us))
    print_table(table)
