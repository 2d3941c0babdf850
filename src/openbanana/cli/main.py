"""The `openbanana` command: one Typer app; each subcommand lives in its own module."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

import typer
from rich.markup import escape

from openbanana import __version__
from openbanana.cli.batches import batches
from openbanana.cli.c2pa_keys import c2pa
from openbanana.cli.client import console
from openbanana.cli.generate import chat, edit, generate
from openbanana.cli.keys import keys_app
from openbanana.cli.serve import serve
from openbanana.cli.store import store_app
from openbanana.cli.usage import usage
from openbanana.cli.verify import verify
from openbanana.errors import ConfigError

app = typer.Typer(name="openbanana", help="Self-hosted Nano Banana Pro image API, and a client for it.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
app.command()(serve)
app.command()(generate)
app.command()(edit)
app.command()(chat)
app.command()(verify)
keys_app.command("c2pa")(c2pa)  # signing keys live beside API keys: `openbanana keys c2pa --init`
app.add_typer(keys_app, name="keys")
app.command()(usage)
app.add_typer(batches)
app.add_typer(store_app, name="store")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"openbanana {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="print the version")]
    = False,
) -> None:
    """Self-hosted Nano Banana Pro image API, and a client for it."""


def main(argv: Sequence[str] | None = None) -> int:
    try:
        result = app(args=list(argv) if argv is not None else None, standalone_mode=False)
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        return 130
    except ConfigError as exc:  # a setting, a file or the database that cannot be used: one line, no traceback
        console.print(f"openbanana: {escape(str(exc))}")
        return 2
    except Exception as exc:  # usage errors, from click or from the copy of click that newer typer releases carry
        show, exit_code = getattr(exc, "show", None), getattr(exc, "exit_code", None)
        if callable(show) and isinstance(exit_code, int):
            show()
            return exit_code
        raise
    return result if isinstance(result, int) else 0
