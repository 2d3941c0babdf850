"""The operator's list of protected material: a prompt that names a listed work, character or brand is answered
with finishReason RECITATION (IMAGE_RECITATION in the image-reasons and google-live answer shapes) and no image.
The default rules for long texts asked for verbatim are in verbatim.py.

Same file format and matching as the blocklist (blocklist.py), one name per line, e.g.

    Mickey Mouse
    re:\\bharry\\s+potter\\b
"""

from __future__ import annotations

from pathlib import Path

from openbanana.safety.blocklist import TermList
from openbanana.safety.policy import ALLOW, Action, Verdict

SECTION = "RECITATION"


class RecitationList:
    def __init__(self, terms: TermList) -> None:
        self._terms = terms

    @classmethod
    def load(cls, path: Path) -> RecitationList:
        return cls(TermList.load(path, default_section=SECTION, sections=frozenset({SECTION})))

    @classmethod
    def parse(cls, text: str) -> RecitationList:
        return cls(TermList.parse(text, default_section=SECTION, sections=frozenset({SECTION})))

    def check(self, prompt: str) -> Verdict:
        hits = self._terms.search(prompt)
        if not hits:
            return ALLOW
        return Verdict(Action.RECITATION, evidence=f"recitation list: {hits[0].entry}")
