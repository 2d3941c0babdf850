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

from openbanana.embedding import load_minilm
from openbanana.planner.pictograms import SYNONYMS, emoji_index, name_scores

SIMILARITY = 0.6  # cosine below which the nearest pictogram is too far from the thing to stand in for it
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
    index = emoji_index()
    names = [name for name, score in name_scores().items() if score >= 40]
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
    return Labels(vectors, names, glyphs)


@dataclass(frozen=True)
class Match:
    glyph: str
    name: str  # what the pictogram shows: the stand-in ("canoe")
    similarity: float


@lru_cache(maxsize=4096)
def nearest_pictogram(phrase: str) -> Match | None:
    """The pictogram nearest in meaning to a noun phrase, if one is near enough; None otherwise."""
    phrase = phrase.strip().lower()
    labels = _labels()
    encoder = load_minilm() if labels is not None else None
    if not phrase or labels is None or encoder is None:
        return None
    scores = labels.vectors @ encoder.encode([phrase])[0]
    for i in np.argsort(-scores)[:3]:
        if scores[i] < SIMILARITY:
            return None
        if not _only_shares_letters(phrase, labels.names[i]):
            return Match(labels.glyphs[i], labels.names[i], float(scores[i]))
    return None


def _only_shares_letters(phrase: str, name: str) -> bool:
    """"dragonfly" is no dragon and a "fence" no fencing: a match on the same letters, not the same thing.

    A compound's head is its end, so "hummingbird" may stand in as a bird; its start only modifies it."""
    word, label = phrase.split()[-1], name.split()[-1]
    if word == label or label in (word + "s", word + "es") or word.endswith(label):
        return False
    return word.startswith(label) or label.startswith(word)
