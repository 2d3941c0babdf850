"""Tokens → phrases: noun phrases with every modifier on its head (the tokens and their classes: tagging.py).

A noun phrase is `[determiner | number | amount] [adjective | colour | material | noun modifier]* HEAD [of NP]`:
"a lime green jacket" is one phrase whose head is "jacket", so the colour can only ever describe the jacket. Words
outside noun phrases (prepositions, verbs, "and", commas) stay as single items for the relation reader. One pass,
linear in the length of the prompt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openbanana.planner.people import person_noun
from openbanana.planner.rules.lexicon import NUMBERS, noun_lemma, penn_lexicon, verb_lemma
from openbanana.planner.rules.tagging import MODIFIER_UNITS, NOMINAL_UNITS, TEXT_MARK, Token, is_nominal, tokenize
from openbanana.planner.rules.vocabulary.actions import GIVING_VERBS, ING_NOUNS, VERB_RELATIONS
from openbanana.planner.rules.vocabulary.attributes import Quantity

__all__ = ["TEXT_MARK", "Describing", "Item", "NounPhrase", "Token", "chunk", "has_predicate", "has_verb", "tokenize"]


@dataclass
class NounPhrase:
    words: list[Token]  # modifiers, then the head
    determiner: str = ""
    number: int | None = None
    quantity: Quantity | None = None
    of: NounPhrase | None = None
    plural: bool = False
    possessor: NounPhrase | None = None  # "the tent's entrance": the tent

    @property
    def whole(self) -> NounPhrase | None:
        """What the phrase names a part of, if it names one: "the edge of the pond", "a man's shoulder"."""
        return self.of or self.possessor

    @property
    def head(self) -> Token:
        return self.words[-1]

    @property
    def modifiers(self) -> list[Token]:
        return self.words[:-1]


@dataclass
class Describing:
    """Adjectives with no noun of their own ("the cat is black", "…, cinematic"): they describe the subject."""

    words: list[Token] = field(default_factory=list)


Item = NounPhrase | Describing | Token


def chunk(tokens: list[Token]) -> list[Item]:
    """Noun phrases (with "of" complements), adjective runs, and every other token as itself."""
    items: list[Item] = []
    i = 0
    while i < len(tokens):
        if tokens[i].tag in ("ing", "past") and items and (isinstance(items[-1], NounPhrase) or (isinstance(
                items[-1], Token) and items[-1].tag in ("be", "pron")) or _feature(items[-1])):
            items.append(tokens[i])  # "a dog wearing sunglasses": the verb of the clause, not a modifier
            i += 1
            continue
        phrase, i_next = _noun_phrase(tokens, i)
        receiver = _receiver_end(items, tokens, i, i_next) if isinstance(phrase, NounPhrase) else None
        if receiver is not None:
            phrase, i_next = _noun_phrase(tokens[:receiver], i)  # "giving his mom flowers": mom, then flowers
        if phrase is not None:
            if i_next < len(tokens) - 1 and tokens[i_next].word == "of":
                complement, after = _noun_phrase(tokens, i_next + 1)
                if complement is not None and isinstance(complement, NounPhrase) and isinstance(phrase, NounPhrase):
                    phrase.of = complement
                    i_next = after
            items.append(phrase)
            i = i_next
        else:
            items.append(tokens[i])
            i += 1
    return _counted_after(items)


def _counted_after(items: list[Item]) -> list[Item]:
    """"Hot air balloons, four of them, rising…", "cats (all three of them) on a rug": a count set off after a bare
    plural is that noun's, and its words are left out. One not closed off is a part of the group ("penguins, two of
    them holding a fish") and stays as written."""
    kept: list[Item] = []
    i = 0
    while i < len(items):
        start = i + (_word(items[i]) == "all")
        said = [_word(item) for item in items[start:start + 4]]
        phrase = kept[-2] if len(kept) > 1 and _word(kept[-1]) == "," else None
        closed = len(said) == 3 or (len(said) == 4 and (said[3] == "," or _tag(items[start + 3]) == "break"))
        number = NUMBERS.get(said[0], int(said[0]) if said[0].isdigit() else 0) if said else 0
        if isinstance(phrase, NounPhrase) and phrase.plural and phrase.number is None and phrase.quantity is None \
                and number > 1 and said[1:3] == ["of", "them"] and closed:
            phrase.number = number
            i = start + 3 + (said[3:] == [","])
            continue
        kept.append(items[i])
        i += 1
    return kept


def _word(item: Item) -> str:
    return item.word if isinstance(item, Token) else ""


def _tag(item: Item) -> str:
    return item.tag if isinstance(item, Token) else ""


# Groups that, with a number and no noun after, are that many people: "a family of four", "a team of five".
PEOPLE_OF = {"a family of": "family", "a team of": "team", "a group of": "group", "a band of": "band"}
POSSESSIVES = frozenset({"his", "her", "their", "my", "your", "our"})


def _receiver_end(items: list[Item], tokens: list[Token], start: int, end: int) -> int | None:
    """After a giving verb, "his mom flowers" is two objects, not a compound: the index after the receiver."""
    verb = items[-1] if items else None
    if not isinstance(verb, Token) or verb.tag not in ("verb", "ing", "past") or verb_lemma(verb.word) not in \
            GIVING_VERBS or tokens[start].word not in POSSESSIVES:
        return None
    nouns = [k for k in range(start + 1, end) if tokens[k].tag == "noun"]
    if len(nouns) < 2 or nouns != list(range(nouns[0], end)):
        return None
    person = next((k for k in nouns[:-1] if person_noun(noun_lemma(tokens[k].word))), None)
    return None if person is None else person + 1


