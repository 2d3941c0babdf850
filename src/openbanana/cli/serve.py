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
from rich.markup import escape
from starlette.types import ASGIApp

from openbanana.api.app import create_app
from openbanana.api.connections import ConnectionLimits, guarded_protocol
from openbanana.api.logs import configure_logging
from openbanana.cli.client import console
from openbanana.cli.demo import generate_demo_image
from openbanana.cli.settings import config_file_option, setting_option, settings_or_exit
from openbanana.config import ServerSettings, Settings
from openbanana.errors import ConfigError

LOG_LEVELS = ("critical", "error", "warning", "info", "debug")


def serve(
    host: Annotated[str | None, setting_option("host")] = None,
    port: Annotated[int | None, setting_option("port")] = None,
    data_dir: Annotated[Path | None, setting_option("data_dir")] = None,
    database_url: Annotated[str | None, setting_option("database_url")] = None,
    blob_url: Annotated[str | None, setting_option("blob_url")] = None,
    blob_endpoint_url: Annotated[str | None, setting_option("blob_endpoint_url")] = None,
    api_key: Annotated[list[str] | None, setting_option("api_keys", repeatable=True)] = None,
    insecure: Annotated[bool, setting_option("insecure")] = False,
    model: Annotated[list[str] | None, setting_option("served_models", repeatable=True)] = None,
    hide_model: Annotated[list[str] | None, setting_option("hidden_models", repeatable=True)] = None,
    model_engine: Annotated[list[str] | None, setting_option("model_engines", repeatable=True)] = None,
    output_mime_type: Annotated[str | None, setting_option("output_mime_type")] = None,
    jpeg_quality: Annotated[int | None, setting_option("jpeg_quality")] = None,
    max_request_bytes: Annotated[int | None, setting_option("max_request_bytes")] = None,
    max_input_pixels: Annotated[int | None, setting_option("max_input_pixels")] = None,
    max_decoded_bytes: Annotated[int | None, setting_option("max_decoded_bytes")] = None,
    head_timeout_seconds: Annotated[float | None, setting_option("head_timeout_seconds")] = None,
    body_timeout_seconds: Annotated[float | None, setting_option("body_timeout_seconds")] = None,
    max_connections: Annotated[int | None, setting_option("max_connections")] = None,
    shutdown_timeout_seconds: Annotated[int | None, setting_option("shutdown_timeout_seconds")] = None,
    cors_origin: Annotated[list[str] | None, setting_option("cors_origins", repeatable=True)] = None,
    stream_keepalive_seconds: Annotated[float | None, setting_option("stream_keepalive_seconds")] = None,
    engine: Annotated[str | None, setting_option("engine")] = None,
    profile: Annotated[str | None, setting_option("profile")] = None,
    profiles_file: Annotated[Path | None, setting_option("profiles_file")] = None,
    preload: Annotated[bool, setting_option("preload")] = False,
    strict_signatures: Annotated[bool, setting_option("strict_signatures")] = False,
    max_queue: Annotated[int | None, setting_option("max_queue")] = None,
    max_parallel_renders: Annotated[int | None, setting_option("max_parallel_renders")] = None,
    generation_timeout_seconds: Annotated[float | None, setting_option("generation_timeout_seconds")] = None,
    ray: Annotated[bool, typer.Option("--ray", help="serve on Ray Serve (the [cluster] extra): the HTTP app and the "
                                      "engine as deployments, on the cluster at --ray-address or a local one")] = False,
    ray_address: Annotated[str | None, setting_option("ray_address")] = None,
    demo: Annotated[bool, typer.Option(help="once serving, generate one image into ./generated_image.png")] = False,
    log_level: Annotated[str, typer.Option(help="critical, error, warning, info or debug")] = "info",
    log_format: Annotated[str | None, setting_option("log_format")] = None,
    config: Annotated[Path | None, config_file_option()] = None,
) -> None:
    """Serve the Gemini image API over HTTP."""
    flags: dict[str, Any] = {  # by the settings' public names; a switch not given leaves the environment's value
        "host": host, "port": port, "data_dir": data_dir, "database_url": database_url,
        "blob_url": blob_url, "blob_endpoint_url": blob_endpoint_url,
        "output_mime_type": output_mime_type,
        "jpeg_quality": jpeg_quality, "max_request_bytes": max_request_bytes, "max_input_pixels": max_input_pixels,
        "max_decoded_bytes": max_decoded_bytes, "head_timeout_seconds": head_timeout_seconds,
        "body_timeout_seconds": body_timeout_seconds, "max_connections": max_connections,
        "shutdown_timeout_seconds": shutdown_timeout_seconds,
        "cors_origins": ",".join(cors_origin) if cors_origin else None,
        "stream_keepalive_seconds": stream_keepalive_seconds,
        "api_keys": ",".join(api_key) if api_key else None,
        "served_models": ",".join(model) if model else None,
        "hidden_models": ",".join(hide_model) if hide_model else None,
        "model_engines": ",".join(model_engine) if model_engine else None,
        "insecure": insecure or None, "preload": preload or None,
        "strict_signatures": strict_signatures or None,
        "engine": engine, "profile": profile, "profiles_file": profiles_file, "log_format": log_format,
        "max_queue": max_queue, "max_parallel_renders": max_parallel_renders,
        "generation_timeout_seconds": generation_timeout_seconds, "ray_address": ray_address,
    }
    if log_level.lower() not in LOG_LEVELS:
        console.print(f"openbanana: --log-level must be one of {', '.join(LOG_LEVELS)}, not {log_level!r}")
        raise typer.Exit(2)
    settings = settings_or_exit({name: value for name, value in flags.items() if value is not None}, config)
    keys = settings.auth.key_set()
    configure_logging(log_level, settings.observability.log_format, secrets=keys)  # before the app logs
    if ray:
        _serve_on_ray(settings)
        return
    try:
        app = create_app(settings)
    except ConfigError as exc:  # a setting, or a file it names, that cannot be honoured
        console.print(f"openbanana: {escape(str(exc))}")
        raise typer.Exit(2) from None
    listen = settings.server
    server = uvicorn.Server(uvicorn_config(app, listen, log_level))
    if demo:
        threading.Thread(target=_run_demo, args=(server, listen, next(iter(keys), "demo")), daemon=True).start()
    server.run()


