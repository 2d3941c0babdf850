"""The rows bench/attachment_weights.py fits on: every phrase the reader's structural attachment step
(planner/rules/scored_heads.py) scores, recorded once per prompt with its candidates' features (head_features.py).

The reader reads each tuning prompt once with the hand weights while every unread phrase it scores, and every phrase
the parse already attached to a head before it (`unread_phrases(attached=True)`), is logged with its candidates'
features. The features do not depend on the weights, so fitting runs on these rows alone. A candidate is "right"
when the prompt's expectations relate one of its things to one of the phrase's (any predicate), "wrong" when both are
matched to expected entities and the expectations do not relate them, else unknown.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from openbanana.planner.rules import scored_heads
from openbanana.planner.rules.grammar import chunk, tokenize
from openbanana.planner.rules.head_features import head_features
from openbanana.planner.rules.relations import RelationReader
from openbanana.planner.rules.scene_reading import MAX_ENTITIES, read_scene, read_texts
from openbanana.scene import SceneGraph
from relation_model import _entity_ids
from scene_checks import relation_read
from scene_fidelity import SPLITS, TUNING, load_items

NAMES = tuple(scored_heads.WEIGHTS)
WIDTH, WRONG_COST = scored_heads.WINDOW + 1, 0.5  # WRONG_COST: a wrong head taken costs half a right one
RIGHT, WRONG, UNKNOWN = 1, -1, 0


@dataclass
class Prompt:
    """One prompt: its id, relations read with the hand weights, relations expected, and its unread phrases as
    (candidate features, named phrases between each candidate and the word, each candidate's label)."""

    id: str
    read: int
    total: int
    phrases: list[tuple[list[list[float]], list[int], list[int]]]
    attached: list[tuple[list[list[float]], list[int], list[int], int]]  # the same, and the parse's head


def record(item: dict[str, Any]) -> Prompt:
    """Read one prompt with the hand weights, keeping every phrase's candidates and labels (an attached phrase
    only when the parse gave it one candidate's things)."""
    prompt, log = item["prompt"], []
    with _recording(log):
        reading = RelationReader().read(chunk(tokenize(read_texts(prompt)[2])))
    kept = [i for i in range(len(reading.drafts)) if i not in reading.dropped][:MAX_ENTITIES]
    draft_of = {f"e{n}": index for n, index in enumerate(kept, start=1)}
    scene = read_scene(prompt)
    ids = _entity_ids(scene, item)
    matched = {noun: draft_of[id_] for noun, id_ in ids.items() if id_ in draft_of}
    pairs = {frozenset((matched[s], matched[o])) for s, _, o in item.get("relations", [])
             if s in matched and o in matched}
    known = set(matched.values())
    phrases, attached = [], []
    for features, between, things, objects, parsed in log:
        labels = [RIGHT if any(frozenset((t, u)) in pairs for t in head for u in objects)
                  else WRONG if set(head) & known and set(objects) & known else UNKNOWN for head in things]
        if not parsed:
            phrases.append((features, between, labels))
        elif len(parsed) == 1:
            attached.append((features, between, labels, parsed[0]))
    return Prompt(item["id"], relations_read(scene, item), len(item.get("relations", [])), phrases, attached)


def _row(phrase: scored_heads.Phrase, drafts: Any) -> tuple[Any, ...]:
    features = [[head_features(h, phrase.word, drafts)[n] for n in NAMES] for h in phrase.candidates]
    parsed = [n for n, h in enumerate(phrase.candidates) if set(h.things) & set(phrase.attached)]
    return (features, [h.between for h in phrase.candidates], [h.things for h in phrase.candidates], phrase.objects,
            parsed)


@contextmanager
def _recording(log: list[Any]) -> Iterator[None]:
    """scored_heads.unread_phrases, each phrase it yields logged as (features, between, things, objects)."""
    original = scored_heads.unread_phrases

    def logged(*args: Any) -> Iterator[scored_heads.Phrase]:
        for phrase in original(*args, attached=True):
            log.append(_row(phrase, args[3]))
        for phrase in original(*args):
            log.append(_row(phrase, args[3]))
            yield phrase

    scored_heads.unread_phrases = logged  # type: ignore[assignment]
    try:
        yield
    finally:
        scored_heads.unread_phrases = original


class Rows:
    """The recorded phrases of some prompts as padded arrays: features (phrase, candidate, feature), a tie-break
    that prefers the nearer candidate, labels, and which prompt each phrase came from."""

    def __init__(self, prompts: list[Prompt]) -> None:
        phrases = [(p, n) for n, prompt in enumerate(prompts) for p in prompt.phrases]
        self.x = np.zeros((len(phrases), WIDTH, len(NAMES)))
        self.tie = np.full((len(phrases), WIDTH), -np.inf)
        self.label = np.zeros((len(phrases), WIDTH))
        for r, ((features, between, labels), _) in enumerate(phrases):
            self.x[r, : len(features)] = features
            self.tie[r, : len(features)] = -1e-3 * np.array(between)
            self.label[r, : len(labels)] = labels
        self.prompt = np.array([n for _, n in phrases], dtype=int)

    def choices(self, weights: np.ndarray, floor: float) -> np.ndarray:
        """Each phrase's chosen candidate, or -1 where none reaches the floor (scored_heads._best)."""
        scores = self.x @ weights
        best = np.argmax(scores + self.tie, axis=1)
        taken = scores[np.arange(len(best)), best] >= floor
        return np.where(taken, best, -1)

    def gain(self, weights: np.ndarray, floor: float) -> tuple[int, int, float]:
        """(right heads taken, wrong heads taken, right minus WRONG_COST per wrong)."""
        chosen = self.choices(weights, floor)
        label = np.where(chosen >= 0, self.label[np.arange(len(chosen)), np.maximum(chosen, 0)], UNKNOWN)
        right, wrong = int((label == RIGHT).sum()), int((label == WRONG).sum())
        return right, wrong, right - WRONG_COST * wrong


class Attached(Rows):
    """Phrases the parse attached, as Rows, with the parse's head of each."""

    def __init__(self, prompts: list[Prompt]) -> None:
        super().__init__([Prompt(p.id, p.read, p.total, [row[:3] for row in p.attached], []) for p in prompts])
        self.parsed = np.array([row[3] for p in prompts for row in p.attached], dtype=int)

    def right(self, weights: np.ndarray) -> int:
        """Phrases whose best-scoring candidate is one the expectations relate to its object."""
        return int((self.label[np.arange(len(self.x)), self.choices(weights, -np.inf)] == RIGHT).sum())

    def moves(self, weights: np.ndarray, margin: float) -> tuple[int, int, float]:
        """(heads moved to a right one from a not-right one, the reverse, the first less the second less
        WRONG_COST per move to a wrong head) when a phrase moves to the best head that beats the parse's by
        `margin`."""
        scores = self.x @ weights
        rows = np.arange(len(scores))
        best = np.argmax(scores + self.tie, axis=1)
        moved = (best != self.parsed) & (scores[rows, best] - scores[rows, self.parsed] >= margin)
        to, away = self.label[rows, best] == RIGHT, self.label[rows, self.parsed] == RIGHT
        wrong = int((moved & (self.label[rows, best] == WRONG)).sum())
        gained, lost = int((moved & to & ~away).sum()), int((moved & away & ~to).sum())
        return gained, lost, gained - lost - WRONG_COST * wrong


def relations_read(scene: SceneGraph, item: dict[str, Any]) -> int:
    """The prompt's expected relations the scene graph states, matched as bench/reading_misses.py matches them."""
    ids = _entity_ids(scene, item)
    relations = item.get("relations", [])
    return sum(s in ids and o in ids and relation_read(scene, ids[s], p, ids[o]) for s, p, o in relations)


def load(cache: Path | None) -> dict[str, list[Prompt]]:
    if cache is not None and cache.exists():
        stored = json.loads(cache.read_text(encoding="utf-8"))
        return {split: [Prompt(**p) for p in prompts] for split, prompts in stored.items()}
    folds = {split: [record(item) for item in load_items(SPLITS[split])] for split in TUNING}
    if cache is not None:
        cache.write_text(json.dumps({s: [vars(p) for p in ps] for s, ps in folds.items()}), encoding="utf-8")
    return folds
