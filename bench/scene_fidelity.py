"""Scene fidelity of the offline path: is what the prompt names in the Plan and in the pixels, bound as asked?

For every prompt of a split (bench/data/scenes_dev.jsonl for tuning; scenes_heldout.jsonl … scenes_heldout23.jsonl
are held-out sets that were each written afresh, measured once and are now spent: they are tuning data too; each
held-out set in HELD_OUT — now scenes_heldout24.jsonl and scenes_heldout25.jsonl — is never tuned on and is
measured once), the real rules planner plans it (`RulesPlanner`, `PlanningInput`) and the real draft engine renders
it at 1K in the prompt's aspect ratio with one seed. Each hand-written expectation is then checked from the Plan
(scene graph, placed subjects and their `Subject.entity`) and from the pixels:

- entities: the scene graph has an entity with the expected noun (or an accepted alternative), and at least one
  subject drawing it has ink in its box. Ink is what changes when the entity's subjects are left out of the render:
  two renders of the plan with every contact shadow off (so a shadow is never read as the thing), one with and one
  without them; a pixel is ink when a channel differs by more than 28. A subject is visible when ink covers at least
  4% of its box. An entity hidden behind others has no ink and is missing.
- counts (only where the prompt states a number): the entity's count is the number asked, and so is the number of
  its visible subjects.
- colours (only where the prompt names one): the entity's ink shows it (scene_checks.color_bound: the most common
  chromatic colour class of its pixels, or for white/black/grey/silver the achromatic share).
- relations: the scene graph states the relation (or its inverse, or next_to where near was asked: next to is a
  kind of near) between the two entities, and it holds between their ink boxes (the ink inside their subjects'
  boxes); the definitions are in scene_checks.relation_holds.
  Also reported, as "relations shown unread": of the expected relations the scene graph does not state (both
  things drawn), how many hold in the picture anyway, by the composer's defaults (scene/defaults.py).
- strings: each quoted string is set in a text block of the plan, and OCR (rapidocr, as in bench/text_fidelity.py)
  of that block's box cropped from the real picture contains it exactly (case and punctuation count, spaces not).

Also reported: text placement (the role and the place the prompt gave a string: top, bottom, a speech bubble),
attributes read (material, action, age, hair, skin tone, arrangement, scale on the entity), settings read (time of
day, weather, season, terrain, backdrop, indoor, style, document kind), modifiers not drawn (a "paper boat" has no
"paper" subject), and entities by label (a visible subject whose label names the entity, or that says it shows it
too, as a cyclist's pictogram shows the bicycle; with or without a scene graph: a diagnostic for planners that do
not fill it yet). A plan without a scene graph, or a planner or engine that
fails on a prompt, counts as misses, never as a crash.

Run: `.venv/bin/python bench/scene_fidelity.py` (every tuning split: dev and the spent held-out sets, a few minutes
on 2 cores), `--quick` (every fourth prompt, no OCR), `--split dev` (or one spent set: `heldout` …
`heldout23`), `--misses` to list every miss, `--json`, `--save DIR` to keep the pictures, `--only d148,h3-007` to run
a few tuning prompts. An unspent held-out set runs only when named or with `--split all`, once,
after the work it judges; its misses are counted but not listed (`--show-heldout-misses` lists them, for reports).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageOps

sys.path.insert(0, str(Path(__file__).resolve().parent))

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.people import FLOWN
from openbanana.imaging.sizes import target_size
from openbanana.plan import Box, Plan, Subject, TextBlock
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner
from openbanana.scene import Entity
from scene_checks import (
    color_bound,
    find_entity,
    placed_at,
    relation_holds,
    relation_read,
    same_material,
    same_noun,
    same_role,
    same_words,
    setting_value,
    stem,
)
from text_fidelity import squash

DATA = Path(__file__).resolve().parent / "data"
SPLITS = {"dev": DATA / "scenes_dev.jsonl", "heldout": DATA / "scenes_heldout.jsonl",
          "heldout2": DATA / "scenes_heldout2.jsonl", "heldout3": DATA / "scenes_heldout3.jsonl",
          "heldout4": DATA / "scenes_heldout4.jsonl", "heldout5": DATA / "scenes_heldout5.jsonl",
          "heldout6": DATA / "scenes_heldout6.jsonl", "heldout7": DATA / "scenes_heldout7.jsonl",
          "heldout8": DATA / "scenes_heldout8.jsonl", "heldout9": DATA / "scenes_heldout9.jsonl",
          "heldout10": DATA / "scenes_heldout10.jsonl", "heldout11": DATA / "scenes_heldout11.jsonl",
          "heldout12": DATA / "scenes_heldout12.jsonl", "heldout13": DATA / "scenes_heldout13.jsonl",
          "heldout14": DATA / "scenes_heldout14.jsonl", "heldout15": DATA / "scenes_heldout15.jsonl",
          "heldout16": DATA / "scenes_heldout16.jsonl", "heldout17": DATA / "scenes_heldout17.jsonl",
          "heldout18": DATA / "scenes_heldout18.jsonl", "heldout19": DATA / "scenes_heldout19.jsonl",
          "heldout20": DATA / "scenes_heldout20.jsonl", "heldout21": DATA / "scenes_heldout21.jsonl",
          "heldout22": DATA / "scenes_heldout22.jsonl", "heldout23": DATA / "scenes_heldout23.jsonl",
          "heldout24": DATA / "scenes_heldout24.jsonl", "heldout25": DATA / "scenes_heldout25.jsonl"}
SPENT = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
         "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12",
         "heldout13", "heldout14", "heldout15", "heldout16", "heldout17",
         "heldout18", "heldout19", "heldout20", "heldout21",
         "heldout22", "heldout23")  # measured once each, then tuned on
HELD_OUT: tuple[str, ...] = ("heldout24", "heldout25")  # unspent: misses counted, never listed unless asked
TUNING = ("dev", *SPENT)
CHOICES = {**{split: (split,) for split in SPLITS}, "tuning": TUNING, "all": tuple(SPLITS)}
METRICS = ("entities", "counts", "colours", "relations", "strings")
EXTRA_METRICS = ("text placement", "attributes", "settings", "modifiers not drawn", "entities by label",
                 "relations shown unread")
GOALS = {"entities": 0.95, "counts": 0.90, "relations": 0.90, "strings": 0.98}  # on the held-out set
INK_THRESHOLD = 28
VISIBLE_SHARE = 0.04
OCR_MARGIN = 0.015
ATTRIBUTES = ("material", "action", "age", "hair", "skin_tone", "arrangement", "scale")


def load_items(path: Path) -> list[dict[str, Any]]:
    """The prompts of one split; the header line (no "prompt") says what the file is and is skipped."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if "prompt" in row]


