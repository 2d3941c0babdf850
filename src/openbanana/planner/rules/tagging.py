"""Prose → tokens: lower-cased words and punctuation, fixed multi-word units merged longest-first ("in front of",
"a pile of", "close-up"), and every word given its class, with the fixes context allows (after a noun "rides" is a
verb; after "a luxury", "watch" is a noun). One pass, linear in the length of the prompt; grammar.py builds the noun
phrases from these tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.grid_sizes import unsized_grids
from openbanana.planner.rules.lexicon import Tag, is_base_verb, noun_lemma, penn_lexicon, verb_lemma, word_class
from openbanana.planner.rules.participle_modifiers import described_head
from openbanana.planner.rules.place_adverbs import place_adverbs
from openbanana.planner.rules.role_shapes import merge_roles
from openbanana.planner.rules.stated_ages import said_ages
from openbanana.planner.rules.tag_shapes import (
    BY_HAND,
    JOINED,
    activity_object,
    after_posture,
    agrees_as_verb,
    bare_participle,
    countable,
    counted,
    counted_plural,
    duty_idiom,
    ing_verb_after,
    looks_like,
    noun_after,
    opens_clause,
    past_after_head,
    phrase_final_noun,
    plural_subject_verb,
    said_verb,
)
from openbanana.planner.rules.vocabulary.actions import (
    ING_NOUNS,
    INSTRUCTION_VERBS,
    STATE_ADJECTIVES,
    VERB_RELATIONS,
)
from openbanana.planner.rules.vocabulary.attributes import ARRANGEMENT_PHRASES, LONE_WORDS, MATERIALS, NOT_THINGS, USES
from openbanana.planner.rules.vocabulary.colors import COLORS, color_phrases
from openbanana.planner.rules.vocabulary.people_words import AGE_WORDS, HAIR_CUTS, HAIR_WORDS, SKIN_WORDS
from openbanana.planner.rules.vocabulary.portions import AMOUNT_PHRASES
from openbanana.planner.rules.vocabulary.relation_words import PHRASE_PREPOSITIONS, PLACE_ADVERBS, PREPOSITIONS
from openbanana.planner.rules.vocabulary.settings import CAMERAS, PLACES, SEASONS, STYLES, TIMES, WEATHERS
from openbanana.planner.stand_ins import stand_in

TEXT_MARK = "§"  # stands where a quoted text was: never a word of the scene
_TOKEN = re.compile(r"[^\W_]+(?:\u2011[^\W_]+)+|[^\W_]+(?:'[^\W_]+)?|[.,;:!?()\n]|" + TEXT_MARK)
_LETTER_HYPHEN = re.compile(r"(?<![^\W_])([^\W_])-(?=[^\W_])")  # "t-shirt", "x-ray": one word, not "t" + "shirt"
_DOUBLED = re.compile(r"\b([^\W\d_]+)-(?=\1\b)")  # "a yo-yo", "a pom-pom": one word; "yo" alone is no word
_BREAKS = frozenset({".", ";", ":", "!", "?", "\n"})
MAX_UNIT_WORDS = 6
PERCEIVING = frozenset({"watch", "see", "hear", "notice", "let", "help"})  # verbs whose object's verb is bare
ARTICLES = frozenset({"a", "an", "the", "his", "her", "their", "my", "your", "our", "its"})  # a noun follows

# Fixed units beyond the vocabularies': prepositions of several words (the one table in relation_words), and
# where a thing is with no partner named ("in the background", "nearby").
RELATION_PHRASES: dict[str, str] = dict(PHRASE_PREPOSITIONS)
# "…with a plant to its left": the thing just named stands on that side of the clause's subject.
RELATION_PHRASES.update({f"{prep} {owner} {side}": f"{side}_of_it" for prep in ("to", "on", "at")
                         for owner in ("its", "his", "her", "their") for side in ("left", "right")})
ENDS = frozenset({"prep", "comma", "break", "conj", "relation", "where", "be", "verb", "ing", "past"})  # phrase ends
UNIT_KINDS = ("quantity", "arrange", "relation", "where", "skin", "hair", "age", "color", "camera", "style", "time",
              "weather", "season", "place", "text")
NOMINAL_UNITS = frozenset({"time", "weather", "season", "place", "camera", "style"})  # may head a noun phrase
MODIFIER_UNITS = frozenset({"skin", "hair", "age", "color"})  # modifiers inside a noun phrase
SUN = "sun"


@dataclass(frozen=True)
class Token:
    word: str  # lower case, as written; a unit's words joined by spaces
    tag: str  # a lexicon class (lexicon.Tag) or a unit kind (UNIT_KINDS)
    value: object = None  # what a unit means: a Quantity, a Place, a predicate name, …


def tokenize(prose: str) -> list[Token]:
    """Lower-cased words and punctuation, with fixed units merged and every word given its class."""
    raw: list[str] = []
    lowered = unsized_grids(said_ages(prose.lower().replace("’", "'")))  # "a ten-year-old boy" is a young boy
    kept = JOINED.sub("\u2011", _DOUBLED.sub("\\1\u2011", _LETTER_HYPHEN.sub("\\1\u2011", BY_HAND.sub("", lowered))))
    for word in _TOKEN.findall(kept.replace("-", " ")):
        word = word.replace("\u2011", "-")
        if word.endswith("'s") and len(word) > 2:
            raw.extend((word[:-2], "'s"))
        else:
            raw.append(word)
    units = _units()
    tokens: list[Token] = []
    i = 0
    while i < len(raw):
        for size in range(min(MAX_UNIT_WORDS, len(raw) - i), 1, -1):
            key = " ".join(raw[i:i + size])
            if key in units:
                tag, value = units[key]
                tokens.extend(_setting_unit(key, tag, value, named=bool(tokens) and tokens[-1].word in ARTICLES))
                i += size
                break
        else:
            tokens.append(_word(raw[i]))
            i += 1
    return merge_roles(place_adverbs(_retag(tokens)))  # "her lamb right beside her": the lamb, beside her


def _retag(tokens: list[Token]) -> list[Token]:
    """Context fixes the one-tag lexicon cannot: after a noun, "rides" and "reading" are verbs, not nouns; at the
    start of a clause, "Paint two birds" and "Show me a dog" are instructions."""
    for i in range(len(tokens)):
        token, before = tokens[i], tokens[i - 1] if i else Token(".", "break")
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if before.tag == "break" and token.tag == "noun" and token.word in INSTRUCTION_VERBS and following is not \
                None and following.tag in ("det", "num", "pron"):
            tokens[i] = Token(token.word, "verb")
        elif i > 1 and token.tag == "noun" and before.word == "to" and tokens[i - 2].word == "how" \
                and is_base_verb(token.word):
            tokens[i] = Token(token.word, "verb")  # "showing a child how to brush": the verb taught, no brush
        elif i and token.tag == "noun" and before.word in SUBJECT_PRONOUNS and following is not None \
                and following.tag in ("det", "num", "pron", "prep", "adv"):
            tokens[i] = Token(token.word, "verb")  # "i need a picture", "we want a cat": a verb after its subject
        elif before.tag == "skin" and token.tag == "noun" and token.word.endswith("ing") and (
                token.word not in ING_NOUNS or (following is not None and following.tag in ("det", "num"))):
            tokens[i] = Token(token.word, "ing")  # "with light skin drinking coffee", "…building a fort": a verb
        elif bare_participle(tokens, i, following):
            tokens[i] = Token(token.word, "past")  # "a blanket is spread out on…": placed, not a spread
        elif i and token.tag == "noun" and (is_nominal(before) or opens_clause(before)) and (_verb_after_noun(
                before, token, following) or agrees_as_verb(tokens, i, following)) \
                and not _material_modifier(before, following):
            tokens[i] = Token(token.word, "ing" if token.word.endswith("ing") else "verb")
        elif token.tag == "noun" and plural_subject_verb(tokens, i, following):
            tokens[i] = Token(token.word, "verb")  # "waves crash against…": a plural's verb has no -s
        elif token.tag == "verb" and (before.word in ARTICLES or before.tag in ("adj", "num", "color", "quantity")
                                      or noun_after(tokens, i) or counted_plural(tokens, i)
                                      or described_head(tokens, i)) \
                and not past_after_head(before, token):
            tokens[i] = Token(token.word, "noun")  # "a bear", "a teddy bear": the noun, not the verb
        elif token.tag == "ing" and token.word in ING_NOUNS and i and (before.word in ARTICLES or before.tag in (
                "det", "adj", "color")) and (following is None or following.tag in _NO_OBJECT):
            tokens[i] = Token(token.word, "noun")  # "a striped awning,", "the opening": a noun that ends in -ing
        elif token.tag in ("verb", "other") and _head_of_modifiers(tokens, i, following):
            tokens[i] = Token(token.word, "noun")  # "a luxury watch on…", "a watering can": a head, not a verb
    for i, token in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if token.tag == "noun" and token.word in COLORS and following is not None and following.tag == "adj":
            tokens[i] = Token(token.word, "adj")  # "a teal vintage car": the colour of the car, not a duck
        elif token.tag == "noun" and following is not None and following.word in USES and i + 2 < len(tokens) \
                and _material_modifier(token, tokens[i + 2]):
            tokens[i] = Token(token.word, "adj")  # "a slate serving board": its material, not one serving
        elif token.tag == "adj" and i and (tokens[i - 1].word in (*ARTICLES, *LONE_WORDS)
                                           or tokens[i - 1].tag == "num") and pictogram_for(token.word) \
                and (following is None or following.tag in ("conj", "comma", "break", "prep", "where")):
            tokens[i] = Token(token.word, "noun")  # "an orange and a banana", "a cherry on top": the fruit
        elif token.tag == "adj" and i and tokens[i - 1].tag == "quantity" and (
                pictogram_for(token.word) or stand_in(token.word)) and (following is None or following.tag in (
                    "conj", "comma", "break", "prep")):
            tokens[i] = Token(token.word, "noun")  # "a field of lavender": the plant, no colour
        elif token.tag == "adj" and i and tokens[i - 1].word in ("a", "an", "the") and token.word not in DEGREES \
                and (following is None or following.tag in HEAD_ENDS) and countable(token.word):
            tokens[i] = Token(token.word, "noun")  # "a cake on a platter.": a phrase ends in its head
        elif token.tag == "adj" and _after_noun_modifier(tokens, i) and (following is None or following.tag in (
                *HEAD_ENDS, "past", "verb", "comma", "ing", "conj")) and (
                    countable(token.word) or pictogram_for(token.word)):
            tokens[i] = Token(token.word, "noun")  # "a birthday present wrapped in…": the head after its modifier
        elif token.word not in COLORS and token.word not in DEGREES and phrase_final_noun(
                tokens, i, following, frozenset(STATE_ADJECTIVES)):
            tokens[i] = Token(token.word, "noun")  # "a sleepy tabby flopped over…": the head, not an adjective
        elif token.tag in ("adj", "adv", "noun", "ing") and token.word in PREPOSITIONS and following is not None \
                and (following.tag in ("det", "num", "pron") or following.word in ARTICLES) and not (
                    i and tokens[i - 1].word in ARTICLES):
            tokens[i] = Token(token.word, "prep")  # "opposite a boat", "past the shops", "facing the sea"
        elif token.word in ("her", "his") and (following is None or following.tag in ENDS):
            tokens[i] = Token(token.word, "pron")  # "beside her": the person, not her next thing
        elif token.tag == "adv" and i and tokens[i - 1].word in ARTICLES and (following is None or following.tag
                                                                               in ENDS):
            tokens[i] = Token(token.word, "noun")  # "beside the well,": a thing after its article
        elif token.word in STATE_ADJECTIVES and i and (is_nominal(tokens[i - 1]) or tokens[i - 1].tag == "skin"
                                                        or after_posture(tokens, i)):
            tokens[i] = Token(STATE_ADJECTIVES[token.word], "ing", "state")  # "a dog asleep on…": sleeping on…
        elif duty_idiom(tokens, i):
            tokens[i] = Token(token.word, "adv")  # "standing guard on a mound": on the mound, no guard drawn
        elif activity_object(tokens, i, following):
            tokens[i] = Token(token.word, "adv")  # "two kids ice skating": part of the activity, not the head
        elif token.tag in ("adj", "adv") and token.word in PLACE_ADVERBS:
            tokens[i] = Token(token.word, "where", PLACE_ADVERBS[token.word])  # "a canoe nearby"
    return tokens


SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "they"})
DEGREES = frozenset({"little", "bit", "tad", "touch", "lot", "few", "whole"})  # "move it a little to the left"
HEAD_ENDS = frozenset({"break", "prep", "relation", "be", "where", "rel"})
_NO_OBJECT = frozenset({"prep", "relation", "comma", "break", "conj", "where", "ing", "past", "be", "text", "rel"})


def _after_noun_modifier(tokens: list[Token], i: int) -> bool:
    """Token i follows an article (or opens a sentence), its describing words and one noun ("a garden present", "an
    old brass key", "Sushi platter with…"): the slot of a compound's head, where an adjective that the lexicon also
    knows as a countable noun is that noun."""
    modifier = tokens[i - 1].word if i else ""
    if modifier in TIMES or modifier in WEATHERS or modifier in SEASONS:
        return False  # "an evening fair": the word before sets the scene, the phrase keeps its old reading
    j = i - 2
    while j >= 1 and tokens[j].tag in ("adj", "color", "age") and i - j <= 4:
        j -= 1  # "an old brass key": describing words may come between the article and the modifier
    # a sentence's first two words too ("Sushi platter with…"), unless the second names no thing ("Cereal box design")
    opens = (i == 1 or (i >= 2 and tokens[i - 2].tag == "break")) and tokens[i].word not in NOT_THINGS
    return i >= 1 and tokens[i - 1].tag == "noun" and (opens or (i >= 2 and tokens[j].word in ARTICLES)) \
        and noun_lemma(tokens[i - 1].word) == tokens[i - 1].word and tokens[i].word not in COLORS \
        and tokens[i].word not in DEGREES


def _head_of_modifiers(tokens: list[Token], i: int, following: Token | None) -> bool:
    """"a luxury watch on a cushion", "the kitchen sink under…", "a green watering can": a verb-looking word (or
    a modal) after a determiner and its modifiers, with no object after it, is the phrase's head. A verb there
    would have to agree with a singular subject ("a dog watches"), so only a base form after a singular noun (or an
    -ing modifier) qualifies; "a dog and a cat watch…" (a coordinated subject) and "the kids watch…" stay verbs."""
    token = tokens[i]
    if (token.tag == "verb" and (verb_lemma(token.word) != token.word or token.word.endswith("s"))) or (
            token.tag == "other" and penn_lexicon().get(token.word) != "MD"):
        return False  # only a modal ("can") may be a noun here: "the counter there is…" keeps its "there"
    passive = following is not None and i + 2 < len(tokens) and tokens[i + 2].word == "by"  # "a stand run by…"
    if (following is not None and following.tag not in _NO_OBJECT and not passive) or looks_like(token, following):
        return False  # an object, an adverb or another verb follows: "a cat watch the birds" reads as a clause
    j = i - 1
    while j >= 0 and tokens[j].tag in ("noun", "adj", "ing", "past", *MODIFIER_UNITS):  # "an overturned…"
        j -= 1
    before = tokens[i - 1]
    singular = before.tag == "ing" or (before.tag == "noun" and noun_lemma(before.word) == before.word
                                       and not counted(tokens, i - 1))  # "three goldfish swim in…": their verb
    opened = j >= 0 and j < i - 1 and (tokens[j].tag in ("det", "num", "quantity") or tokens[j].word in ARTICLES)
    coordinated = j >= 1 and tokens[j - 1].tag == "conj" and f"{before.word} {token.word}" not in HAIR_CUTS \
        and token.tag == "verb"  # "…and a watering can next to them": a modal there is no plural's verb
    seen_doing = j >= 1 and token.tag == "verb" and verb_lemma(tokens[j - 1].word) in PERCEIVING \
        and not (pictogram_for(token.word) or stand_in(token.word))  # "watching a stingray glide": its verb
    return singular and opened and not coordinated and not seen_doing


def _material_modifier(before: Token, following: Token | None) -> bool:
    """"an enamel camping mug": after a material and before a noun, an -ing word names the head's use, not a verb."""
    return before.word in MATERIALS and following is not None and following.tag == "noun"


def _setting_unit(key: str, tag: str, value: object, *, named: bool = False) -> list[Token]:
    """A unit's token; a season or weather phrase that ends in a drawn thing names the thing too ("fallen autumn
    leaves" are autumn and leaves, "storm clouds" a storm and clouds), and so does a time phrase with the sun in it
    after an article (`named`: "in front of a setting sun", "at the sun rising": the sun in the sky at sunset)."""
    words = key.split()
    if tag == "time" and named and SUN in words and len(words) > 1:  # the time first: "the sun rising" is read as
        return [Token(" ".join(w for w in words if w != SUN), tag, value), Token(SUN, "noun")]  # "the rising sun"
    *rest, last = words
    if tag in ("season", "weather") and rest and last != noun_lemma(last) and pictogram_for(noun_lemma(last)):
        return [Token(" ".join(rest), tag, value), Token(last, "noun")]
    return [Token(key, tag, value)]


def _word(word: str) -> Token:
    if word == TEXT_MARK:
        return Token(word, "text")
    if word in _BREAKS:
        return Token(word, "break")
    if word in (",", "(", ")"):
        return Token(",", "comma")
    return Token(word, word_class(word))


@cache
def _units() -> dict[str, tuple[str, object]]:
    """Every fixed phrase of two or more words → (kind, meaning); later tables win where two share a phrase."""
    tables: list[tuple[str, dict[str, object]]] = [
        ("color", dict(color_phrases())), ("place", dict(PLACES)), ("time", dict(TIMES)),
        ("weather", dict(WEATHERS)), ("season", dict(SEASONS)),
        ("style", dict(STYLES)), ("camera", dict(CAMERAS)), ("age", dict(AGE_WORDS)), ("hair", dict(HAIR_WORDS)),
        ("skin", dict(SKIN_WORDS)), ("arrange", dict(ARRANGEMENT_PHRASES)), ("relation", dict(RELATION_PHRASES)),
        ("where", dict(PLACE_ADVERBS)),
        ("quantity", dict(AMOUNT_PHRASES)),
    ]
    units: dict[str, tuple[str, object]] = {}
    for kind, table in tables:
        for phrase, meaning in table.items():
            words = phrase.replace("-", " ").replace("'s", " 's").split()
            if len(words) > 1:
                units[" ".join(words)] = (kind, meaning)
    return units


def is_nominal(token: Token) -> bool:
    return token.tag == "noun" or token.tag in NOMINAL_UNITS


def _verb_after_noun(before: Token, token: Token, following: Token | None) -> bool:
    """"a girl rides a horse", "a woman reading a book": a noun-looking word after a head that is the verb."""
    if token.tag != "noun":
        return False
    if token.word.endswith("ing") and verb_lemma(token.word) != token.word:
        return ing_verb_after(before, token, following)
    before_object = following is None or following.tag in ("det", "num", "prep", "pron", "break", "comma", "adv",
                                                            "relation", "text", "quantity", "where")
    has_object = following is not None and following.tag not in ("break", "comma")  # "her porch plants," names things
    return said_verb(token, following) or (token.word.endswith("s") and verb_lemma(token.word) in VERB_RELATIONS
                                           and before_object and has_object)


def word_tag(word: str) -> Tag:
    """The class of a single word, for callers that read words outside a phrase."""
    return word_class(word)
