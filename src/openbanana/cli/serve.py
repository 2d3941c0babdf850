"""`openbanana serve`: settings from flags and environment, then uvicorn; argument handling only."""

from __future__ import annotations

import json
import logging
import threading
import time
import urllib.error
from pathlib import Path
from typing import Annotated, Any

import typer
import uvicorn

from openbanana.api.app import create_app
from openbanana.api.logs import configure_logging
from openbanana.cli.client import console
from openbanana.cli.demo import generate_demo_image
from openbanana.cli.settings import settings_or_exit
from openbanana.config import Settings
from openbanana.errors import ConfigError

LOG_LEVELS = ("critical", "error", "warning", "info", "debug")


def serve(
    host: Annotated[str | None, typer.Option(help="address to bind (default 127.0.0.1)")] = None,
    port: Annotated[int | None, typer.Option(help="port (default 8000)")] = None,
    data_dir: Annotated[Path | None, typer.Option(help="where state lives (default ~/.openbanana)")] = None,
    api_key: Annotated[list[str] | None, typer.Option(help="accepted API key; repeat for several")] = None,
    insecure: Annotated[bool, typer.Option(help="allow serving without keys on a non-loopback address")] = False,
    model: Annotated[list[str] | None, typer.Option(help="extra served model name; repeat for several")] = None,
    output_mime_type: Annotated[str | None, typer.Option(help="image/png (default), image/jpeg or image/webp")] = None,
    jpeg_quality: Annotated[int | None, typer.Option(help="quality of JPEG/WebP output, 1-100 (default 90)")] = None,
    max_request_bytes: Annotated[int | None, typer.Option(help="largest accepted request body (32 MiB)")] = None,
    stream_keepalive_seconds: Annotated[float | None, typer.Option(help="idle-stream keep-alive interval")] = None,
    engine: Annotated[str | None, typer.Option(help="image engine: draft (default) or diffusers")] = None,
    profile: Annotated[str | None, typer.Option(help="diffusers profile: z-image-turbo, qwen-image, sd-turbo…")] = None,
    profiles_file: Annotated[Path | None, typer.Option(help="TOML file of [profiles.NAME] tables")] = None,
    preload: Annotated[bool, typer.Option(help="diffusers engine: load the weights at start, in the background")]
    = False,
    strict_signatures: Annotated[bool, typer.Option(
        help="reject chat history whose model images or first text lack their thoughtSignature, as Google does",
    )] = False,
    max_queue: Annotated[int | None, typer.Option(help="generations that may wait for an engine slot (429 beyond)")]
    = None,
    max_parallel_renders: Annotated[int | None, typer.Option(help="engine slots (default: what the engine declares)")]
    = None,
    generation_timeout_seconds: Annotated[float | None, typer.Option(
        help="deadline of one generation (504 DEADLINE_EXCEEDED; default 300)")] = None,
    demo: Annotated[bool, typer.Option(help="once serving, generate one image into ./generated_image.png")] = False,
    log_level: Annotated[str, typer.Option(help="critical, error, warning, info or debug")] = "info",
    log_format: Annotated[str | None, typer.Option(help="text (default) or json: one JSON object per line")] = None,
) -> None:
    """Serve the Gemini image API over HTTP."""
    overrides: dict[str, Any] = {
        name: value for name, value in {
            "host": host, "port": port, "data_dir": data_dir, "output_mime_type": output_mime_type,
            "jpeg_quality": jpeg_quality, "max_request_bytes": max_request_bytes,
            "stream_keepalive_seconds": stream_keepalive_seconds,
            "api_keys": ",".join(api_key) if api_key else None,
            "served_models": ",".join(model) if model else None,
            "insecure": insecure or None, "preload": preload or None,
            "strict_signatures": strict_signatures or None,
            "engine": engine, "profile": profile, "profiles_file": profiles_file, "log_format": log_format,
            "max_queue": max_queue, "max_parallel_renders": max_parallel_renders,
            "generation_timeout_seconds": generation_timeout_seconds,
        }.items() if value is not None
    }
    if log_level.lower() not in LOG_LEVELS:
        console.print(f"openbanana: --log-level must be one of {', '.join(LOG_LEVELS)}, not {log_level!r}")
        raise typer.Exit(2)
    settings = settings_or_exit(overrides)
    configure_logging(log_level, settings.log_format, secrets=settings.key_set())  # before the app logs
    try:
        app = create_app(settings)
    except ConfigError as exc:  # a setting, or a file it names, that cannot be honoured
        console.print(f"openbanana: {exc}")
        raise typer.Exit(2) from None
    # access_log=False: uvicorn's access log prints query strings (API keys in ?key=, upload ids); ours does not.
    # log_config=None: uvicorn's loggers propagate to the handler configure_logging installed (text or JSON).
    server = uvicorn.Server(uvicorn.Config(app, host=settings.host, port=settings.port, log_level=log_level,
                                           timeout_keep_alive=75, access_log=False, log_config=None))
    if demo:
        key = next(iter(settings.key_set()), "demo")
        threading.Thread(target=_run_demo, args=(server, settings, key), daemon=True).start()
    server.run()


def _run_demo(server: uvicorn.Server, settings: Settings, key: str) -> None:
    while not server.started:
        if server.should_exit:
            return
        time.sleep(0.05)
    host = "127.0.0.1" if settings.host in ("0.0.0.0", "::") else settings.host
    port = server.servers[0].sockets[0].getsockname()[1] if server.servers else settings.port
    base = f"http://{host}:{port}"
    try:
        out = generate_demo_image(base, key, Path("generated_image.png").resolve())
    except urllib.error.HTTPError as exc:
        logging.getLogger("openbanana").error("demo request failed: %s%s", _error_message(exc), _key_hint(exc))
        return
    except Exception as exc:
        logging.getLogger("openbanana").error("demo request failed: %s", exc)
        return
    print(f"openbanana: demo image saved to {out} (served at {base}; Ctrl-C to stop)", flush=True)


def _error_message(exc: urllib.error.HTTPError) -> str:
    """The message of Google's error envelope, else the HTTP status line."""
    try:
        return str(json.loads(exc.read())["error"]["message"])
    except (ValueError, KeyError, TypeError, OSError):
        return str(exc)


def _key_hint(exc: urllib.error.HTTPError) -> str:
    if exc.code in (400, 403):
        return " (this server requires API keys: pass one with --api-key, it is accepted alongside stored keys)"
    return ""
