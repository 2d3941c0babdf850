"""Shapes of a few words around one token that say its class where the one-tag lexicon cannot: what the
retagger (tagging._retag) asks about a token and its neighbours. Each is about word classes and positions only."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from openbanana.planner.people import person_noun
from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.feature_verbs import after_feature
from openbanana.planner.rules.lexicon import (
    NUMBERS,
    PLURAL_ONLY,
    has_noun_plural,
    is_base_verb,
    is_own_participle,
    noun_lemma,
    only_a_noun,
    penn_lexicon,
    verb_lemma,
)
from openbanana.planner.rules.participle_modifiers import participle_before_head
from openbanana.planner.rules.vocabulary.actions import ING_NOUNS, LIGHT_VERBS, LIGHTS, WEATHER_MASSES, WEATHER_VERBS
from openbanana.planner.rules.vocabulary.attributes import ANIMALS
from openbanana.planner.rules.vocabulary.typography import SPEAKING
from openbanana.planner.stand_ins import stand_in

# "a hand-painted sign" is a painted sign: "hand" there says how it was made, and was drawn as a hand of its own;
# "heart-shaped sunglasses" are sunglasses, "a star-shaped cookie" a cookie (the heart was drawn, not the glasses);
# "a knocked-over trash can" is a knocked trash can: its particle was read as "over" the can.
BY_HAND = re.compile(r"\bhand-(?=(?:painted|made|knitted|carved|stitched|crafted|sewn|woven|picked|built|dyed)\b)"
                     r"|\b[a-z]+-(?=shaped\b)|(?<=[a-z]ed)-(?:over|up|down|out|off)\b")
# "trick-or-treaters": a compound joined by "or" is one word, not a trick and treaters ("glow-in-the-dark" stays
# words: its stars are the thing)
# "a six-wheeled rover", "a three-legged dog": a number joined to a participle is one word, how the thing is made, not
# how many there are
_COUNTED_PARTS = "|".join(rf"(?<=\b{n})-(?=[a-z]+ed\b)" for n in (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", r"\d"))
# "a neon-lit street", "a candle-lit table": how the thing is lit, one word; the light's source is no thing of it
_LIT = r"(?<=[^\W_])-(?=lit\b)"
# "a wind-up robot", "a pull-along duck": how a toy is worked, one word; no wind blows
_WORKED = r"(?<=\bwind)-(?=up\b)|(?<=\bpull)-(?=along\b)|(?<=\bpush)-(?=along\b)"
# "snow-covered spruces", "moss-covered oaks", "a flour-dusted counter": how the thing is covered, one word; read
# apart, "covered" put the clause's subject on the trees and the moss became a thing of its own
_COVERED = r"(?<=[^\W_])-(?=(?:covered|topped|dusted|crusted|laden|clad|strewn|draped)\b)"
# "a jack-o'-lantern", "a will-o'-the-wisp": one word joined by "-o'-" (or "-o-"); split at the apostrophe, a jack
# and a lantern were two things
_OF = r"(?<=[^\W_])-(?=o'?[-\u2011][^\W_])|(?<=[^\W_]-o)'?-(?=[^\W_])"  # "o-lantern" may be one word already
JOINED = re.compile(rf"(?<=[^\W_])-(?=or-[^\W_])|(?<=[^\W_]-or)-(?=[^\W_])|{_COUNTED_PARTS}|{_LIT}|{_WORKED}"
                    rf"|{_COVERED}|{_OF}")

# Words that say where a moving thing goes and end its clause: "gulls wheel overhead", "geese fly south".
HEADINGS = frozenset({"overhead", "aloft", "upward", "upwards", "skyward", "skywards", "downstream", "upstream",
                      "ashore", "inland", "nearby", "south", "north", "east", "west"})

if TYPE_CHECKING:
    from openbanana.planner.rules.tagging import Token


def after_posture(tokens: list[Token], i: int) -> bool:
    """A state adjective right after a verb of posture, or after it and its particle ("curled up asleep",
    "lying asleep"), or after "is" ("a man is asleep", "is fast asleep"): it says what the thing is doing, more
    than the posture does."""
    j = i - 1 if tokens[i - 1].word not in ("up", "down", "out", "fast", "sound") else i - 2
    return j >= 0 and tokens[j].tag in ("verb", "past", "ing", "be")


def plural_subject_verb(tokens: list[Token], i: int, following: Token | None) -> bool:
    """"gulls circle over the bay", "waves smash against the rocks", "balloons rise slowly over a valley": a singular
    word that is also a base-form verb, after a plural noun and before an object or a place (an adverb may come
    between), is that plural's verb (a plural is almost never a compound's modifier). So is one after a counted
    noun whose plural is the word itself ("three goldfish swim in…", "two sheep graze on…")."""
    token, before = tokens[i], tokens[i - 1] if i else None
    if before is None or before.tag != "noun" or before.word in PLURAL_ONLY:
        return False
    if noun_lemma(before.word) == before.word and not counted(tokens, i - 1):
        return False
    if following is not None and following.word in HEADINGS:
        return noun_lemma(token.word) == token.word and is_base_verb(token.word)  # "five gulls wheel overhead"
    if following is not None and following.tag == "adv" and i + 2 < len(tokens):
        following = tokens[i + 2]
    return noun_lemma(token.word) == token.word and following is not None and following.tag in (
        "det", "prep", "num", "pron", "relation") and is_base_verb(token.word)


def counted(tokens: list[Token], i: int) -> bool:
    """Token i ends a phrase that a number above one opens ("three orange goldfish")."""
    j = i - 1
    while j >= 0 and tokens[j].tag in ("adj", "color", "age"):
        j -= 1
    word = tokens[j].word if j >= 0 and tokens[j].tag == "num" else ""
    return NUMBERS.get(word, int(word) if word.isdigit() else 0) > 1


def counted_plural(tokens: list[Token], i: int) -> bool:
    """"two mint leaves", "three oak leaves": a plural that looks like a verb, after a number above one and a
    singular noun, is the head the number counts; read as a verb it left two of one "mint"."""
    before, word = tokens[i - 1] if i else None, tokens[i].word
    return before is not None and before.tag == "noun" and noun_lemma(before.word) == before.word \
        and word.endswith("s") and noun_lemma(word) != word and counted(tokens, i - 1)


def bare_participle(tokens: list[Token], i: int, following: Token | None) -> bool:
    """"a blanket is spread out on the grass", "a map spread across a desk", "a lamp put on a shelf": a word the
    lexicon files as a noun, whose verb's past participle is the word itself, after "is" or a noun and before a
    preposition is that participle: the thing's place follows, where a noun would have left it with none. A verb so
    before "by" is its passive too: "a lemonade stand run by two kids" (no stand runs)."""
    token, before = tokens[i], tokens[i - 1] if i else None
    if participle_before_head(tokens, i, following):
        return True  # participle_modifiers.py: "a pair of crossed trekking poles"
    if before is None or token.tag not in ("noun", "verb") or before.tag not in ("be", "noun"):
        return False
    by = token.tag == "noun" or (following is not None and following.word == "by")
    return following is not None and following.tag == "prep" and by and is_own_participle(token.word)


# A duty done by standing or keeping it ("standing guard", "keeping watch"): no one and nothing drawn, the noun is
# part of the verb, bare (no article: "standing beside the guard" keeps the guard).
DUTY_VERBS = frozenset({"stand", "keep", "mount", "hold"})
DUTIES = frozenset({"guard", "watch", "sentry", "vigil", "lookout"})


def duty_idiom(tokens: list[Token], i: int) -> bool:
    """The bare duty noun right after a standing or keeping verb: "meerkats standing guard on a mound"."""
    return i > 0 and tokens[i].word in DUTIES and tokens[i - 1].tag in ("ing", "verb") and verb_lemma(
        tokens[i - 1].word) in DUTY_VERBS


def activity_object(tokens: list[Token], i: int, following: Token | None) -> bool:
    """A bare singular noun between a plural noun and an -ing verb ("three boys rock climbing"): a plural is
    almost never a compound's modifier, so the noun belongs to the activity that follows. So does one after a
    singular person ("a girl ice skating", "a man window shopping"), unless it names a person or an animal itself
    ("a baby elephant walking", "a boy scout hiking" keep their compounds), or the person is a thing's modifier in
    what someone has or wears ("wearing a superhero cape standing on a wall": the cape stands)."""
    token = tokens[i]
    if not i or token.tag != "noun" or following is None or following.tag != "ing":
        return False
    before = tokens[i - 1]
    if before.tag != "noun" or noun_lemma(token.word) != token.word:
        return False
    if before.word not in PLURAL_ONLY and noun_lemma(before.word) != before.word:
        return True
    return person_noun(before.word) is not None and person_noun(token.word) is None and token.word not in ANIMALS \
        and not _an_object(tokens, i - 1)


def _an_object(tokens: list[Token], i: int) -> bool:
    """Token i opens a phrase after "with", "in" or a verb ("a guy with a man bun typing", "a boy in a superhero
    cape standing", "wearing a superhero cape"): what someone has, wears or holds, where a person word is a
    compound's modifier, not the doer of the -ing verb after it ("a photo of a girl ice skating" is hers)."""
    j = i - 1
    while j >= 0 and tokens[j].tag in ("det", "adj", "num", "color", "age", "skin", "hair"):
        j -= 1
    return j >= 0 and (tokens[j].word in ("with", "in") or tokens[j].tag in ("verb", "ing", "past"))



OPENERS = frozenset({"a", "an", "the", "this", "that", "his", "her", "their", "my", "your", "our", "its", "one"})
_BEFORE_HEAD = frozenset({"adj", "color", "age", "skin", "hair"})
_AFTER_HEAD = frozenset({"break", "prep", "relation", "be", "where", "rel", "past", "verb", "comma", "conj", "ing"})


def phrase_final_noun(tokens: list[Token], i: int, following: Token | None, states: frozenset[str]) -> bool:
    """"a sleepy tabby flopped over…", "a bulldog asleep", "a blue dragonfly hovers": a word the lexicon files as
    an adjective or an adverb that ends a phrase opened by an article, with only describing words before it and no
    noun, is the phrase's head, when lemminflect's tables know it as a countable noun or a thing stands in for it
    ("a cardinal perched": the bird, not the adjective). `states`: words after a head that say its state
    ("asleep")."""
    token = tokens[i]
    if token.tag not in ("adj", "adv") or not (has_noun_plural(token.word) or only_a_noun(token.word)
                                                or stand_in(noun_lemma(token.word))):
        return False
    if following is not None and following.tag not in _AFTER_HEAD and following.word not in states:
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if following is not None and following.tag in ("past", "ing") and after is not None and after.tag == "noun":
        return False  # "an old-fashioned bicycle": a participle before a noun makes one describing word with it
    j = i - 1
    while j >= 0 and tokens[j].tag in _BEFORE_HEAD and i - j <= 4:
        j -= 1
    return j >= 0 and (tokens[j].word in OPENERS or tokens[j].tag in ("num", "quantity"))


def noun_after(tokens: list[Token], i: int) -> bool:
    """A word the lexicon files as a verb that heads a noun phrase: the second noun of a compound the index knows
    ("a teddy bear"), or a plural after a participle that follows an article, a number or "of" ("a stack of wrapped
    presents", "the wrapped gifts": the gifts, not a verb "presents")."""
    before, token = tokens[i - 1], tokens[i]
    if before.tag == "noun":
        return pictogram_for(f"{before.word} {token.word}") is not None
    opener = tokens[i - 2] if i > 1 else None
    return before.tag == "past" and opener is not None and (opener.word == "of" or opener.tag in (
        "det", "num", "quantity")) and noun_lemma(token.word) != token.word and bool(
        pictogram_for(noun_lemma(token.word)))


def said_verb(token: Token, following: Token | None) -> bool:
    """"her grandpa answers "Careful!"": a word of saying before the words said is their verb, not the head of a
    compound ("grandpa answers")."""
    return following is not None and following.tag == "text" and bool(SPEAKING.fullmatch(token.word))


def past_after_head(before: Token, token: Token) -> bool:
    """"a sleepy tabby flopped over…": a past tense after a word the lexicon files as an adjective but that is a
    countable noun stays the verb; the noun before it is the head ("a bear", after an adjective, is still a noun)."""
    return before.tag == "adj" and token.word.endswith("ed") and has_noun_plural(before.word)


SINGLE_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "each", "every", "one"})
OWNERS = frozenset({"his", "her", "their", "my", "your", "our"})
MODIFIER_TAGS = frozenset({"adj", "color", "noun", "age", "skin", "hair"})


