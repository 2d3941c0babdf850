"""Prompt text in the forms the checks compare: Unicode-folded, accent-free, and a leetspeak "skeleton".

    fold("Ｎ𝐮́dé  ɑrt")    -> "nude art"       NFKC, casefold, accents stripped, homoglyphs and zero-width removed
    skeleton("n00d3 $3x") -> "nooae ses"      fold + leetspeak digits/symbols mapped to letters; 'l' reads as 'i'
    skeleton("room 10111") -> "room 10111"    …but only in words that have letters: numbers stay numbers
    deobfuscate("a n.u.d.e p0rtrait") -> "a nude portrait"   for the semantic classifier: joined and de-leeted
"""

from __future__ import annotations

import re
import unicodedata

# Cyrillic and Greek letters that look like Latin ones, plus a few Latin variants NFKC leaves alone.
_HOMOGLYPHS = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɑ": "a", "ɡ": "g",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "ω": "w", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
})

# Leetspeak. 'l', '1', '|' and '!' all become 'i' in the skeleton, so "l0lita" and "1o1ita" read alike.
_LEET = str.maketrans({
    "0": "o", "1": "i", "2": "z", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t", "8": "b", "9": "g",
    "@": "a", "$": "s", "!": "i", "|": "i", "+": "t", "€": "e", "£": "l", "¢": "c", "l": "i",
})
_READABLE_LEET = str.maketrans({
    "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s", "!": "i", "|": "l",
    "€": "e",
})

# A run of word characters and leet symbols; leet is read only in runs that have a letter ("l0lita", "$3x"), never in
# numbers, codes, dates, prices or times ("10011", "110-115", "2024-10-11", "$10.11", "10:01"), which stay digits.
_TOKEN = re.compile(r"[\w@$!|+€£¢]+")
_LETTER = re.compile(r"[^\W\d_]")
_LEET_SIGNS = re.compile(r"[0-9@$!|+€£¢]")
_LETTERS_WITH_LEET = re.compile(r"(?<![\w@$!|€])[\w@$!|€]*[a-z][\w@$!|€]*(?![\w@$!|€])")
# Three or more single letters with separators between them: "n u d e", "n.u.d.e", "n-u-d-e", "n 🍑 u 🍑 d 🍑 e".
_SPACED_LETTERS = re.compile(r"(?<![^\W_])[^\W\d_](?P<sep>[\W_]+)[^\W\d_](?:(?P=sep)[^\W\d_]){1,}(?![^\W_])")
# Dots, stars and the like inside a word ("nu.de", "po*rn"); hyphens and apostrophes are real spelling.
_INNER_PUNCTUATION = re.compile(r"(?<=[^\W\d_])[.*_~^·•]+(?=[^\W\d_])")
_LEET_INSIDE = re.compile(r"[0-9@$!|€][^\W\d_]")
_SPACES = re.compile(r"\s+")
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")


def fold(text: str) -> str:
    """NFKC (full-width and styled letters), casefold, accents and zero-width characters removed, homoglyphs mapped."""
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if unicodedata.category(c) not in ("Mn", "Cf", "Me"))
    return unicodedata.normalize("NFC", kept).translate(_HOMOGLYPHS)


def skeleton(text: str) -> str:
    """The leetspeak-blind form the term lists match against; already-folded input is fine. Digits and symbols are
    read as letters only inside words that have letters (a number is never a word), and in a word of one or two
    digits next to such a leet word ("m4k3 4 b0mb": "4" is "a")."""
    folded = fold(text)
    tokens = list(_TOKEN.finditer(folded))
    leet = [bool(_LETTER.search(t.group(0)) and _LEET_SIGNS.search(t.group(0))) for t in tokens]
    out, end = [], 0
    for index, token in enumerate(tokens):
        word = token.group(0)
        near_leet = (index > 0 and leet[index - 1]) or (index + 1 < len(tokens) and leet[index + 1])
        if _LETTER.search(word) or (len(word) <= 2 and near_leet):
            word = word.translate(_LEET)
        out += [folded[end:token.start()], word]
        end = token.end()
    return "".join([*out, folded[end:]])


def join_spelled_out(text: str) -> str:
    """'n u d e', 'n-u-d-e' and 'nu.de' become 'nude' (letters only; 'x-ray', '3-4' and 'a b' stay as they are)."""
    text = _SPACED_LETTERS.sub(_join_letters, text)
    return _INNER_PUNCTUATION.sub("", text)


def _join_letters(match: re.Match[str]) -> str:
    letters = re.sub(r"[\W_]+", "", match.group(0))
    if len(letters) >= 4 and letters[0] in "ai" and match.group("sep").isspace():
        return f"{letters[0]} {letters[1:]}"  # "a n u d e" is "a nude": English has one-letter words
    return letters


def squeeze_repeats(text: str) -> str:
    """'nuuuude' → 'nude': a letter three or more times in a row counts once."""
    return _REPEATS.sub(r"\1", text)


def deobfuscate(text: str) -> str:
    """A readable form for the semantic classifier: folded, spelled-out words joined, leet in words undone."""
    text = squeeze_repeats(join_spelled_out(fold(text)))
    text = _LETTERS_WITH_LEET.sub(lambda m: _unleet_word(m.group(0)), text)
    return _SPACES.sub(" ", text).strip()


def _unleet_word(word: str) -> str:
    """Undo leetspeak only where a digit or symbol stands inside a word ('s3xy', 'p0rn'): '4K', '3D', 'mp4' stay."""
    letters = sum(c.isalpha() for c in word)
    if letters < 2 or letters < len(word) / 2 or not _LEET_INSIDE.search(word):
        return word
    return word.translate(_READABLE_LEET)
