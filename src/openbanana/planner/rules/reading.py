"""Reads a prompt: the exact texts to set, and the colours, moods, scene and subjects in the rest of it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from openbanana.plan import RGB
from openbanana.planner.pictograms import is_phrase_key, pictogram_for
from openbanana.planner.rules.body_moods import moods_said
from openbanana.planner.rules.lexicon import word_class
from openbanana.planner.rules.text_spans import quoted_spans, without_spans
from openbanana.planner.rules.texts import extract_texts, read_texts
from openbanana.planner.rules.vocabulary.colors import AMBIGUOUS_COLORS, BACKGROUND_NOUNS, COLOR_MODIFIERS, COLORS, mix
from openbanana.planner.rules.vocabulary.ignored_words import NOT_SUBJECTS, STOPWORDS
from openbanana.planner.rules.vocabulary.moods import MOODS, Mood
from openbanana.planner.rules.vocabulary.scenes import SCENES, Scene
from openbanana.planner.rules.vocabulary.settings import PLACES
from openbanana.scene import DocumentKind, TextSpec

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
MAX_SUBJECTS = 6
FOOD_ON_PLATE = frozenset({"dish", "plate", "meal", "dinner", "lunch", "breakfast", "dessert", "bowl", "serving"})
PLATE = "🍽"


@dataclass(frozen=True)
class FoundSubject:
    """A thing the prompt names that has a pictogram; food named with a dish is served on a plate."""

    label: str
    glyph: str
    tint: RGB | None = None
    on_plate: bool = False


@dataclass(frozen=True)
class PromptReading:
    """Everything the rules planner reads in a prompt, before it lays anything out."""

    texts: tuple[str, ...]  # the exact strings to set, in prompt order
    lowered: str  # the rest of the prompt, lower-cased: what the word lists are matched against
    background_colors: tuple[RGB, ...]
    tints: dict[str, RGB]  # colours that belong to a thing ("a red car" → car: red)
    moods: tuple[Mood, ...]
    scene_name: str
    scene: Scene | None
    style: tuple[str, ...]
    subjects: tuple[FoundSubject, ...]  # in prompt order: the first is the hero
    text_specs: tuple[TextSpec, ...] = ()  # the strings with their roles and looks (texts.read_texts)
    document: DocumentKind = "scene"


def read_prompt(prompt: str, *, editing: bool = False) -> PromptReading:
    """`editing`: the picture is the reference photo, so no document template applies and words like "comic" or
    "poster" keep their meaning for the edit ("make it look like a comic")."""
    texts = extract_texts(prompt)
    specs, document, prose = read_texts(prompt)
    if editing:
        document, prose = "scene", without_spans(prompt, quoted_spans(prompt))
    lowered = prose.lower()
    words = [w.lower().strip("'-") for w in _WORD.findall(prose)]
    background_colors, tints = _named_colors(lowered)
    mood_names, moods = _moods(lowered, words)
    scene_name, scene = _scene(lowered)
    style = tuple(dict.fromkeys([*mood_names[:1], *(t for m in moods for t in m.tags)]))
    subjects = _subjects(lowered, words, tints, {*mood_names, *(scene_name.split() if scene_name else ())})
    return PromptReading(tuple(texts), lowered, tuple(background_colors), tints, tuple(moods), scene_name, scene,
                         style, tuple(subjects), specs, document)


def _color_spans(lowered: str) -> list[tuple[int, int, RGB]]:
    """(start, end, colour) for every colour phrase: multi-word names, modifiers ("light blue"), CSS names."""
    spans: list[tuple[int, int, RGB]] = []
    taken: set[int] = set()
    for name in sorted(COLORS, key=len, reverse=True):
        for match in re.finditer(rf"\b{re.escape(name)}\b", lowered):
            if taken & set(range(match.start(), match.end())):
                continue
            start, color = match.start(), COLORS[name]
            window = max(0, start - 40)  # the word just before: a bounded look back, not the whole prefix
            modifier = re.search(r"(?:^|\W)(\w+)[ -]$", lowered[window:start])
            whole = modifier is not None and (modifier.start(1) > 0 or window == 0)
            if modifier and whole and modifier.group(1) in COLOR_MODIFIERS and " " not in name:
                toward, amount = COLOR_MODIFIERS[modifier.group(1)]
                color = mix(color, toward, amount)
                start = window + modifier.start(1)
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
        elif _open_ground(noun, noun2):
            continue  # "a green field", "a green meadow": the ground's own colour, never the sky's
        elif noun and pictogram_for(noun) and noun not in STOPWORDS and noun not in NOT_SUBJECTS:
            tints.setdefault(noun, color)
        elif _colours_a_thing(lowered[end:]):
            continue  # "a blue toaster", "a teal vintage car": the thing's colour, even with no pictogram of its own
        elif word in AMBIGUOUS_COLORS:
            continue  # "an orange", "a rose", "on the sand": a thing, unless a colour noun or object follows
        elif _names_a_thing(noun):
            continue  # "a red blanket", "a red barn": the thing's colour (the scene graph binds it), not the sky's
        else:
            background.append(color)
    return list(dict.fromkeys(background)), tints


def _open_ground(noun: str, noun2: str) -> bool:
    """Whether a colour's noun (or the next, past an adjective) is an outdoor place: it has its own ground."""
    place = PLACES.get(noun) or (PLACES.get(noun2) if noun not in PLACES and word_class(noun) == "adj" else None)
    return place is not None and not place.indoor and place.terrain not in ("none", "space")


