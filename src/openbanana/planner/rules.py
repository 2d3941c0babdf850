"""The offline `rules` planner: reads the prompt with regular expressions and word lists, lays out by rules.

It never invents text: quoted strings become text blocks verbatim, everything else becomes colour, mood, a scene
and pictograms. The layout is a template chosen for the aspect ratio and the amount of text (the seed picks among
the ones that fit): text in safe areas, the hero subject on a rule-of-thirds line standing on the scene's ground,
supporting subjects beside it, and no subject ever under text.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from openbanana.plan import RGB, Background, Box, EditOp, FontName, Plan, SceneKind, Subject, TextBlock, TextRole
from openbanana.planner.pictograms import is_phrase_key, pictogram_for
from openbanana.planner.vocabulary import (
    AMBIGUOUS_COLORS,
    BACKGROUND_NOUNS,
    COLOR_MODIFIERS,
    COLORS,
    CROPS,
    EDIT_WORDS,
    MOODS,
    NOT_SUBJECTS,
    SCENES,
    SEMANTIC_EDITS,
    STOPWORDS,
    Mood,
    Scene,
)

_QUOTED = re.compile(
    r'"([^"\n]{1,400})"|“([^”\n]{1,400})”|«([^»\n]{1,400})»|„([^“”\n]{1,400})[“”]|「([^」\n]{1,400})」'
    r"|(?<![\w])['‘]([^'’\n]{1,400})['’](?![\w])"
)
_SAYING = re.compile(
    r"(?:\b(?:sign|text|words?|poster|banner|label|caption|title|headline|board|card|note)\s+reading"
    r"|\bwith the (?:words?|text)(?:\s+(?:saying|that says|reading))?"
    r"|\b(?:saying|that says|which says|that reads|which reads|labell?ed|titled|captioned))"
    r"\s*:?\s+(.+?)(?:[.;!?\n]|$)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
MAX_SUBJECTS = 6
MAX_TEXTS = 4
SAFE = 0.05  # margin kept clear at every edge, as a fraction of the short side
FOOD_ON_PLATE = frozenset({"dish", "plate", "meal", "dinner", "lunch", "breakfast", "dessert", "bowl", "serving"})
PLATE = "🍽"
PLATE_SQUASH = 0.42
AMBIGUOUS_I = frozenset({"geometric", "sans-bold", "sans", "condensed", "rounded"})
HEADLINE_FACES: tuple[FontName, ...] = ("display", "geometric", "sans-bold")
BODY_FACES: dict[FontName, FontName] = {"serif-display": "serif-italic", "serif-bold": "serif-bold"}


@dataclass(frozen=True)
class PlanningInput:
    """What the planner may look at; the service builds it from the request."""

    prompt: str
    width: int
    height: int
    reference_count: int = 0
    seed: int = 0


@dataclass(frozen=True)
class _Found:
    label: str
    glyph: str
    tint: RGB | None = None
    on_plate: bool = False


def plan_composition(request: PlanningInput) -> Plan:
    texts = extract_texts(request.prompt)
    prose = _strip_texts(request.prompt, texts)
    lowered = prose.lower()
    words = [w.lower().strip("'-") for w in _WORD.findall(prose)]
    rng = random.Random(request.seed)
    ratio = request.width / request.height
    background_colors, tints = _named_colors(lowered)
    mood_names, moods = _moods(lowered, words)
    scene_name, scene = _scene(lowered)
    style = tuple(dict.fromkeys([*mood_names[:1], *(t for m in moods for t in m.tags)]))
    found = _subjects(lowered, words, tints, {*mood_names, *(scene_name.split() if scene_name else ())})
    if request.reference_count:
        return _edit_plan(request, texts, prose, found, background_colors, style, rng)
    background = _background(background_colors, [*tints.values()], moods, scene, rng)
    layout, text_boxes, subject_area = _choose_layout(texts, ratio, bool(found) or bool(scene and scene.props), rng)
    fonts = _fonts(texts, moods, rng)
    blocks = tuple(_text_block(text, role, box, font, ratio) for text, role, box, font in
                   zip(texts[:MAX_TEXTS], _roles(len(texts)), text_boxes, fonts, strict=False))
    placed = _layout_subjects(found, scene, subject_area, ratio, background.horizon, rng)
    background = _light_on_hero(background, placed)
    background = _place_disc(background, placed, blocks, ratio)
    notes = _notes(texts, placed, background_colors, tints, style, scene_name, layout, fonts)
    palette = tuple(dict.fromkeys((*background_colors, *tints.values(), *(c for m in moods for c in m.colors),
                                   *background.colors)))[:6]
    return Plan(
        prompt=request.prompt, background=background,
        palette=palette, subjects=placed, texts=blocks, style=style, notes=notes,
        reference_count=0, seed=request.seed, layout=layout, extras={"setting": scene_name} if scene_name else {},
    )


# --- reading the prompt -------------------------------------------------------------------------------------------

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


def _color_spans(lowered: str) -> list[tuple[int, int, RGB]]:
    """(start, end, colour) for every colour phrase: multi-word names, modifiers ("light blue"), CSS names."""
    spans: list[tuple[int, int, RGB]] = []
    taken: set[int] = set()
    for name in sorted(COLORS, key=len, reverse=True):
        for match in re.finditer(rf"\b{re.escape(name)}\b", lowered):
            if taken & set(range(match.start(), match.end())):
                continue
            start, color = match.start(), COLORS[name]
            modifier = re.search(r"\b(\w+)[ -]$", lowered[:start])
            if modifier and modifier.group(1) in COLOR_MODIFIERS and " " not in name:
                toward, amount = COLOR_MODIFIERS[modifier.group(1)]
                color = _mix(color, toward, amount)
                start = modifier.start()
            spans.append((start, match.end(), color))
            taken.update(range(start, match.end()))
    return sorted(spans)


def _named_colors(lowered: str) -> tuple[list[RGB], dict[str, RGB]]:
    """Background colours, and colours that belong to a following noun ("a red car" → car: red)."""
    background: list[RGB] = []
    tints: dict[str, RGB] = {}
    for start, end, color in _color_spans(lowered):
        word = lowered[start:end].split()[-1]
        following = re.match(r"[\s,-]*(?:and [a-z]+ )?([a-z]+)(?:\s+([a-z]+))?", lowered[end:])
        noun = following.group(1) if following else ""
        noun2 = (following.group(2) or "") if following else ""
        if noun in BACKGROUND_NOUNS or (noun in ("and", "or", "with") and noun2 in BACKGROUND_NOUNS):
            background.append(color)
        elif noun and pictogram_for(noun) and noun not in STOPWORDS and noun not in NOT_SUBJECTS:
            tints.setdefault(noun, color)
        elif word in AMBIGUOUS_COLORS:
            continue  # "an orange", "a rose", "on the sand": a thing, unless a colour noun or object follows
        else:
            background.append(color)
    return list(dict.fromkeys(background)), tints


def _moods(lowered: str, words: list[str]) -> tuple[list[str], list[Mood]]:
    """Mood words in order; a word right before "theme", "style" or "vibe" comes first."""
    names = [w for w in dict.fromkeys(words) if w in MOODS]
    themed = [m.group(1) for m in re.finditer(r"\b(\w+)[ -](?:theme|themed|style|styled|vibes?|aesthetic)\b",
                                              lowered) if m.group(1) in MOODS]
    names = list(dict.fromkeys([*themed, *names]))
    return names, [MOODS[n] for n in names]


def _scene(lowered: str) -> tuple[str, Scene | None]:
    best: tuple[int, str] | None = None
    for name in SCENES:
        match = re.search(rf"\b{re.escape(name)}\b", lowered)
        if match and (best is None or match.start() < best[0] or (match.start() == best[0] and len(name) > len(
                best[1]))):
            best = (match.start(), name)
    return (best[1], SCENES[best[1]]) if best else ("", None)


def _subjects(lowered: str, words: list[str], tints: dict[str, RGB], consumed: set[str]) -> list[_Found]:
    """Nouns with a pictogram, in prompt order; phrases first ("ice cream"), each emoji once."""
    found: dict[str, _Found] = {}
    used_words: set[int] = set()
    for n in (3, 2):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i:i + n])
            if is_phrase_key(phrase) and not used_words & set(range(i, i + n)):
                glyph = pictogram_for(phrase)
                if glyph and glyph not in found:
                    found[glyph] = _Found(phrase, glyph, tints.get(words[i + n - 1]))
                    used_words.update(range(i, i + n))
    ordered: list[tuple[int, _Found]] = []
    for item in found.values():
        ordered.append((lowered.find(item.label), item))
    for i, word in enumerate(words):
        if i in used_words or word in STOPWORDS or word in NOT_SUBJECTS or word in consumed or len(word) < 3:
            continue
        if word in COLORS and word not in tints and pictogram_for(word) is None:
            continue
        glyph = pictogram_for(word)
        if glyph and glyph not in found:
            item = _Found(word, glyph, tints.get(word))
            found[glyph] = item
            ordered.append((lowered.find(word), item))
    ordered.sort(key=lambda pair: pair[0])
    items = [item for _, item in ordered]
    plate_words = {w for w in words if w in FOOD_ON_PLATE}
    if plate_words and len(items) > 1 and items[0].glyph != PLATE:
        # "a banana dish": the food is the hero, served on the plate
        items = [item for item in items if item.glyph != PLATE]
        items[0] = replace(items[0], on_plate=True)
    return items[:MAX_SUBJECTS]


def _edits(lowered: str) -> tuple[EditOp, ...]:
    ops = [op for phrase, op in EDIT_WORDS.items() if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered)]
    if "dramatic" in ops and "darker" in ops:
        ops.remove("darker")
    return tuple(dict.fromkeys(ops))


# --- the picture --------------------------------------------------------------------------------------------------

def _background(colors: list[RGB], tints: list[RGB], moods: list[Mood], scene: Scene | None,
                rng: random.Random) -> Background:
    mood = moods[0] if moods else None
    effects = tuple(dict.fromkeys((*(e for m in moods for e in m.effects), *(scene.effects if scene else ()))))
    vignette = mood.vignette if mood else 0.15
    glow = mood.glow if mood else 0.35
    if colors:  # a named colour owns the background
        base = colors[0]
        second = colors[1] if len(colors) > 1 else _mix(base, (0, 0, 0), 0.35)
        stops: tuple[RGB, ...] = (_mix(base, (255, 255, 255), 0.22), base, second)
    elif mood:
        stops = mood.colors
    elif scene and scene.sky:
        stops = scene.sky
    elif tints:  # only objects are coloured: a pale ground in their colour
        stops = (_mix(tints[0], (255, 255, 255), 0.82), _mix(tints[0], (255, 255, 255), 0.6))
    else:
        stops = rng.choice((((236, 242, 255), (200, 214, 240)), ((255, 244, 230), (245, 215, 190)),
                            ((235, 248, 240), (200, 228, 214)), ((245, 238, 255), (215, 205, 240))))
    kind: SceneKind = scene.kind if scene else "none"
    ground = (mood.ground if mood and mood.ground else None) or (scene.ground if scene else None)
    if colors and ground is not None and kind in ("table", "floor"):
        ground = _mix(ground, colors[0], 0.35)  # the named colour tints the room too
    horizon = scene.horizon if scene else 0.7
    angle = rng.choice((90.0, 90.0, 75.0, 105.0)) if kind == "none" else 90.0
    return Background("gradient", tuple(stops), angle, vignette, kind, horizon, ground, (0.5, 0.42), glow, effects)


def _light_on_hero(background: Background, subjects: tuple[Subject, ...]) -> Background:
    hero = next((s for s in subjects if s.role == "hero"), None)
    if hero is None:
        return background
    cx, cy = (hero.box[0] + hero.box[2]) / 2, (hero.box[1] + hero.box[3]) / 2
    light = (round(cx, 4), round(min(cy, background.horizon - 0.05) if background.scene != "none" else cy, 4))
    return replace(background, light=light)


def _place_disc(background: Background, subjects: tuple[Subject, ...], blocks: tuple[TextBlock, ...],
                ratio: float) -> Background:
    """The sun or moon where it crosses neither text nor subjects: low over the horizon, or high in the sky."""
    if not {"sun", "moon"} & set(background.effects):
        return background
    radius = (0.11 if "sun" in background.effects else 0.07) * 1.4
    low = background.horizon - radius * 0.45 if background.scene in ("ground", "sea") else 0.5
    candidates = [(x, y) for y in (low, 0.3, 0.5, 0.7) for x in (0.8, 0.2, 0.65, 0.35, 0.5)]
    taken = [b.box for b in blocks] + [s.box for s in subjects]
    for x, y in candidates:
        box = (x - radius / ratio, y - radius, x + radius / ratio, y + radius)
        if box[1] > 0 and box[3] < background.horizon + radius and not any(_overlaps(box, t) for t in taken):
            return replace(background, disc=(round(x, 4), round(y, 4)))
    return replace(background, effects=tuple(e for e in background.effects if e not in ("sun", "moon")))


def _roles(count: int) -> list[TextRole]:
    roles: list[TextRole] = ["headline", "subtitle", "caption", "caption"]
    return roles[:count]


def _fonts(texts: list[str], moods: list[Mood], rng: random.Random) -> list[FontName]:
    mood_font = next((m.font for m in moods if m.font), None)
    head: FontName = mood_font if mood_font is not None else rng.choice(HEADLINE_FACES)
    if texts and head in ("condensed", "rounded") and not texts[0].isupper():
        # Bebas Neue has capitals only (mixed case must keep its case); Comfortaa's round p reads as a rho
        head = "geometric" if head == "condensed" else "display"
    if texts and not texts[0].isupper() and re.search(r"\bI|I\b", texts[0]) and head in AMBIGUOUS_I:
        head = "display"  # a sans capital I next to lowercase reads as l ("AI" → "Al"): Inter's serifed I does not
    body = BODY_FACES.get(head, "sans-medium")
    return [head, body, "sans-medium", "sans-medium"][:len(texts)]


def _text_block(text: str, role: TextRole, box: Box, font: FontName, ratio: float) -> TextBlock:
    caps = {"headline": 0.16, "subtitle": 0.075, "caption": 0.05}
    cap = caps.get(role, 0.05) * (1.0 if ratio >= 1 else 0.8)
    return TextBlock(text, role, box, font=font, align="center", max_size=cap)


def _text_height(text: str, role: str) -> float:
    words = len(text.split())
    if role == "headline":
        return 0.17 if words <= 3 else 0.22 if words <= 8 else 0.3
    if role == "subtitle":
        return 0.09 if words <= 8 else 0.14
    return 0.07 if words <= 10 else 0.1


def _choose_layout(texts: list[str], ratio: float, has_subjects: bool,
                   rng: random.Random) -> tuple[str, list[Box], Box]:
    """A template for this ratio and text: text boxes (headline, subtitle, captions) and the area for subjects."""
    mx, my = SAFE / ratio if ratio > 1 else SAFE, SAFE if ratio > 1 else SAFE * ratio
    texts = texts[:MAX_TEXTS]
    if not texts:
        return rng.choice(("hero-left", "hero-right", "hero-center")), [], (mx, my, 1 - mx, 1 - my)
    options = ["text-top"]
    if ratio >= 1.25 and has_subjects:
        options += ["text-left", "text-right"]
    if has_subjects and ratio <= 1.3:
        options.append("text-bottom")
    layout = rng.choice(options)
    heights = [_text_height(t, r) for t, r in zip(texts, _roles(len(texts)), strict=True)]
    if layout in ("text-left", "text-right"):
        column = 0.46 if sum(heights) < 0.5 else 0.52
        x0, x1 = (mx, column) if layout == "text-left" else (1 - column, 1 - mx)
        total = min(1 - 2 * my, sum(h * 1.6 for h in heights))
        scale = total / sum(h * 1.6 for h in heights)
        y = 0.5 - total / 2
        boxes = []
        for h in heights:
            boxes.append((x0, y, x1, y + h * 1.6 * scale))
            y += h * 1.6 * scale
        area = (column + 0.02, my, 1 - mx, 1 - my) if layout == "text-left" else (mx, my, 1 - column - 0.02, 1 - my)
        return layout, boxes, area
    head, rest = heights[0], heights[1:]
    boxes = []
    if layout == "text-bottom":
        y = 1 - my - sum(heights) - 0.01 * len(rest)
        top_area = my
        for h in heights:
            boxes.append((mx + 0.02, y, 1 - mx - 0.02, y + h))
            y += h + 0.01
        return layout, boxes, (mx, top_area, 1 - mx, 1 - my - sum(heights) - 0.03)
    y = my
    boxes.append((mx + 0.02, y, 1 - mx - 0.02, y + head))
    y += head
    bottom = 1 - my
    for index, h in enumerate(rest):
        if index == 0:  # the subtitle sits under the headline
            boxes.append((mx + 0.08, y, 1 - mx - 0.08, y + h))
            y += h
        else:  # captions go to the foot
            boxes.append((mx + 0.05, bottom - h, 1 - mx - 0.05, bottom))
            bottom -= h
    return layout, boxes, (mx, y + 0.02, 1 - mx, bottom - 0.02)


def _layout_subjects(found: list[_Found], scene: Scene | None, area: Box, ratio: float, horizon: float,
                     rng: random.Random) -> tuple[Subject, ...]:
    """The hero on a third (or centred), standing on the ground line; supports beside it, props at the edges."""
    items = list(found)
    props = [p for p in (scene.props if scene else ()) if p not in {f.glyph for f in items}]
    decor_count = min(len(props), max(0, 3 - len(items)) if items else 2)
    if not items and not props:
        return ()
    left, top, right, bottom = area
    area_w, area_h = (right - left) * ratio, bottom - top  # in units of canvas height
    if area_w <= 0.05 or area_h <= 0.05:
        return ()
    ground = bottom - area_h * 0.06
    if scene and scene.kind in ("table", "floor", "ground", "sea", "stage") and top < horizon < bottom:
        ground = min(bottom - 0.01, horizon + (bottom - horizon) * 0.55)
    usable_h = ground - top
    subjects: list[Subject] = []
    if not items:  # only the place: its props, as a still life
        items = [_Found(f"{p}", p) for p in props[:2]]
        props, decor_count = [], 0
    count = len(items)
    hero_share = 0.8 if count == 1 else 0.55 if count <= 3 else 0.42
    hero_size = min(usable_h * 0.95, area_w * hero_share)
    hero_size = max(0.12, hero_size)
    support_size = min(hero_size * 0.5, usable_h * 0.6)
    if count > 1:
        free_w = area_w - hero_size
        per_side = (count - 1 + 1) // 2
        support_size = max(0.08, min(support_size, free_w / max(1, per_side * 2) * 0.92 * 2 / 2))
    slots = ("left", "right", "center") if count > 1 else ("center", "left", "right")
    position = rng.choice(slots) if count > 1 or area_w / max(area_h, 1e-6) > 1.6 else "center"
    if count > 1 and position == "center" and area_w < hero_size + 2 * support_size:
        position = "left"
    if position == "left":
        hero_cx = left * ratio + max(hero_size / 2, area_w / 3)
    elif position == "right":
        hero_cx = left * ratio + min(area_w - hero_size / 2, area_w * 2 / 3)
    else:
        hero_cx = left * ratio + area_w / 2
    hero_cx = min(max(hero_cx, left * ratio + hero_size / 2), right * ratio - hero_size / 2)
    hero = items[0]
    hero_box = _square(hero_cx, ground - hero_size / 2, hero_size, ratio)
    if hero.on_plate:  # the plate lies on the table (squashed in perspective) and the food sits on it
        plate_h = hero_size * PLATE_SQUASH
        plate_box = (round((hero_cx - hero_size / 2) / ratio, 5), round(ground - plate_h, 5),
                     round((hero_cx + hero_size / 2) / ratio, 5), round(ground, 5))
        subjects.append(Subject("plate", PLATE, plate_box, z=0, role="decor", squash=PLATE_SQUASH))
        food = min(hero_size * 0.62, ground - plate_h * 0.5 - top)
        subjects.append(Subject(hero.label, hero.glyph, _square(hero_cx, ground - plate_h * 0.45 - food / 2, food,
                                                                ratio), z=2, role="hero", tint=hero.tint))
    else:
        subjects.append(Subject(hero.label, hero.glyph, hero_box, z=1, role="hero", tint=hero.tint))
    occupied = [(hero_cx - hero_size / 2, hero_cx + hero_size / 2)]
    rest = items[1:] + [_Found("prop", p) for p in props[:decor_count]]
    gap = support_size * 0.12
    for index, item in enumerate(rest):
        is_prop = item.label == "prop"
        size = support_size * (0.8 if is_prop else 1.0)
        placed = None
        for _ in range(6):  # shrink until it fits beside what is placed: every named subject must appear
            placed = _beside(occupied, size, gap, left * ratio, right * ratio,
                             prefer_right=(index % 2 == 0) ^ (position == "right"))
            if placed is not None or is_prop:
                break
            size *= 0.78
            gap = size * 0.12
        if placed is None:
            continue
        occupied.append((placed - size / 2, placed + size / 2))
        depth = rng.uniform(-0.015, 0.0)
        cy = ground - size / 2 + depth
        label = "scenery" if is_prop else item.label
        subjects.append(Subject(label, item.glyph, _square(placed, cy, size, ratio), z=0,
                                role="decor" if is_prop else "support", tint=item.tint))
    return tuple(_clamp(s) for s in subjects)


def _beside(occupied: list[tuple[float, float]], size: float, gap: float, lo: float, hi: float, *,
            prefer_right: bool) -> float | None:
    """The centre x (in canvas heights) of a free slot next to what is already placed, or None."""
    candidates = []
    for a, b in occupied:
        candidates.append(b + gap + size / 2)
        candidates.append(a - gap - size / 2)
    centre = (occupied[0][0] + occupied[0][1]) / 2
    candidates.sort(key=lambda c: (abs(c - centre), (c < occupied[0][0]) == prefer_right))
    for c in candidates:
        if c - size / 2 < lo or c + size / 2 > hi:
            continue
        if all(c + size / 2 + gap / 2 <= a or c - size / 2 - gap / 2 >= b for a, b in occupied):
            return c
    return None


def _square(cx: float, cy: float, size: float, ratio: float) -> Box:
    """A square of `size` canvas-heights centred at (cx in canvas-heights, cy), as canvas fractions."""
    half = size / 2
    return (round((cx - half) / ratio, 5), round(cy - half, 5), round((cx + half) / ratio, 5), round(cy + half, 5))


def _clamp(subject: Subject) -> Subject:
    left, top, right, bottom = subject.box
    dx = max(0.0, -left) - max(0.0, right - 1)
    dy = max(0.0, -top) - max(0.0, bottom - 1)
    return replace(subject, box=(left + dx, top + dy, right + dx, bottom + dy))


# --- editing ------------------------------------------------------------------------------------------------------

def _edit_plan(request: PlanningInput, texts: list[str], prose: str, found: list[_Found], colors: list[RGB],
               style: tuple[str, ...], rng: random.Random) -> Plan:
    lowered = prose.lower()
    edits = _edits(lowered)
    crop = next((box for phrase, box in CROPS.items() if re.search(rf"\b{re.escape(phrase)}\b", lowered)), None)
    unsupported = _unsupported(lowered, texts)
    ratio = request.width / request.height
    background = Background("reference" if request.reference_count == 1 else "collage", tuple(colors[:2]))
    blocks: list[TextBlock] = []
    at_top = bool(re.search(r"\b(top|above|header|title)\b", lowered))
    for index, text in enumerate(texts[:2]):
        h = _text_height(text, "headline" if index == 0 else "caption") * 0.8
        y0 = 0.05 if (at_top and index == 0) else 1 - 0.05 - h - index * (h + 0.02)
        box = (0.08, y0, 0.92, y0 + h)
        if index == 0:
            blocks.append(TextBlock(text, "headline", box, font="display", treatment="plate", max_size=0.1))
        else:
            blocks.append(TextBlock(text, "caption", box, font="sans-medium", treatment="plate", max_size=0.06))
    found = [f for f in found if not any(re.search(rf"\b{re.escape(f.label)}", clause) for clause in unsupported)]
    stickers = _stickers(found, lowered, blocks, ratio, rng)
    notes = [f"Starting from {request.reference_count} reference image{'s' if request.reference_count > 1 else ''}"
             f" as the canvas{' (a collage)' if request.reference_count > 1 else ''}."]
    if crop:
        notes.append("Reframing: keeping the requested part of the photo.")
    if edits:
        notes.append(f"Global changes: {', '.join(e.replace('_', ' ') for e in edits)}.")
    if blocks:
        notes.append("Adding the exact text: " + "; ".join(f'"{b.text}"' for b in blocks) + ", on a plate so it reads.")
    if stickers:
        notes.append("Adding " + ", ".join(s.label for s in stickers) + " as sticker" +
                     ("s" if len(stickers) > 1 else "") + " where the picture leaves room.")
    if not (edits or crop or blocks or stickers) and not unsupported:
        notes.append("No change I can make offline was recognised; returning the reference, reframed to the size.")
    return Plan(
        prompt=request.prompt, background=background,
        palette=tuple(colors[:6]), subjects=stickers, texts=tuple(blocks), style=style, edits=edits,
        notes=tuple(notes), reference_count=request.reference_count, seed=request.seed, layout="edit", crop=crop,
        unsupported=unsupported,
    )


def _unsupported(lowered: str, texts: list[str]) -> tuple[str, ...]:
    said: list[str] = []
    for pattern in SEMANTIC_EDITS:
        for match in re.finditer(pattern, lowered):
            sentence = _clause(lowered, match.start())
            if sentence not in said:
                said.append(sentence)
    if texts and re.search(r"\b(replace|change|fix|correct)\b[^.]*\b(text|words?|title|caption|sign|label)", lowered):
        said.append("erasing the original lettering (the new text is set on a plate over the photo instead)")
    return tuple(said)


def _clause(lowered: str, at: int) -> str:
    start = max(lowered.rfind(c, 0, at) for c in ".,;!?\n") + 1
    ends = [i for i in (lowered.find(c, at) for c in ".,;!?\n") if i != -1]
    return re.sub(r"\s+", " ", lowered[start:min(ends) if ends else len(lowered)]).strip()


_CORNERS: dict[str, tuple[float, float]] = {
    "top left": (0.16, 0.18), "top right": (0.84, 0.18), "bottom left": (0.16, 0.8), "bottom right": (0.84, 0.8),
    "top": (0.5, 0.18), "bottom": (0.5, 0.8), "left": (0.14, 0.5), "right": (0.86, 0.5), "center": (0.5, 0.5),
    "middle": (0.5, 0.5), "corner": (0.84, 0.18),
}


def _stickers(found: list[_Found], lowered: str, blocks: list[TextBlock], ratio: float,
              rng: random.Random) -> tuple[Subject, ...]:
    """Pictograms the edit asks to add, as stickers: where the prompt says, else in free corners."""
    if not found:
        return ()
    wanted = re.search(r"\b(top left|top right|bottom left|bottom right|top|bottom|left|right|center|middle|corner)"
                       r"\b", lowered)
    corners = [(0.84, 0.18), (0.16, 0.18), (0.84, 0.8), (0.16, 0.8)]
    rng.shuffle(corners)
    if wanted:
        corners.insert(0, _CORNERS[wanted.group(1)])
    size = 0.22 if ratio >= 1 else 0.22 * ratio
    stickers: list[Subject] = []
    for item in found[:4]:
        for cx, cy in list(corners):
            box = ((cx - size / 2 / ratio * (1 if ratio >= 1 else ratio)), cy - size / 2,
                   (cx + size / 2 / ratio * (1 if ratio >= 1 else ratio)), cy + size / 2)
            box = (max(0.02, box[0]), max(0.02, box[1]), min(0.98, box[2]), min(0.98, box[3]))
            if any(_overlaps(box, b.box) for b in blocks) or any(_overlaps(box, s.box) for s in stickers):
                continue
            corners.remove((cx, cy))
            stickers.append(Subject(item.label, item.glyph, box, z=3, role="sticker", tint=item.tint))
            break
    return tuple(stickers)


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# --- words --------------------------------------------------------------------------------------------------------

def _notes(texts: list[str], subjects: tuple[Subject, ...], colors: list[RGB], tints: dict[str, RGB],
           style: tuple[str, ...], scene: str, layout: str, fonts: list[FontName]) -> tuple[str, ...]:
    notes = []
    hero = next((s for s in subjects if s.role == "hero"), None)
    if hero:
        supporting = [s.label for s in subjects if s.role == "support"]
        notes.append(f"Hero subject: {hero.label}" + (", served on a plate" if any(
            s.label == "plate" for s in subjects) else "") + f"; supporting: {', '.join(supporting) or 'none'}.")
    if scene:
        drawn = SCENES[scene].kind if SCENES[scene].kind != "none" else "a backdrop"
        notes.append(f"Setting: {scene}, drawn as {drawn} with its ground line and light.")
    if texts:
        notes.append("Exact text to render: " + "; ".join(f'"{t}"' for t in texts) + ".")
        notes.append(f"Layout: {layout.replace('-', ' ')}; headline in {fonts[0].replace('-', ' ')}.")
    elif layout:
        notes.append(f"Layout: {layout.replace('-', ' ')}, on the rule of thirds.")
    if style:
        notes.append(f"Mood and style: {', '.join(style)}.")
    if colors:
        notes.append(f"{len(colors)} named colour{'s' if len(colors) > 1 else ''} set the background.")
    if tints:
        notes.append("Recoloured: " + ", ".join(tints) + ".")
    if len(texts) > MAX_TEXTS:
        notes.append(f"Only the first {MAX_TEXTS} quoted strings are set; the rest are left out.")
    return tuple(notes)


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))
