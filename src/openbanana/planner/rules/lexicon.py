"""Word classes: a part-of-speech lexicon from a wheel, our own closed-class lists, and lemmas from lemminflect.

The open classes come from the Brill/Penn lexicon that the TextBlob wheel ships as a data file (`en-lexicon.txt`,
about 94k words, one tag each); it is read as a file, never imported (importing textblob imports nltk). Function
words (determiners, numbers, prepositions, pronouns) come from our own lists, which win over the lexicon. Words
the lexicon lacks are guessed from their ending. Nouns and verbs are lemmatised by lemminflect's tables
("mice" → "mouse", "sat" → "sit"); without either package the grammar still works on the lists and endings.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import cache, lru_cache
from pathlib import Path
from types import ModuleType
from typing import Literal

from openbanana.planner.pictograms import pictogram_for, singular
from openbanana.planner.stand_ins import stand_in

log = logging.getLogger(__name__)

# Coarse classes the chunker reads: noun, adjective, verb (finite or base), -ing participle, past participle, adverb,
# preposition, determiner, number, conjunction, pronoun, relative pronoun, copula, punctuation, other.
Tag = Literal["noun", "adj", "verb", "ing", "past", "adv", "prep", "det", "num", "conj", "pron", "rel", "be", "punct",
              "other"]

DETERMINERS = frozenset("a an the this that these those some any each every another his her its their my your our "
                        "both either neither no".split())
PRONOUNS = frozenset("he she it they him them i we you me us someone somebody everyone everybody".split())
RELATIVES = frozenset("who which that whose where while as whom".split())
COPULAS = frozenset("is are was were be been being am 's".split())
CONJUNCTIONS = frozenset("and or & plus nor but".split())
PREPOSITIONS = frozenset("in on at by with without of for from into onto upon under underneath beneath below above "
                         "over behind beside besides between among amongst around near inside outside within "
                         "across along alongside against through toward towards atop past off out up down "
                         "during before after like via".split())
NUMBERS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "single": 1, "lone": 1, "solitary": 1, "twin": 2,
}
# The lexicon's Penn tags, folded into the chunker's classes.
_PENN: dict[str, Tag] = {
    "NN": "noun", "NNS": "noun", "NNP": "noun", "NNPS": "noun", "FW": "noun", "JJ": "adj", "JJR": "adj", "JJS": "adj",
    "VB": "verb", "VBZ": "verb", "VBP": "verb", "VBD": "verb", "VBG": "ing", "VBN": "past", "MD": "other",
    "RB": "adv", "RBR": "adv", "RBS": "adv", "RP": "adv", "IN": "prep", "TO": "prep", "DT": "det", "PDT": "det",
    "PRP$": "det", "WDT": "rel", "WP": "rel", "WRB": "rel", "CD": "num", "CC": "conj", "PRP": "pron", "EX": "other",
    "UH": "other", "POS": "other", "SYM": "other", "LS": "other",
}
LEXICON_FILE = ("textblob", "en", "en-lexicon.txt")
# Things the lexicon knows only as another class ("moped" a past tense, "husky" an adjective): in a picture's
# prompt they name the thing.
THING_NOUNS = frozenset({"moped", "husky", "convertible", "cleaner"})
# Plurals whose singular is not what the thing is called ("sunglasses" is one pair, not many "sunglass").
PLURAL_ONLY = frozenset({"glasses", "sunglasses", "scissors", "jeans", "pants", "trousers", "shorts", "tights",
                         "leggings", "pajamas", "pyjamas", "headphones", "earphones", "binoculars", "goggles",
                         "tongs", "pliers", "clothes", "overalls", "mittens", "sweets", "fries", "noodles",
                         "fireworks", "dumplings", "news", "steps", "species", "series", "dice", "chess",
                         "skis", "stairs", "suds", "earmuffs", "scrubs", "dungarees", "bagpipes"})


@cache
def penn_lexicon() -> dict[str, str]:
    """word (lower case) → Penn tag, from the wheel's data file; empty (logged once) when it is missing."""
    spec = importlib.util.find_spec(LEXICON_FILE[0])
    locations = list(spec.submodule_search_locations or []) if spec else []
    path = Path(locations[0]).joinpath(*LEXICON_FILE[1:]) if locations else None
    if path is None or not path.is_file():
        log.warning("the part-of-speech lexicon (textblob's en-lexicon.txt) is missing: guessing tags from endings")
        return {}
    lexicon: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        word, _, tag = line.partition(" ")
        if not tag or word.startswith(";;;"):
            continue
        lowered = word.lower()
        if lowered == word or lowered not in lexicon:  # a lower-case entry wins over "The", "Apple"
            lexicon[lowered] = tag.split()[0]
    return lexicon


@lru_cache(maxsize=8192)
def word_class(word: str) -> Tag:
    """The coarse class of a lower-case word: closed lists first, then the lexicon, then its ending."""
    if word in COPULAS:
        return "be"
    if word in DETERMINERS:
        return "det"
    if word in NUMBERS or word.isdigit():
        return "num"
    if word in CONJUNCTIONS:
        return "conj"
    if word in PRONOUNS:
        return "pron"
    if word in RELATIVES:
        return "rel"
    if word in PREPOSITIONS:
        return "prep"
    if word in THING_NOUNS:
        return "noun"
    if word.endswith("-lit"):
        return "past"  # "neon-lit", "sun-lit": how a thing is lit, as "moonlit" is; never the light's source
    penn = penn_lexicon().get(word)
    if penn is not None:
        return _PENN.get(penn, "other")
    return _guess(word)


