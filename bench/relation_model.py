"""Trains the relation model (planner/rules/pair_model.py) and measures, by leave-one-set-out cross-validation over
the tuning sets (dev and every spent held-out set), whether it reads relations in sentences it was not fitted on.

Data: every prompt of dev and the spent held-out sets (scene_fidelity.SPENT) with expected relations. The clause parse
reads each prompt (`read_scene` with the model off); each pair of things named near each other
(pair_features.pair_candidates) is one example, labelled with the relation the prompt's expectations state between
the two entities they were matched to ("none" when they state none), or left out when either thing matches no
expected entity. Model: multinomial logistic regression (numpy, full-batch Adam, L2), deterministic.

Cross-validation: for each of the six sets, the weights are fitted on the other five and the two thresholds (`add`,
`replace`) chosen by an inner leave-one-set-out over those five; the held-out set is then read with that model, and
its relation-read rate (the scene graph states the expected relation: scene_checks.relation_read) is compared with
the parse alone. Only these figures say anything about fresh sentences. The shipped weights are fitted on all six,
with thresholds chosen by the same leave-one-set-out.

Run: `.venv/bin/python bench/relation_model.py` (cross-validation, about a minute on 2 cores), `--write` (also
write src/openbanana/assets/reading/relation_pairs.json: the weights fitted on all six when the cross-validation
shows a gain on most sets and a loss on none, else no weights, with the per-set figures either way), `--check` (exit 1
unless a fresh run gives the shipped file byte for byte), `--breakdown` (what the parse alone misses, by kind).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from openbanana.planner.rules.grammar import chunk, tokenize
from openbanana.planner.rules.pair_features import Candidate, label, pair_candidates, relation_of, thing_kinds
from openbanana.planner.rules.pair_model import NEVER, NONE, OFF, PairModel
from openbanana.planner.rules.relations import RelationReader
from openbanana.planner.rules.scene_reading import MAX_ENTITIES, read_scene, read_texts
from openbanana.scene import SceneGraph
from scene_checks import INVERSES, find_entity, relation_read
from scene_fidelity import SPLITS, TUNING, load_items

WEIGHTS = Path(__file__).resolve().parents[1] / "src/openbanana/assets/reading/relation_pairs.json"
GRID = (0.5, 0.6, 0.7, 0.8, 0.9, NEVER)
L2, STEPS, RATE, MIN_COUNT = 1e-3, 400, 0.05, 2
WRONG_COST = 0.5  # a relation the model states that the expectations do not: half a relation read


@dataclass
class Example:
    """One prompt: its candidates, their labels (None: a thing matched no expected entity), the draft ids of the
    expected relations, and the relations the parse alone gives (after the scene graph's own steps)."""

    prompt: str
    candidates: list[Candidate]
    labels: list[str | None]
    expected: list[tuple[int, str, int] | None]
    parsed: set[tuple[int, str, int]]


def examples(split: str) -> list[Example]:
    out = []
    for item in load_items(SPLITS[split]):
        if item.get("relations"):
            out.append(_example(item))
    return out


def _example(item: dict[str, Any]) -> Example:
    prompt = item["prompt"]
    reader = RelationReader()
    reading = reader.read(chunk(tokenize(read_texts(prompt)[2])))
    kept = [i for i in range(len(reading.drafts)) if i not in reading.dropped][:MAX_ENTITIES]
    draft_of = {f"e{n}": index for n, index in enumerate(kept, start=1)}
    scene = read_scene(prompt, OFF)
    matched = {noun: draft_of[id_] for noun, id_ in _entity_ids(scene, item).items() if id_ in draft_of}
    relations = [(matched.get(s), p, matched.get(o)) for s, p, o in item["relations"]]
    expected = [(s, p, o) if s is not None and o is not None else None for s, p, o in relations]
    candidates = pair_candidates(reader.mentions, reading.relations, thing_kinds(reading), reading.dropped)
    known = set(matched.values())
    labels = [_label(c, expected) if {c.first, c.second} <= known else None for c in candidates]
    parsed = {(draft_of[r.subject], r.predicate, draft_of[r.object]) for r in scene.relations
              if r.subject in draft_of and r.object in draft_of}  # things the scene graph adds beyond the drafts
    return Example(prompt, candidates, labels, expected, parsed)


def _label(candidate: Candidate, expected: Sequence[tuple[int, str, int] | None]) -> str:
    for relation in expected:
        if relation is not None and {relation[0], relation[2]} == {candidate.first, candidate.second}:
            return label(relation[1], relation[0] == candidate.first)
    return NONE


def fit(data: Sequence[Example]) -> PairModel:
    """Weights from every labelled candidate of `data` (thresholds left off)."""
    rows = [(c.features, y) for e in data for c, y in zip(e.candidates, e.labels, strict=True) if y is not None]
    counts: dict[str, int] = {}
    for features, _ in rows:
        for f in set(features):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    classes = sorted({y for _, y in rows} | {NONE})
    column, row_of = {f: i for i, f in enumerate(names)}, {c: i for i, c in enumerate(classes)}
    x = np.zeros((len(rows), len(names)))
    for r, (features, _) in enumerate(rows):
        x[r, [column[f] for f in features if f in column]] = 1.0
    y = np.zeros((len(rows), len(classes)))
    y[np.arange(len(rows)), [row_of[label_] for _, label_ in rows]] = 1.0
    w = _adam(x, y)
    weights = {f: {c: round(float(w[i, j]), 4) for j, c in enumerate(classes) if abs(w[i, j]) >= 1e-3}
               for i, f in enumerate(names)}
    return PairModel(tuple(classes), {f: v for f, v in weights.items() if v})


def _adam(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    w = np.zeros((x.shape[1], y.shape[1]))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, STEPS + 1):
        scores = x @ w
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        grad = x.T @ (p - y) / len(x) + L2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return w


def simulate(model: PairModel, data: Sequence[Example]) -> tuple[int, int, int]:
    """(relations read, relations expected, relations stated that no expectation states) on `data`, deciding
    pair by pair as PairModel.relate does, from the parse's final relations."""
    read = total = wrong = 0
    for e in data:
        relations = set(e.parsed)
        for c, y in zip(e.candidates, e.labels, strict=True):
            chosen = model.decide(c)
            if chosen is None:
                continue
            relations = {r for r in relations if {r[0], r[2]} != {c.first, c.second}}
            relations.add(relation_of(c, chosen))
            wrong += y is not None and y != chosen
        for relation in e.expected:
            total += 1
            read += relation is not None and _states(relations, relation)
    return read, total, wrong


def _states(relations: set[tuple[int, str, int]], relation: tuple[int, str, int]) -> bool:
    s, p, o = relation
    return (s, p, o) in relations or (o, INVERSES.get(p, ""), s) in relations


def choose_thresholds(folds: dict[str, list[Example]]) -> tuple[float, float]:
    """The (add, replace) pair that does best over a leave-one-set-out of `folds`: relations read minus
    WRONG_COST for each relation stated that no expectation states."""
    models = {name: fit([e for other, data in folds.items() if other != name for e in data]) for name in folds}
    best: tuple[float, tuple[float, float]] = (-1e9, (NEVER, NEVER))
    for add in GRID:
        for replace in GRID:
            score = 0.0
            for name, data in folds.items():
                model = PairModel(models[name].classes, models[name].weights, add, replace)
                read, _, wrong = simulate(model, data)
                score += read - WRONG_COST * wrong
            best = max(best, (score, (add, replace)), key=lambda pair: (pair[0], pair[1]))
    return best[1]


def read_rate(model: PairModel, split: str) -> tuple[int, int, int]:
    """Relations read by `read_scene` with this model on one set (the real reading, not the simulation), the
    relations expected, and how many relations of its scene graphs the parse alone does not state (every prompt
    of the set, with expected relations or not)."""
    read = total = changed = 0
    for item in load_items(SPLITS[split]):
        scene = read_scene(item["prompt"], model)
        if model is not OFF:
            changed += len(set(scene.relations) - set(read_scene(item["prompt"], OFF).relations))
        ids = _entity_ids(scene, item)
        for s, p, o in item.get("relations", []):
            total += 1
            read += s in ids and o in ids and relation_read(scene, ids[s], p, ids[o])
    return read, total, changed


def _entity_ids(scene: SceneGraph, item: dict[str, Any]) -> dict[str, str]:
    """Each expected noun's entity id, matched in order as bench/scene_fidelity.py matches them."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for expected in item.get("entities", []):
        entity = find_entity(scene, [expected["noun"], *expected.get("aka", [])], taken)
        if entity is not None:
            taken.add(entity.id)
            out[expected["noun"]] = entity.id
    return out


def shipped(folds: dict[str, list[Example]], *, on: bool) -> PairModel:
    """Weights fitted on all six sets with thresholds by their leave-one-set-out; or, when the cross-validation did
    not show the model reading fresh sentences better (`on` False), no weights at all: it changes nothing."""
    if not on:
        return OFF
    model = fit([e for data in folds.values() for e in data])
    add, replace = choose_thresholds(folds)
    return PairModel(model.classes, model.weights, add, replace)


def to_json(model: PairModel, folds: dict[str, str]) -> str:
    about = ("Relation model of the rules planner (planner/rules/pair_model.py), fitted by bench/relation_model.py on "
             "the project's own scene prompts (bench/data/scenes_dev.jsonl and the spent held-out sets); "
             "cross_validation: relations read per left-out set, parse alone -> with the model fitted on the "
             "others, and how many relations the model changed in that set's scene graphs.")
    weights = {f: dict(sorted(v.items())) for f, v in sorted(model.weights.items())}
    return json.dumps({"about": about, "cross_validation": folds, "classes": list(model.classes), "add": model.add,
                       "replace": model.replace, "weights": weights}, indent=1, separators=(",", ":")) + "\n"


def cross_validate(folds: dict[str, list[Example]]) -> tuple[dict[str, str], bool]:
    """Each set read by a model fitted (weights and thresholds) on the other five: a line per set, and whether
    the model is better on most sets and worse on none."""
    print(f"{'left out':<10} {'parse alone':>14} {'with model':>14}  changed  thresholds (add, replace)")
    lines, gains = {}, []
    for name in folds:
        rest = {other: data for other, data in folds.items() if other != name}
        base = read_rate(OFF, name)
        model = fit([e for data in rest.values() for e in data])
        add, replace = choose_thresholds(rest)
        after = read_rate(PairModel(model.classes, model.weights, add, replace), name)
        gains.append(after[0] / after[1] - base[0] / base[1])
        lines[name] = f"{base[0]}/{base[1]} -> {after[0]}/{after[1]}, {after[2]} relations changed"
        print(f"{name:<10} {base[0]:>4}/{base[1]:<4} {base[0] / base[1]:5.1%} {after[0]:>4}/{after[1]:<4} "
              f"{after[0] / after[1]:5.1%}  {after[2]:>7}  ({add}, {replace})")
    better, worse = sum(g > 0 for g in gains), sum(g < 0 for g in gains)
    on = better > len(gains) / 2 and worse == 0
    print(f"mean gain {np.mean(gains):+.2%} over {len(gains)} sets; better on {better}, worse on {worse}: "
          f"{'on' if on else 'off (shipped with no weights)'}")
    return lines, on


def breakdown(folds: dict[str, list[Example]]) -> None:
    """What the parse alone misses, per set: an entity never read, a pair read with another predicate (and which,
    over all sets), or a pair with no relation at all."""
    confused: Counter[tuple[str, str]] = Counter()
    for name, data in folds.items():
        kinds: Counter[str] = Counter()
        for e in data:
            for relation in e.expected:
                other = [r[1] for r in e.parsed if relation and {r[0], r[2]} == {relation[0], relation[2]}]
                kind = ("entity not read" if relation is None else "read" if _states(e.parsed, relation)
                        else "pair read, another predicate" if other else "pair not related")
                kinds[kind] += 1
                if relation is not None and other and kind != "read":
                    confused[(relation[1], other[0])] += 1
        print(f"{name:<10} " + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items())))
    print("expected (read as): " + ", ".join(f"{a} ({b}) {n}" for (a, b), n in confused.most_common(10)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write the shipped weights")
    parser.add_argument("--check", action="store_true", help="exit 1 unless a fresh run gives the shipped file")
    parser.add_argument("--breakdown", action="store_true", help="only say what the parse alone misses, per set")
    args = parser.parse_args()
    folds = {split: examples(split) for split in TUNING}
    if args.breakdown:
        breakdown(folds)
        return 0
    lines, on = cross_validate(folds)
    text = to_json(shipped(folds, on=on), lines)
    if args.check:
        same = text == WEIGHTS.read_text(encoding="utf-8")
        print("the shipped file reproduces" if same else "the shipped file differs from a fresh run")
        return 0 if same else 1
    if args.write:
        WEIGHTS.write_text(text, encoding="utf-8")
        print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
