"""`openbanana batches submit|status|results`: many prompts through the Batch API, with the official SDK."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from google import genai
from google.genai import types
from rich.markup import escape

from openbanana.cli.client import connect, console, one_line, reported_errors
from openbanana.cli.generate import MODEL, ApiKey, BaseUrl, Google, ModelOpt, Ratio, Size, config
from openbanana.cli.images import free_path, save_image

FINISHED = {types.JobState.JOB_STATE_SUCCEEDED, types.JobState.JOB_STATE_FAILED, types.JobState.JOB_STATE_CANCELLED,
            types.JobState.JOB_STATE_EXPIRED, types.JobState.JOB_STATE_PARTIALLY_SUCCEEDED}
STEM = "generated_image"  # the same names as `generate`: generated_image.png, generated_image-2.png, …

Name = Annotated[str, typer.Argument(help="the batch's name, e.g. batches/abc123", metavar="NAME")]
OutDir = Annotated[Path, typer.Option("--output-dir", "-o", help="where to save the images (default: here)")]

batches = typer.Typer(name="batches", no_args_is_help=True,
                      help="Many prompts at once through the Batch API: submit, status, results.")


@dataclass(frozen=True)
class Stats:
    """Google's batchStats; the SDK's BatchJob drops them on the Gemini API, so they are read from the raw JSON."""

    total: int
    succeeded: int
    failed: int
    pending: int

    def __str__(self) -> str:
        done = f"{self.succeeded + self.failed} of {self.total} done"
        return f"{done}, {self.failed} failed" if self.failed else done


@dataclass(frozen=True)
class Result:
    """One request's outcome, whether the batch answered inline or in a responses file."""

    key: str
    response: types.GenerateContentResponse | None
    error: str | None


@batches.command()
def submit(prompts: Annotated[list[str], typer.Argument(
               help="a file with one prompt per line ('-': standard input), or the prompts themselves",
               metavar="PROMPTS_FILE|PROMPT...")],
           aspect_ratio: Ratio = None, size: Size = None,
           display_name: Annotated[str | None, typer.Option("--display-name", help="a label for the batch")] = None,
           wait: Annotated[bool, typer.Option("--wait", help="wait for the batch, then save its images")] = False,
           output_dir: OutDir = Path("."), model: ModelOpt = MODEL, base_url: BaseUrl = None, api_key: ApiKey = None,
           google: Google = False) -> None:
    """Submit prompts as one batch; prints its name on standard output."""
    texts = read_prompts(prompts)
    requests = [types.InlinedRequest(contents=text, config=config(aspect_ratio, size, False, None),
                                     metadata={"key": f"prompt-{index}"}) for index, text in enumerate(texts, 1)]
    connection = connect(base_url, api_key, google)
    with reported_errors(connection):
        client = connection.client()  # keep a reference: the SDK closes its HTTP client when the Client is collected
        job = client.batches.create(model=model, src=requests,
                                    config=types.CreateBatchJobConfig(display_name=display_name))
        name = job.name or ""
        console.print(f"submitted [bold]{name}[/bold] with {len(requests)} request(s)")
        typer.echo(name)
        if wait:
            _save_or_fail(client, wait_for(client, name), output_dir)


@batches.command()
def status(name: Name, base_url: BaseUrl = None, api_key: ApiKey = None, google: Google = False) -> None:
    """Show a batch's state and how many of its requests are done."""
    connection = connect(base_url, api_key, google)
    with reported_errors(connection):
        client = connection.client()
        job = client.batches.get(name=name)
        stats = batch_stats(client, name)
    console.print(f"[bold]{job.name}[/bold]  {state_name(job)}")
    if job.display_name:
        console.print(f"  display name  {job.display_name}")
    console.print(f"  model         {job.model}")
    ended = f", ended {_when(job.end_time)}" if job.end_time else ""
    console.print(f"  created       {_when(job.create_time)}{ended}")
    if stats is not None:
        console.print(f"  requests      {stats}")


@batches.command()
def results(name: Name, output_dir: OutDir = Path("."), base_url: BaseUrl = None, api_key: ApiKey = None,
            google: Google = False) -> None:
    """Save a finished batch's images; exit status 1 if any request failed."""
    connection = connect(base_url, api_key, google)
    with reported_errors(connection):
        client = connection.client()
        job = client.batches.get(name=name)
        if job.state not in FINISHED:
            console.print(f"{job.name} is {state_name(job)}: no results yet "
                          f"(`openbanana batches status {job.name}` shows its progress)")
            raise typer.Exit(1)
        _save_or_fail(client, job, output_dir)


