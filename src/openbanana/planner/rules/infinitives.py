"""Who does the verb that follows a verb's object: "a dad teaching his son to ride a bike" — the son rides it, the
dad only teaches; "a grandpa watching his grandson ride a scooter", "helping a girl climb a ladder". After a verb of
teaching, helping, asking or letting, the verb after "to" (or bare, after one of watching, helping or letting) has
that verb's object as its subject. Without this the reader gave every later verb to the first subject, and the dad
rode the bike his son was learning on; a verb the lexicon also knows as a noun ("to fish from a dock", "to dance")
was read as a thing."""

from __future__ import annotations

from openbanana.planner.rules.frame_sides import FrameReader
from openbanana.planner.rules.grammar import Item, NounPhrase, Token
from openbanana.planner.rules.lexicon import is_base_verb

# Verbs whose object does the verb after "to": "teaching his son to ride", "asking a girl to dance".
TO_CONTROL = frozenset({"teach", "help", "encourage", "ask", "tell", "invite", "coach", "train", "urge", "allow",
                        "remind", "show", "persuade", "beg", "challenge", "dare", "expect", "need", "want"})
# Verbs whose object does a bare verb after it: "helping her daughter tie", "watching his son ride".
BARE_CONTROL = frozenset({"help", "watch", "let", "see", "hear", "make", "notice"})


class InfinitiveReader(FrameReader):
    """The verb after a verb's lively object, given to that object."""

    def _infinitive(self, tag: str) -> None:
        """The verb just read (its tag `tag`) is done by the object of the verb before it: that object becomes
        the clause's subject, the first subject kept as the earlier one."""
        doers = self.last_phrase
        if tag != "verb" or not doers or not self._lively(doers) or set(doers) & set(self.subject):
            return
        previous = self.previous
        after_to = isinstance(previous, Token) and previous.word == "to" and self.object_verb in TO_CONTROL
        if after_to or (isinstance(previous, NounPhrase) and self.object_verb in BARE_CONTROL):
            self.earlier_subject, self.subject, self.subject_acted = list(self.subject), list(doers), False

    def _infinitive_noun(self, phrase: NounPhrase, following: Item | None) -> bool:
        """"teaching his grandson to fish from a dock": a bare word after "to" that can be a verb is that verb,
        when a lively object of a verb of teaching or asking came before "to"."""
        previous = self.previous
        if not (isinstance(previous, Token) and previous.word == "to" and self.object_verb in TO_CONTROL):
            return False
        if phrase.determiner or phrase.number is not None or len(phrase.words) != 1 or phrase.of is not None \
                or not is_base_verb(phrase.head.word) or not self._lively(self.last_phrase):
            return False
        self._verb(phrase.head.word, "verb", following)
        return True

    def _verb(self, word: str, tag: str, following: Item | None, state: bool = False) -> None:
        raise NotImplementedError  # the relation reader's