def _feature(item: Item) -> bool:
    """A said feature of a person with no noun ("with light skin"): a verb after it is the person's."""
    return isinstance(item, Describing) and bool(item.words) and item.words[-1].tag == "skin"


def _noun_phrase(tokens: list[Token], start: int) -> tuple[NounPhrase | Describing | None, int]:
    """The longest noun phrase (or adjective run) at `start`, and the index after it."""
    i = start
    determiner, number, quantity, group = "", None, None, ""
    while i < len(tokens):
        token = tokens[i]
        if token.tag == "quantity" and isinstance(token.value, Quantity):
            quantity, group = token.value, token.word
        elif token.tag == "det":
            determiner = determiner or token.word
        elif token.tag == "num" and _is_count(tokens, i):
            number = int(token.word) if token.word.isdigit() else NUMBERS[token.word]
        else:
            break
        i += 1
    words: list[Token] = []
    ends: list[int] = []  # the index after each collected word
    while i < len(tokens) and _continues(tokens, i, words):
        if tokens[i].tag not in ("conj", "comma", "adv", "other"):
            words.append(tokens[i])
            ends.append(i + 1)
        i += 1
    while words and not is_nominal(words[-1]) and words[-1].tag in ("ing", "past", "'s"):
        words.pop()  # "a dog sleeping" is not a phrase headed by "sleeping"
        ends.pop()
    if not words and number is not None and group in PEOPLE_OF:  # "a family of four": four people, the family's
        return NounPhrase([Token(PEOPLE_OF[group], "noun"), Token("people", "noun")], number=number, plural=True), i
    if not words:
        return None, start  # "a" or "two" alone: nothing to hang them on
    i = ends[-1]
    owner = next((n for n, w in enumerate(words) if w.word == "'s"), None)
    possessor = NounPhrase(words[:owner], determiner) if owner and is_nominal(words[owner - 1]) else None
    words = [w for w in words if w.word != "'s"]
    if not is_nominal(words[-1]):
        return Describing(words), i
    head = words[-1]
    plural = head.tag == "noun" and noun_lemma(head.word) != head.word
    return NounPhrase(words, determiner, number, quantity, plural=plural, possessor=possessor), i


def _is_count(tokens: list[Token], i: int) -> bool:
    """A number before a noun counts it ("two cats"); "3d", "4k" and the like are words, not counts."""
    return tokens[i].word.isalpha() or tokens[i].word.isdigit()


SCENE_ADVERBS = frozenset({"indoors", "outdoors"})


def _continues(tokens: list[Token], i: int, words: list[Token]) -> bool:
    """Whether token i belongs to the noun phrase collected so far."""
    token = tokens[i]
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    has_head = bool(words) and is_nominal(words[-1])
    if token.tag == "camera" and has_head and penn_lexicon().get(token.word.split()[0]) == "VBN":
        return False  # "an office desk seen from above": the camera words end the phrase, the desk is its head
    if token.tag in ("noun", *NOMINAL_UNITS):
        # noun + noun is a compound ("fire truck"); verbs that look like nouns were retagged; "a map indoors" ends
        return not (has_head and token.word in SCENE_ADVERBS)  # at the map, "indoors" saying where the scene is
    if token.tag in ("adj", *MODIFIER_UNITS):
        return not has_head  # "the cat black": a new run
    if token.tag == "num":
        return not has_head and following is not None and following.tag in ("noun", "adj")  # "3d render"
    if token.tag in ("ing", "past"):
        if has_head:
            return token.word in ING_NOUNS and (following is None or following.tag not in ("det", "num", "pron")) \
                and not _verb_of_plural(token, following, tokens[i + 2] if i + 2 < len(tokens) else None)
        if words and words[-1].tag == "skin":
            return False  # "a woman with light skin drinking coffee": the skin is said; the verb is hers
        return following is not None and following.tag in ("noun", "adj", *NOMINAL_UNITS, "ing", "past")
    if token.tag in ("conj", "comma"):
        # "a black and white cat", "a big, fluffy dog": modifiers joined inside one phrase
        return (bool(words) and not has_head and following is not None and following.tag in ("adj", "noun")
                and words[-1].tag == "adj")
    if token.tag == "adv":
        return not has_head and following is not None and following.tag in ("adj", "past", "ing")
    if token.word == "'s":
        return has_head and following is not None and following.tag in ("noun", "adj")
    return False


def _verb_of_plural(token: Token, following: Token | None, after: Token | None) -> bool:
    """"a camel caravan crossing dunes", "a girl painting flowers": an -ing word that is also a noun ("a zebra
    crossing") is the verb after a head when a bare plural ends the phrase after it: that plural is its object."""
    if following is None or following.tag != "noun" or noun_lemma(following.word) == following.word:
        return False
    return verb_lemma(token.word) in VERB_RELATIONS and (after is None or after.tag != "noun")


def has_verb(item: Item | None) -> bool:
    return isinstance(item, Token) and item.tag in ("verb", "ing", "past", "be")


def has_predicate(item: Item | None) -> bool:
    """A verb or a preposition follows: what comes next relates the phrase before it to something."""
    return has_verb(item) or (isinstance(item, Token) and item.tag in ("prep", "relation"))