def read_prompts(arguments: list[str]) -> list[str]:
    """One argument naming a file (or '-') → its non-empty lines, except `#` comments; otherwise the arguments."""
    if len(arguments) == 1 and (arguments[0] == "-" or Path(arguments[0]).is_file()):
        text = sys.stdin.read() if arguments[0] == "-" else Path(arguments[0]).read_text(encoding="utf-8")
        lines = [line.strip() for line in text.splitlines()]
        texts = [line for line in lines if line and not line.startswith("#")]
    else:
        texts = [a for a in arguments if a.strip()]
    if not texts:
        raise typer.BadParameter("no prompts given", param_hint="PROMPTS_FILE|PROMPT...")
    return texts


def wait_for(client: genai.Client, name: str) -> types.BatchJob:
    """Poll with a live status line (state and counts) until the batch ends; polls back off from 0.5 s to 10 s."""
    interval = 0.5
    started = time.monotonic()
    with console.status(f"{name}: submitted") as live:
        while True:
            job = client.batches.get(name=name)
            if job.state in FINISHED:
                return job
            stats = batch_stats(client, name)
            counts = f" — {stats}" if stats is not None else ""
            live.update(f"{name}: {state_name(job)}{counts} ({time.monotonic() - started:.0f}s)")
            time.sleep(interval)
            interval = min(interval * 1.5, 10.0)


def batch_stats(client: genai.Client, name: str) -> Stats | None:
    """metadata.batchStats of the batch (int64s as strings), through the SDK's own authenticated request."""
    try:
        raw = client._api_client.request("get", name, {})  # the typed BatchJob has no place for them
        counts: dict[str, Any] = json.loads(raw.body or "{}").get("metadata", {}).get("batchStats", {})
        return Stats(*(int(counts.get(f"{field}Count", 0)) for field in ("request", "successfulRequest",
                                                                          "failedRequest", "pendingRequest")))
    except (AttributeError, TypeError, ValueError):  # an SDK or server without them: show the state only
        return None


def state_name(job: types.BatchJob) -> str:
    return job.state.name.removeprefix("JOB_STATE_").lower() if job.state else "unknown"


def _save_or_fail(client: genai.Client, job: types.BatchJob, output_dir: Path) -> None:
    if job.state != types.JobState.JOB_STATE_SUCCEEDED:
        reason = f": {job.error.message}" if job.error and job.error.message else ""
        console.print(f"{job.name} {state_name(job)}{reason}")
    failed = save_results(job_results(client, job), output_dir)
    if failed or job.state != types.JobState.JOB_STATE_SUCCEEDED:
        raise typer.Exit(1)


def job_results(client: genai.Client, job: types.BatchJob) -> Iterator[Result]:
    """Inlined responses, or the lines of the responses file (downloaded through the Files API)."""
    dest = job.dest
    if dest is not None and dest.inlined_responses is not None:
        for index, item in enumerate(dest.inlined_responses, 1):
            error = f"error {item.error.code}: {one_line(item.error.message or '')}" if item.error else None
            yield Result(_key(item.metadata, index), item.response, error)
    elif dest is not None and dest.file_name:
        lines = client.files.download(file=dest.file_name).decode("utf-8").splitlines()
        for index, line in enumerate(filter(None, lines), 1):
            entry: dict[str, Any] = json.loads(line)
            status = entry.get("error") or entry.get("status")
            error = (f"error {status.get('code')}: {one_line(str(status.get('message', '')))}"
                     if isinstance(status, dict) else None)
            response = entry.get("response")
            yield Result(str(entry.get("key") or index), types.GenerateContentResponse.model_validate(response)
                         if response is not None else None, error)


def save_results(items: Iterator[Result], output_dir: Path) -> int:
    """Save each final image under the `generate` names; print one line per request. → how many failed."""
    failed = 0
    for item in items:
        paths = [_save(part, output_dir) for part in _final_images(item.response)]
        blocked = item.response.prompt_feedback if item.response is not None else None
        if item.error or not paths:
            failed += 1
            why = item.error or (f"prompt blocked: {blocked.block_reason}" if blocked and blocked.block_reason
                                 else "no image in the answer")
            console.print(f"{escape(item.key)}: [red]{escape(why)}[/red]", highlight=False)
        for path in paths:
            console.print(f"{escape(item.key)}: image saved to [bold]{path}[/bold]")
    return failed


def _final_images(response: types.GenerateContentResponse | None) -> list[types.Part]:
    parts = (response.parts or []) if response is not None else []
    return [p for p in parts if p.inline_data is not None and p.inline_data.data and not p.thought]


def _save(part: types.Part, output_dir: Path) -> Path:
    assert part.inline_data is not None and part.inline_data.data is not None
    mime = part.inline_data.mime_type or "image/png"
    return save_image(part.inline_data.data, mime, free_path(STEM, mime, output_dir), STEM)


def _key(metadata: dict[str, str] | None, index: int) -> str:
    return (metadata or {}).get("key") or f"request {index}"


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC" if moment is not None else "-"
