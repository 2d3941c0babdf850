"""`generate`, `edit` and `chat`: stream a turn, show thoughts and progress, save the images."""

from __future__ import annotations

import mimetypes
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated

import typer
from google.genai import types
from rich.markdown import Markdown

from openbanana.cli.client import Connection, connect, console, reported_errors
from openbanana.cli.images import save_image

MODEL = "gemini-3-pro-image-preview"

Ratio = Annotated[str | None, typer.Option("--aspect-ratio", "-a", help="e.g. 16:9 (default: 1:1 or the input's)")]
Size = Annotated[str | None, typer.Option("--size", "-s", help="1K, 2K or 4K (default 1K)")]
Out = Annotated[Path | None, typer.Option("--output", "-o", help="where to save the image")]
Thoughts = Annotated[bool, typer.Option("--thoughts", help="show the model's thinking and save its draft images")]
Seed = Annotated[int | None, typer.Option("--seed", help="same seed + same request → same image")]
ModelOpt = Annotated[str, typer.Option("--model", "-m", help="served model name")]
BaseUrl = Annotated[str | None, typer.Option("--base-url", envvar="OPENBANANA_BASE_URL", help="server URL")]
ApiKey = Annotated[str | None, typer.Option("--api-key", help="API key (default: $GEMINI_API_KEY)")]
Google = Annotated[bool, typer.Option("--google", help="talk to Google's Gemini API instead (needs GEMINI_API_KEY)")]


def config(ratio: str | None, size: str | None, thoughts: bool, seed: int | None) -> types.GenerateContentConfig:
    image = types.ImageConfig(aspect_ratio=ratio, image_size=size) if ratio or size else None
    return types.GenerateContentConfig(
        image_config=image,
        seed=seed,
        thinking_config=types.ThinkingConfig(include_thoughts=True) if thoughts else None,
    )


def show_turn(chunks: Iterable[types.GenerateContentResponse], *, out: Path | None, stem: str,
              thoughts: bool) -> list[Path]:
    """Print text and thoughts as they stream in, with a live elapsed-time status; save every image part."""
    saved: list[Path] = []
    started = time.monotonic()
    feedback = None
    with console.status("Thinking…") as status:
        for chunk in chunks:
            feedback = chunk.prompt_feedback or feedback
            for part in chunk.parts or []:
                status.update(f"Generating… {time.monotonic() - started:.1f}s")
                if part.text and part.thought:
                    console.print(Markdown(part.text), style="dim")
                elif part.text:
                    console.print(part.text)
                elif part.inline_data and part.inline_data.data:
                    if part.thought and not thoughts:
                        continue
                    mime = part.inline_data.mime_type or "image/png"
                    name = f"{stem}.thought" if part.thought else stem
                    path = save_image(part.inline_data.data, mime, None if part.thought else out, name)
                    saved.append(path)
                    console.print(f"{'draft' if part.thought else 'image'} saved to [bold]{path}[/bold]")
            reason = chunk.candidates[0].finish_reason if chunk.candidates else None
            if reason and reason != types.FinishReason.STOP:
                console.print(f"[yellow]finished with {reason}[/yellow]")
    if feedback is not None and feedback.block_reason:
        console.print(f"[yellow]prompt blocked: {feedback.block_reason}[/yellow]")
    console.print(f"done in {time.monotonic() - started:.1f}s")
    return saved


def generate(prompt: Annotated[str, typer.Argument(help="what to draw")], aspect_ratio: Ratio = None,
             size: Size = None, output: Out = None, thoughts: Thoughts = False, seed: Seed = None,
             model: ModelOpt = MODEL, base_url: BaseUrl = None, api_key: ApiKey = None, google: Google = False) -> None:
    """Text to image."""
    connection = connect(base_url, api_key, google)
    with reported_errors(connection):
        client = connection.client()  # keep a reference: the SDK closes its HTTP client when the Client is collected
        chunks = client.models.generate_content_stream(
            model=model, contents=prompt, config=config(aspect_ratio, size, thoughts, seed))
        _require_image(show_turn(chunks, out=output, stem="generated_image", thoughts=thoughts), thoughts)


def edit(arguments: Annotated[list[str], typer.Argument(help="IMAGE... INSTRUCTION", metavar="IMAGE... INSTRUCTION")],
         aspect_ratio: Ratio = None, size: Size = None, output: Out = None, thoughts: Thoughts = False,
         seed: Seed = None, model: ModelOpt = MODEL, base_url: BaseUrl = None, api_key: ApiKey = None,
         google: Google = False) -> None:
    """Edit one or more reference images with an instruction."""
    if len(arguments) < 2:
        raise typer.BadParameter("give at least one image and then the instruction", param_hint="IMAGE... INSTRUCTION")
    images, instruction = [Path(a) for a in arguments[:-1]], arguments[-1]
    connection = connect(base_url, api_key, google)
    with reported_errors(connection):
        parts = [types.Part.from_bytes(data=p.read_bytes(), mime_type=_mime(p)) for p in images]
        parts.append(types.Part.from_text(text=instruction))
        client = connection.client()
        chunks = client.models.generate_content_stream(
            model=model, contents=types.Content(role="user", parts=parts),
            config=config(aspect_ratio, size, thoughts, seed))
        _require_image(show_turn(chunks, out=output, stem="edited_image", thoughts=thoughts), thoughts)


def chat(aspect_ratio: Ratio = None, size: Size = None, thoughts: Thoughts = False, model: ModelOpt = MODEL,
         base_url: BaseUrl = None, api_key: ApiKey = None, google: Google = False) -> None:
    """Multi-turn editing: each line you type is one turn; the last image is the base of the next edit."""
    connection = connect(base_url, api_key, google)
    with reported_errors(connection):
        client = connection.client()
        session = client.chats.create(model=model, config=config(aspect_ratio, size, thoughts, None))
        console.print("chat: type a message per line; an empty line or /quit ends")
        for line in _lines():
            show_turn(session.send_message_stream(line), out=None, stem="chat_image", thoughts=thoughts)


def _lines() -> Iterator[str]:
    for raw in sys.stdin:
        line = raw.strip()
        if not line or line == "/quit":
            return
        yield line


def _mime(path: Path) -> str:
    guessed = mimetypes.guess_type(path.name)[0]
    return guessed if guessed and guessed.startswith("image/") else "image/png"


def _require_image(saved: list[Path], thoughts: bool) -> None:
    finals = [p for p in saved if ".thought" not in p.name] if thoughts else saved
    if not finals:
        raise typer.Exit(1)


__all__ = ["Connection", "chat", "edit", "generate"]
