"""Text fidelity of the draft engine: OCR (rapidocr, PP-OCR) reads the rendered text back; we report the CER.

For every prompt in bench/data/draft_text_prompts.jsonl (posters, banners, labels: mixed case, digits, punctuation,
1-40 words), the rules planner plans it, the draft engine renders it at 1K in the prompt's aspect ratio, and
rapidocr reads the image. The reference is the prompt's quoted strings in order; the hypothesis is the OCR boxes
sorted into lines (by their vertical centre) and left to right. The headline figure counts the OCR boxes whose
centre lies in the plan's text boxes (what the engine set as text); the whole-image figure also counts what OCR
imagines elsewhere (a sparkle read as "+", a pictogram's detail as "1"), which is not a text-rendering error but is
reported too. Both have all whitespace removed (wrapping
changes where lines break, not what is written), and the character error rate is the Levenshtein distance over the
reference length. Case and punctuation count.

`--documents` measures the layout templates instead (bench/data/document_prompts.jsonl: menus, steps, diagrams,
comics, posters with buttons, quote cards, covers, logos, social posts, cards, labels): every string the prompt asked
for, item and price apart, counts as exact when the OCR boxes whose centre lies in its set text's box read it back
character for character (whitespace removed); a string the planner or the engine left out counts as missed (and the
answer says so). The figure is the exact-match rate over all strings.

Run: `.venv/bin/python bench/text_fidelity.py` (~40 s on 2 cores), `--limit N` for a smoke run, `--json` for
machine-readable output, `--save DIR` to keep the images.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.drawing.typography import fit_text
from openbanana.imaging.sizes import target_size
from openbanana.plan import Plan
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import extract_texts, plan_composition

DATA = Path(__file__).resolve().parent / "data" / "draft_text_prompts.jsonl"
DOCUMENTS = Path(__file__).resolve().parent / "data" / "document_prompts.jsonl"


def load_prompts(path: Path = DATA) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def cer(reference: str, hypothesis: str) -> float:
    ref, hyp = squash(reference), squash(hypothesis)
    return levenshtein(ref, hyp) / max(1, len(ref))


class Reader:
    """rapidocr, created once (loading its ONNX models takes about a second)."""

    def __init__(self) -> None:
        from rapidocr import RapidOCR

        self._engine = RapidOCR(params={"Global.log_level": "critical"})

    def detect(self, image: Image.Image) -> list[tuple[np.ndarray, str]]:
        result: Any = self._engine(np.asarray(image.convert("RGB")))
        boxes = getattr(result, "boxes", None)
        texts = getattr(result, "txts", None)
        if boxes is None or texts is None:
            return []
        return [(np.asarray(box, dtype=np.float64), str(text)) for box, text in zip(boxes, texts, strict=True)]

    def read(self, image: Image.Image, regions: Sequence[tuple[float, float, float, float]] | None = None) -> str:
        return reading_order(self.detect(image), regions)


def reading_order(found: list[tuple[np.ndarray, str]],
                  regions: Sequence[tuple[float, float, float, float]] | None = None) -> str:
    """The text in reading order; with `regions` (pixel boxes), only what OCR found inside them."""
    items = []
    for points, text in found:
        cx, cy = float(points[:, 0].mean()), float(points[:, 1].mean())
        if regions is not None and not any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in regions):
            continue
        items.append((cy, float(points[:, 0].min()), float(np.ptp(points[:, 1])), text))
    items.sort()
    lines: list[list[tuple[float, float, float, str]]] = []
    for item in items:  # a box joins the line whose centre is within half its height
        if lines and abs(lines[-1][-1][0] - item[0]) < item[2] / 2:
            lines[-1].append(item)
        else:
            lines.append([item])
    return "\n".join(" ".join(t for _, _, _, t in sorted(line, key=lambda i: i[1])) for line in lines)


@dataclass(frozen=True)
class Result:
    prompt: str
    aspect: str
    reference: str
    hypothesis: str  # OCR of the text areas (the blocks the plan set)
    cer: float
    whole_image: str  # OCR of the whole picture: also what OCR imagines in pictograms and sparkles
    whole_cer: float
    seconds: float


def render_prompt(prompt: str, aspect: str, image_size: str = "1K", seed: int = 7) -> tuple[Image.Image, Plan]:
    image, plan, _ = render_with_shortfalls(prompt, aspect, image_size, seed)
    return image, plan


def render_with_shortfalls(prompt: str, aspect: str, image_size: str = "1K",
                           seed: int = 7) -> tuple[Image.Image, Plan, tuple[str, ...]]:
    """The picture, its plan, and what the planner and the engine said they left out."""
    target = target_size(aspect, image_size)
    plan = plan_composition(PlanningInput(prompt, target.width, target.height, seed=seed))
    result = DraftEngine().render(RenderRequest(plan, target.width, target.height, seed=seed))
    return result.image, plan, (*plan.shortfalls, *result.shortfalls)


def read_blocks(found: list[tuple[np.ndarray, str]], plan: Plan, size: tuple[int, int]) -> list[str]:
    """What OCR read inside each text block's set box (the smallest box holding a detection's centre wins)."""
    boxes = []
    for block in plan.texts:
        fitted = fit_text(block, size)
        pad = fitted.size * 0.4
        x0, y0, x1, y1 = fitted.box
        boxes.append((x0 - pad, y0 - pad, x1 + pad, y1 + pad))
    hits: list[list[tuple[np.ndarray, str]]] = [[] for _ in boxes]
    for points, text in found:
        cx, cy = float(points[:, 0].mean()), float(points[:, 1].mean())
        inside = [i for i, (x0, y0, x1, y1) in enumerate(boxes) if x0 <= cx <= x1 and y0 <= cy <= y1]
        if inside:
            best = min(inside, key=lambda i: (boxes[i][2] - boxes[i][0]) * (boxes[i][3] - boxes[i][1]))
            hits[best].append((points, text))
    return [reading_order(h) for h in hits]


@dataclass(frozen=True)
class DocumentResult:
    prompt: str
    layout: str
    asked: int  # strings the prompt asked for (items and prices apart)
    exact: int  # of them, drawn and read back exactly
    misread: tuple[tuple[str, str], ...]  # (string, what OCR read) for those drawn but not read back exactly
    left_out: tuple[str, ...]  # strings not drawn (the answer's shortfalls say which)
    shortfalls: tuple[str, ...]


def evaluate_documents(items: Sequence[dict[str, str]], reader: Reader, save: Path | None = None
                       ) -> list[DocumentResult]:
    results = []
    for index, item in enumerate(items):
        image, plan, shortfalls = render_with_shortfalls(item["prompt"], item.get("aspect", "1:1"))
        if save is not None:
            image.save(save / f"document_{index:02d}.png")
        read = dict(zip(plan.texts, read_blocks(reader.detect(image), plan, image.size), strict=True))
        asked = [t.text for t in plan.scene.texts]
        drawn = {b.text: squash(read[b]) for b in plan.texts if b.role != "number" or b.text in asked}
        misread = tuple((t, drawn[t]) for t in asked if t in drawn and drawn[t] != squash(t))
        left_out = tuple(t for t in asked if t not in drawn)
        results.append(DocumentResult(item["prompt"], plan.layout, len(asked), len(asked) - len(misread) - len(
            left_out), misread, left_out, shortfalls))
    return results


def document_main(args: argparse.Namespace) -> None:
    items = load_prompts(DOCUMENTS)[:args.limit or None]
    results = evaluate_documents(items, Reader(), args.save)
    asked, exact = sum(r.asked for r in results), sum(r.exact for r in results)
    summary = {"prompts": len(results), "strings": asked, "exact": exact, "exact_match_rate": exact / max(1, asked),
               "left_out": sum(len(r.left_out) for r in results),
               "machine": f"{platform.machine()} {platform.python_version()}"}
    if args.json:
        print(json.dumps({"summary": summary, "results": [r.__dict__ for r in results]}, indent=2))
        return
    for r in results:
        flag = "" if r.exact == r.asked else f"  misread {list(r.misread)} left out {list(r.left_out)}"
        print(f"{r.exact:3d}/{r.asked:<3d} {r.layout:<22} {r.prompt[:70]!r}{flag}", file=sys.stderr)
    print(f"prompts {len(results)}, strings {asked}, read back exactly {exact} "
          f"({exact / max(1, asked):.1%}), left out {summary['left_out']}")


def text_regions(plan: Plan, size: tuple[int, int], margin: float = 0.02) -> list[tuple[float, float, float, float]]:
    width, height = size
    return [((b.box[0] - margin) * width, (b.box[1] - margin) * height,
             (b.box[2] + margin) * width, (b.box[3] + margin) * height) for b in plan.texts]


def evaluate(items: Sequence[dict[str, str]], reader: Reader, save: Path | None = None) -> list[Result]:
    results = []
    for index, item in enumerate(items):
        image, plan = render_prompt(item["prompt"], item.get("aspect", "1:1"))
        if save is not None:
            image.save(save / f"text_{index:02d}.png")
        started = time.perf_counter()
        found = reader.detect(image)
        whole, inside = reading_order(found), reading_order(found, text_regions(plan, image.size))
        reference = "\n".join(extract_texts(item["prompt"]))
        results.append(Result(item["prompt"], item.get("aspect", "1:1"), reference, inside, cer(reference, inside),
                              whole, cer(reference, whole), time.perf_counter() - started))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--documents", action="store_true", help="the layout templates' exact-match rate")
    args = parser.parse_args()
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    if args.documents:
        document_main(args)
        return
    items = load_prompts()
    if args.limit:
        items = items[:args.limit]
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    reader = Reader()
    results = evaluate(items, reader, args.save)
    total_ref = sum(len(squash(r.reference)) for r in results)
    total_err = sum(levenshtein(squash(r.reference), squash(r.hypothesis)) for r in results)
    whole_err = sum(levenshtein(squash(r.reference), squash(r.whole_image)) for r in results)
    summary = {
        "prompts": len(results), "characters": total_ref, "errors": total_err,
        "cer": total_err / max(1, total_ref), "mean_cer": sum(r.cer for r in results) / max(1, len(results)),
        "whole_image_errors": whole_err, "whole_image_cer": whole_err / max(1, total_ref),
        "worst_cer": max((r.cer for r in results), default=0.0), "perfect": sum(r.cer == 0 for r in results),
        "ocr_seconds_per_image": sum(r.seconds for r in results) / max(1, len(results)),
        "machine": f"{platform.machine()} {platform.python_version()}",
    }
    if args.json:
        print(json.dumps({"summary": summary, "results": [r.__dict__ for r in results]}, indent=2))
        return
    for r in results:
        flag = "" if r.cer == 0 else "  <--"
        print(f"{r.cer:6.3f} {r.whole_cer:6.3f}  {r.aspect:>5}  {r.reference!r} -> {r.hypothesis!r}{flag}"
              + (f"  (whole image: {r.whole_image!r})" if r.whole_cer else ""), file=sys.stderr)
    print(f"whole-image CER {summary['whole_image_cer']:.4f} ({whole_err} errors, most of them OCR reading "
          "sparkles and pictogram details as characters)")
    print(f"prompts {summary['prompts']}, characters {total_ref}, errors {total_err}, "
          f"CER {summary['cer']:.4f} (mean per prompt {summary['mean_cer']:.4f}, worst {summary['worst_cer']:.3f}), "
          f"{summary['perfect']} perfect; OCR {summary['ocr_seconds_per_image']:.2f} s/image")


if __name__ == "__main__":
    main()
