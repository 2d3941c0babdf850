"""Where in the frame a thing is, said with no partner: "in the background", "on the left". The reader keeps the
frame word on the thing and, where the sentence implies one, relates it to a partner:

- "a cow in the foreground and a barn in the background": the one in front stands before the other;
- "An orange cat and a black dog sharing a sofa, the dog on the right": the dog is right of the cat; "On the left a
  puppy, on the right the sneaker": the sneaker is right of the puppy. A side opposite one named before pairs with
  that thing, then one named as the subject with it; else the side is taken from the first thing of the prompt the
  thing does not stand on, in or under ("Under the table a puppy chews a slipper, while a cat watches from a chair
  on the right": the chair is right of the table). A side that opens its phrase ("off to the left a heron …")
  belongs to the thing named right after it;
- a place word with no object after it ("a tent with a tall oak behind", "with the Earth far below") is an adverb of
  place: the thing stands so to the subject (FrameReader._place_adverb).

Without the partner a side was only a word on the thing, and the composer placed the two things by its defaults.
"""

from __future__ import annotations

from openbanana.planner.rules.adverb_partners import depth_partners, own_partners
from openbanana.planner.rules.clause_shapes import ShapeReader
from openbanana.planner.rules.grammar import NounPhrase, Token
from openbanana.planner.rules.listed import opposite_anchor, side_anchor
from openbanana.planner.rules.on_top import top_of
from openbanana.planner.rules.vocabulary.relation_words import FRAME_PLACES
from openbanana.scene import Predicate

# What a thing stands on, in or under is its place, never the partner a side is taken from.
SUPPORTS = frozenset({"on", "in", "inside", "under", "riding", "wearing", "holding"})
SIDE_PREDICATES: dict[str, Predicate] = {"left": "left_of", "right": "right_of"}
# A place word with no object after it is an adverb of place: "with the Earth far below" (below the subject).
# "pine trees all around": near it.
TRAILING_PLACES = {"below": "below", "beneath": "below", "underneath": "below", "above": "above", "behind": "behind",
                   "around": "near", "all around": "near"}


def side_of(word: str) -> str:
    """"on the left", "to the right" → "left", "right"; "" for any other frame word."""
    return next((side for side in SIDE_PREDICATES if side in word.split()), "")


