"""StandardPolicy: the checks a served model runs, in order, each able to end the request.

    prompt:        operator blocklist (BLOCKLIST / PROHIBITED_CONTENT) → recitation list and rules (RECITATION)
                   → lexicon, intent rules (intent.py) and semantic scores per harm category (SAFETY, or
                     PROHIBITED_CONTENT for minors); a lexicon hit in a context the classifier reads as benign rates
                     LOW (CONTEXT_MARGIN), unless the prompt praises the attack it names
    input image:   operator image-hash list (BLOCKLIST) → NSFW detector, if installed (SAFETY)
    output image:  operator image-hash list → NSFW detector                   (either: finishReason SAFETY)
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image

from openbanana.safety.blocklist import Hit, TermList
from openbanana.safety.images import ImageHashList, NsfwDetector, detector_verdict
from openbanana.safety.intent import glorifies, intent_hits
from openbanana.safety.policy import (
    ALLOW,
    Action,
    BlockReason,
    HarmCategory,
    Thresholds,
    Verdict,
    rate,
)
from openbanana.safety.recitation import RecitationList
from openbanana.safety.semantic import PROHIBITED_SCORE, SemanticClassifier
from openbanana.safety.verbatim import verbatim_request

CONTEXT_MARGIN = -0.05
CONTEXT_SCORE = 0.3
"""A harm-category term hit ("car bomb", "beheading", "nude woman") rates its category HIGH, unless the semantic
classifier finds every form and window of the prompt closer to the benign examples than to that category's by more
than -CONTEXT_MARGIN ("a news photo of the aftermath of a car bomb", "Caravaggio's Judith beheading Holofernes"):
then it rates LOW (CONTEXT_SCORE), which BLOCK_LOW_AND_ABOVE still blocks. A prompt that praises the violence it
names ("a poster celebrating the car bomb as a victory", intent.glorifies) keeps the hit at full strength: the
embedding reads it as close to the news photo. BLOCKLIST and PROHIBITED_CONTENT entries never depend on context.
CONTEXT_MARGIN was chosen on the tuning split (bench/safety.py)."""

BLOCKLIST_SECTIONS = frozenset({BlockReason.BLOCKLIST.value, BlockReason.PROHIBITED_CONTENT.value,
                                *(c.value for c in HarmCategory)})


@dataclass(frozen=True)
class StandardPolicy:
    name: str
    terms: TermList
    recitation: RecitationList | None = None
    semantic: SemanticClassifier | None = None
    image_hashes: ImageHashList | None = None
    nsfw: NsfwDetector | None = None
    intent_rules: bool = True  # intent.py's rules; off with the default lexicon (OPENBANANA_SAFETY_DEFAULT_TERMS)
    recitation_rules: bool = True  # verbatim.py's rules (OPENBANANA_SAFETY_RECITATION_RULES)

    def check_prompt(self, prompt: str, thresholds: Thresholds) -> Verdict:
        hits = {hit.section: hit for hit in self.terms.search(prompt)} if prompt else {}
        for reason in (BlockReason.PROHIBITED_CONTENT, BlockReason.BLOCKLIST):
            if reason.value in hits:
                return Verdict(Action.BLOCK, reason, evidence=f"term list: {hits[reason.value].entry}")
        if self.recitation is not None and prompt:
            recited = self.recitation.check(prompt)
            if not recited.allowed:
                return recited
        if self.recitation_rules and prompt:
            recited = verbatim_request(prompt)
            if not recited.allowed:
                return recited
        return self._rate_prompt(prompt, hits, thresholds)

    def check_input_image(self, image: Image.Image, thresholds: Thresholds) -> Verdict:
        return self._check_image(image, thresholds, BlockReason.BLOCKLIST)

    def check_output_image(self, image: Image.Image, thresholds: Thresholds) -> Verdict:
        return self._check_image(image, thresholds, BlockReason.SAFETY)

    def _rate_prompt(self, prompt: str, hits: dict[str, Hit], thresholds: Thresholds) -> Verdict:
        scores = {hit.category: hit.score for hit in hits.values() if hit.category is not None}
        evidence = ", ".join(f"term list: {hit.entry}" for hit in hits.values())
        if self.semantic is not None and prompt:
            semantic = self.semantic.score(prompt)
            praised = bool(scores) and glorifies(prompt)
            for category in list(scores):
                if semantic.margin.get(category, 1.0) < CONTEXT_MARGIN and not praised:
                    scores[category] = min(scores[category], CONTEXT_SCORE)
                    evidence += f" (benign context for {category})"
            for category, value in semantic.harm.items():
                scores[category] = max(scores.get(category, 0.0), value)
            evidence = ", ".join(filter(None, (evidence, f"semantic: {semantic.top}")))
            if semantic.prohibited >= PROHIBITED_SCORE:
                ratings = rate(scores, Thresholds()).ratings
                return Verdict(Action.BLOCK, BlockReason.PROHIBITED_CONTENT, ratings, evidence)
        # after the context rule: each intent rule already needs its own context to fire
        for hit in intent_hits(prompt) if self.intent_rules and prompt else []:
            category = HarmCategory(hit.section)
            scores[category] = max(scores.get(category, 0.0), hit.score)
            evidence = ", ".join(filter(None, (evidence, hit.entry)))
        if not scores and self.semantic is None:
            return ALLOW  # nothing scored the prompt: no ratings to report
        verdict = rate(scores, thresholds)
        return Verdict(verdict.action, verdict.reason, verdict.ratings, evidence or verdict.evidence)

    def _check_image(self, image: Image.Image, thresholds: Thresholds, listed_reason: BlockReason) -> Verdict:
        if self.image_hashes is not None:
            listed = self.image_hashes.check(image)
            if not listed.allowed:
                return Verdict(Action.BLOCK, listed_reason, evidence=listed.evidence)
        if self.nsfw is None:
            return ALLOW
        return detector_verdict(self.nsfw, image, thresholds)
