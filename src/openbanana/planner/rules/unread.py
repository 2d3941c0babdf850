"""The fallback reading of a clause: a relation word the structured reader left without a relation is bound by
where it stands, so that no "on", "near" or "behind" between two named things is silently lost.

The clause parse (relations.RelationReader) reads most sentences; when a sentence shape it has no rule for leaves a
preposition of the table (vocabulary/relation_words) with no relation, this pass attaches it the way a reader would
by distance and word class alone: its object is the next thing named (a noun phrase or a pronoun, past adverbs and
articles), its subject the nearest thing named before it (past verbs, adverbs, relative words and a place that names
no thing, so "a dog sleeping under a tree", "a cat that hides behind a bin" and "a fox in a meadow near a fence" bind
the animal), with the things joined to it by "and" or a comma
("a cup and a saucer on a tray"); past a comma it is the clause's subject ("…, near a bench"). It adds a relation
only where the two have none yet, and never one the clause parse decided against (a place the subject was put in is
left to it). Nothing here names a word of a prompt: it reads tags and positions.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from openbanana.planner.rules.grammar import Item, NounPhrase, Token
from openbanana.planner.rules.lexicon import verb_lemma
from openbanana.planner.rules.vocabulary.relation_words import preposition_predicate

# Words a relation word's subject may stand behind: verbs and participles ("a dog sleeping under"), adverbs ("a
# boat moored just off"), relative words ("a cat that is hiding behind"), and "be" ("a lamp is on").
SKIPPED_BEFORE = frozenset({"verb", "ing", "past", "be", "adv", "rel"})
SKIPPED_AFTER = frozenset({"adv", "det"})  # between the relation word and its object
# Predicates decided only by the clause parse: "with" (what it means depends on both sides), "between" (two
# objects), an order ("from left to right") and a material ("made of").
PARSED_ONLY = frozenset({"with", "between", "in_order", "material", "by"})
JOINS = frozenset({"conj", "comma"})


@dataclass(frozen=True)
class Unread:
    """A relation word left without a relation: (subjects, the word, the verb before it, objects), and the
    predicate it states between them."""

    subjects: tuple[int, ...]
    word: str
    verb: str
    objects: tuple[int, ...]
    predicate: str


def any_related(things: Collection[int], others: Collection[int], related: set[frozenset[int]]) -> bool:
    """Whether some thing of one group is already related to some thing of the other (`related`: the clause's pairs):
    the check every step after the parse makes before it adds a relation."""
    return any(frozenset((t, o)) in related for t in things for o in others)


def unread_relations(clause: list[Item], named: list[tuple[int, ...]], made: list[bool],
                     related: set[frozenset[int]]) -> list[Unread]:
    """The relation words of a clause that the structured reader left unbound, each with the things it joins.
    `named[i]`: the things item i named (empty for none); `made[i]`: whether reading item i stated a relation;
    `related`: every pair of things that already has a relation."""
    found: list[Unread] = []
    for k, item in enumerate(clause):
        if not _relation_word(item):
            continue
        assert isinstance(item, Token)
        j = _object_at(clause, named, k)
        if j is None or made[j] or made[k]:
            continue
        left, verb = _subject_before(clause, named, k)
        objects = named[j]
        predicate = preposition_predicate(item.word, verb)
        if not left or predicate is None or predicate in PARSED_ONLY:
            continue
        if any(frozenset((s, o)) in related for s in left for o in objects) or set(left) & set(objects):
            continue
        found.append(Unread(left, item.word, verb, objects, predicate))
    return found


def _relation_word(item: Item) -> bool:
    if not isinstance(item, Token) or item.tag not in ("prep", "relation") or not isinstance(item.word, str):
        return False
    return not (isinstance(item.value, str) and item.value.endswith("_of_it"))


def _object_at(clause: list[Item], named: list[tuple[int, ...]], k: int) -> int | None:
    """The item right after the relation word (past adverbs and articles) that names a thing."""
    j = k + 1
    while j < len(clause) and _tag(clause[j]) in SKIPPED_AFTER:
        j += 1
    return j if j < len(clause) and named[j] else None


def _subject_before(clause: list[Item], named: list[tuple[int, ...]], k: int) -> tuple[tuple[int, ...], str]:
    """The things the relation word's subject names, and the lemma of the verb between them and the word ("" if
    none): the nearest thing named before it, with those joined to it; past a comma, the clause's first thing."""
    verb, setting = "", False
    i = k - 1
    while i >= 0:
        item = clause[i]
        if isinstance(item, Token):
            if item.tag == "comma":
                first = next((n for n in named[:i] if n), ())
                return first, verb
            if setting and item.tag in ("prep", "relation"):
                setting = False  # "a fox in a meadow near a fence": past the place, the fox
            elif item.tag not in SKIPPED_BEFORE:
                return (), verb  # another relation word, a conjunction: the parse's business
            elif item.tag in ("verb", "ing", "past") and not verb:
                verb = verb_lemma(item.word)
        elif named[i]:
            return _joined(clause, named, i), verb
        elif isinstance(item, NounPhrase):
            setting = True  # a phrase that named no thing: a place, a time
        i -= 1
    return (), verb


def _joined(clause: list[Item], named: list[tuple[int, ...]], i: int) -> tuple[int, ...]:
    """The things named at item i and those joined to it before by "and" or commas ("a cup and a saucer")."""
    things = list(named[i])
    while i >= 2 and _tag(clause[i - 1]) in JOINS and named[i - 2]:
        i -= 2
        things = [*named[i], *things]
    return tuple(dict.fromkeys(things))


def _tag(item: Item) -> str:
    """A word's class; "" for a phrase."""
    return item.tag if isinstance(item, Token) else ""
