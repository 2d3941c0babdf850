"""The rows bench/attachment_weights.py fits the structural attachment step's weights on (bench/attachment_rows.py),
recorded from the real reader: an unread phrase with its candidates and their labels, a phrase the parse attached
with the parse's head, a reading left as it was, and the fit's choice of head agreeing with the step's own.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np

from openbanana.planner.rules import scored_heads
from openbanana.planner.rules.scene_reading import read_scene

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from attachment_rows import NAMES, RIGHT, WRONG, Attached, Rows, record, relations_read

HAND = np.array([scored_heads.WEIGHTS[n] for n in NAMES])


def item(prompt: str, nouns: list[str], relations: list[list[str]]) -> dict[str, Any]:
    return {"id": "t", "prompt": prompt, "entities": [{"noun": n} for n in nouns], "relations": relations}


def test_an_unread_phrase_is_recorded_with_its_right_head_and_the_reading_unchanged() -> None:
    sample = item("a lizard scurrying to a fence post", ["lizard", "fence post"], [["lizard", "near", "fence post"]])
    prompt = record(sample)
    assert len(prompt.phrases) == 1
    features, between, labels = prompt.phrases[0]
    assert labels == [RIGHT] and between == [0] and len(features[0]) == len(NAMES)
    assert prompt.read == 1 == relations_read(read_scene(sample["prompt"]), sample)  # recording changed nothing


def test_the_fit_chooses_the_head_the_step_chose() -> None:
    sample = item("a squirrel on a bench, a fox hopping down a grassy bank", ["squirrel", "bench", "fox", "bank"],
                  [["squirrel", "on", "bench"], ["fox", "on", "bank"]])
    prompt = record(sample)
    rows = Rows([prompt])
    assert len(rows.x) >= 1
    chosen = rows.choices(HAND, scored_heads.FLOOR)
    assert all(rows.label[r, c] == RIGHT for r, c in enumerate(chosen))  # the fox, not the squirrel or the bench
    assert prompt.read == 2


def test_a_phrase_the_parse_attached_is_recorded_with_the_parse_head_and_kept_there() -> None:
    sample = item("a boy reading a comic under a blanket", ["boy", "comic", "blanket"],
                  [["boy", "holding", "comic"], ["boy", "under", "blanket"]])
    prompt = record(sample)
    assert prompt.phrases == [] and prompt.read == 2
    rows = Attached([prompt])
    assert list(rows.parsed) == [0] and list(rows.label[0, :2]) == [RIGHT, WRONG]  # the boy, not the comic
    assert rows.moves(HAND, 0.0)[:2] == (0, 0)  # the boy scores best too: nothing moves