@dataclass(frozen=True)
class Check:
    item: str
    metric: str
    ok: bool
    what: str
    why: str = ""


class Renders:
    """The draft engine's pictures of one plan: the real one, and shadowless ones with chosen subjects left out."""

    def __init__(self, engine: DraftEngine, plan: Plan, size: tuple[int, int], seed: int) -> None:
        self.engine, self.plan, self.size, self.seed = engine, plan, size, seed
        self.picture = self._render(plan)
        self._bare = replace(plan, subjects=tuple(replace(s, shadow=False) for s in plan.subjects))
        self._cache: dict[frozenset[int], np.ndarray] = {}
        self.base = self._without(frozenset())

    def _render(self, plan: Plan) -> Image.Image:
        width, height = self.size
        return self.engine.render(RenderRequest(plan, width, height, seed=self.seed)).image

    def _without(self, left_out: frozenset[int]) -> np.ndarray:
        if left_out not in self._cache:
            kept = tuple(s for i, s in enumerate(self._bare.subjects) if i not in left_out)
            self._cache[left_out] = np.asarray(self._render(replace(self._bare, subjects=kept)), dtype=np.int16)
        return self._cache[left_out]

    def ink(self, indices: Iterable[int]) -> np.ndarray:
        """Where leaving these subjects out changes the (shadowless) picture."""
        changed: np.ndarray = np.abs(self.base - self._without(frozenset(indices))).max(axis=2) > INK_THRESHOLD
        return changed

    def box(self, subject: Subject) -> tuple[int, int, int, int]:
        width, height = self.size
        left, top, right, bottom = subject.box
        return (max(0, round(left * width)), max(0, round(top * height)), min(width, round(right * width)),
                min(height, round(bottom * height)))


