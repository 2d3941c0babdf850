"""`openbanana serve`: settings from flags and environment, then uvicorn; argument handling only."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Annotated, Any

import typer
import uvicorn
from pydantic import ValidationError

from openbanana.api.app import InsecureBindError, create_app
from openbanana.cli.client import console
from openbanana.cli.demo import generate_demo_image
from openbanana.config import Settings
from openbanana.engines.base import EngineConfigError
from openbanana.safety.profiles import SafetyConfigError


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
    strict_signatures: Annotated[bool, typer.Option(
        help="reject chat history whose model images or first text lack their thoughtSignature, as Google does",
    )] = False,
    demo: Annotated[bool, typer.Option(help="once serving, generate one image into ./generated_image.png")] = False,
    log_level: Annotated[str, typer.Option(help="critical, error, warning, info or debug")] = "info",
) -> None:
    """Serve the Gemini image API over HTTP."""
    overrides: dict[str, Any] = {
        name: value for name, value in {
            "host": host, "port": port, "data_dir": data_dir, "output_mime_type": output_mime_type,
            "jpeg_quality": jpeg_quality, "max_request_bytes": max_request_bytes,
            "stream_keepalive_seconds": stream_keepalive_seconds,
            "api_keys": ",".join(api_key) if api_key else None,
            "served_models": ",".join(model) if model else None,
            "insecure": insecure or None,
            "strict_signatures": strict_signatures or None,
            "engine": engine, "profile": profile, "profiles_file": profiles_file,
        }.items() if value is not None
    }
    try:
        settings = Settings(**overrides)
        app = create_app(settings)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors(include_url=False))
        console.print(f"openbanana: invalid setting ({problems})")
        raise typer.Exit(2) from None
    except (InsecureBindError, SafetyConfigError, EngineConfigError) as exc:
        console.print(f"openbanana: {exc}")
        raise typer.Exit(2) from None
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # access_log=False: uvicorn's access log prints query strings (API keys in ?key=, upload ids); ours does not.
    server = uvicorn.Server(uvicorn.Config(app, host=settings.host, port=settings.port, log_level=log_level,
                                           timeout_keep_alive=75, access_log=False))
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
    except Exception as exc:
        logging.getLogger("openbanana").error("demo request failed: %s", exc)
        return
    print(f"openbanana: demo image saved to {out} (served at {base}; Ctrl-C to stop)", flush=True)