def one_thing_before(tokens: list[Token], head: int, following: Token | None) -> bool:
    """The noun at `head` is a singular phrase's head: a singular determiner opens the phrase, past its modifiers
    ("a golden retriever naps on…"). After "the", only before an object or a place ("the puppy chews a slipper"),
    as "the dog treats." may be a plural compound; or before an adverb ("the sun grins back")."""
    j = head - 1
    while j >= 0 and tokens[j].tag in MODIFIER_TAGS and head - j <= 4:
        j -= 1
    if j >= 0 and tokens[j].word in OWNERS and (person_noun(tokens[head].word) is not None
                                                or tokens[head].word in ANIMALS):
        # "while his sister counts to ten", "his cat naps on the railing": a person or a pet of someone's is one, and
        # what follows is their verb, unless a verb gives them what follows ("handing his grandma tulips")
        return j == 0 or tokens[j - 1].tag not in ("verb", "ing", "past")
    if j < 0 or tokens[j].word not in SINGLE_DETERMINERS or noun_lemma(tokens[head].word) != tokens[head].word:
        return False
    return tokens[j].word in ("a", "an", "one") or (following is not None and following.tag in (
        "det", "num", "pron", "prep", "relation", "adv"))  # "the sun grins back": a compound has no adverb


def countable(word: str) -> bool:
    """Whether the lexicon knows the word's plural as a noun ("platters"): a noun it tags as an adjective alone."""
    return penn_lexicon().get(word + "s") == "NNS" or penn_lexicon().get(word + "es") == "NNS"


