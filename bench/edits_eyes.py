"""Render the everyday photo-edit requests of bench/data/edits_eyes.jsonl (or another set) through a real server and
the official google-genai SDK, and lay each answer beside its input photo on one sheet per request, for a person to
score.

Why: whether an edit was done to the photo, looks acceptable, and whether the answer text is honest about it can only
be judged by looking; no figure here is a score. Each request is sent as an app would send it (the photo inline, the
prompt, TEXT and IMAGE modalities, 1K unless the line names an aspect ratio); the sheet shows the input, the output,
the prompt and the answer text, and `answers.json` keeps the answers for the record.

Photos: a name in tests/data/photos/, or `skimage:NAME` for a sample image shipped in scikit-image's wheel (photos the
edit tests never use); `+watermark` stamps a semi-transparent stock-photo mark across it first, as a user's
download would have; `+datestamp` prints an orange camera date in the bottom-right corner. Two or more photos are
combined requests.

Run: `.venv/bin/python bench/edits_eyes.py --out /tmp/edits-eyes` (about a minute on 2 cores), `--only ID,ID`;
`--set bench/data/edits_eyes2.jsonl` for the second round's 30 requests, `--set bench/data/edits_eyes3.jsonl` for the
third round's 30, `--set bench/data/edits_eyes4.jsonl` for the fourth round's 30,
`--set bench/data/edits_eyes5.jsonl` for the fifth round's 30,
`--set bench/data/edits_eyes6.jsonl` for the sixth round's 30,
`--set bench/data/edits_eyes7.jsonl` for the seventh round's 30,
`--set bench/data/edits_eyes8.jsonl` for the eighth round's 30,
`--set bench/data/edits_eyes9.jsonl` for the ninth round's 30,
`--set bench/data/edits_eyes10.jsonl` for the tenth round's 30,
`--set bench/data/edits_eyes11.jsonl` for the eleventh round's 30,
`--set bench/data/edits_eyes12.jsonl` for the twelfth round's 30,
`--set bench/data/edits_eyes13.jsonl` for the thirteenth round's 30,
`--set bench/data/edits_eyes14.jsonl` for the fourteenth round's 30,
`--set bench/data/edits_eyes15.jsonl` for the fifteenth round's 30,
`--set bench/data/edits_eyes16.jsonl` for the sixteenth round's 30,
`--set bench/data/edits_eyes17.jsonl` for the seventeenth round's 30,
`--set bench/data/edits_eyes18.jsonl` for the eighteenth round's 30,
`--set bench/data/edits_eyes19.jsonl` for the nineteenth round's 30,
`--set bench/data/edits_eyes20.jsonl` for the twentieth round's 30,
`--set bench/data/edits_eyes21.jsonl` for the twenty-first round's 30.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import textwrap
from pathlib import Path
from typing import Any

from google import genai
from google.genai import types
from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.serving, when run as a script

from bench.serving import running_server

from openbanana.imaging.drawing.fonts import text_font

ROOT = Path(__file__).resolve().parents[1]
PHOTOS = ROOT / "tests" / "data" / "photos"
REQUESTS = ROOT / "bench" / "data" / "edits_eyes.jsonl"
MODEL = "gemini-3-pro-image-preview"
PANEL = 560  # the long side of each photo on a sheet


def load_photo(spec: str) -> Image.Image:
    """A photo by its name in the data set (see the module docstring)."""
    name, _, extra = spec.partition("+")
    if name.startswith("skimage:"):
        import skimage

        image = Image.open(Path(skimage.__file__).parent / "data" / name.removeprefix("skimage:")).convert("RGB")
    else:
        image = Image.open(PHOTOS / name).convert("RGB")
    marks = {"watermark": stamped, "datestamp": dated}
    return marks[extra](image) if extra else image


def stamped(image: Image.Image) -> Image.Image:
    """A stock-photo watermark: large pale words across the middle and a small credit in a corner."""
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    width, height = image.size
    big = text_font("sans-bold", height // 7)
    draw.text((width / 2, height / 2), "PHOTOSTOCK", font=big, anchor="mm", fill=(255, 255, 255, 110))
    small = text_font("sans", height // 28)
    draw.text((width - 12, height - 12), "© photostock.example", font=small, anchor="rd", fill=(255, 255, 255, 170))
    return Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB")


def dated(image: Image.Image) -> Image.Image:
    """A film camera's date stamp: orange digits in the bottom-right corner."""
    marked = image.copy()
    draw = ImageDraw.Draw(marked)
    font = text_font("sans-bold", max(12, image.height // 16))
    draw.text((image.width - image.width // 20, image.height - image.height // 20), "'98 7 14", font=font,
              anchor="rd", fill=(255, 140, 40))
    return marked


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def ask(client: genai.Client, request: dict[str, Any], photos: list[Image.Image]) -> tuple[Image.Image | None, str]:
    """One request as an app sends it: the answer's image (None if there was none) and its text."""
    parts: list[Any] = [types.Part.from_bytes(data=png_bytes(p), mime_type="image/png") for p in photos]
    image_config = types.ImageConfig(image_size="1K", aspect_ratio=request.get("aspect_ratio"))
    response = client.models.generate_content(
        model=MODEL, contents=[*parts, request["prompt"]],
        config=types.GenerateContentConfig(response_modalities=["TEXT", "IMAGE"], image_config=image_config,
                                           seed=request.get("seed", 7)))
    text, image = [], None
    for part in response.candidates[0].content.parts if response.candidates and response.candidates[0].content \
            and response.candidates[0].content.parts else []:
        if part.thought:
            continue
        if part.text:
            text.append(part.text)
        if part.inline_data and part.inline_data.data:
            image = Image.open(io.BytesIO(part.inline_data.data)).convert("RGB")
    blocked = response.prompt_feedback.block_reason if response.prompt_feedback else None
    if blocked and not text:  # a refusal has no text of its own: the sheet says why there is no picture
        text.append(f"[no answer: the request was blocked, {blocked.value}]")
    return image, " ".join(text)


def sheet(request: dict[str, Any], photos: list[Image.Image], output: Image.Image | None, answer: str) -> Image.Image:
    """The inputs and the output side by side, the prompt and the answer text under them."""
    panels = [fit(p) for p in photos] + [fit(output) if output else Image.new("RGB", (PANEL, PANEL), "grey")]
    gap, lines = 12, [*textwrap.wrap(f"“{request['prompt']}”", 110), "", *textwrap.wrap(answer, 110)]
    font = text_font("sans", 17)
    width = sum(p.width for p in panels) + gap * (len(panels) + 1)
    height = max(p.height for p in panels) + gap * 2 + 24 * len(lines) + gap
    board = Image.new("RGB", (width, height), "white")
    x = gap
    for panel in panels:
        board.paste(panel, (x, gap))
        x += panel.width + gap
    draw = ImageDraw.Draw(board)
    y = max(p.height for p in panels) + gap * 2
    for line in lines:
        draw.text((gap, y), line, font=font, fill="black")
        y += 24
    return board


def fit(image: Image.Image) -> Image.Image:
    scale = PANEL / max(image.size)
    return image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--only", default="", help="comma-separated request ids")
    parser.add_argument("--set", type=Path, default=REQUESTS, help="a JSON-lines file of requests")
    args = parser.parse_args()
    wanted = {i for i in args.only.split(",") if i}
    requests = [json.loads(line) for line in args.set.read_text().splitlines() if line.strip()]
    args.out.mkdir(parents=True, exist_ok=True)
    answers = {}
    with running_server() as server:
        client = genai.Client(api_key="bench", http_options=types.HttpOptions(base_url=server.base_url))
        for request in requests:
            if wanted and request["id"] not in wanted:
                continue
            photos = [load_photo(spec) for spec in request["photos"]]
            output, answer = ask(client, request, photos)
            sheet(request, photos, output, answer).save(args.out / f"{request['id']}.png")
            answers[request["id"]] = {"prompt": request["prompt"], "answer": answer}
            print(f"{request['id']}: {answer}", flush=True)
    (args.out / "answers.json").write_text(json.dumps(answers, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
