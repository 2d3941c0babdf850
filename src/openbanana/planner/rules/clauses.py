"""Phrases → clauses: where one statement about the scene ends and the next begins, so that each is read on its own.

A clause ends at a full stop, semicolon, colon (not one after a lone place: place_lists.py) or line break; a
subordinate clause with a subject of its own starts at "while", "whereas" or "where" before a noun phrase ("a bear
sleeping in a cave while a bird watches"); and a coordinated clause starts at "and" (or ", and") followed by a place
put first ("…, and beside it a cat is washing") or by a new subject with its own verb ("a dog sleeps and a cat
watches"); an adverb before the place changes nothing ("and directly below it …"), nor a verb before the subject
("and behind it hangs a mirror"). Everything else stays in the clause, so "a cup and a plate on the table" is one
clause whose subject is both things, and so does "Sitting on a wall, a man and his son wave" (the phrase before
"and" has no predicate of its own yet).
"""

from __future__ import annotations

from openbanana.planner.rules.grammar import Item, NounPhrase, Token, has_verb
from openbanana.planner.rules.place_lists import place_before_list

SUBORDINATORS = frozenset({"while", "whereas", "where", "whilst"})
PLACE_TAGS = frozenset({"prep", "relation"})
CLAUSE_BREAKS = frozenset({"break"})


def split_clauses(items: list[Item]) -> list[list[Item]]:
    """The items of each clause, in order; the tokens that open a new clause (a break, "while", "and") are left out."""
    clauses: list[list[Item]] = [[]]
    for index, item in enumerate(items):
        if place_before_list(items, index, clauses[-1]):
            continue  # "On the shelf: a clock, a vase and two books": the place is the list's (place_lists.py)
        if isinstance(item, Token) and _opens_clause(items, index, clauses[-1]):
            if clauses[-1]:
                clauses.append([])
            continue
        clauses[-1].append(item)
    return [clause for clause in clauses if clause]


def _opens_clause(items: list[Item], index: int, current: list[Item]) -> bool:
    token = items[index]
    assert isinstance(token, Token)
    if token.tag in CLAUSE_BREAKS:
        return True
    after = index + 1
    while after < len(items) and _is_adverb(items[after]):
        after += 1  # "and directly below it …": an adverb before the place changes nothing
    following = items[after] if after < len(items) else None
    if token.word in SUBORDINATORS and isinstance(following, NounPhrase) and _has_subject(current):
        return True
    if token.tag != "conj" or not _has_subject(current) or not _has_predicate(current) or _bare_subject(current):
        return False
    if _between_one(current):
        return False  # "Between a van and a taxi is a scooter": "and" names the pair's second thing
    if isinstance(following, Token) and following.tag == "comma":
        return False
    if isinstance(following, Token) and following.tag in PLACE_TAGS:
        return _fronted_place(items, after)  # "and beside it a cat …", not "and under the table"
    verb = items[after + 1] if after + 1 < len(items) else None
    return isinstance(following, NounPhrase) and has_verb(verb) and _finite(verb)


def _fronted_place(items: list[Item], start: int) -> bool:
    """A preposition, its object (a phrase or a pronoun), then a noun phrase, or a verb and a noun phrase ("and
    behind it hangs a mirror"): the place comes first."""
    rest = items[start + 1:start + 4]
    if len(rest) < 2:
        return False
    place, subject = rest[0], rest[1]
    if has_verb(subject) and len(rest) == 3:
        subject = rest[2]  # the verb before its subject
    placed = isinstance(place, NounPhrase) or (isinstance(place, Token) and place.tag == "pron")
    return placed and isinstance(subject, NounPhrase)


def _between_one(current: list[Item]) -> bool:
    """"between" and one phrase after it, the clause's last words: the second of the pair is still to come."""
    return len(current) >= 2 and isinstance(current[-1], NounPhrase) and isinstance(current[-2], Token) \
        and current[-2].word == "between"


def _bare_subject(current: list[Item]) -> bool:
    """"Sitting on a wall, a man and his son wave": the phrase before "and" has no predicate yet, so the next
    one shares its verb."""
    if len(current) < 2 or not isinstance(current[-1], NounPhrase):
        return False
    before = current[-2]
    return isinstance(before, Token) and before.tag == "comma"


def _is_adverb(item: Item) -> bool:
    return isinstance(item, Token) and item.tag == "adv"


def _finite(item: Item | None) -> bool:
    """"a cat sleeps", "a cat is sleeping": a verb that makes a clause, not "a cat sleeping" (a participle)."""
    return isinstance(item, Token) and item.tag in ("verb", "be")


def _has_subject(items: list[Item]) -> bool:
    return any(isinstance(item, NounPhrase) for item in items)


def _has_predicate(items: list[Item]) -> bool:
    return any(isinstance(item, Token) and (item.tag in PLACE_TAGS or has_verb(item)) for item in items)
