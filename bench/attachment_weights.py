"""Fits the weights of the reader's structural attachment step (planner/rules/scored_heads.py) and measures, by
leave-one-set-out cross-validation over the tuning sets (dev and every spent held-out set), whether fitted weights
read relations in sentences they were not fitted on better than the hand-set ones, and whether moving a phrase the
parse attached to a head that scores far better would.

Rows: bench/attachment_rows.py (every phrase the step scores, and every phrase the parse attached to a head before
it, recorded once per prompt with the hand weights; the features do not depend on the weights).

Fits (coordinate ascent from the hand weights over a grid of quarter steps, three sweeps; a tie keeps the value it
has, so a weight moves only for a gain; deterministic):
- on the unread phrases alone, weights and FLOOR: right heads taken less WRONG_COST per wrong one;
- on the phrases the parse attached, weights only: how often the best-scoring candidate is a right one; FLOOR then
  on the unread phrases. These are about thirty times as many.

Cross-validation: for each set, the weights are fitted on the others; the held-out set is then read by the real
reader with those weights, and its relations read (`read_scene`, matched as bench/reading_misses.py matches them)
compared with the hand weights'. A prompt whose recorded phrases all keep their head reads the same either way (the
reading is deterministic up to the first changed choice), so only prompts with a changed choice are read again.
Fitted weights ship when they read more on most sets and less on none. Moving a parsed phrase is simulated on the
rows: head weights and a margin (best score less the parse head's) fitted on the other sets, then on the set, how
many phrases move to a right head from a not-right one and the reverse.

Run: `.venv/bin/python bench/attachment_weights.py` (about six minutes on 2 loaded cores), `--cache FILE` (keep the
rows in FILE and reuse them; delete it after a change to the reader), `--write` (write the shipped weights into
scored_heads.WEIGHTS and FLOOR; nothing when none ship).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attachment_rows import NAMES, RIGHT, Attached, Prompt, Rows, load, relations_read
from openbanana.planner.rules import scored_heads
from openbanana.planner.rules.scene_reading import read_scene
from scene_fidelity import SPLITS, load_items

HAND = (np.array([scored_heads.WEIGHTS[n] for n in NAMES]), scored_heads.FLOOR)
GRID = tuple(np.arange(-5.0, 5.01, 0.25))
MARGINS = (*np.arange(0.0, 10.01, 0.5), np.inf)
SWEEPS = 3
Fitter = Callable[[list[Prompt]], tuple[np.ndarray, float]]


def ascend(score: Callable[[np.ndarray], float], start: np.ndarray, only: int) -> np.ndarray:
    """Coordinate ascent of `score` over the first `only` entries of `start`, each tried at every GRID value in
    turn for SWEEPS sweeps; a tie keeps the value it has, so an entry moves only for a gain."""
    params, best = start.copy(), score(start)
    for _ in range(SWEEPS):
        for i in range(only):
            for value in GRID:
                trial = params.copy()
                trial[i] = value
                if (gained := score(trial)) > best:
                    best, params = gained, trial
    return params


def fit_unread(prompts: list[Prompt]) -> tuple[np.ndarray, float]:
    """Weights and floor fitted on the unread phrases alone: right heads taken less WRONG_COST per wrong one."""
    rows = Rows(prompts)
    params = ascend(lambda p: rows.gain(p[:-1], p[-1])[2], np.append(*HAND), len(NAMES) + 1)
    return params[:-1], float(params[-1])


def fit_heads(prompts: list[Prompt]) -> np.ndarray:
    """Weights fitted on the phrases the parse attached (about thirty times as many): how often the best-scoring
    candidate is one the expectations relate to the phrase's object."""
    rows = Attached(prompts)
    return ascend(lambda w: rows.right(w), HAND[0], len(NAMES))


def fit_both(prompts: list[Prompt]) -> tuple[np.ndarray, float]:
    """Weights fitted on the parse's attachments (fit_heads), the floor on the unread phrases."""
    weights, rows = fit_heads(prompts), Rows(prompts)
    floor = max(GRID, key=lambda f: (rows.gain(weights, f)[2], -abs(f)))
    return weights, float(floor)


@contextmanager
def _weights(weights: np.ndarray, floor: float) -> Iterator[None]:
    """The reader with these weights for a while."""
    hand, hand_floor = dict(scored_heads.WEIGHTS), scored_heads.FLOOR
    scored_heads.WEIGHTS.update({n: float(w) for n, w in zip(NAMES, weights, strict=True)})
    scored_heads.FLOOR = floor
    try:
        yield
    finally:
        scored_heads.WEIGHTS.update(hand)
        scored_heads.FLOOR = hand_floor


