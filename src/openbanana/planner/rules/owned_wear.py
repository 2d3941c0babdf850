"""A garment named with its owner's word ("checks his wristwatch", "a hawk on her leather glove", "the hood of her
raincoat", "rain dripping off his helmet") is worn by that owner: the person (or animal) the word stands for.
The clause parse read such a phrase only as the object of its verb or place, so the owner and the garment stood
unrelated, or merely near each other. Nothing here names a word of a prompt: it reads the owner word a phrase
opens with and what the garment is."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from openbanana.planner.rules.grammar import NounPhrase
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.pair_features import Mention
from openbanana.planner.rules.pronouns import referents
from openbanana.planner.rules.reading_state import Reading
from openbanana.planner.rules.vocabulary.attributes import WEARABLES
from openbanana.planner.rules.vocabulary.relation_words import OWNERS

WEAK = frozenset({"near", "next_to"})  # what a verb or a place alone made of the owner and the garment
# Garment words whose everyday sense with an owner's word is as often a thing in hand: "drawing her bow across the
# cello", "his ring" in boxing, "her top" spinning.
NOT_ALWAYS_WORN = frozenset({"bow", "ring", "top"})


def worn_by_owners(mentions: Sequence[Mention], reading: Reading) -> None:
    """Adds (owner, "wearing", garment) for each garment phrase opened by an owner word, unless the garment is
    already related otherwise to its owner (held, say) or placed by something else ("his hat on the peg"). One
    pass over the mentions and one over the relations, so a long prompt stays linear."""
    unowning = reading.dropped | {i for i, d in enumerate(reading.drafts) if not (d.person or d.animal)}
    owned: list[tuple[int, int]] = []
    for mention in mentions:
        owner_word = _owner_word(mention.item)
        for thing in mention.named if owner_word is not None else ():
            owner = _owner(str(owner_word), thing, reading, unowning)
            if owner is not None:
                owned.append((owner, thing))
    if not owned:
        return
    touching: dict[int, list[tuple[int, str, int]]] = defaultdict(list)
    for relation in reading.relations:
        touching[relation[0]].append(relation)
    worn = [(owner, thing) for owner, thing in owned if _free(thing, owner, touching[thing] + touching[owner])]
    pairs = {frozenset(pair) for pair in worn}
    reading.relations = [r for r in reading.relations if frozenset((r[0], r[2])) not in pairs]
    reading.relations += [(owner, "wearing", thing) for owner, thing in dict.fromkeys(worn)]


def _owner_word(item: object) -> str | None:
    """"his" for "his helmet", and for "the hood of her raincoat" the word of the phrase after "of"."""
    if not isinstance(item, NounPhrase):
        return None
    for phrase in (item, item.of):
        if phrase is not None and phrase.determiner in OWNERS and phrase.determiner != "its":
            return OWNERS[phrase.determiner]
    return None


def _owner(pronoun: str, thing: int, reading: Reading, unowning: set[int]) -> int | None:
    """The person or animal named before the garment that the owner word stands for (`unowning`: what cannot own)."""
    draft = reading.drafts[thing]
    garment = noun_lemma(draft.noun).split()[-1]
    if draft.person or draft.animal or garment not in WEARABLES or garment in NOT_ALWAYS_WORN:
        return None
    found = referents(pronoun, reading.drafts[:thing], unowning, (), object_of=False)
    return found[0] if found else None


def _free(thing: int, owner: int, relations: Sequence[tuple[int, str, int]]) -> bool:
    """The garment has no relation to its owner but a weak one, and nothing else places it (`relations`: those
    whose subject is the garment or the owner)."""
    for s, predicate, o in relations:
        if {s, o} == {thing, owner} and predicate not in WEAK:
            return False
        if s == thing and o != owner:
            return False
    return True
