"""`openbanana verify IMAGE...`: ask the server whether each image carries its watermark and an intact C2PA manifest."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Annotated, Any

import httpx
import typer

from openbanana.cli.client import DEFAULT_BASE_URL, console
from openbanana.cli.generate import ApiKey, BaseUrl


def verify(images: Annotated[list[Path], typer.Argument(help="image files to check")],
           as_json: Annotated[bool, typer.Option("--json", help="one JSON object per image on stdout")] = False,
           base_url: BaseUrl = None, api_key: ApiKey = None) -> None:
    """Check images for the server's invisible watermark and their C2PA manifest.

    Exit status 0 only when every image is marked, its mark does not belong to another picture (a transplanted
    mark), and none carries a manifest that fails validation.
    """
    url = f"{(base_url or DEFAULT_BASE_URL).rstrip('/')}/v1beta/openbanana:verifyImage"
    all_marked = True
    with httpx.Client(timeout=60, headers={"x-goog-api-key": api_key or "local"}) as http:
        for path in images:
            answer = _verify_one(http, url, path)
            manifest = answer.get("c2pa") or {}
            all_marked &= bool(answer.get("watermark", {}).get("found")) and answer.get("origin") != "mismatch"
            all_marked &= not manifest.get("present") or bool(manifest.get("valid"))  # a broken seal fails too
            if as_json:
                typer.echo(json.dumps({"file": str(path), **answer}))
            else:
                _show(path, answer)
    if not all_marked:
        raise typer.Exit(1)


def _verify_one(http: httpx.Client, url: str, path: Path) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return {"error": {"message": str(exc)}}
    try:
        response = http.post(url, json={"image": {"data": base64.b64encode(data).decode()}})
    except httpx.TransportError as exc:
        console.print(f"[red]cannot reach {url}[/red] ({type(exc).__name__}) — is `openbanana serve` running?")
        raise typer.Exit(1) from None
    answer: dict[str, Any] = response.json()
    return answer


def _show(path: Path, answer: dict[str, Any]) -> None:
    if "error" in answer:
        console.print(f"{path}: [red]error[/red] {answer['error'].get('message')}")
        return
    mark = answer["watermark"]
    if mark["found"]:
        console.print(f"{path}: [green]watermark found[/green] (confidence {mark['confidence']:.2f}, "
                      f"payload {mark['payload']})")
    else:
        console.print(f"{path}: [yellow]no watermark found[/yellow] (confidence {mark['confidence']:.2f})")
    if summary := answer.get("summary"):
        console.print(f"  {summary}")
    if record := answer.get("record"):
        console.print(f"  made here {record['createTime']} by {record['model']}, "
                      f"{record['width']}×{record['height']} {record['mimeType']}")
    if provenance := answer.get("provenance"):
        console.print(f"  metadata: {provenance.get('digitalSourceType', '-')} ({provenance.get('creatorTool', '-')})")
    if manifest := answer.get("c2pa"):
        console.print(f"  C2PA: {_c2pa_line(manifest)}")


def _c2pa_line(manifest: dict[str, Any]) -> str:
    if not manifest["present"]:
        return "no manifest"
    signed = f"signed by {manifest['signer']} ({manifest['issuer']}), generator {manifest['claimGenerator']}"
    if not manifest["valid"]:
        return f"[red]manifest INVALID[/red], {signed}: {'; '.join(manifest['errors'])}"
    trust = ("[green]trusted[/green]" if manifest["trusted"]
             else "[yellow]signer not on this server's trust list[/yellow]")
    return f"[green]manifest valid[/green], {trust}, {signed}"