@dataclass(frozen=True)
class Drawn:
    """What the pixels show of one expected entity."""

    entity: Entity | None
    indices: tuple[int, ...]  # its subjects in plan.subjects
    visible: int  # how many of them have ink
    ink_box: tuple[float, float, float, float] | None
    pixels: np.ndarray  # its ink's colours
    order: float  # when it is drawn, on average (the engine draws in z order)


def draw_order(plan: Plan) -> dict[int, int]:
    ranked = sorted(range(len(plan.subjects)), key=lambda i: plan.subjects[i].z)  # stable, as the engine sorts
    return {index: rank for rank, index in enumerate(ranked)}


def what_is_drawn(renders: Renders, entity: Entity | None, indices: Sequence[int]) -> Drawn:
    if not indices:
        return Drawn(entity, (), 0, None, np.zeros((0, 3), np.uint8), 0.0)
    ink = renders.ink(indices)
    inside = np.zeros_like(ink)
    visible = 0
    for index in indices:
        x0, y0, x1, y1 = renders.box(renders.plan.subjects[index])
        area = max(1, (x1 - x0) * (y1 - y0))
        if ink[y0:y1, x0:x1].sum() >= max(30, VISIBLE_SHARE * area):
            visible += 1
        inside[y0:y1, x0:x1] = True
    ink &= inside
    ys, xs = np.nonzero(ink)
    box = (float(xs.min()), float(ys.min()), float(xs.max() + 1), float(ys.max() + 1)) if len(xs) else None
    order = draw_order(renders.plan)
    pixels = renders.base[ink].astype(np.uint8)
    return Drawn(entity, tuple(indices), visible, box, pixels, float(np.mean([order[i] for i in indices])))


def check_entities(item: dict[str, Any], plan: Plan, renders: Renders) -> tuple[list[Check], dict[str, Drawn]]:
    checks: list[Check] = []
    drawn: dict[str, Drawn] = {}
    taken: set[str] = set()
    item_id = item["id"]
    for expected in item.get("entities", []):
        noun = expected["noun"]
        nouns = [noun, *expected.get("aka", [])]
        entity = find_entity(plan.scene, nouns, taken)
        if entity is not None:
            taken.add(entity.id)
        indices = [i for i, s in enumerate(plan.subjects)  # a 🏇 rider's subject also shows the horse
                   if entity is not None and (s.entity == entity.id or entity.id in s.also_shows)]
        seen = what_is_drawn(renders, entity, indices)
        drawn[noun] = seen
        why = ("not in the scene graph" if entity is None else "in the scene graph, no subject draws it"
               if not indices else "drawn, but no ink in its box" if not seen.visible else "")
        checks.append(Check(item_id, "entities", not why, noun, why))
        shown = {e.id for e in plan.scene.entities if same_noun(e.noun, nouns)}
        by_label = [i for i, s in enumerate(plan.subjects)  # or a rider's pictogram that says it shows the mount too
                    if same_noun(s.label, nouns) or shown & set(s.also_shows)]
        labelled = what_is_drawn(renders, None, by_label).visible if by_label else 0
        checks.append(Check(item_id, "entities by label", labelled > 0, noun,
                            "" if labelled else f"no visible subject labelled {noun!r}"))
        if "count" in expected:
            count = expected["count"]
            planned = entity.count if entity is not None else 0
            ok = planned == count and seen.visible == count
            checks.append(Check(item_id, "counts", ok, f"{count} {noun}",
                                "" if ok else f"scene graph {planned}, visible subjects {seen.visible}"))
        if "color" in expected:
            verdict = color_bound(seen.pixels, expected["color"])
            ok = bool(seen.visible) and bool(verdict.bound)
            checks.append(Check(item_id, "colours", ok, f"{expected['color']} {noun}",
                                "" if ok else "not drawn" if not seen.visible else f"looks {verdict.seen}"))
        checks.extend(check_attributes(item_id, noun, expected, entity))
    return checks, drawn


