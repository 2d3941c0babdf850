"""Pictograms by meaning: a thing with no pictogram of its own gets the nearest one ("kayak" → the canoe), or none.

Every pictogram name and everyday synonym in the index was embedded at build time with all-MiniLM-L6-v2
(scripts/build_pictogram_meanings.py → assets/pictograms/meanings.npz, float16); a request embeds only the nouns the
index lacks, once each (cached). Below SIMILARITY nothing stands in, so the answer can say the thing was not drawn.
Symbols, flags, keycaps and faces are left out of the candidates: a "vibe" is not a heart. Without the encoder (its
packages missing) lookups answer None and the index alone is used.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

import numpy as np
from numpy.typing import NDArray

from openbanana.embedding import MiniLM, load_minilm
from openbanana.imaging.people import is_clothing
from openbanana.planner.pictograms import SYNONYMS, compound_heads, emoji_index, name_scores
from openbanana.planner.stand_ins import NOT_BY_MEANING, NOT_KINDS, SET_HEADS, THING_KINDS

SIMILARITY = 0.6  # cosine below which the nearest pictogram is too far from the thing to stand in for it
KIND_SIMILARITY = 0.45  # cosine from which a thing is taken to be of a kind ("whisk" ~ "kitchen utensil")
PLACE_SIMILARITY = 0.55  # cosine from which an unknown word is taken for a known place ("pantry" ~ "kitchen")
PLACE_MARGIN = 0.03  # by how much nearer the place must be than any pictogram (a courtyard is near both: neither)
GARMENT_SIMILARITY = 0.55  # cosine from which a worn thing is taken for the nearest garment ("costume" ~ dress)
ALONE = 0.7  # cosine from which a compound's head alone means the compound ("knife" ~ "kitchen knife")
MEANINGS_FILE = "meanings.npz"
# Words in a pictogram name that make it a symbol or a face rather than a thing in a scene.
SYMBOL_WORDS = ("button", "sign", "symbol", "suit", "arrow", "face", "square", "circle", "heart", "mark", "o’clock",
                "thirty", "ideograph", "keycap", "flag", "hand", "finger", "index", "sign", "zodiac", "letter",
                "mahjong", "joker", "input", "tag", "fist")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Labels:
    vectors: NDArray[np.float32]  # one unit row per label
    names: tuple[str, ...]
    glyphs: tuple[str, ...]


def pictogram_labels() -> list[tuple[str, str]]:
    """(name, glyph) of every candidate: index names and synonyms, less symbols, flags, keycaps and faces."""
    index, heads = emoji_index(), compound_heads()
    names = [name for name, score in name_scores().items() if score >= 40 and name not in heads]
    labels: list[tuple[str, str]] = []
    for name in dict.fromkeys([*names, *SYNONYMS]):
        glyph = index.get(name)
        if glyph is None or _is_symbol(name, glyph):
            continue
        labels.append((name, glyph))
    return labels


def _is_symbol(name: str, glyph: str) -> bool:
    if any(0x1F1E6 <= ord(c) <= 0x1F1FF for c in glyph) or "\u20e3" in glyph:  # flags, keycaps
        return True
    return name not in SYNONYMS and any(word in name for word in SYMBOL_WORDS)


@cache
def _labels() -> Labels | None:
    try:
        with files("openbanana.assets.pictograms").joinpath(MEANINGS_FILE).open("rb") as handle:
            data = np.load(handle, allow_pickle=False)
            vectors = data["vectors"].astype(np.float32)
            names, glyphs = tuple(str(n) for n in data["names"]), tuple(str(g) for g in data["glyphs"])
    except (OSError, KeyError, ValueError) as exc:
        log.warning("pictograms by meaning are off: %s is unreadable (%s)", MEANINGS_FILE, exc)
        return None
    heads = compound_heads()  # "prints" alone is no label: "paw prints" is
    keep = [i for i, name in enumerate(names) if name not in heads]
    return Labels(vectors[keep], tuple(names[i] for i in keep), tuple(glyphs[i] for i in keep))


@dataclass(frozen=True)
class Match:
    glyph: str
    name: str  # what the pictogram shows: the stand-in ("canoe")
    similarity: float


@lru_cache(maxsize=1024)
def stands_alone(head: str, compound: str) -> bool:
    """Whether a compound's head alone means the compound ("knife", "kitchen knife"), not another thing ("print",
    "paw prints"). Without the encoder, as before: it does."""
    encoder = load_minilm()
    if encoder is None:
        return True
    vectors = encoder.encode([head, compound])
    return float(vectors[0] @ vectors[1]) >= ALONE


@lru_cache(maxsize=4096)
def nearest_pictogram(phrase: str) -> Match | None:
    """The pictogram nearest in meaning to a noun phrase, if one is near enough; None otherwise. A compound never
    gets the pictogram of its modifier: "ice cream truck" → a truck, never the ice cream it is named after."""
    phrase = phrase.strip().lower()
    labels = _labels()
    encoder = load_minilm() if labels is not None else None
    if not phrase or labels is None or encoder is None or phrase in NOT_BY_MEANING:
        return None
    return _nearest_label(labels, phrase, labels.vectors @ encoder.encode([phrase])[0])


@lru_cache(maxsize=4096)
def nearest_kind(noun: str) -> Match | None:
    """The pictogram of the kind of thing a noun names, when no pictogram is near it (a whisk is a kitchen utensil:
    a spoon; a lemur an animal); None when even the kind is unclear, or the noun is part of a scene (a wall)."""
    head = noun.strip().lower().split()[-1] if noun.strip() else ""
    encoder = load_minilm()
    if not head or head in NOT_KINDS or head in NOT_BY_MEANING or encoder is None:
        return None
    return _nearest_kind(encoder, encoder.encode([f"a {head}"])[0])


@lru_cache(maxsize=1024)
def nearest_garment(noun: str) -> Match | None:
    """The clothes pictogram nearest a worn thing, if near enough: what is worn is looked up among clothes before
    any other pictogram ("a costume" is a dress, never the nearest thing by meaning)."""
    labels = _labels()
    encoder = load_minilm() if labels is not None else None
    noun = noun.strip().lower()
    if not noun or labels is None or encoder is None:
        return None
    garments = [i for i, glyph in enumerate(labels.glyphs) if is_clothing(glyph)]
    scores = labels.vectors[garments] @ encoder.encode([f"a {noun}"])[0]
    best = int(np.argmax(scores))
    if scores[best] < GARMENT_SIMILARITY:
        return None
    return Match(labels.glyphs[garments[best]], labels.names[garments[best]], float(scores[best]))


NEGATING_WORDS = frozenset({"no", "not", "non", "prohibited", "forbidden", "banned"})


def _negates(phrase: str, glyph: str) -> bool:
    """"smoke" is nearest "smoking", a name of the no-smoking sign: a sign that forbids a thing shows its absence,
    so it stands in only for a phrase that itself forbids ("a no smoking sign")."""
    return glyph in _negating_glyphs() and not NEGATING_WORDS & set(phrase.split())


@lru_cache(maxsize=1)
def _negating_glyphs() -> frozenset[str]:
    """Pictograms one of whose names forbids or negates ("no smoking", "prohibited", "no entry")."""
    return frozenset(glyph for name, glyph in emoji_index().items() if NEGATING_WORDS & set(name.split()))


def _nearest_label(labels: Labels, phrase: str, scores: NDArray[np.float32]) -> Match | None:
    for i in np.argsort(-scores)[:3]:
        if scores[i] < SIMILARITY:
            return None
        if not _only_shares_letters(phrase, labels.names[i]) and not _names_a_modifier(phrase, labels.names[i]) \
                and not _negates(phrase, labels.glyphs[i]):
            return Match(labels.glyphs[i], labels.names[i], float(scores[i]))
    return None


def _nearest_kind(encoder: MiniLM, vector: NDArray[np.float32]) -> Match | None:
    kinds, vectors = _kinds(encoder)
    scores = vectors @ vector
    best = int(np.argmax(scores))
    if scores[best] < KIND_SIMILARITY:
        return None
    glyph, name = THING_KINDS[kinds[best]]
    return Match(glyph, name, float(scores[best]))


@cache
def _kinds(encoder: MiniLM) -> tuple[tuple[str, ...], NDArray[np.float32]]:
    kinds = tuple(THING_KINDS)
    return kinds, encoder.encode([f"a kind of {kind}" for kind in kinds])  # "a whisk" ~ "a kind of kitchen utensil"


@lru_cache(maxsize=1024)
def nearest_among(noun: str, names: tuple[str, ...]) -> Match | None:
    """The pictogram, among those named `names`, nearest in meaning to a noun, however far: an animal the set
    lacks is drawn as the nearest animal it has ("a lemur" as a monkey), never as the kind's paw prints."""
    labels = _labels()
    encoder = load_minilm() if labels is not None else None
    noun = noun.strip().lower()
    allowed = frozenset(names)
    members = [i for i, name in enumerate(labels.names) if name in allowed] if labels is not None else []
    if not noun or labels is None or encoder is None or not members:
        return None
    scores = labels.vectors[members] @ encoder.encode([f"a {noun}"])[0]
    best = int(np.argmax(scores))
    return Match(labels.glyphs[members[best]], labels.names[members[best]], float(scores[best]))