def reread(items: list[dict[str, Any]], prompts: list[Prompt], changed: set[int], weights: np.ndarray,
           floor: float) -> int:
    """Relations read over the whole set with these weights: the prompts with a changed choice read again."""
    read = sum(p.read for n, p in enumerate(prompts) if n not in changed)
    with _weights(weights, floor):
        return read + sum(relations_read(read_scene(items[n]["prompt"]), items[n]) for n in sorted(changed))


def cross_validate(folds: dict[str, list[Prompt]], fitter: Fitter) -> tuple[list[str], bool]:
    """Each set read with weights fitted on the others: a line per set, and whether the fitted weights read more
    on most sets and less on none."""
    print(f"{'left out':<10} {'phrases':>7} {'sim hand':>9} {'sim fitted':>10} {'changed':>7} "
          f"{'read, hand':>12} {'read, fitted':>12}")
    lines, better, worse = [], 0, 0
    for name, prompts in folds.items():
        rows = Rows(prompts)
        weights, floor = fitter([p for other, ps in folds.items() if other != name for p in ps])
        hand, fitted = rows.gain(*HAND), rows.gain(weights, floor)
        changed = {int(n) for n in rows.prompt[rows.choices(weights, floor) != rows.choices(*HAND)]}
        base = sum(p.read for p in prompts)
        after = reread(load_items(SPLITS[name]), prompts, changed, weights, floor) if changed else base
        total = sum(p.total for p in prompts)
        better, worse = better + (after > base), worse + (after < base)
        lines.append(f"{name:<10} {len(rows.x):>7} {hand[0]:>4}/{hand[1]:<4} {fitted[0]:>5}/{fitted[1]:<4} "
                     f"{len(changed):>7} {base:>5}/{total:<6} {after:>5}/{total:<6}")
        print(lines[-1], flush=True)
    on = better > len(folds) / 2 and worse == 0
    print(f"better on {better} sets, worse on {worse}: {'the fitted weights ship' if on else 'no gain'}")
    return lines, on


def moving(folds: dict[str, list[Prompt]]) -> None:
    """Whether moving a parsed phrase to a head that scores far better would read more: per left-out set, head
    weights and a margin fitted on the others, and what they do to the set (simulated on the recorded rows)."""
    print(f"{'left out':<10} {'attached':>8} {'parse right':>11} {'best right':>10} {'margin':>6}  gained lost")
    total = [0, 0]
    for name, prompts in folds.items():
        rest = [p for other, ps in folds.items() if other != name for p in ps]
        weights, others = fit_heads(rest), Attached(rest)
        margin = max(MARGINS, key=lambda m: (others.moves(weights, m)[2], m))
        rows = Attached(prompts)
        gained, lost, _ = rows.moves(weights, margin)
        total = [total[0] + gained, total[1] + lost]
        right = int((rows.label[np.arange(len(rows.x)), rows.parsed] == RIGHT).sum())
        print(f"{name:<10} {len(rows.x):>8} {right:>11} {rows.right(weights):>10} {margin:>6}  {gained:>6} {lost:>4}")
    print(f"moved to a right head {total[0]}, away from one {total[1]}")


def write(weights: np.ndarray, floor: float) -> None:
    """The fitted weights and floor into scored_heads.py's WEIGHTS and FLOOR, in place."""
    path = Path(scored_heads.__file__)
    text = path.read_text(encoding="utf-8")
    for name, value in zip(NAMES, weights, strict=True):
        text = re.sub(rf'^(    "{name}": )[-0-9.]+,', rf"\g<1>{value:.2f},", text, count=1, flags=re.M)
    path.write_text(re.sub(r"^FLOOR = [-0-9.]+", f"FLOOR = {floor:.2f}", text, count=1, flags=re.M), encoding="utf-8")
    print(f"wrote {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="keep the recorded phrases in this file and reuse them")
    parser.add_argument("--write", action="store_true", help="write shipped weights into scored_heads.py")
    args = parser.parse_args()
    folds = load(args.cache)
    every = [p for ps in folds.values() for p in ps]
    print("Moving a phrase the parse attached:")
    moving(folds)
    shipped = None
    for title, fitter in (("the unread phrases", fit_unread), ("the parse's attachments", fit_both)):
        print(f"\nWeights fitted on {title}, the unread phrases read with them:")
        if cross_validate(folds, fitter)[1] and shipped is None:
            shipped = fitter(every)
        weights, floor = fitter(every)
        print("fitted on every set: " + ", ".join(f"{n} {w:+.2f}" for n, w in zip(NAMES, weights, strict=True))
              + f", floor {floor:+.2f}")
    if args.write:
        if shipped is None:
            print("nothing written: the hand weights stay")
        else:
            write(*shipped)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