def check_attributes(item_id: str, noun: str, expected: dict[str, Any], entity: Entity | None) -> list[Check]:
    checks = []
    for key in ATTRIBUTES:
        if key not in expected:
            continue
        wanted = expected[key]
        accepted = wanted if isinstance(wanted, list) else [wanted]
        found: Any = getattr(entity, key) if entity is not None else None
        if entity is None:
            ok = False
        elif key == "material":
            ok = any(same_material(found, a) for a in accepted)
        elif key == "action":
            ok = bool(found) and any(stem(found) == stem(a) for a in accepted)
        elif key == "hair":
            ok = bool(found) and same_words(found, accepted)
        elif key == "scale":
            ok = any((found - 1.0) * (float(a) - 1.0) > 0 for a in accepted)  # bigger or smaller, as asked
        else:
            ok = found in accepted
        checks.append(Check(item_id, "attributes", ok, f"{noun} {key}={wanted}",
                            "" if ok else "no entity" if entity is None else f"read {found!r}"))
    return checks


def check_relations(item: dict[str, Any], plan: Plan, renders: Renders, drawn: dict[str, Drawn]) -> list[Check]:
    checks = []
    for subject_noun, predicate, object_noun in item.get("relations", []):
        what = f"{subject_noun} {predicate} {object_noun}"
        a, b = drawn.get(subject_noun), drawn.get(object_noun)
        if a is None or b is None or a.entity is None or b.entity is None:
            checks.append(Check(item["id"], "relations", False, what, "an entity is not in the scene graph"))
            continue
        read = relation_read(plan.scene, a.entity.id, predicate, b.entity.id)
        if a.ink_box is None or b.ink_box is None:
            checks.append(Check(item["id"], "relations", False, what,
                                f"{'read' if read else 'not read'}; an entity is not drawn"))
            continue
        flown = predicate == "holding" and (b.entity.glyph or "").replace("\ufe0f", "") in FLOWN
        shared = bool(set(a.indices) & set(b.indices))  # one pictogram shows both (🚴‍♀️: a woman on a bicycle)
        holds = shared or relation_holds("flying" if flown else predicate, a.ink_box, b.ink_box, a.order, b.order,
                                         renders.size)
        why = "" if read and holds else (f"{'read' if read else 'not in the scene graph'}, "
                                         f"{'holds' if holds else 'does not hold'} in the picture")
        checks.append(Check(item["id"], "relations", read and holds, what, why))
        if not read:  # the composer's defaults alone: does it hold though the reader did not relate the two?
            checks.append(Check(item["id"], "relations shown unread", holds, what, "" if holds else "does not hold"))
    return checks


def check_texts(item: dict[str, Any], plan: Plan, picture: Image.Image, read: Callable[[Image.Image], str] | None
                ) -> list[Check]:
    checks = []
    for expected in item.get("texts", []):
        text = expected["text"]
        block = next((b for b in plan.texts if b.text.strip() == text), None) or next(
            (b for b in plan.texts if text in b.text), None)
        parts = [block] if block is not None else set_in_parts(text, plan.texts)
        if read is not None:
            if not parts:
                checks.append(Check(item["id"], "strings", False, text, "not set in any text block"))
            else:
                seen = " ".join(read(padded(crop_box(picture, part.box))) for part in parts)
                ok = same_glyphs(text) in same_glyphs(seen)
                checks.append(Check(item["id"], "strings", ok, text, "" if ok else f"OCR read {seen!r}"))
        if "role" in expected:
            spec = next((t for t in plan.scene.texts if t.text == text), None)
            roles = {r for r in (spec.role if spec else None, block.role if block else None) if r} or {
                p.role for p in parts}  # a menu line set as its item and its price: the item's role
            ok = any(same_role(r, expected["role"]) for r in roles)
            checks.append(Check(item["id"], "text placement", ok, f"{text!r} as {expected['role']}",
                                "" if ok else f"roles {sorted(roles) or 'none'}"))
        if "at" in expected:
            ok = block is not None and placed_at(block.box, expected["at"])
            where = "not set" if block is None else f"box {tuple(round(v, 2) for v in block.box)}"
            checks.append(Check(item["id"], "text placement", ok, f"{text!r} at {expected['at']}", "" if ok else where))
    return checks