def _guess(word: str) -> Tag:
    if not word[:1].isalnum():
        return "punct"
    if only_a_noun(word):
        return "noun"  # "dragonfly", "paramedic": lemminflect's tables know them as nouns alone, whatever the ending
    if word.endswith("ing") and len(word) > 5:
        return "ing"
    if word.endswith("ed") and len(word) > 4:
        return "past"
    if word.endswith("ly") and len(word) > 4:
        return "adv"
    if word.endswith("fish"):
        return "noun"  # "clownfish", "lionfish": a fish, not an adjective in -ish
    if word.endswith("way"):
        return "noun"  # "archway", "walkway", "alleyway": a way through or along, not an adjective in -y
    if word.endswith(("ous", "ful", "ic", "ive", "ish", "less", "able", "al", "esque", "y")) and len(word) > 4:
        return "adj"
    return "noun"


@cache
def _lemminflect() -> ModuleType | None:
    try:
        return importlib.import_module("lemminflect")
    except ImportError:
        log.warning("lemminflect is not installed: plurals are made singular by rule")
        return None


@lru_cache(maxsize=4096)
def only_a_noun(word: str) -> bool:
    """Whether lemminflect's tables know the word as a noun and as nothing else."""
    module = _lemminflect()
    return module is not None and set(module.getAllLemmas(word)) == {"NOUN"}


@lru_cache(maxsize=4096)
def has_noun_plural(word: str) -> bool:
    """Whether lemminflect's tables give the word a plural of its own as a noun ("tabby" → "tabbies"; not "red",
    whose plural they give as "red" too): a countable thing, when the lexicon files it as an adjective."""
    module = _lemminflect()
    if module is None:
        return False
    plurals: tuple[str, ...] = module.getAllInflections(word, upos="NOUN").get("NNS", ())
    return bool(plurals) and word not in plurals


@lru_cache(maxsize=8192)
def noun_lemma(word: str) -> str:
    """The singular of a noun ("cups" → "cup", "mice" → "mouse"); plural-only words stay as they are."""
    if word in PLURAL_ONLY:
        return word
    module = _lemminflect()
    if module is None:
        return singular(word)
    if not word.endswith("s") and not module.getAllLemmas(word, upos="NOUN"):
        return word  # a word the tables lack is guessed by rule: "harmonica" is no plural of "harmonicon"
    lemmas: tuple[str, ...] = module.getLemma(word, upos="NOUN")
    if not lemmas:
        return singular(word)
    if "-" not in word:  # the tables split some compounds ("schoolchildren" → "school-child"); the word has none
        lemmas = tuple(lemma.replace("-", "") for lemma in lemmas)
    drawable = [lemma for lemma in lemmas if pictogram_for(lemma) is not None]
    if not drawable and lemmas == (word,) and stand_in(singular(word)) is not None:
        return singular(word)  # a plural the tables lack, of a thing drawn as another: "two orcas" are orcas
    return drawable[0] if drawable else lemmas[-1]


@lru_cache(maxsize=8192)
def verb_lemma(word: str) -> str:
    """The base form of a verb ("riding" → "ride", "sat" → "sit", "holds" → "hold")."""
    module = _lemminflect()
    if module is not None:
        lemmas: tuple[str, ...] = module.getLemma(word, upos="VERB")
        if lemmas:
            return lemmas[0]
    for suffix, replacement in (("ing", ""), ("ies", "y"), ("es", ""), ("ed", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + replacement
    return word


def is_base_verb(word: str) -> bool:
    """Whether lemminflect's tables know the word as a verb in its base form ("smash", "gather"; not "sofa")."""
    return _verb_form(word, "VBP")


def is_own_participle(word: str) -> bool:
    """Whether the word is also its verb's past participle ("spread", "put", "cut"; not "blanket")."""
    return _verb_form(word, "VBN")


@lru_cache(maxsize=4096)
def _verb_form(word: str, form: str) -> bool:
    module = _lemminflect()
    if module is None:
        return False
    forms: dict[str, tuple[str, ...]] = module.getAllInflections(word, upos="VERB")
    return word in forms.get(form, ())


def is_plural(word: str) -> bool:
    """Whether a noun as written is plural ("cups", "mice", "people"); plural-only words count as one."""
    return word not in PLURAL_ONLY and noun_lemma(word) != word


@lru_cache(maxsize=2048)
def ing_form(lemma: str) -> str:
    """The -ing form that names an activity ("sleep" → "sleeping", "sit" → "sitting")."""
    module = _lemminflect()
    if module is None:
        return lemma + "ing"
    forms: tuple[str, ...] = module.getInflection(lemma, tag="VBG")
    return forms[0] if forms else lemma + "ing"


@lru_cache(maxsize=2048)
def past_participle(lemma: str) -> str:
    """The past participle that says a thing was changed ("fill" → "filled", "decorate" → "decorated")."""
    module = _lemminflect()
    forms: tuple[str, ...] = module.getInflection(lemma, tag="VBN") if module is not None else ()
    if forms:
        return forms[0]
    return lemma + ("d" if lemma.endswith("e") else "ed")
