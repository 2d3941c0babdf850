"""The offline `rules` planner: reads the prompt with regular expressions and word lists, lays out by rules.

It never invents text: quoted strings become text blocks verbatim, everything else becomes colour, mood and
pictograms. Layout keeps text in safe bands and subjects out of the text's way, on the rule-of-thirds lines.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from openbanana.plan import RGB, Background, Box, EditOp, Plan, Subject, TextBlock
from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.vocabulary import COLORS, EDIT_WORDS, MOODS, STOPWORDS

_QUOTED = re.compile(
    r'"([^"\n]{1,200})"|“([^”\n]{1,200})”|«([^»\n]{1,200})»'
    r"|(?<![\w])['‘]([^'’\n]{1,200})['’](?![\w])"
)
_SAYING = re.compile(
    r"(?:\b(?:sign|text|words?|poster|banner|label|caption|title|headline|board|card|note)\s+reading"
    r"|\bwith the (?:words?|text)(?:\s+(?:saying|that says|reading))?"
    r"|\b(?:saying|that says|which says|that reads|which reads|labell?ed|titled|captioned))"
    r"\s*:?\s+(.+?)(?:[.;!?\n]|$)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
MAX_SUBJECTS = 5


@dataclass(frozen=True)
class PlanningInput:
    """What the planner may look at; the service builds it from the request."""

    prompt: str
    width: int
    height: int
    reference_count: int = 0
    seed: int = 0


def plan_composition(request: PlanningInput) -> Plan:
    texts = extract_texts(request.prompt)
    prose = _strip_texts(request.prompt, texts)
    words = [w.lower() for w in _WORD.findall(prose)]
    colors = _named_colors(prose)
    mood_colors, style = _mood(words)
    edits = _edits(prose) if request.reference_count else ()
    rng = random.Random(request.seed)
    background = _background(colors, mood_colors, request.reference_count, style)
    subjects = _subjects(words, prose)
    text_blocks, free_area = _layout_texts(texts)
    placed = _layout_subjects(subjects, free_area, request.width / request.height, rng)
    notes = _notes(texts, placed, colors, style, edits, request.reference_count)
    palette = tuple(dict.fromkeys((*colors, *background.colors)))[:6]
    return Plan(
        prompt=request.prompt, width=request.width, height=request.height, background=background,
        palette=palette, subjects=placed, texts=text_blocks, style=style, edits=edits, notes=notes,
        reference_count=request.reference_count, seed=request.seed,
    )


def extract_texts(prompt: str) -> list[str]:
    """Exact strings to render: quoted spans first; else `text saying ...` phrases."""
    quoted = [next(g for g in m.groups() if g is not None).strip() for m in _QUOTED.finditer(prompt)]
    quoted = [q for q in quoted if q]
    if quoted:
        return quoted
    return [m.group(1).strip() for m in _SAYING.finditer(prompt) if m.group(1).strip()]


def _strip_texts(prompt: str, texts: list[str]) -> str:
    for text in texts:
        prompt = prompt.replace(text, " ")
    return prompt


def _named_colors(prose: str) -> list[RGB]:
    lowered = prose.lower()
    found = sorted((m.start(), name) for name in COLORS for m in re.finditer(rf"\b{name}\b", lowered))
    return list(dict.fromkeys(COLORS[name] for _, name in found))


def _mood(words: list[str]) -> tuple[tuple[RGB, ...], tuple[str, ...]]:
    for word in words:
        if word in MOODS:
            colors, style = MOODS[word]
            return colors, (word, *style)
    return (), ()


def _edits(prose: str) -> tuple[EditOp, ...]:
    lowered = prose.lower()
    ops = [op for phrase, op in EDIT_WORDS.items() if re.search(rf"\b{re.escape(phrase)}\b", lowered)]
    return tuple(dict.fromkeys(ops))


def _background(colors: list[RGB], mood: tuple[RGB, ...], references: int, style: tuple[str, ...]) -> Background:
    if references == 1:
        return Background("reference", mood or tuple(colors[:2]))
    if references > 1:
        return Background("collage", mood or tuple(colors[:2]))
    vignette = 0.35 if {"dark", "dramatic", "elegant"} & set(style) else 0.15
    if mood:
        return Background("gradient", mood, vignette=vignette)
    if colors:
        base = colors[0]
        stops = (_mix(base, (255, 255, 255), 0.35), _mix(base, (0, 0, 0), 0.25))
        return Background("gradient", stops, vignette=vignette)
    return Background("gradient", ((236, 242, 255), (200, 214, 240)), vignette=vignette)


def _subjects(words: list[str], prose: str) -> list[tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    lowered = prose.lower()
    for phrase in ("ice cream", "coffee shop"):
        if phrase in lowered and (glyph := pictogram_for(phrase)):
            found[glyph] = (phrase, glyph)
    for word in words:
        if word in STOPWORDS or word in COLORS or len(word) < 3:
            continue
        glyph = pictogram_for(word)
        if glyph and glyph not in found:
            found[glyph] = (word, glyph)
    return list(found.values())[:MAX_SUBJECTS]


def _layout_texts(texts: list[str]) -> tuple[tuple[TextBlock, ...], Box]:
    """Headline on top, a second string under it, the rest as labels at the bottom; returns the space left."""
    blocks: list[TextBlock] = []
    top, bottom = 0.08, 0.92
    for index, text in enumerate(texts[:4]):
        if index == 0:
            blocks.append(TextBlock(text, "headline", (0.07, 0.05, 0.93, 0.25)))
            top = 0.27
        elif index == 1:
            blocks.append(TextBlock(text, "subtitle", (0.12, 0.26, 0.88, 0.35), font="sans"))
            top = 0.37
        else:
            band = 0.83 if index == 2 else 0.91
            blocks.append(TextBlock(text, "caption", (0.1, band, 0.9, band + 0.07), font="sans"))
            bottom = min(bottom, 0.81)
    return tuple(blocks), (0.06, top, 0.94, bottom)


def _layout_subjects(found: list[tuple[str, str]], area: Box, ratio: float, rng: random.Random) -> tuple[Subject, ...]:
    if not found:
        return ()
    left, top, right, bottom = area
    area_w, area_h = (right - left) * ratio, bottom - top  # in units of canvas height
    hero_size = min(area_h * 0.9, area_w * (0.62 if len(found) > 1 else 0.8))
    hero_x = rng.choice((1 / 3, 2 / 3)) if len(found) > 1 else 0.5
    cx = left * ratio + area_w * hero_x
    cy = top + area_h * 0.5
    subjects = [Subject(found[0][0], found[0][1], _square(cx, cy, hero_size, ratio), z=1)]
    others = found[1:]
    side_x = left * ratio + area_w * (0.78 if hero_x < 0.5 else 0.22)
    small = min(hero_size * 0.5, area_h / max(1, len(others)) * 0.85)
    for i, (label, glyph) in enumerate(others):
        sy = top + area_h * (i + 0.5) / len(others)
        jitter = rng.uniform(-0.03, 0.03)
        subjects.append(Subject(label, glyph, _square(side_x + jitter, sy, small, ratio), z=0))
    return tuple(subjects)


def _square(cx: float, cy: float, size: float, ratio: float) -> Box:
    """A square of `size` canvas-heights centred at (cx in canvas-heights, cy), as canvas fractions."""
    half = size / 2
    return ((cx - half) / ratio, cy - half, (cx + half) / ratio, cy + half)


def _notes(texts: list[str], subjects: tuple[Subject, ...], colors: list[RGB], style: tuple[str, ...],
           edits: tuple[EditOp, ...], references: int) -> tuple[str, ...]:
    notes = []
    if references:
        notes.append(f"Starting from {references} reference image{'s' if references > 1 else ''} as the canvas.")
    if subjects:
        supporting = ", ".join(s.label for s in subjects[1:]) or "none"
        notes.append(f"Hero subject: {subjects[0].label}; supporting: {supporting}.")
    if texts:
        notes.append("Exact text to render: " + "; ".join(f'"{t}"' for t in texts) + ".")
    if style:
        notes.append(f"Mood and style: {', '.join(style)}.")
    if colors:
        notes.append(f"{len(colors)} named colour{'s' if len(colors) > 1 else ''} set the palette.")
    if edits:
        notes.append(f"Edits to apply: {', '.join(e.replace('_', ' ') for e in edits)}.")
    return tuple(notes)


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))