class FrameReader(ShapeReader):
    """Reads a frame place ("in the background", "on the left") of the thing it names."""

    def __init__(self) -> None:
        super().__init__()
        self.sides: dict[int, str] = {}  # the side each thing was given, for the thing given the other side
        self.side_next = ("", "")  # a frame place and side that opened its phrase, for the thing named next

    def _beside_subject(self, side: Predicate) -> None:
        """"a plant to its left", "…, a mug to its right": the thing just named stands beside the subject (the one
        before it, when it is the subject itself), not attached to it."""
        anchors = side_anchor(self.out.relations, self.last_phrase) or [
            s for s in self.subject if s not in self.last_phrase] or self.earlier_subject
        self.out.relations = [r for r in self.out.relations  # the side replaces what "with" made of this thing
                              if r not in self.with_made or not {r[0], r[2]} & set(self.last_phrase)]
        for i in self.last_phrase:
            for s in anchors[:1]:
                if i != s:
                    self._add_relation(i, side, s)

    def _frame_place(self, things: list[int], value: str, word: str) -> None:
        side = side_of(word)
        if side and not isinstance(self.previous, NounPhrase) and self.upcoming \
                and isinstance(self.upcoming[0], NounPhrase):
            self.side_next = (value, side)  # "On the left a puppy": the side is the next thing's
            return
        self._framed(things, value, side)

    def _place_adverb(self, value: str, word: str) -> None:
        """"in the background": a modifier of the thing; "a cabin with a canoe nearby": the canoe is near the cabin."""
        things = self.last_phrase or self.subject
        if value == "on top" and self.list_predicate == "with" and things and not set(things) & set(self.subject):
            self.out.relations = [r for r in self.out.relations if r not in self.with_made]
            self._relate(things, "on", top_of(self.out.relations, self.out.drafts, self.with_host or self.subject))
            return
        if value == "on top" and self._on_the_host():  # "a tower with a board against it and a lifeguard on top"
            self._relate(self.subject, "on", top_of(self.out.relations, self.out.drafts, self.with_host))
            return
        if value in FRAME_PLACES:
            self._frame_place(things, value, word)
            return
        if own := own_partners(things, self._own_subject(things), self.earlier_subject, self.topic, self.list_predicate,
                               self.pairs):
            self._relate(things, value, own)  # adverb_partners.py: ", two ducks swimming close by": near the turtle
            return
        partners = [s for s in self.subject or self.earlier_subject if s not in things] or [
            s for s in self.earlier_subject if s not in things]  # "with a dragon flying above": above the knight
        if not partners or self.list_predicate != "with":
            return
        pairs = {(a, b) for a in things for b in partners} | {(b, a) for a in things for b in partners}
        self.out.relations = [r for r in self.out.relations if (r[0], r[2]) not in pairs]
        self._relate(things, value, partners)

    def _on_the_host(self) -> bool:
        """A person or an animal named after "and" in a "with" clause, placed "on top" and nowhere else yet, is on top
        of what "with" belonged to: "a lifeguard tower with a surfboard leaning against it and a lifeguard sitting on
        top" has the lifeguard on the tower."""
        subject, host = self.subject, self.with_host
        return bool(subject) and bool(host) and not set(subject) & set(host) and self._lively(subject) \
            and not any(r[0] in subject and r[1] in SUPPORTS - {"wearing", "holding"} for r in self.out.relations)

    def _own_subject(self, things: list[int]) -> list[int]:
        """The subject the adverb is said of: the last things of a joined subject when those before them were
        already placed by the earlier subject ("a fern to their right and an owl circling above": the owl)."""
        rest = [s for s in self.subject if s not in things]
        if rest and self.subject[-len(things):] == things and all(
                any(frozenset((r, e)) in self.pairs for e in self.earlier_subject) for r in rest):
            return things
        return self.subject

    def _ends_clause(self) -> bool:
        """A place word that follows a thing, an adverb or a participle, and that nothing which could be its object
        follows (the clause ends, or a comma or "and" comes); not one after a quoted text ("… and 'Sept 12' below"),
        which is the text's place on the page."""
        previous, following = self.previous, self.upcoming[0] if self.upcoming else None
        after_thing = isinstance(previous, NounPhrase) or (
            isinstance(previous, Token) and previous.tag in ("adv", "ing", "past", "verb"))
        return after_thing and (following is None or (isinstance(following, Token)
                                                      and following.tag in ("comma", "conj", "break")))

    def _side_taken(self, ids: list[int]) -> None:
        """The thing named right after a side that opened its phrase takes that side."""
        value, side = self.side_next
        if side:
            self.side_next = ("", "")
            self._framed(ids, value, side)

    def _framed(self, things: list[int], value: str, side: str) -> None:
        for i in things:
            self.out.drafts[i].modifiers.append(value)
        self._depth_pair(things, value)
        if side:
            self._side_pair(things, side)

    def _depth_pair(self, things: list[int], value: str) -> None:
        """"a cow in the foreground and a barn in the background": the one in front stands before the other."""
        other = {"foreground": "background", "background": "foreground"}.get(value)
        partners = [i for i, d in enumerate(self.out.drafts) if other in d.modifiers and i not in things]
        if other and not partners and (partners := depth_partners(things, self.subject, self.earlier_subject,
                                                                  self.topic, self.list_predicate, self.with_host,
                                                                  self.pairs)):
            pairs = {frozenset((a, b)) for a in things for b in partners}  # adverb_partners.py: the depth
            self.out.relations = [r for r in self.out.relations if frozenset((r[0], r[2])) not in pairs]
        for i in things:
            for p in partners:
                front, back = (i, p) if value == "foreground" else (p, i)
                self._add_relation(front, "in_front_of", back)

    def _side_pair(self, things: list[int], side: str) -> None:
        opposite = [i for i, s in self.sides.items() if s != side and i not in things]
        self.sides.update(dict.fromkeys(things, side))
        placed = {i for r in self.out.relations if r[1] in SUPPORTS and set(things) & {r[0], r[2]}
                  for i in (r[0], r[2])}
        first = [i for i in range(len(self.out.drafts)) if i not in things and i not in placed
                 and i not in self.out.dropped]
        # "a desk: a laptop in the middle, a cup to the right": the cup is by the laptop on the desk the clause
        # before named (the topic), not by the desk; a thing on another in the same clause stays the partner
        surfaces = {r[2] for r in self.out.relations if r[1] == "on" and r[2] in self.topic}
        first = [i for i in first if i not in surfaces] or first
        fellows = [i for group in (self.subject, self.earlier_subject) if set(things) <= set(group)
                   for i in group if i not in things]  # "A cat and a dog …, the dog on the right": the cat
        stated = opposite_anchor(self.out.relations, things, SIDE_PREDICATES[side])  # "left of a bowl …, on the right"
        for partner in (opposite[-1:] or stated or fellows[:1] or first[:1]):
            for i in things:
                self._add_relation(i, SIDE_PREDICATES[side], partner)