def set_in_parts(text: str, blocks: Sequence[TextBlock]) -> list[TextBlock]:
    """The blocks one string was set in, left to right on one row: a menu sets "Espresso $3" as the item and its
    aligned price. Empty when no row of blocks spells the string."""
    for first in blocks:
        row = sorted((b for b in blocks if _same_row(first.box, b.box)), key=lambda b: b.box[0])
        for start in range(len(row)):
            for end in range(start + 2, len(row) + 1):
                if squash(" ".join(b.text for b in row[start:end])) == squash(text):
                    return row[start:end]
    return []


def _same_row(a: Box, b: Box) -> bool:
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap > 0.5 * min(a[3] - a[1], b[3] - b[1])


def crop_box(picture: Image.Image, box: Box) -> Image.Image:
    width, height = picture.size
    left, top, right, bottom = box
    return picture.crop((max(0, round((left - OCR_MARGIN) * width)), max(0, round((top - OCR_MARGIN) * height)),
                         min(width, round((right + OCR_MARGIN) * width)),
                         min(height, round((bottom + OCR_MARGIN) * height))))


def same_glyphs(text: str) -> str:
    """What OCR can tell apart: no spaces, and one dash for hyphen, en dash and em dash (drawn from the exact
    string, they differ only in length, which OCR does not report)."""
    return re.sub(r"[‐‑‒–—]", "-", squash(text))


