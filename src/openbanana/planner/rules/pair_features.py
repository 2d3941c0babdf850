"""What the relation model (pair_model.py) sees of two things named in a prompt: the shape of the words between
them, never the words themselves.

The clause parse records every item it read with the things the item named (`Mention`). For each pair of things
named near each other, `pair_candidates` finds their two closest mentions and describes the stretch between: how
far apart they are, how many other things, commas, "and"s and verbs come between, which predicate class each
relation word there has (the table in vocabulary/relation_words: "beneath" and "under" are both `under`), whether a
relation word stands right before the second one (its object) or right after the first (its subject), whether each is
a person or a pronoun, and what the clause parse itself stated between them. No noun, verb or preposition of a
prompt is a feature, so what is learnt is where relation words attach, which carries to sentences nobody tuned on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from openbanana.planner.rules.grammar import Item, NounPhrase, Token
from openbanana.planner.rules.lexicon import verb_lemma
from openbanana.planner.rules.reading_state import Reading
from openbanana.planner.rules.scene.kinds import has_form
from openbanana.planner.rules.vocabulary.actions import VERB_RELATIONS
from openbanana.planner.rules.vocabulary.relation_words import preposition_predicate

MAX_GAP = 12  # items between two mentions beyond which a pair is not a candidate (unless the parse related them)
RELATION_TAGS = frozenset({"prep", "relation"})
VERB_TAGS = frozenset({"verb", "ing", "past"})
SKIPPED = frozenset({"det", "adv", "be", "rel"})  # words that do not separate a relation word from its phrase
PERSON, FORM, THING = "P", "F", "T"  # what a thing is, for `kinds`: a person, a thing drawn as a form (furniture, a
# building, a window: big and fixed), anything else
INVERSE = {"left_of": "right_of", "right_of": "left_of", "above": "below", "below": "above",
           "behind": "in_front_of", "in_front_of": "behind", "next_to": "next_to", "near": "near"}


@dataclass(frozen=True)
class Mention:
    """One item of a clause as the parse read it: its clause number, the item, and the things (draft ids) it named."""

    clause: int
    item: Item
    named: tuple[int, ...]


@dataclass(frozen=True)
class Candidate:
    """Two things named near each other, `first` mentioned before `second`, with what lies between them."""

    first: int
    second: int
    features: tuple[str, ...]
    parsed: tuple[str, ...]  # what the clause parse stated between them, as labels ("on>": first on second)


def label(predicate: str, forward: bool) -> str:
    """A relation between a candidate's two things as one class: "on>" first on second, "on<" second on first;
    a symmetric or invertible predicate is always said forward ("left_of<" is "right_of>")."""
    if not forward and predicate in INVERSE:
        return f"{INVERSE[predicate]}>"
    return f"{predicate}{'>' if forward else '<'}"


def relation_of(candidate: Candidate, name: str) -> tuple[int, str, int]:
    """The relation a class names for this candidate: (subject, predicate, object)."""
    predicate, forward = name[:-1], name.endswith(">")
    return (candidate.first, predicate, candidate.second) if forward else (candidate.second, predicate,
                                                                           candidate.first)


def pair_candidates(mentions: Sequence[Mention], relations: Sequence[tuple[int, str, int]], kinds: Mapping[int, str],
                    dropped: set[int]) -> list[Candidate]:
    """Every pair of things named within MAX_GAP items and one clause of each other, or related by the parse; each
    at its two closest mentions. Linear in the prompt: only a window of mentions is paired."""
    closest: dict[tuple[int, int], tuple[int, int]] = {}

    def meet(a: int, b: int, pa: int, pb: int) -> None:
        key = (min(a, b), max(a, b))
        spans = (min(pa, pb), max(pa, pb))
        if a != b and a not in dropped and b not in dropped and (key not in closest or _shorter(spans, closest[key])):
            closest[key] = spans

    firsts: dict[int, int] = {}
    for position, mention in enumerate(mentions):
        for thing in mention.named:
            firsts.setdefault(thing, position)
            for back in range(max(0, position - MAX_GAP), position + 1):
                if mentions[position].clause - mentions[back].clause <= 1:
                    for other in mentions[back].named:
                        meet(other, thing, back, position)
    for s, _, o in relations:  # related by the parse though far apart: at their first mentions
        if s in firsts and o in firsts and (min(s, o), max(s, o)) not in closest:
            meet(s, o, firsts[s], firsts[o])
    stated: dict[tuple[int, int], list[tuple[int, str, int]]] = {}
    for s, p, o in relations:
        stated.setdefault((min(s, o), max(s, o)), []).append((s, p, o))
    found = []
    for (a, b), (start, end) in sorted(closest.items()):
        first = a if a in mentions[start].named and (b not in mentions[start].named or a < b) else b
        second = b if first == a else a
        labels = tuple(sorted({label(p, s == first) for s, p, _ in stated.get((a, b), [])}))
        features = _features(mentions, start, end, labels, kinds.get(first, THING) + kinds.get(second, THING))
        found.append(Candidate(first, second, features, labels))
    return found


def _shorter(new: tuple[int, int], old: tuple[int, int]) -> bool:
    return (new[1] - new[0], new[0]) < (old[1] - old[0], old[0])


def _features(mentions: Sequence[Mention], start: int, end: int, parsed: tuple[str, ...], kinds: str
              ) -> tuple[str, ...]:
    between = [m.item for m in mentions[start + 1:end]]
    tags = [_tag(item) for item in between]
    relation_words = _relation_classes(mentions, start, end)
    verbs = [VERB_RELATIONS.get(verb_lemma(item.word), ("other", ""))[0] for item in between
             if isinstance(item, Token) and item.tag in VERB_TAGS]
    things_between = sum(1 for m in mentions[start + 1:end] if m.named)
    out = ["bias", f"gap:{min(end - start, 8)}", f"things:{min(things_between, 3)}",
           f"commas:{min(tags.count('comma'), 2)}", f"ands:{min(tags.count('conj'), 2)}",
           f"verbs:{min(len(verbs), 2)}", f"clauses:{min(mentions[end].clause - mentions[start].clause, 2)}",
           *(f"parsed:{p}" for p in parsed or ("none",))]
    out += [f"between:{r}" for r in dict.fromkeys(relation_words)]
    out += [f"verb:{v}" for v in dict.fromkeys(verbs)]
    last = relation_words[-1] if relation_words else "none"
    first = relation_words[0] if relation_words else "none"
    object_next = _adjacent(tags[::-1], RELATION_TAGS)  # "… under [the] table": the word takes the second thing
    subject_next = _adjacent(tags, RELATION_TAGS | VERB_TAGS)  # "a dog [sleeping] under …": the first is its subject
    out += [f"last:{last}", f"first:{first}", f"last:{last}|object_next:{object_next}",
            f"first:{first}|subject_next:{subject_next}", f"last:{last}|things:{min(things_between, 2)}",
            f"object_next:{object_next}|subject_next:{subject_next}|things:{min(things_between, 2)}"]
    out += [f"parsed:{p}|last:{last}" for p in parsed or ("none",)]
    out += [f"parsed:{p}|things:{min(things_between, 2)}" for p in parsed or ("none",)]
    out += [f"before_first:{_class_at(mentions, start - 1)}", f"after_second:{_class_at(mentions, end + 1)}"]
    out += [f"kinds:{kinds}", f"pronouns:{int(_pronoun(mentions[start].item))}{int(_pronoun(mentions[end].item))}",
            f"kinds:{kinds}|last:{last}", *(f"kinds:{kinds}|parsed:{p}" for p in parsed or ("none",))]
    if mentions[start].clause == mentions[end].clause and not any(m.named for m in mentions[:start]
                                                                  if m.clause == mentions[start].clause):
        out.append("first_opens_clause")
    return tuple(out)


def _relation_classes(mentions: Sequence[Mention], start: int, end: int) -> list[str]:
    """The predicate class of each relation word between two mentions, read with the verb before it."""
    verb, classes = "", []
    for mention in mentions[start + 1:end]:
        item = mention.item
        if isinstance(item, Token) and item.tag in VERB_TAGS:
            verb = verb_lemma(item.word)
        elif isinstance(item, Token) and item.tag in RELATION_TAGS:
            classes.append(preposition_predicate(item.word, verb) or "other")
    return classes


def _class_at(mentions: Sequence[Mention], position: int) -> str:
    """The predicate class of a relation word at a position ("none" for anything else): a place put first."""
    if not 0 <= position < len(mentions):
        return "none"
    item = mentions[position].item
    if isinstance(item, Token) and item.tag in RELATION_TAGS:
        return preposition_predicate(item.word) or "other"
    return "none"


def _adjacent(tags: list[str], wanted: frozenset[str]) -> bool:
    """Whether the first tag past skipped words (articles, adverbs, "is") is one of `wanted`."""
    return next((tag in wanted for tag in tags if tag not in SKIPPED), False)


def _tag(item: Item) -> str:
    if isinstance(item, Token):
        return item.tag
    return "phrase" if isinstance(item, NounPhrase) else "describing"


def _pronoun(item: Item) -> bool:
    return isinstance(item, Token) and item.tag == "pron"


def thing_kinds(reading: Reading) -> dict[int, str]:
    """Each thing's kind (PERSON, FORM or THING): a class of what it is, never its noun."""
    return {i: PERSON if draft.person else FORM if has_form(draft.noun) else THING
            for i, draft in enumerate(reading.drafts)}
