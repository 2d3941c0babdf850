"""`openbanana serve`: argument parsing only; everything else lives in the api and service layers."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import uvicorn
from pydantic import ValidationError

from openbanana import __version__
from openbanana.api.app import InsecureBindError, create_app
from openbanana.cli.demo import generate_demo_image
from openbanana.config import Settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="openbanana", description="Self-hosted Nano Banana Pro image API.")
    parser.add_argument("--version", action="version", version=f"openbanana {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the Gemini image API over HTTP")
    serve.add_argument("--host", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default 8000)")
    serve.add_argument("--data-dir", type=Path, help="where state lives (default ~/.openbanana)")
    serve.add_argument("--api-key", action="append", default=[], help="accepted API key; repeat for several")
    serve.add_argument("--insecure", action="store_true", help="allow serving without keys on a non-loopback address")
    serve.add_argument("--model", action="append", default=[], help="extra served model name; repeat for several")
    serve.add_argument("--output-mime-type", choices=["image/png", "image/jpeg", "image/webp"],
                       help="default encoding of generated images (default image/png)")
    serve.add_argument("--jpeg-quality", type=int, help="quality of JPEG/WebP output, 1-100 (default 90)")
    serve.add_argument("--max-request-bytes", type=int, help="largest accepted request body (default 32 MiB)")
    serve.add_argument("--stream-keepalive-seconds", type=float,
                       help="blank-line keep-alive interval on idle streams (default 5)")
    serve.add_argument("--demo", action="store_true",
                       help="once serving, generate one image through the API into ./generated_image.png")
    serve.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    return parser


def settings_from(args: argparse.Namespace) -> Settings:
    overrides: dict[str, object] = {}
    for name in ("host", "port", "data_dir", "output_mime_type", "jpeg_quality", "max_request_bytes",
                 "stream_keepalive_seconds"):
        if getattr(args, name) is not None:
            overrides[name] = getattr(args, name)
    if args.api_key:
        overrides["api_keys"] = ",".join(args.api_key)
    if args.model:
        overrides["served_models"] = ",".join(args.model)
    if args.insecure:
        overrides["insecure"] = True
    return Settings(**overrides)  # type: ignore[arg-type]


def serve(args: argparse.Namespace) -> int:
    try:
        settings = settings_from(args)
        app = create_app(settings)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors(include_url=False))
        print(f"openbanana: invalid setting ({problems})", file=sys.stderr)
        return 2
    except InsecureBindError as exc:
        print(f"openbanana: {exc}", file=sys.stderr)
        return 2
    server = uvicorn.Server(uvicorn.Config(app, host=settings.host, port=settings.port, log_level=args.log_level,
                                           timeout_keep_alive=75))
    if args.demo:
        key = next(iter(settings.key_set()), "demo")
        threading.Thread(target=_run_demo, args=(server, settings, key), daemon=True).start()
    server.run()
    return 0


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


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "serve":
        return serve(args)
    return 2
