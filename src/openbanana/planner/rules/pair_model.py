"""A small trained relation model that checks the clause parse pair by pair, so a sentence shape no rule was written
for still gets its relation.

For each pair of things named near each other (pair_features.pair_candidates) a multinomial logistic regression
over features of structure only gives the probability of each relation class ("on>", "under<", …, "none"). Where
the parse stated nothing between the pair and the model is sure enough (`add`), its relation is added; where the
parse stated one relation and the model is sure enough of another (`replace`), the model's replaces it. The
weights and both thresholds are fitted by bench/relation_model.py on the project's own scene prompts (thresholds
chosen by leave-one-set-out cross-validation) and shipped in assets/reading/relation_pairs.json.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import cast

from openbanana.planner.rules.pair_features import Candidate, Mention, pair_candidates, relation_of, thing_kinds
from openbanana.planner.rules.reading_state import Reading
from openbanana.scene import Predicate

NONE = "none"
NEVER = 2.0  # a threshold no probability reaches: the model changes nothing


@dataclass(frozen=True)
class PairModel:
    """Weights per feature and class, and the two thresholds that decide when the model overrules the parse."""

    classes: tuple[str, ...]
    weights: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    add: float = NEVER
    replace: float = NEVER

    def probabilities(self, features: Sequence[str]) -> dict[str, float]:
        scores = dict.fromkeys(self.classes, 0.0)
        for feature in features:
            for name, weight in self.weights.get(feature, {}).items():
                scores[name] += weight
        top = max(scores.values())
        exps = {name: math.exp(score - top) for name, score in scores.items()}
        total = sum(exps.values())
        return {name: value / total for name, value in exps.items()}

    def decide(self, candidate: Candidate) -> str | None:
        """The class to state for the pair instead of what the parse stated, or None to leave it as read."""
        probabilities = self.probabilities(candidate.features)
        best = max(self.classes, key=lambda name: (probabilities[name], name))
        if best == NONE or best in candidate.parsed or len(candidate.parsed) > 1:
            return None
        threshold = self.replace if candidate.parsed else self.add
        return best if probabilities[best] >= threshold else None

    def relate(self, mentions: Sequence[Mention], reading: Reading) -> list[tuple[int, Predicate, int]]:
        """The parse's relations with the model's changes; `reading` is left as it was."""
        if self.add > 1 and self.replace > 1:
            return list(reading.relations)
        relations = list(reading.relations)
        for candidate in pair_candidates(mentions, relations, thing_kinds(reading), reading.dropped):
            chosen = self.decide(candidate)
            if chosen is None:
                continue
            pair = {candidate.first, candidate.second}
            relations = [r for r in relations if {r[0], r[2]} != pair]
            s, predicate, o = relation_of(candidate, chosen)
            relations.append((s, cast(Predicate, predicate), o))
        return relations


def model_from_json(data: Mapping[str, object]) -> PairModel:
    weights = cast(Mapping[str, Mapping[str, float]], data["weights"])
    return PairModel(tuple(cast(list[str], data["classes"])), weights, float(cast(float, data["add"])),
                     float(cast(float, data["replace"])))


@cache
def shipped_model() -> PairModel:
    """The weights the package ships (assets/reading/relation_pairs.json), read once."""
    text = resources.files("openbanana").joinpath("assets/reading/relation_pairs.json").read_text(encoding="utf-8")
    return model_from_json(json.loads(text))


OFF = PairModel((NONE,))