def _names_a_thing(word: str) -> bool:
    """Whether the word after a colour is a thing of its own: not a connective, a colour, a document ("a red
    poster" is a red page) or design jargon, all of which leave the colour to the background."""
    return len(word) >= 3 and word not in STOPWORDS and word not in COLORS and word not in NOT_SUBJECTS


def _colours_a_thing(after: str) -> bool:
    """Whether the words after a colour name a thing (a noun past any adjectives), not a place or the background."""
    for word in _WORD.findall(after[:80])[:5]:
        tag = word_class(word)
        if word in BACKGROUND_NOUNS or word in PLACES:
            return False
        if tag == "noun" and word not in COLORS:
            return word not in STOPWORDS
        if tag not in ("adj", "past", "ing", "conj") and word not in COLORS:
            return False
    return False


def _moods(lowered: str, words: list[str]) -> tuple[list[str], list[Mood]]:
    """Mood words in order; a word right before "theme", "style" or "vibe" comes first."""
    names = [w for w in dict.fromkeys(moods_said(words)) if w in MOODS]  # "dark skin" is the person's
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


def _subjects(lowered: str, words: list[str], tints: dict[str, RGB], consumed: set[str]) -> list[FoundSubject]:
    """Nouns with a pictogram, in prompt order; phrases first ("ice cream"), each emoji once."""
    found: dict[str, FoundSubject] = {}
    used_words: set[int] = set()
    for n in (3, 2):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i:i + n])
            if is_phrase_key(phrase) and not used_words & set(range(i, i + n)):
                glyph = pictogram_for(phrase)
                if glyph and glyph not in found:
                    found[glyph] = FoundSubject(phrase, glyph, tints.get(words[i + n - 1]))
                    used_words.update(range(i, i + n))
    ordered: list[tuple[int, FoundSubject]] = []
    for item in found.values():
        ordered.append((lowered.find(item.label), item))
    for i, word in enumerate(words):
        if i in used_words or word in STOPWORDS or word in NOT_SUBJECTS or word in consumed or len(word) < 3:
            continue
        if word in COLORS and word not in tints and pictogram_for(word) is None:
            continue
        glyph = pictogram_for(word)
        if glyph and glyph not in found:
            item = FoundSubject(word, glyph, tints.get(word))
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
