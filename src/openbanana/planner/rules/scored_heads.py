"""Phrases the clause parse left unread, attached by a scored choice of head: so a sentence shape no rule was written
for still says how its things stand.

After the clause parse and the fallback by position (unread.py), a relation word whose object is related to nothing
named before it in its clause ("a frog clinging to a bamboo stalk", "riding her skateboard down a ramp", "scatters
crumbs for pigeons") is an unread phrase. Every thing named before it in the clause is a candidate head (the nearest
few and the clause's first); each is scored by features of structure and kind (head_features.py): how far it is, in
named phrases, whether a comma or "and" comes between, whether it is the clause's subject or a verb's object, whether
it is lively, worn or already placed. The best candidate takes the phrase when it scores at least FLOOR. The weights
are set by hand: fitted leave-one-set-out on the tuning sets (bench/attachment_weights.py) they read no more on most
sets, and moving a phrase the parse attached to a head that scores better reads less. The predicate is the table's
(vocabulary/relation_words) for the word after its verb; a word the table gives none (PATH_PREDICATES) names the
surface a path runs over ("down a ramp": on it) or the one a thing goes to ("to a man", "for the pigeons": near).
The meaning between the two is then decided by what they are, as every relation is (relation_meaning). Linear in the
clause: each word looks back over a bounded window of things.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from openbanana.planner.rules.chained_places import chained_places
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.grammar import Item, NounPhrase, Token
from openbanana.planner.rules.head_features import Head, head_at, head_features
from openbanana.planner.rules.lexicon import noun_lemma, verb_lemma
from openbanana.planner.rules.moved_objects import moved_objects
from openbanana.planner.rules.object_places import object_places
from openbanana.planner.rules.reading_state import Reading
from openbanana.planner.rules.unread import PARSED_ONLY, Unread, any_related, unread_relations
from openbanana.planner.rules.vocabulary.attributes import WEARABLES
from openbanana.planner.rules.vocabulary.relation_words import BODY_PARTS, preposition_predicate

# A word the table gives no place: the surface a path runs over or a thing hangs off, or the one a thing goes to
# or is for; "off" after a verb of leaving ("slipped off her horse") puts it beside the thing, no longer on it.
PATH_PREDICATES = {"down": "on", "along": "on", "across": "on", "off": "on", "to": "near", "for": "near",
                   "toward": "near", "towards": "near"}
LEAVING_VERBS = frozenset({"fall", "slip", "jump", "hop", "leap", "step", "tumble", "climb", "get", "roll", "slide"})
WINDOW = 6  # candidate heads: the nearest named phrases before the word, and the clause's first
FLOOR = 0.0  # the least score a head needs to take the phrase
WEIGHTS = {
    "subject": 1.5,  # the clause's first thing: what the clause is about
    "distance": -1.0,  # per named phrase between the head and the word
    "comma": -1.5,  # a comma between: not the phrase just before (the subject is exempt)
    "and": -1.0,  # an "and" between: a list's earlier thing
    "lively_place": 1.0,  # a person or animal is where a place word puts it
    "object_path": 1.0,  # a verb's object that a path runs along ("riding a skateboard down a ramp")
    "worn": -3.0,  # a garment or a body part names no place of its own
    "placed": -0.5,  # already put somewhere in the clause
    "setting": -2.0,  # the head itself came after a place word ("on a bench in a square"): a place, not a doer
    "relative": 3.0,  # "a cyclist who fell off his bike": a relative clause's own thing
}
SKIPPED_AFTER = frozenset({"adv", "det"})


def bound_phrases(clause: list[Item], named: list[tuple[int, ...]], made: list[bool], related: set[frozenset[int]],
                  reading: Reading) -> Iterator[Unread]:
    """The fallback by position first (unread.py), then each phrase still unread with its best-scoring head.
    `related` is read again after the first pass, as the caller adds the relations it yields."""
    yield from unread_relations(clause, named, made, related)
    yield from scored_phrases(clause, named, related, reading.drafts)
    yield from object_places(clause, named, related, reading)
    yield from moved_objects(clause, named, related, reading)
    yield from chained_places(clause, named, related, reading)


@dataclass(frozen=True)
class Phrase:
    """A relation word's phrase: the word, the verb before it, the things it names, its candidate heads and, when
    the parse attached it, the things before it the parse related them to."""

    word: str
    verb: str
    objects: tuple[int, ...]
    predicate: str
    candidates: list[Head]
    attached: tuple[int, ...] = ()


def scored_phrases(clause: list[Item], named: list[tuple[int, ...]], related: set[frozenset[int]],
                   drafts: Sequence[Draft]) -> Iterator[Unread]:
    """Every unread phrase (unread_phrases) with the head that scores best, when one reaches FLOOR."""
    for phrase in unread_phrases(clause, named, related, drafts):
        best = _best(phrase.candidates, phrase.word, drafts)
        if best is not None:
            table = preposition_predicate(phrase.word, phrase.verb) is not None  # "waving to a girl": no verb's object
            yield Unread(tuple(t for t in best.things if t not in phrase.objects), phrase.word,
                         phrase.verb if table else "", phrase.objects, phrase.predicate)


def unread_phrases(clause: list[Item], named: list[tuple[int, ...]], related: set[frozenset[int]],
                   drafts: Sequence[Draft], *, attached: bool = False) -> Iterator[Phrase]:
    """Every relation word whose object is related to nothing named before it, with its candidate heads (with
    `attached`: those the parse did relate, with the things it related them to, for bench/attachment_weights.py).
    One pass: the positions of the last comma and "and" are kept, so no candidate rescans the clause."""
    heads: list[int] = []  # positions of the items before the word that named things, in order
    verb, comma, conj, unnamed = "", -1, -1, False
    for k, item in enumerate(clause):
        tag = item.tag if isinstance(item, Token) else ""
        if isinstance(item, Token) and tag in ("verb", "ing", "past"):  # "rain dripping off…": no thing drips
            verb, unnamed = verb_lemma(item.word), k > 0 and isinstance(clause[k - 1], NounPhrase) and not named[k - 1]
        comma, conj = (k if tag == "comma" else comma), (k if tag == "conj" else conj)
        if named[k]:
            heads.append(k)
            unnamed = False
            continue
        if tag not in ("prep", "relation") or unnamed:
            continue
        assert isinstance(item, Token)
        predicate, j = _predicate(item, verb), _object_at(clause, named, k)
        if predicate is None or j is None or not heads or _worn(named[j], drafts):
            continue  # "for his hat", "nose to nose": a garment or a body part is its owner's, no place
        objects, window = named[j], _window(heads)
        before = {t for _, h in window for t in named[h]}
        parsed: tuple[int, ...] = ()
        if attached:
            parsed = tuple(t for t in before if any(frozenset((t, u)) in related for u in objects))
        if before & set(objects) or (not parsed if attached else any_related(before, objects, related)):
            continue
        candidates = [head_at(clause, h, named[h], first=h == heads[0], between=between, comma=comma > h,
                              conj=conj > h, placed=_placed(named[h], before, related)) for between, h in window]
        yield Phrase(item.word, verb, objects, predicate, candidates, parsed)


def _window(heads: list[int]) -> list[tuple[int, int]]:
    """The candidate heads as (named phrases between it and the word, position): the clause's first and the
    nearest WINDOW others."""
    nearest = heads[1:][-WINDOW:]
    return [(len(heads) - 1, heads[0]), *((len(nearest) - 1 - n, h) for n, h in enumerate(nearest))]


def _predicate(token: Token, verb: str) -> str | None:
    if isinstance(token.value, str) and token.value.endswith("_of_it"):
        return None  # "to the left of it": the parse's side words
    if token.word == "off" and verb in LEAVING_VERBS:
        return "near"
    predicate = preposition_predicate(token.word, verb) or (PATH_PREDICATES.get(token.word) if verb else None)
    return None if predicate in PARSED_ONLY else predicate


def _object_at(clause: list[Item], named: list[tuple[int, ...]], k: int) -> int | None:
    j = k + 1
    while j < len(clause) and isinstance(clause[j], Token) and clause[j].tag in SKIPPED_AFTER:  # type: ignore[union-attr]
        j += 1
    return j if j < len(clause) and named[j] else None


def _worn(things: tuple[int, ...], drafts: Sequence[Draft]) -> bool:
    return all(drafts[t].noun in WEARABLES or noun_lemma(drafts[t].noun) in BODY_PARTS for t in things)


def _placed(things: tuple[int, ...], others: set[int], related: set[frozenset[int]]) -> bool:
    return any(frozenset((t, u)) in related for t in things for u in others if t != u)


def _best(candidates: list[Head], word: str, drafts: Sequence[Draft]) -> Head | None:
    """The candidate that scores best, if any reaches FLOOR (the nearer one on a tie)."""
    scored = [(sum(WEIGHTS[name] * value for name, value in head_features(head, word, drafts).items()),
               -head.between, head) for head in candidates]
    score, _, head = max(scored, key=lambda entry: (entry[0], entry[1]))
    return head if score >= FLOOR else None
