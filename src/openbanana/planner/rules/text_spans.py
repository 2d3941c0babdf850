"""Finds the strings a prompt asks to show, verbatim, with the words on either side of each."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

QUOTED = re.compile(
    r'"([^"\n]{1,400})"|“([^”\n]{1,400})”|«([^»\n]{1,400})»|„([^“”\n]{1,400})[“”]|「([^」\n]{1,400})」'
    r"|(?<![\w])['‘]((?:[^'’\n]|(?<=\w)['’](?=\w)){1,400})['’](?![\w])"
)  # 'Happy Mother's Day': an apostrophe between two letters is part of a single-quoted string
SAYING = re.compile(
    r"(?:\b(?:sign|text|words?|poster|banner|label|caption|title|headline|board|card|note)\s+reading"
    r"|\bwith the (?:words?|text)(?:\s+(?:saying|that says|reading))?"
    r"|\b(?:saying|that says|which says|that reads|which reads|labell?ed|titled|captioned))"
    r"\s*:?\s+(.+?)(?:[.;!?\n]|$)",
    re.IGNORECASE,
)
_LISTED = re.compile(r"(?:\bhow to [^:.;\n]{1,60}|\b(?:steps?|stages?|phases?|instructions|process|workflow|cycle"
                     r"|parts?|labels?|labell?ed|label(?: each part| the parts)?))"
                     r"\s*(?:are|as|with|like)?\s*:\s*(?P<list>[^.;\n]+)",
                     re.IGNORECASE)
# Where the words about one string end: a sentence, a new clause, the next "and" or "with".
_CLAUSE_END = re.compile(r"[.;!?\n]|,\s*(?:a|an|the|and|with|plus|then)\b|\band\b|\bwith\b")


@dataclass(frozen=True)
class Span:
    """A string to show, where it stands in the prompt, and the words on either side of it."""

    text: str
    start: int
    end: int
    before: str = ""  # lower-cased, from the last clause break up to the string
    after: str = ""  # lower-cased, from the string to the next clause break
    before_raw: str = ""  # the words as written between the previous string (or the start) and this one
    after_raw: str = ""  # the words as written between this string and the next (or the end)


def quoted_spans(prompt: str) -> list[Span]:
    """Quoted strings in order; else "sign reading …" phrases; each with its context."""
    spans = [Span(next(g for g in m.groups() if g is not None).strip(), m.start(), m.end())
             for m in QUOTED.finditer(prompt)]
    spans = [s for s in spans if s.text]
    if not spans:
        spans = [Span(m.group(1).strip(), m.start(1), m.end(1)) for m in SAYING.finditer(prompt)
                 if m.group(1).strip()]
    return with_context(prompt, spans)


def listed_spans(prompt: str) -> list[Span]:
    """"steps: boil water, add tea, then wait" → one span per item, as written (two at least)."""
    match = _LISTED.search(prompt)
    if match is None:
        return []
    spans = []
    offset = match.start("list")
    separated = re.sub(r"\b(?:and then|then|and)\b", lambda m: "," + " " * (len(m.group(0)) - 1),
                       match.group("list"))
    for piece in re.finditer(r"[^,]+", separated):
        text = re.sub(r"^\s*(?:\d+[.)]\s*)?", "", piece.group(0)).strip()
        if text:
            start = offset + piece.start() + piece.group(0).index(text)
            spans.append(Span(text, start, start + len(text)))
    return with_context(prompt, spans) if len(spans) >= 2 else []


def with_context(prompt: str, spans: list[Span]) -> list[Span]:
    out = []
    for index, span in enumerate(spans):
        previous_end = spans[index - 1].end if index else 0
        next_start = spans[index + 1].start if index + 1 < len(spans) else len(prompt)
        before_raw, after_raw = prompt[previous_end:span.start], prompt[span.end:next_start]
        breaks = list(_CLAUSE_END.finditer(before_raw.lower()))
        before = before_raw[breaks[-1].end():] if breaks else before_raw
        cut = _CLAUSE_END.search(after_raw.lower())
        after = after_raw[:cut.start()] if cut else after_raw
        out.append(replace(span, before=before.lower(), after=after.lower(), before_raw=before_raw,
                           after_raw=after_raw))
    return out


def without_spans(prompt: str, spans: list[Span], extra: Sequence[tuple[int, int]] = (), mark: str = "") -> str:
    """The prompt with the strings cut out (each left as `mark`, if given) and the other taken ranges too."""
    pieces, cursor = [], 0
    starts = {s.start for s in spans}
    for start, end in sorted([*((s.start, s.end) for s in spans), *extra]):
        if end > cursor:
            pieces.append(prompt[cursor:max(cursor, start)])
            if mark and start in starts:
                pieces.append(mark)
            cursor = end
    pieces.append(prompt[cursor:])
    return re.sub(r"\s+", " ", " ".join(pieces)).strip()