def _serve_on_ray(settings: Settings) -> None:
    try:
        from openbanana.cluster.local import serve_on_ray
    except ImportError as exc:
        console.print(f"openbanana: --ray needs the cluster extra: pip install 'openbanana[cluster]' ({exc})")
        raise typer.Exit(2) from None
    try:
        serve_on_ray(settings)
    except ConfigError as exc:
        console.print(f"openbanana: {escape(str(exc))}")
        raise typer.Exit(2) from None


def uvicorn_config(app: ASGIApp, listen: ServerSettings, log_level: str) -> uvicorn.Config:
    """How uvicorn serves `app`: the connection limits, no access log of its own, the graceful-shutdown timeout."""
    # access_log=False: uvicorn's access log prints query strings (API keys in ?key=, upload ids); ours does not.
    # log_config=None: uvicorn's loggers propagate to the handler configure_logging installed (text or JSON).
    # http=, backlog=: h11 with head and body timeouts and a connection cap (api/connections.py).
    limits = ConnectionLimits.from_settings(listen)
    return uvicorn.Config(app, host=listen.host, port=listen.port, log_level=log_level, timeout_keep_alive=75,
                          access_log=False, log_config=None, http=guarded_protocol(limits), backlog=limits.backlog,
                          timeout_graceful_shutdown=listen.shutdown_timeout_seconds)


def _run_demo(server: uvicorn.Server, listen: ServerSettings, key: str) -> None:
    while not server.started:
        if server.should_exit:
            return
        time.sleep(0.05)
    host = "127.0.0.1" if listen.host in ("0.0.0.0", "::") else listen.host
    port = server.servers[0].sockets[0].getsockname()[1] if server.servers else listen.port
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
