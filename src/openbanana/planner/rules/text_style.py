"""How a string looks, from the words beside it: placement, colour, weight and family; and the prompt's words
about all of its text at once."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from openbanana.planner.rules.text_spans import Span
from openbanana.planner.rules.vocabulary.typography import (
    BUTTON_COLOR,
    COLOR_WORDS,
    FAMILY_WORDS,
    GLOBAL_TEXT,
    PLACEMENT_WORDS,
    ROLE_WORDS,
    WEIGHT_WORDS,
    color_named,
)
from openbanana.scene import FontFamily, FontWeight, Placement, TextSpec

_PLAIN = TextSpec("")
# "a label reading", "a tag that says": once the role word is the text's, its verb is too (else "reading" was read
# as a thing, drawn as books).
SAYS_TAIL = re.compile(r"\s+(?:reading|saying|(?:that|which) (?:says|reads)|reads|says)\s*[:,]?\s*")
# A tag that reads the string, or hangs somewhere, is a thing in the scene carrying it ("a tag reading "$12"", "a
# price tag hanging from a sweater that says…"), not a word about the string: it stays in the prose, to be drawn
# with the string on it.
_CARRIED = re.compile(r"tags?\s+(?:(?:that\s+)?(?:reads?|reading|says?|saying)|hanging|hung|hangs|dangling|tied|"
                      r"attached|pinned|clipped)\b")


def style_of(words: str) -> TextSpec:
    """The placement, colour, weight and family named in `words`, on an empty TextSpec."""
    placement: Placement = next((p for p, pattern in PLACEMENT_WORDS if pattern.search(words)), "auto")
    weight: FontWeight = next((w for w, pattern in WEIGHT_WORDS if pattern.search(words)), "auto")
    family: FontFamily = next((f for f, pattern in FAMILY_WORDS if pattern.search(words)), "auto")
    match = COLOR_WORDS.search(words)
    color = color_named(match.group(1) or match.group(2)) if match else None
    return TextSpec("", placement=placement, color=color, weight=weight, family=family)


def merged(spec: TextSpec, *looks: TextSpec) -> TextSpec:
    """`spec` with each attribute it leaves open taken from the first look that sets it."""
    for look in looks:
        spec = replace(spec, placement=spec.placement if spec.placement != "auto" else look.placement,
                       color=spec.color or look.color, weight=spec.weight if spec.weight != "auto" else look.weight,
                       family=spec.family if spec.family != "auto" else look.family)
    return spec


def styled(spec: TextSpec, span: Span) -> TextSpec:
    """The spec with the look its own words give it: the words after the string first, then those before."""
    return merged(spec, style_of(span.after), style_of(span.before))


def _global_sentences(prompt: str, spans: list[Span]) -> list[re.Match[str]]:
    """Sentences with no string in them that speak of the text; one binary search per sentence, not a scan of
    every string (a long prompt has thousands of both)."""
    starts = sorted(s.start for s in spans)

    def holds_a_string(m: re.Match[str]) -> bool:
        index = bisect_left(starts, m.start())
        return index < len(starts) and starts[index] < m.end()

    return [m for m in re.finditer(r"[^.;!?\n]+", prompt)
            if not holds_a_string(m) and GLOBAL_TEXT.search(m.group(0).lower())]


def global_style(prompt: str, spans: list[Span]) -> TextSpec:
    """"All text in white", "use a serif font": sentences with no string in them that speak of the text."""
    sentences = _global_sentences(prompt, spans)
    return replace(style_of(" ".join(m.group(0).lower() for m in sentences)), placement="auto") if sentences \
        else _PLAIN


def described_ranges(prompt: str, spans: list[Span]) -> list[tuple[int, int]]:
    """Where the prompt describes a string ("the subtitle", "on a button", "at the top", "in white", "serif"):
    those words are the text's, not the scene's, so they are taken out of the prose the scene is read from."""
    patterns = [COLOR_WORDS, BUTTON_COLOR, *(p for _, p in ROLE_WORDS), *(p for _, p in PLACEMENT_WORDS),
                *(p for _, p in WEIGHT_WORDS), *(p for _, p in FAMILY_WORDS)]
    ranges: list[tuple[int, int]] = []
    roles = {p for _, p in ROLE_WORDS}
    for span in spans:
        for words, offset in ((span.after, span.end), (span.before, span.start - len(span.before))):
            for pattern in patterns:
                for m in pattern.finditer(words):
                    if _CARRIED.match(words, m.start()):
                        continue
                    says = SAYS_TAIL.fullmatch(words, m.end()) if pattern in roles and offset < span.start else None
                    ranges.append((offset + m.start(), offset + (says.end() if says else m.end())))
    for sentence in _global_sentences(prompt, spans):
        match = COLOR_WORDS.search(sentence.group(0).lower())
        if match:
            ranges.append((sentence.start() + match.start(), sentence.start() + match.end()))
    return ranges
