"""Strings a sign points to are the sign's labels: "a wooden signpost that points to "Summit 2 km" and "Lake 500 m""
names two destinations on the signpost's arms, not a headline and a subtitle over the picture.

A scene's default roles give its first strings the headline and the subtitle; a string that a sign-like carrier
(a signpost, a trail sign, its arrows) is said to point to is that carrier's own words, and so is each string joined
on after it ("… and "Lake 500 m""). A role the prompt names ("titled", "a caption") is kept.
"""

from __future__ import annotations

import re
from dataclasses import replace

from openbanana.planner.rules.carried_roles import Read
from openbanana.planner.rules.vocabulary.typography import JOINED
from openbanana.scene import DocumentKind, TextRole

# The words right before a destination: "points to", "pointing the way to", "arrows pointing toward the".
_POINTS_TO = re.compile(r"\b(?:points?|pointing|point(?:s|ing)? the way)\s+(?:to|toward|towards|at)\s+(?:the\s+)?$")
_DEFAULT_ROLES: frozenset[TextRole] = frozenset({"headline", "subtitle", "caption"})


def pointed_labels(read: Read, kind: DocumentKind, signs: frozenset[str]) -> Read:
    """The strings with each one a sign in `signs` points to (and those joined on after it) made the sign's labels.
    `signs`: the carriers that point (a spec's target must be one)."""
    if kind != "scene":
        return read
    out = list(read)
    for index, (spec, span) in enumerate(read):
        if span is None or spec.role not in _DEFAULT_ROLES or spec.target not in signs:
            continue
        previous = out[index - 1][0] if index else None
        joined = previous is not None and previous.role == "label" and previous.target == spec.target \
            and JOINED.fullmatch(span.before_raw) is not None
        if joined or _POINTS_TO.search(span.before):
            out[index] = (replace(spec, role="label"), span)
    return out