@lru_cache(maxsize=1024)
def nearest_place(word: str, places: tuple[str, ...]) -> str | None:
    """The known place nearest in meaning to a word no table has ("pantry" → kitchen, "patio" → backyard), when it
    is clearly nearer to that place than to any pictogram (a "shelf" is a thing, not a store); None otherwise."""
    labels = _labels()
    encoder = load_minilm() if labels is not None else None
    if labels is None or encoder is None:
        return None
    vector = encoder.encode([word])[0]
    scores = _encoded(encoder, places) @ vector
    best = int(np.argmax(scores))
    nearest_thing = float(np.max(labels.vectors @ vector))
    return places[best] if scores[best] >= max(PLACE_SIMILARITY, nearest_thing + PLACE_MARGIN) else None


@cache
def _encoded(encoder: MiniLM, names: tuple[str, ...]) -> NDArray[np.float32]:
    return encoder.encode(list(names))


def _names_a_modifier(phrase: str, name: str) -> bool:
    """"coffee grinder" → coffee, "garden hose" → a garden: the pictogram of a word that only modifies the head.
    A noun modifier is never drawn for its compound, unless the head names a set of them ("drum kit")."""
    *modifiers, head = phrase.split()
    if head in SET_HEADS:
        return False  # a drum kit is shown by its drums
    label = name.split()[-1]
    return any(label in (m, m + "s", m + "es") or m == name or (len(m) > 3 and label.startswith(m.rstrip("e")))
               for m in modifiers)  # a "fence post" is no person fencing


def _only_shares_letters(phrase: str, name: str) -> bool:
    """"dragonfly" is no dragon and a "fence" no fencing: a match on the same letters, not the same thing.

    A compound's head is its end, so "hummingbird" may stand in as a bird; its start only modifies it."""
    word, label = phrase.split()[-1], name.split()[-1]
    if word == label or label in (word + "s", word + "es") or word.endswith(label):
        return False
    return word.startswith(label) or label.startswith(word)