def ing_verb_after(before: Token, token: Token, following: Token | None) -> bool:
    """Whether an -ing word after a noun is its verb: "a woman reading", but "a city building" and "a diamond ring"
    stay things unless an object follows ("a man painting a fence"); after a person, an -ing word that also names a
    thing is what the person does ("a woman painting at sunset", "a child drawing"), unless "of" follows."""
    if token.word not in ING_NOUNS:
        return True
    if following is not None and following.tag in ("det", "num", "pron"):
        return True
    return person_noun(noun_lemma(before.word)) is not None and not (following is not None and following.word == "of")


def opens_clause(token: Token) -> bool:
    """A word after which a noun-looking word may be the clause's verb: a form of "be" or a relative word."""
    return token.tag == "be" or relative(token)


def relative(token: Token) -> bool:
    """A relative pronoun, or "that" (tagged a determiner) after a noun: "a trail that points to the lake" has no
    points in it."""
    return token.tag == "rel" or token.word == "that"


def looks_like(token: Token, following: Token | None) -> bool:
    """"… look like?", "it looks like a cloud": the verb of seeming, never a noun's head."""
    return token.word in ("look", "looks") and following is not None and following.word == "like"


def agrees_as_verb(tokens: list[Token], i: int, following: Token | None) -> bool:
    """"a candle burns on…", "a cat that sleeps under…": a plural-looking word after "a" and a noun (or after
    "that") cannot be a compound's head, so it is the verb of the clause; so is "look" before "like" ("what would
    a frog on a lily pad look like?" names no "lily pad look")."""
    token = tokens[i]
    if looks_like(token, following):
        return True
    single = tokens[i - 1].tag == "noun" and (one_thing_before(tokens, i - 1, following) or (
        tokens[i - 1].word in LIGHTS and token.word in LIGHT_VERBS)  # "morning sun streams across…"
        or (tokens[i - 1].word in WEATHER_MASSES and token.word in WEATHER_VERBS)  # "rain streaks the glass"
        or after_feature(tokens, i - 1))  # "a girl with braids claps…": the girl's verb
    if not (single or relative(tokens[i - 1])) or not token.word.endswith("s") or token.word.endswith("ss"):
        return False
    if token.word in PLURAL_ONLY or noun_lemma(token.word) == token.word or verb_lemma(token.word) == token.word:
        return False
    return following is None or following.tag in ("det", "num", "prep", "pron", "break", "comma", "adv",
                                                  "relation", "where")