def padded(crop: Image.Image) -> Image.Image:
    """The crop on a border of its own edge colour: OCR splits and repeats words that touch the image's edges."""
    pixels = np.asarray(crop.convert("RGB"))
    edges = np.concatenate([pixels[0], pixels[-1], pixels[:, 0], pixels[:, -1]])
    fill = tuple(int(v) for v in np.median(edges, axis=0))
    return ImageOps.expand(crop.convert("RGB"), border=max(16, crop.height // 2), fill=fill)


def check_plan_only(item: dict[str, Any], plan: Plan) -> list[Check]:
    checks = []
    for key, wanted in item.get("setting", {}).items():
        accepted = wanted if isinstance(wanted, list) else [wanted]
        found = setting_value(plan, key)
        ok = found in accepted
        checks.append(Check(item["id"], "settings", ok, f"{key}={wanted}", "" if ok else f"read {found!r}"))
    for word in item.get("absent", []):
        drawn_as = [s.label for s in plan.subjects if same_noun(s.label, [word])]
        named = [e.noun for e in plan.scene.entities if same_noun(e.noun, [word])]
        ok = not drawn_as and not named
        checks.append(Check(item["id"], "modifiers not drawn", ok, word,
                            "" if ok else f"drawn as a subject: {drawn_as or named}"))
    return checks


def expected_checks(item: dict[str, Any], with_ocr: bool) -> list[tuple[str, str]]:
    """Every check an item asks for, as (metric, what): all of them count as misses when the item fails."""
    out = []
    for e in item.get("entities", []):
        out += [("entities", e["noun"]), ("entities by label", e["noun"])]
        out += [("counts", e["noun"])] * ("count" in e) + [("colours", e["noun"])] * ("color" in e)
        out += [("attributes", f"{e['noun']} {k}") for k in ATTRIBUTES if k in e]
    out += [("relations", " ".join(r)) for r in item.get("relations", [])]
    for t in item.get("texts", []):
        out += [("strings", t["text"])] * with_ocr
        out += [("text placement", t["text"])] * (("role" in t) + ("at" in t))
    out += [("settings", k) for k in item.get("setting", {})]
    out += [("modifiers not drawn", w) for w in item.get("absent", [])]
    return out


def evaluate_item(item: dict[str, Any], planner: RulesPlanner, engine: DraftEngine,
                  read: Callable[[Image.Image], str] | None, seed: int, save: Path | None = None) -> list[Check]:
    """Plan the item's prompt at 1K in its aspect ratio, render it, and check every expectation."""
    try:
        target = target_size(item.get("aspect", "1:1"), "1K")
        plan = planner.plan(PlanningInput(item["prompt"], target.width, target.height, seed=seed)).plan
        return check_plan(item, plan, engine, (target.width, target.height), read, seed, save)
    except Exception as error:  # a benchmark reports a failing prompt as misses and goes on
        why = f"error: {type(error).__name__}: {error}"
        traceback.print_exc(file=sys.stderr)
        return [Check(item["id"], metric, False, what, why) for metric, what in expected_checks(item, read is not None)]


def check_plan(item: dict[str, Any], plan: Plan, engine: DraftEngine, size: tuple[int, int],
               read: Callable[[Image.Image], str] | None, seed: int, save: Path | None = None) -> list[Check]:
    """Every expectation of `item` against this plan and the engine's pictures of it."""
    renders = Renders(engine, plan, size, seed)
    if save is not None:
        renders.picture.save(save / f"{item['id']}.png")
    checks, drawn = check_entities(item, plan, renders)
    checks += check_relations(item, plan, renders, drawn)
    checks += check_texts(item, plan, renders.picture, read)
    return checks + check_plan_only(item, plan)


def rates(checks: Sequence[Check]) -> dict[str, tuple[int, int]]:
    return {m: (int(sum(bool(c.ok) for c in checks if c.metric == m)), sum(c.metric == m for c in checks))
            for m in (*METRICS, *EXTRA_METRICS)}


def format_rate(passed: int, total: int) -> str:
    return f"{passed / total:6.1%} ({passed}/{total})" if total else "     – (0/0)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=list(CHOICES), default="tuning",
                        help="tuning: dev and the spent held-out sets; all: every split, unspent held-out included")
    parser.add_argument("--quick", action="store_true", help="every fourth prompt, no OCR")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--misses", action="store_true", help="list every tuning miss, not only the first 40")
    parser.add_argument("--show-heldout-misses", action="store_true",
                        help="also list the held-out misses, every held-out set (for reports only: never tune on them)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--only", default="", help="tuning prompt ids, comma-separated (d148,h3-007): a quick look")
    args = parser.parse_args()
    read = None
    if not args.quick:
        from text_fidelity import Reader

        read = Reader().read
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    planner, engine = RulesPlanner(), DraftEngine()
    report: dict[str, Any] = {"machine": f"{platform.machine()} {platform.python_version()}", "seed": args.seed,
                              "quick": args.quick, "splits": {}}
    for split in CHOICES[args.split]:
        items = load_items(SPLITS[split])[:: 4 if args.quick else 1]
        if args.only and split in TUNING:
            items = [item for item in items if item["id"] in args.only.split(",")]
        started = time.perf_counter()
        checks = [c for item in items for c in evaluate_item(item, planner, engine, read, args.seed, args.save)]
        seconds = time.perf_counter() - started
        report["splits"][split] = {"prompts": len(items), "seconds": round(seconds, 1), "rates": rates(checks),
                                   "checks": [asdict(c) for c in checks]}
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
        return
    for split, result in report["splits"].items():
        misses = [Check(**c) for c in result["checks"] if not c["ok"]]
        if split in HELD_OUT and not args.show_heldout_misses:
            print(f"\n{split}: {len(misses)} misses, not listed: nobody tunes on them (--show-heldout-misses)")
            continue
        shown = misses if args.misses else misses[:40]
        more = "" if len(shown) == len(misses) else f" (first {len(shown)}; --misses for all)"
        print(f"\n{split}: {len(misses)} misses{more}")
        for c in shown:
            print(f"  {c.item} {c.metric}: {c.what} — {c.why}")
    print(f"\nscene fidelity: rules planner + draft engine, 1K, seed {args.seed}"
          f"{', quick (every 4th prompt, no OCR)' if args.quick else ''}; {report['machine']}")
    for split, result in report["splits"].items():
        print(f"\n{split} ({result['prompts']} prompts, {result['seconds']} s)")
        for metric in (*METRICS, *EXTRA_METRICS):
            goal = f"   goal on held-out ≥ {GOALS[metric]:.0%}" if metric in GOALS and split in HELD_OUT else ""
            print(f"  {metric:<22} {format_rate(*result['rates'][metric])}{goal}")


if __name__ == "__main__":
    main()
