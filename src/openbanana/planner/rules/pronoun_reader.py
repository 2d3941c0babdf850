"""A pronoun in a clause ("it", "them", "her"): which thing it stands for and how it joins the clause — the thing
"with" belonged to, the things of a spilled list ("with a map and a torch sticking out of it"), a container meant
("apples poking out of it"), a list's first thing ("a chair, a lamp behind it"), or the last thing it can stand for
(pronouns.referents). One step of the relation reader's chain, split from relations.py to keep each module to one
job."""

from __future__ import annotations

from openbanana.planner.rules.infinitives import InfinitiveReader
from openbanana.planner.rules.pronouns import referents
from openbanana.planner.rules.second_subject import first_subject
from openbanana.planner.rules.spilled_contents import container_meant, placed_apart, unsaid
from openbanana.planner.rules.vocabulary.relation_words import CHAINED, TOPIC_PLACES
from openbanana.planner.rules.with_referent import pronoun_host


class PronounReader(InfinitiveReader):
    """How a pronoun read in a clause joins it (the clause's state is attachment.Attacher's)."""

    def _pronoun(self, word: str) -> None:
        if self.unplaced:  # "…, with hills behind it": what is behind it is the scene's place, no thing of the clause
            self.unplaced, self.pending = False, None
            return
        personal = word in ("him", "her") and not any(self.out.drafts[i].person for i in self.with_host)
        if word in ("it", "them", "him", "her") and not personal:
            kept, self.with_host = self.with_host, pronoun_host(word, self)  # with_referent.py
            if self._placed_by_with():
                return
            self.with_host = kept
        if personal and self.list_predicate == "with" and self.pending not in (None, "with"):
            # "a swing with a cat beside her": her is a person, never the swing "with" belonged to, and the place
            # replaces what "with" alone made of the swing and the cat
            self.out.relations = [r for r in self.out.relations if r not in self.with_made]
        object_of = self.pending is not None and bool(self.subject)
        beside = object_of and self.pending in TOPIC_PLACES  # "while a fly hovers above it": the last subject
        if self.pending in CHAINED and len(self.listed) > len(self.subject) and self.subject == self.last_phrase \
                and not placed_apart(self.listed, self.out.relations, self.with_made, self.pending):
            self.out.relations = unsaid(self.out.relations, self.listed, [*self.earlier_subject, *self.with_host])
            self.subject = self.listed  # spilled_contents.py: "with a map and a torch sticking out of it": both
        if ids := container_meant(word, self.pending, self.out.drafts, self.subject, self.earlier_subject):
            self.out.relations = [r for r in self.out.relations if r not in self.with_made]
            self._attach(ids, following=None)  # spilled_contents.py: "a bag on a chair with apples poking out of it"
            return
        subject, ids = first_subject(word, self.pending, self.out.drafts, self.subject, self.earlier_subject,
                                     self.last_phrase)  # second_subject.py: "a chair, a lamp behind it"
        if subject:
            kept, self.subject = self.subject, subject  # a list's last thing stands so to the things before it
            self._attach(ids, following=None)
            self.subject = kept
        elif ids := referents(word, self.out.drafts, self.out.dropped, self.subject, object_of, self.topic, beside):
            self._attach(ids, following=None)
