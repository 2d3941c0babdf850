"""Safety per served model: the operator's settings → one policy and threshold profile for each model name.

Profiles:
    standard  the default threshold is `safety_default_threshold`; a request's safetySettings may set any threshold
    strict    BLOCK_LOW_AND_ABOVE everywhere; safetySettings may not loosen it
    off       no checks at all (operator lists included)
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from openbanana.config import SafetySettings
from openbanana.errors import ConfigError
from openbanana.safety.blocklist import TermList, TermListError
from openbanana.safety.images import ImageHashList, ImageHashListError, NsfwDetector
from openbanana.safety.nsfw import INSTALL_HINT as NSFW_INSTALL_HINT
from openbanana.safety.nsfw import NsfwUnavailableError, NudeNetDetector, nudenet_available
from openbanana.safety.policy import (
    HarmCategory,
    PermissivePolicy,
    SafetyPolicy,
    Threshold,
    Thresholds,
    strictness,
)
from openbanana.safety.recitation import RecitationList
from openbanana.safety.semantic import (
    EmbeddingUnavailableError,
    PolicyExamples,
    PolicyExamplesError,
    SemanticClassifier,
    semantic_classifier,
)
from openbanana.safety.standard import BLOCKLIST_SECTIONS, StandardPolicy

log = logging.getLogger("openbanana.safety")
PROFILES = ("standard", "strict", "off")


class SafetyConfigError(ConfigError, RuntimeError):
    """A safety setting that cannot be honoured (a missing extra, an unreadable list): the server does not start."""


@dataclass(frozen=True)
class ServedPolicy:
    """A served model's policy and the thresholds its requests run under."""

    policy: SafetyPolicy
    default: Threshold = Threshold.BLOCK_MEDIUM_AND_ABOVE
    loosest: Threshold | None = None  # None: requests may choose any threshold

    def thresholds(self, requested: Mapping[HarmCategory, Threshold]) -> Thresholds:
        chosen = {c: t for c, t in requested.items() if t is not Threshold.UNSPECIFIED}
        if self.loosest is not None:
            floor = strictness(self.loosest)
            chosen = {c: t for c, t in chosen.items() if strictness(t) >= floor}
        return Thresholds(self.default, chosen)


@dataclass(frozen=True)
class SafetyPolicies:
    default: ServedPolicy = field(default_factory=lambda: ServedPolicy(PermissivePolicy()))
    by_model: Mapping[str, ServedPolicy] = field(default_factory=dict)

    def for_model(self, model: str) -> ServedPolicy:
        return self.by_model.get(model, self.default)


def build_policies(settings: SafetySettings, model_names: tuple[str, ...]) -> SafetyPolicies:
    """Reads the lists and loads the classifiers once; every served model (of `model_names`) shares them."""
    try:
        profiles = settings.profiles(model_names)
    except ValueError as exc:
        raise SafetyConfigError(str(exc)) from exc
    standard: StandardPolicy | None = None
    if any(p != "off" for p in (settings.policy, *profiles.values())):
        standard = build_standard_policy(settings)

    def served(profile: str) -> ServedPolicy:
        if profile == "off" or standard is None:
            return ServedPolicy(PermissivePolicy())
        if profile == "strict":
            return ServedPolicy(standard, Threshold.BLOCK_LOW_AND_ABOVE, Threshold.BLOCK_LOW_AND_ABOVE)
        return ServedPolicy(standard, Threshold(settings.default_threshold))

    return SafetyPolicies(served(settings.policy), {m: served(p) for m, p in profiles.items()})


def build_standard_policy(settings: SafetySettings) -> StandardPolicy:
    try:
        return StandardPolicy(
            name="standard",
            terms=_terms(settings),
            recitation=RecitationList.load(settings.recitation_file) if settings.recitation_file
            else None,
            semantic=_semantic(settings),
            image_hashes=ImageHashList.load(settings.image_hashes_file,
                                            max_distance=settings.image_hash_distance)
            if settings.image_hashes_file else None,
            nsfw=_nsfw(settings),
            intent_rules=settings.default_terms,
            recitation_rules=settings.recitation_rules,
        )
    except (TermListError, ImageHashListError, PolicyExamplesError) as exc:
        raise SafetyConfigError(str(exc)) from exc


def _terms(settings: SafetySettings) -> TermList:
    text = ""
    if settings.default_terms:
        text = resources.files("openbanana.safety").joinpath("default_terms.txt").read_text("utf-8")
    default = TermList.parse(text, default_section="BLOCKLIST", sections=BLOCKLIST_SECTIONS,
                             source="openbanana/safety/default_terms.txt")
    if settings.blocklist_file is None:
        return default
    operator = TermList.load(settings.blocklist_file, default_section="BLOCKLIST",
                             sections=BLOCKLIST_SECTIONS)
    return default.extended(operator)


def _semantic(settings: SafetySettings) -> SemanticClassifier | None:
    """The classifier, unless the operator turned it off; without it the server does not start (a weaker policy
    only when asked for by name)."""
    if settings.semantic == "off":
        log.warning("safety: the semantic prompt classifier is off (safety_semantic=off): prompts are screened by "
                    "the term lists alone, which catch far fewer harmful prompts (docs/api.md, Safety)")
        return None
    try:
        return semantic_classifier(PolicyExamples.load(settings.examples_file))
    except EmbeddingUnavailableError as exc:
        raise SafetyConfigError(f"the semantic prompt classifier cannot run: {exc}. To serve with the term lists "
                                "alone (a weaker policy), set OPENBANANA_SAFETY_SEMANTIC=off") from exc


def _nsfw(settings: SafetySettings) -> NsfwDetector | None:
    if settings.nsfw == "off":
        return None
    if not nudenet_available():
        if settings.nsfw == "on":
            raise SafetyConfigError(f"OPENBANANA_SAFETY_NSFW=on, but {NSFW_INSTALL_HINT}")
        return None
    try:
        return _load_nudenet()
    except NsfwUnavailableError as exc:
        raise SafetyConfigError(f"the NSFW image detector cannot load: {exc}") from exc


@cache
def _load_nudenet() -> NudeNetDetector:
    return NudeNetDetector()
