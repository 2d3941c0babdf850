r"""Term lists: the operator blocklist, the default lexicon and the recitation list share one matcher.

File format (UTF-8, one entry a line, `#` starts a comment):

    [BLOCKLIST]                        section: what a hit means (the first section may be implicit, see below)
    some phrase                        a term: case-, accent-, homoglyph- and leetspeak-blind, whole words,
                                       letters may repeat ("nuuude"), spelled out ("n u d e", "n.u.d.e"),
                                       an optional plural "s"/"es"; words may be joined ("childporn")
    porn*                              a trailing * matches any word ending ("porno", "pornographic")
    re:\bfoo\s+bar\b                   a Python regex, searched in the folded text (NFKC, casefold, no accents)
                                       and in its de-obfuscated form ("n.u.d.e" → "nude", "s3xy" → "sexy")
    [PROHIBITED_CONTENT]               non-adjustable block, blockReason PROHIBITED_CONTENT
    [HARM_CATEGORY_SEXUALLY_EXPLICIT]  a hit rates that category HIGH (append LOW/MEDIUM to the name for less):
                                       blocked unless the request's threshold for it is BLOCK_NONE or OFF
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from openbanana.safety.normalisation import deobfuscate, fold, skeleton
from openbanana.safety.policy import HarmCategory

LEVEL_SCORES = {"LOW": 0.3, "MEDIUM": 0.6, "HIGH": 0.9}
_SEPARATORS = r"[\W_]"
_WORD_START = r"(?<![^\W_])"
_WORD_END = r"(?:e?s)?(?![^\W_])"


class TermListError(ValueError):
    """A term file that cannot be read: the message names the file, the line and the problem."""


@dataclass(frozen=True)
class Hit:
    section: str  # BLOCKLIST, PROHIBITED_CONTENT, RECITATION or a HarmCategory value
    entry: str  # the line that matched, for the server log
    score: float = LEVEL_SCORES["HIGH"]

    @property
    def category(self) -> HarmCategory | None:
        try:
            return HarmCategory(self.section)
        except ValueError:
            return None


@dataclass(frozen=True)
class _Entry:
    section: str
    text: str
    pattern: re.Pattern[str]
    on_skeleton: bool  # plain terms match the leetspeak skeleton; regexes match the folded text
    score: float


class TermList:
    """Compiled entries; `search` returns every section that matched, once each, in file order."""

    def __init__(self, entries: list[_Entry]) -> None:
        self._entries = entries

    def __len__(self) -> int:
        return len(self._entries)

    def extended(self, other: TermList) -> TermList:
        return TermList([*self._entries, *other._entries])

    @classmethod
    def parse(cls, text: str, *, default_section: str, sections: frozenset[str], source: str = "<text>") -> TermList:
        entries: list[_Entry] = []
        section, score = default_section, LEVEL_SCORES["HIGH"]
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.strip() if raw.lstrip().startswith("re:") else raw.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("[") and line.endswith("]"):
                section, score = _section(line[1:-1], sections, f"{source}:{number}")
                continue
            entries.append(_compile(line, section, score, f"{source}:{number}"))
        return cls(entries)

    @classmethod
    def load(cls, path: Path, *, default_section: str, sections: frozenset[str]) -> TermList:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TermListError(f"cannot read term list {path}: {exc}") from exc
        return cls.parse(text, default_section=default_section, sections=sections, source=str(path))

    def search(self, text: str) -> list[Hit]:
        skel, readable = skeleton(text), (fold(text), deobfuscate(text))
        hits: dict[str, Hit] = {}
        for entry in self._entries:
            if entry.pattern.search(skel) if entry.on_skeleton else any(entry.pattern.search(t) for t in readable):
                previous = hits.get(entry.section)
                if previous is None or previous.score < entry.score:
                    hits[entry.section] = Hit(entry.section, entry.text, entry.score)
        return list(hits.values())


def term_pattern(term: str) -> str:
    """The regex for a plain term over skeleton text (see the module docstring)."""
    wildcard = term.endswith("*")
    words = [w for w in re.split(r"[\W_]+", skeleton(term.rstrip("*"))) if w]
    if not words:
        raise ValueError("the term has no letters or digits")
    body = f"{_SEPARATORS}*".join(f"(?:{_run_together(w)}|{_spelled_out(w, i)})" for i, w in enumerate(words))
    return _WORD_START + body + (r"\w*" if wildcard else _WORD_END)


def _run_together(word: str) -> str:
    """Each letter one or more times: 'boobs' → b+o{2,}b+s+ (a doubled letter stays at least double)."""
    return "".join(re.escape(m.group(1)) + ("+" if len(m.group(0)) == 1 else f"{{{len(m.group(0))},}}")
                   for m in re.finditer(r"(.)\1*", word))


def _spelled_out(word: str, index: int) -> str:
    """Every letter apart, with the same separator each time: 'n u d e', 'n.u.d.e', 'n-u-d-e'."""
    if len(word) < 3:
        return _run_together(word)
    group = f"s{index}"
    return (re.escape(word[0]) + f"(?P<{group}>{_SEPARATORS}+)"
            + f"(?P={group})".join(re.escape(c) for c in word[1:]))


def _compile(line: str, section: str, score: float, where: str) -> _Entry:
    try:
        if line.startswith("re:"):
            return _Entry(section, line, re.compile(line[3:].strip(), re.IGNORECASE), False, score)
        return _Entry(section, line, re.compile(term_pattern(line)), True, score)
    except (re.error, ValueError) as exc:
        raise TermListError(f"{where}: {line!r} is not a valid entry: {exc}") from exc


def _section(name: str, allowed: frozenset[str], where: str) -> tuple[str, float]:
    parts = name.strip().upper().split()
    level = parts[1] if len(parts) == 2 else "HIGH"
    if not parts or len(parts) > 2 or parts[0] not in allowed or level not in LEVEL_SCORES:
        raise TermListError(f"{where}: unknown section [{name}]; use one of {', '.join(sorted(allowed))}, "
                            "optionally followed by LOW, MEDIUM or HIGH for harm categories")
    return parts[0], LEVEL_SCORES[level]
